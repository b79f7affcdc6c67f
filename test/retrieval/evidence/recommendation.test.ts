/** How strongly a sentence reads as a recommendation. */
import { describe, expect, it } from 'vitest';
import { strengthOf } from '../../../src/retrieval/evidence/recommendation.js';

describe('the strength of a recommendation', () => {
  it('is highest for "we recommend", then an imperative item, then "the government should"', () => {
    expect(strengthOf('We strongly recommend a national testbed for model evaluation.', false)).toBe(3);
    expect(strengthOf('• Establish a national testbed for model evaluation.', true)).toBe(2);
    expect(strengthOf('The federal government should fund a national testbed.', false)).toBe(1);
  });

  it('is none for a remark, or an imperative that is not a listed item', () => {
    expect(strengthOf('Model evaluation is hard to do well.', false)).toBe(0);
    expect(strengthOf('Establish a national testbed for model evaluation.', false)).toBe(0);
  });
});
