import { describe, expect, it } from 'vitest';
import { terms, words } from '../../../src/retrieval/text/tokenize.js';
import { countWords, rejoinSplitWords } from '../../../src/retrieval/text/rejoin.js';

describe('search terms', () => {
  it('treat 1,700 and 1700 alike, and number words as figures', () => {
    expect(terms('1,700 H100s')).toEqual(terms('1700 H100s'));
    expect(terms('seventy books')).toContain('70');
  });

  it('read U.S. and US as the country, not the pronoun', () => {
    expect(terms('U.S. jobs')).toEqual(['usa', 'job']);
    expect(terms('US jobs')).toEqual(['usa', 'job']);
    expect(terms('let us work')).not.toContain('usa');
  });

  it('split hyphenated and dotted words into their parts', () => {
    expect(words('best-selling Code.org')).toEqual(['best', 'selling', 'code', 'org']);
  });

  it('read a letter and a number joined by a hyphen as one code, written with the hyphen or without', () => {
    expect(terms('H-1B visas')).toEqual(['h1b', 'visa']);
    expect(terms('H1B visas')).toEqual(terms('H-1B visas'));
    expect(terms('K–12 schools')).toEqual(terms('K12 schools'));
    // Not a code: a word of letters, or a number alone.
    expect(terms('COVID-19')).toEqual(['covid', '19']);
    expect(terms('grades 9-12')).toEqual(['grade', '9', '12']);
  });

  it('drop stopwords and single letters but keep digits', () => {
    expect(terms('What is the role of a 5 year plan?')).toEqual(['role', '5', 'year', 'plan']);
  });
});

describe('re-joining PDF-split words', () => {
  const freq = countWords(['comments information model many trained '.repeat(30), 'com inform ation m odel ents ed']);

  it('joins the extractor’s splits around "m" and rare pieces', () => {
    expect(rejoinSplitWords('Com m ents on the Inform ation and the m odel', freq)).toBe('Comments on the Information and the model');
    expect(rejoinSplitWords('it has m any uses', freq)).toBe('it has many uses');
  });

  it('leaves real words alone', () => {
    expect(rejoinSplitWords('the model was trained in many ways', freq)).toBe('the model was trained in many ways');
  });

  it('joins numbers whose last digit group was split, and compounds broken after a hyphen', () => {
    expect(rejoinSplitWords('expenses from $5,000 to over $500,00 0, depending', freq)).toBe('expenses from $5,000 to over $500,000, depending');
    expect(rejoinSplitWords('about 1,20 0 people and 3,4 56 more', freq)).toBe('about 1,200 people and 3,456 more');
    expect(terms(rejoinSplitWords('$500,00 0', freq))).toEqual(terms('500,000'));
    expect(rejoinSplitWords('calls for case-by- case analysis', freq)).toBe('calls for case-by-case analysis');
  });

  it('leaves lists of numbers and free-standing hyphens alone', () => {
    expect(rejoinSplitWords('pages 1,2 3 and 12 34', freq)).toBe('pages 1,2 3 and 12 34');
    expect(rejoinSplitWords('in 2024, 10 states', freq)).toBe('in 2024, 10 states');
    expect(rejoinSplitWords('pre- and post-training', freq)).toBe('pre- and post-training');
  });
});
