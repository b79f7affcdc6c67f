/**
 * Answer-level scoring, as the dev set's README defines it: does the answer text contain every
 * answer keyword, do the passages a chat model would be given contain them, is the right
 * submission among those passages, and is an unanswerable question declined?
 */
import { charsToSimplified } from './i18n/script.js';
import { isDeclined } from './eval/shared-score.js';

/** Case-folded, thousands separators removed, Chinese in Simplified characters. */
export function keywordForm(text: string): string {
  let out = text.normalize('NFKC').toLowerCase();
  // "3,000,000" → "3000000": repeat until no separator is left between digit groups.
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/(\d),(\d{3})(?!\d)/g, '$1$2');
  }
  return /\p{Script=Han}/u.test(out) ? charsToSimplified(out) : out;
}

/** Whether `text` contains every keyword, matched as substrings in keyword form. */
export function containsAll(text: string, keywords: readonly string[]): boolean {
  const haystack = keywordForm(text);
  return keywords.every((k) => haystack.includes(keywordForm(k)));
}

/** What one answered question contributes to the figures. */
export interface AnswerRow {
  id: string;
  lang: string;
  kind: string;
  relevant: string[];
  keywords: string[];
  answerText: string;
  notCovered: boolean;
  /** Passages a chat model is (or would be) given, with their submissions (the model sees the submitter's name too). */
  evidence: { docId: string; submitter: string; text: string }[];
}

export interface AnswerFigures {
  /** Answerable questions. */
  n: number;
  /** Share of answerable questions whose answer text holds all their keywords. */
  answerKeywords: number;
  /** Share whose evidence passages hold all their keywords (the ceiling of LLM mode). */
  evidenceKeywords: number;
  /** Share with a relevant submission among the evidence. */
  evidenceDoc: number;
  /** Answerable questions answered "not covered". */
  wronglyDeclined: number;
  /** Questions whose answer is a no (nothing filed, or "did X discuss Y" where X did not), and how many were declined. */
  unanswerable: number;
  declined: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
/** An answer that says no: flagged not covered, or a plain "no" in its opening (as the shared scorers read it). */
const saidNo = (r: AnswerRow) => isDeclined({ text: r.answerText, notCovered: r.notCovered });

/**
 * Questions whose right answer is a no: about an organisation that filed nothing (no relevant
 * submission), or "did X discuss Y" where X did not (kind `yesno-no`).
 */
const expectsNo = (r: AnswerRow) => r.relevant.length === 0 || r.kind === 'yesno-no';
/** A count is answered from the categories, not from a submission. */
const fromSubmissions = (r: AnswerRow) => r.kind !== 'count';

export function answerFigures(rows: AnswerRow[]): AnswerFigures {
  const answerable = rows.filter((r) => !expectsNo(r));
  const unanswerable = rows.filter(expectsNo);
  const share = (test: (r: AnswerRow) => boolean, among = answerable) => round(among.filter(test).length / (among.length || 1));
  return {
    n: answerable.length,
    answerKeywords: share((r) => containsAll(r.answerText, r.keywords)),
    evidenceKeywords: share((r) => containsAll(r.evidence.map((e) => `${e.submitter}\n${e.text}`).join('\n'), r.keywords), answerable.filter(fromSubmissions)),
    evidenceDoc: share((r) => r.evidence.some((e) => r.relevant.includes(e.docId)), answerable.filter(fromSubmissions)),
    wronglyDeclined: answerable.filter(saidNo).length,
    unanswerable: unanswerable.length,
    declined: unanswerable.filter(saidNo).length,
  };
}

/** The figures over all rows, per language and per kind of question. */
export function answerReport(rows: AnswerRow[]): AnswerFigures & { byLanguage: Record<string, AnswerFigures>; byKind: Record<string, AnswerFigures> } {
  const by = (key: (r: AnswerRow) => string) =>
    Object.fromEntries([...new Set(rows.map(key))].sort().map((value) => [value, answerFigures(rows.filter((r) => key(r) === value))]));
  return { ...answerFigures(rows), byLanguage: by((r) => r.lang), byKind: by((r) => r.kind) };
}

/** Answerable questions whose answer text misses a keyword (with the keywords missed), and no-questions not declined. */
export function answerMisses(rows: AnswerRow[]): { id: string; missing: string[] }[] {
  return rows
    .filter((r) => (expectsNo(r) ? !saidNo(r) : !containsAll(r.answerText, r.keywords)))
    .map((r) => ({ id: r.id, missing: expectsNo(r) ? ['(a no)'] : r.keywords.filter((k) => !containsAll(r.answerText, [k])) }));
}
