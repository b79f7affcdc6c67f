/** Counts without a topic (the respondent listing's) and answers without sources, as Discord shows them. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderAnswer } from '../../src/bot/render/answer.js';
import { fakeAnswer, fakeListingAnswer } from '../support/fake-qa.js';
import { failOnUnhandledRejections, isOriginalEdit, startHarness, type Harness } from './harness.js';

const NO_SOURCES = { sources: [], evidence: [], citations: { total: 0, verified: 0, removed: 0 } };

describe('a count from the respondent listing, through the real client', () => {
  let h: Harness;
  const rejections = failOnUnhandledRejections();
  beforeAll(async () => {
    h = await startHarness();
    h.qa.on('how many academic', async (q) => fakeListingAnswer(q));
  });
  afterAll(async () => {
    await h.close();
    rejections.dispose();
  });
  afterEach(() => expect(rejections.errors).toEqual([]));

  it('shows counts by category without an empty “match”, and where they come from instead of “no sources”', async () => {
    const { token } = h.fake.chatInput('ask', { question: 'How many academic and state or local government submissions?' });
    const edit = await h.fake.waitFor((c) => isOriginalEdit(token)(c) && c.files.length > 0, 5_000, 'the answer with its chart and list');
    const content = String(edit.body.content);
    expect(content).toContain('📊 **292** submissions — Academia 200 · Non-Federal Government 92');
    expect(content).not.toContain('match');
    expect(content).not.toContain('_No sources could be cited._');
    expect(content.endsWith('-# From the NITRD respondent listing.')).toBe(true);
    expect(edit.files.map((f) => f.name)).toEqual(['chart.png', 'submitters.csv']);
  });
});

describe('renderAnswer without sources', () => {
  it('a count about a topic shows its counts and says nothing of sources', () => {
    const answer = fakeAnswer('how many mention quantum?', {
      ...NO_SOURCES,
      text: 'One submission mentions quantum.',
      aggregate: { query: 'quantum', submissions: 1, byCategory: [{ category: 'Academia', submissions: 1 }], submitters: [], campaigns: [] },
    });
    const rendered = renderAnswer(answer);
    expect(rendered).toBe('One submission mentions quantum.\n\n📊 **1** submission matches “quantum” — Academia 1');
  });

  it('an answer that is not a count still says no source could be cited', () => {
    expect(renderAnswer(fakeAnswer('q', { ...NO_SOURCES, text: 'Nothing found.' }))).toBe('Nothing found.\n\n_No sources could be cited._');
  });
});
