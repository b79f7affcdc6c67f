import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../../src/retrieval/keyword/bm25.js';
import { terms } from '../../../src/retrieval/text/tokenize.js';
import { TokenizedTexts } from '../../../src/retrieval/text/tokenized.js';

const TEXTS = [
  'Export controls on advanced chips protect national security.',
  'Copyright law and fair use for training data; copyright holders want licences.',
  '',
  'Chips, chips and more chips: export licences for chips.',
];

describe('texts read once into term ids', () => {
  it('gives back each text’s terms in reading order, the empty text as none', () => {
    const tokenized = TokenizedTexts.of(TEXTS);
    expect(tokenized.size).toBe(TEXTS.length);
    TEXTS.forEach((text, i) => expect(Array.from(tokenized.text(i), (id) => tokenized.terms[id])).toEqual(terms(text)));
  });

  it('gives each distinct term one id and counts the texts each occurs in', () => {
    const tokenized = TokenizedTexts.of(TEXTS);
    expect(new Set(tokenized.terms).size).toBe(tokenized.terms.length);
    const df = tokenized.documentFrequencies();
    const of = (word: string) => df[tokenized.terms.indexOf(terms(word)[0]!)];
    expect(of('chips')).toBe(2);
    expect(of('copyright')).toBe(1);
    expect(of('licences')).toBe(2);
  });

  it('makes the keyword index that term lists make: sorted terms, postings in text order, counts and lengths', () => {
    const fromIds = Bm25Index.fromTokenized(TokenizedTexts.of(TEXTS)).parts();
    const lists = TEXTS.map((text) => terms(text));
    const expected = [...new Set(lists.flat())].sort();
    expect(fromIds.terms).toEqual(expected);
    expect(Array.from(fromIds.lengths)).toEqual(lists.map((list) => list.length));
    const chips = expected.indexOf(terms('chips')[0]!);
    const at = fromIds.offsets[chips]!;
    expect(Array.from(fromIds.docs.subarray(at, fromIds.offsets[chips + 1]))).toEqual([0, 3]);
    expect(Array.from(fromIds.freqs.subarray(at, fromIds.offsets[chips + 1]))).toEqual([1, 4]);
  });
});
