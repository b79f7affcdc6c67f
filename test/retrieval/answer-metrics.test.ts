/** Answer-level scoring, as the dev set's README defines the keyword match. */
import { describe, expect, it } from 'vitest';
import { answerFigures, containsAll, keywordForm, type AnswerRow } from '../../src/retrieval/answer-metrics.js';

const row = (over: Partial<AnswerRow>): AnswerRow => ({ id: 'x', lang: 'en', kind: 'fact', relevant: ['D'], keywords: [], answerText: '', notCovered: false, evidence: [], ...over });

describe('keyword matching', () => {
  it('ignores case and thousands separators, matches substrings, and reads Traditional as Simplified', () => {
    expect(containsAll('they crawled at 3000 times the rate', ['3,000'])).toBe(true);
    expect(containsAll('over $1,500,000 in total', ['1500000'])).toBe(true);
    expect(containsAll('AI will never make puns', ['pun'])).toBe(true);
    expect(containsAll('Shorter Work Weeks', ['shorter work week'])).toBe(true);
    expect(keywordForm('資料中心')).toBe(keywordForm('资料中心'));
    expect(containsAll('9.1 percent', ['9.1', '200 billion'])).toBe(false);
  });
});

describe('answer figures', () => {
  it('score the answer text, the evidence (with its submitter), the submission found, and declined questions', () => {
    const figures = answerFigures([
      row({ keywords: ['QUICKBUY'], answerText: 'the QUICKBUY Act', evidence: [{ docId: 'D', submitter: 'Acme', text: 'The QUICKBUY Act' }] }),
      row({ keywords: ['Acme', 'default'], answerText: 'by default', evidence: [{ docId: 'E', submitter: 'Acme', text: 'buy by default' }] }),
      row({ relevant: [], notCovered: true }),
      row({ relevant: [], notCovered: false }),
      row({ keywords: ['x'], notCovered: true }),
    ]);
    expect(figures).toEqual({ n: 3, answerKeywords: 0.333, evidenceKeywords: 0.667, evidenceDoc: 0.333, wronglyDeclined: 1, unanswerable: 2, declined: 1 });
  });
});
