import { describe, expect, it } from 'vitest';
import { renderAnswer } from '../../src/bot/render/answer.js';
import { answerNotices, answerText, passageText } from '../../src/retrieval/plain-text.js';
import type { Answer, Source } from '../../src/retrieval/types.js';

const source = (n: number, extra: Partial<Source> = {}): Source => ({
  n, docId: `Doc-${n}`, submitter: `Submitter ${n}`, category: 'Academia', page: n, url: `https://files.nitrd.gov/90-fr-9088/Doc-${n}.pdf#page=${n}`,
  text: `Passage  ${n}\n text.`, score: 0.5, start: 0, end: 10, similarCount: 1, similarDocIds: [`Doc-${n}`], ...extra,
});

const answer = (extra: Partial<Answer> = {}): Answer => ({
  question: 'Q?', language: 'en', mode: 'extractive', text: 'They said so [1].', sources: [source(1), source(2, { page: null, similarCount: 3 })],
  evidence: [], citations: { total: 2, verified: 2, removed: 0 }, notCovered: false, notes: [], ms: 12, ...extra,
});

describe('plain-text answers', () => {
  it('give the text, then numbered sources with pages and near-identical submissions', () => {
    expect(answerText(answer())).toBe(
      [
        'They said so [1].',
        '',
        'Sources: 2 of 2 citations verified · extractive · 12 ms',
        '[1] Submitter 1 — Academia — p. 1 — https://files.nitrd.gov/90-fr-9088/Doc-1.pdf#page=1',
        '[2] Submitter 2 — Academia — https://files.nitrd.gov/90-fr-9088/Doc-2.pdf#page=2 (+2 similar)',
      ].join('\n'),
    );
  });

  it('warn first when not covered or when citations were removed, and show counts and notes', () => {
    const text = answerText(
      answer({
        notCovered: true,
        citations: { total: 3, verified: 1, removed: 2 },
        notes: ['searched for: chips'],
        aggregate: { query: 'chips', submissions: 2, byCategory: [{ category: 'Academia', submissions: 2 }], submitters: [{ docId: 'Doc-1', submitter: 'Submitter 1', category: 'Academia' }], campaigns: [{ size: 40, exampleDocId: 'Doc-9' }] },
      }),
    );
    expect(text.split('\n').slice(0, 2)).toEqual([
      '! The submissions do not appear to cover this question; below is the closest material found.',
      '! 2 citation(s) could not be verified and were removed.',
    ]);
    expect(text).toContain('Counts: 2 submissions match "chips" — Academia 2\n  submitters: Submitter 1\n  form-letter campaigns: 40 near-identical (e.g. Doc-9)');
    expect(text).toContain('(searched for: chips)');
  });

  it('a count from the respondent listing: counts by category without an empty "match", and where they come from', () => {
    const text = answerText(
      answer({
        text: '292 submissions are in the Academia or Non-Federal Government categories.',
        sources: [],
        citations: { total: 0, verified: 0, removed: 0 },
        aggregate: { query: '', submissions: 292, byCategory: [{ category: 'Academia', submissions: 200 }, { category: 'Non-Federal Government', submissions: 92 }], submitters: [], campaigns: [] },
      }),
    );
    expect(text).toBe(
      [
        '292 submissions are in the Academia or Non-Federal Government categories.',
        '',
        'Counts: 292 submissions — Academia 200, Non-Federal Government 92',
        '',
        'From the NITRD respondent listing · extractive · 12 ms',
      ].join('\n'),
    );
  });

  it('say nothing of citations when an answer has no source', () => {
    const text = answerText(answer({ text: 'Nothing on this.', sources: [], citations: { total: 0, verified: 0, removed: 0 } }));
    expect(text).toBe('Nothing on this.\n\nextractive · 12 ms');
    const topic = answerText(
      answer({ sources: [], citations: { total: 0, verified: 0, removed: 0 }, aggregate: { query: 'quantum', submissions: 1, byCategory: [{ category: 'Academia', submissions: 1 }], submitters: [], campaigns: [] } }),
    );
    expect(topic).toContain('Counts: 1 submission matches "quantum" — Academia 1\n\nextractive · 12 ms');
    expect(topic).not.toContain('respondent listing');
  });

  it('are warned about with the same notices in Discord', () => {
    const flagged = answer({ notCovered: true, citations: { total: 3, verified: 1, removed: 2 } });
    const rendered = renderAnswer(flagged);
    for (const notice of answerNotices(flagged)) expect(rendered).toContain(`⚠️ ${notice}`);
    expect(answerNotices(answer())).toEqual([]);
  });

  it('give a searched passage with its id, score and text on one line', () => {
    expect(passageText(source(1), 3)).toBe('[3] Submitter 1 — Academia — p. 1 — https://files.nitrd.gov/90-fr-9088/Doc-1.pdf#page=1\n    Doc-1 · score 0.500\n    Passage 1 text.');
  });
});
