import { describe, expect, it } from 'vitest';
import { quoteOccursIn, renumberSources, verifyCitations } from '../../../src/retrieval/answer/verify.js';
import type { Source } from '../../../src/retrieval/types.js';

const source = (n: number, text: string): Source => ({
  n, text, docId: `AI-RFI-2025-${n}`, submitter: `Submitter ${n}`, category: 'Private Sector', page: 1,
  url: `https://example.org/${n}.pdf#page=1`, score: 1, start: 0, end: text.length, similarCount: 1, similarDocIds: [],
});

const sources = [
  source(1, 'We urge the Administration to invest in open-source AI models and\n  public compute infrastructure.'),
  source(2, 'Com m ents on the AI Action Plan from a small business. Energy  costs are the main bottleneck for data centers.'),
  source(3, 'Export controls should be narrowly targeted at frontier model weights.'),
];

describe('verifyCitations', () => {
  it('keeps correct citations and counts them', () => {
    const r = verifyCitations('Open models matter [1]. Energy is a bottleneck [2][3].', sources);
    expect(r.text).toBe('Open models matter [1]. Energy is a bottleneck [2][3].');
    expect(r.report).toEqual({ total: 3, verified: 3, removed: 0 });
    expect(r.usedSources).toEqual([1, 2, 3]);
  });

  it('removes an out-of-range citation', () => {
    const r = verifyCitations('Open models matter [1][7]. Chips too [7]. Both [1, 7].', sources);
    expect(r.text).toBe('Open models matter [1]. Chips too. Both [1].');
    expect(r.report).toEqual({ total: 5, verified: 2, removed: 3 });
    expect(r.usedSources).toEqual([1]);
  });

  it('marks a fabricated quote', () => {
    const r = verifyCitations('One submitter says "we must ban all open-source models immediately" [1].', sources);
    expect(r.text).toBe('One submitter says "we must ban all open-source models immediately" [unverified].');
    expect(r.report).toEqual({ total: 1, verified: 0, removed: 1 });
    expect(r.usedSources).toEqual([]);
  });

  it('verifies a quote attributed to the right source only', () => {
    const r = verifyCitations('They argue "narrowly targeted at frontier model weights" [1, 3].', sources);
    expect(r.text).toBe('They argue "narrowly targeted at frontier model weights" [3].');
    expect(r.report).toEqual({ total: 2, verified: 1, removed: 1 });
  });

  it('verifies a quote with different whitespace, case and curly quotes', () => {
    const text = 'It asks to “Invest in open-source AI models and public   compute infrastructure,” [1] and more [2].';
    const r = verifyCitations(text, sources);
    expect(r.text).toBe(text);
    expect(r.report).toEqual({ total: 2, verified: 2, removed: 0 });
  });

  it('verifies a quote against PDF-split source text', () => {
    const r = verifyCitations('The letter opens with "Comments on the AI Action Plan" [2].', sources);
    expect(r.report).toEqual({ total: 1, verified: 1, removed: 0 });
    expect(quoteOccursIn('Energy costs are the main … for data centers', sources[1]?.text ?? '')).toBe(true);
  });

  it('does not treat short quoted words as quotations', () => {
    const r = verifyCitations('The word "frontier" appears [3].', sources);
    expect(r.report).toEqual({ total: 1, verified: 1, removed: 0 });
  });

  it('checks a quote without its own citation against the sentence citations', () => {
    const good = verifyCitations('Source 3 says "narrowly targeted at frontier model weights", as others do [3].', sources);
    expect(good.report).toEqual({ total: 2, verified: 2, removed: 0 });
    const bad = verifyCitations('They want "a complete moratorium on all new models", as others say [3]. Fine [1].', sources);
    expect(bad.text).toBe('They want "a complete moratorium on all new models" [unverified], as others say [3]. Fine [1].');
    expect(bad.report).toEqual({ total: 3, verified: 2, removed: 1 });
    const none = verifyCitations('Nobody said "this sentence has no citation at all".', sources);
    expect(none.text).toBe('Nobody said "this sentence has no citation at all" [unverified].');
  });

  it('is idempotent on already-checked text', () => {
    const once = verifyCitations('They say "we must ban all open-source models immediately" [1]. Chips [7].', sources);
    const twice = verifyCitations(once.text, sources);
    expect(twice.text).toBe(once.text);
  });

  it('verifies English quotes inside a Chinese answer', () => {
    const r = verifyCitations('有提交者写道：“Export controls should be narrowly targeted”[3]。', sources);
    expect(r.report).toEqual({ total: 1, verified: 1, removed: 0 });
  });

  it('marks a quote whose only citation is out of range', () => {
    const r = verifyCitations('Quote: "Export controls should be narrowly targeted" [9].', sources);
    expect(r.text).toBe('Quote: "Export controls should be narrowly targeted" [unverified].');
    expect(r.report).toEqual({ total: 1, verified: 0, removed: 1 });
  });
});

describe('renumberSources', () => {
  it('renumbers by first citation and drops uncited sources', () => {
    const r = renumberSources('Chips [3]. Open models [1][3]. Both [3, 1].', sources);
    expect(r.text).toBe('Chips [1]. Open models [2][1]. Both [1, 2].');
    expect(r.sources.map((s) => [s.n, s.docId])).toEqual([
      [1, 'AI-RFI-2025-3'],
      [2, 'AI-RFI-2025-1'],
    ]);
    expect(sources[2]?.n).toBe(3);
  });

  it('returns no sources when nothing is cited', () => {
    expect(renumberSources('No citations here.', sources)).toEqual({ text: 'No citations here.', sources: [] });
  });
});
