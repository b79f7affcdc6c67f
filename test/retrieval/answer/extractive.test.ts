import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../../src/retrieval/answer/extractive.js';
import { displayQuote, sentencesOf } from '../../../src/retrieval/answer/sentences.js';
import { verifyCitations } from '../../../src/retrieval/answer/verify.js';
import type { Source } from '../../../src/retrieval/types.js';
import { terms } from '../../../src/retrieval/text/tokenize.js';

const source = (n: number, docId: string, submitter: string, text: string): Source => ({
  n, docId, submitter, category: 'Private Sector', page: null, url: `https://example.test/${docId}.pdf`,
  text, score: 1, start: 0, end: text.length, similarCount: 1, similarDocIds: [docId],
});
const weights = (q: string) => new Map(terms(q).map((t) => [t, 1]));

describe('extractive answers', () => {
  it('turns the source’s own footnote markers into elisions, so they are not taken for citations', () => {
    const text = 'Bloomberg tuned its internal model to help journalists write headlines and summaries [4]. Other text follows here.';
    expect(displayQuote(text)).toContain('summaries […].');
    const sources = [source(1, 'A', 'Acme', text)];
    const answer = extractiveAnswer({ sources, questionTerms: weights('journalists headlines model'), wantsFigures: false, heading: 'Quotes:' });
    const checked = verifyCitations(answer, sources);
    expect(checked.report.total).toBeGreaterThan(0);
    expect(checked.report.verified).toBe(checked.report.total);
  });

  it('gives every compared submitter a quote even when another one scores higher', () => {
    const strong = 'Schools need computer science teachers, computer science courses and computer science funding in every state.';
    const weak = 'Teachers should be consulted before schools adopt new tools in classrooms.';
    const sources = [source(1, 'A', 'Code group', strong), source(2, 'B', 'Teachers union', weak)];
    const question = weights('computer science schools teachers funding');
    const without = extractiveAnswer({ sources, questionTerms: question, wantsFigures: false, heading: 'Q' });
    const withEnsure = extractiveAnswer({ sources, questionTerms: question, wantsFigures: false, heading: 'Q', ensureDocs: ['A', 'B'] });
    expect(without).not.toContain('Teachers union');
    expect(withEnsure).toContain('Teachers union');
    expect(withEnsure).toContain('Code group');
  });

  it('quotes nothing when no sentence carries the question’s words', () => {
    const sources = [source(1, 'A', 'Acme', 'An unrelated sentence about farming and irrigation methods in dry regions.')];
    expect(extractiveAnswer({ sources, questionTerms: weights('quantum cryptography'), wantsFigures: false, heading: 'Q' })).toBe('');
  });
});

describe('displayed quotes', () => {
  it('re-join words the PDF extraction split, changing nothing but whitespace', () => {
    const frequencies = new Map([['comments', 500], ['com', 40], ['ents', 3], ['information', 900], ['inform', 60], ['ation', 10], ['m', 5]]);
    const original = 'Com m ents on the Request for Inform ation were due in March.';
    const shown = displayQuote(original, frequencies);
    expect(shown).toBe('Comments on the Request for Information were due in March.');
    expect(shown.replace(/\s/g, '')).toBe(original.replace(/\s/g, ''));
    const sources = [source(1, 'A', 'Acme', original)];
    expect(verifyCitations(`"${shown}" [1]`, sources).report).toEqual({ total: 1, verified: 1, removed: 0 });
  });
});

describe('sentences', () => {
  it('end at a heading line, which PDF text marks only by a short unpunctuated line', () => {
    const text = 'Maintaining the American\nAI lead\nExport controls on chips are critical policy instruments that slow adversaries.\nThe Department of Defense should buy commercial software by default and\nreview its rules every year.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'Export controls on chips are critical policy instruments that slow adversaries.',
      'The Department of Defense should buy commercial software by default and\nreview its rules every year.',
    ]);
  });
});
