/**
 * Answers and passages as plain text, for the console chat and the command line. The bot
 * renders Discord markdown instead (src/bot/render) but says the same notices.
 */
import type { Aggregate, Answer, ClaimCheck, Passage } from './types.js';

/** Said under every offline claim check, in the console and in Discord. */
export const OFFLINE_CHECK_NOTE = 'Offline check: it compares the words and details of the claim (figures, comparisons, negations) with the submission; it does not judge whether the claim is true.';

/** What an answer must warn about before its text: not covered, citations removed. */
export function answerNotices(answer: Pick<Answer, 'notCovered' | 'citations'>): string[] {
  const notices: string[] = [];
  if (answer.notCovered) notices.push('The submissions do not appear to cover this question; below is the closest material found.');
  const unverified = answer.citations.total - answer.citations.verified;
  if (unverified > 0) notices.push(`${unverified} citation(s) could not be verified and were removed.`);
  return notices;
}

/** `[n] Submitter — category — p. N — link (+N similar)` */
export function sourceLine(p: Passage, n: number): string {
  const page = p.page !== null ? ` — p. ${p.page}` : '';
  const similar = p.similarCount > 1 ? ` (+${p.similarCount - 1} similar)` : '';
  return `[${n}] ${p.submitter} — ${p.category}${page} — ${p.url}${similar}`;
}

/** A passage found by search: its source line, id and score, and the start of its text. */
export function passageText(p: Passage, rank: number, maxChars = 500): string {
  return `${sourceLine(p, rank)}\n    ${p.docId} · score ${p.score.toFixed(3)}\n    ${p.text.replace(/\s+/g, ' ').trim().slice(0, maxChars)}`;
}

/** Said of a count without a topic, which cites no passage: its figures are the listing's. */
export const LISTING_ORIGIN = 'From the NITRD respondent listing';

/** Where an answer that cites no passage got its figures: the respondent listing, for a count without a topic. */
export function listingOrigin(answer: Pick<Answer, 'sources' | 'aggregate'>): string | undefined {
  return answer.sources.length === 0 && answer.aggregate?.query === '' ? LISTING_ORIGIN : undefined;
}

/**
 * What a count rests on, as the answer shows it under its text: the respondent listing's rows
 * (a count without a topic) or the search of the submissions' texts, with the figures by category.
 * An evaluation result gives it as the count's source, beside the passages.
 */
export function countBasis(answer: Pick<Answer, 'aggregate'>): { docId: string; submitter: string; text: string } | undefined {
  const g = answer.aggregate;
  if (!g) return undefined;
  return g.query === ''
    ? { docId: 'nitrd-respondent-listing', submitter: LISTING_ORIGIN, text: aggregateLines(g).join('\n') }
    : { docId: 'text-count', submitter: 'Counted over the submissions\' text', text: aggregateLines(g).join('\n') };
}

function aggregateLines(g: Aggregate): string[] {
  const one = g.submissions === 1;
  const matched = g.query ? ` ${one ? 'matches' : 'match'} "${g.query}"` : '';
  const categories = g.byCategory.length ? ` — ${g.byCategory.map((c) => `${c.category} ${c.submissions}`).join(', ')}` : '';
  const lines = [`Counts: ${g.submissions} submission${one ? '' : 's'}${matched}${categories}`];
  if (g.submitters.length) lines.push(`  submitters: ${g.submitters.slice(0, 15).map((s) => s.submitter).join('; ')}`);
  if (g.campaigns.length) lines.push(`  form-letter campaigns: ${g.campaigns.map((c) => `${c.size} near-identical (e.g. ${c.exampleDocId})`).join(', ')}`);
  return lines;
}

/** The whole answer: notices, text, counts, notes and numbered sources. */
export function answerText(answer: Answer): string {
  const lines = [...answerNotices(answer).map((n) => `! ${n}`), answer.text.trim(), ''];
  if (answer.aggregate) lines.push(...aggregateLines(answer.aggregate), '');
  if (answer.notes.length) lines.push(...answer.notes.map((n) => `(${n})`), '');
  lines.push(...sourceLines(answer, listingOrigin(answer)));
  return lines.join('\n');
}

/** A claim check: the claim, the verdict with its quotes, and numbered sources. */
export function checkText(check: ClaimCheck): string {
  const lines = [`Checking the claim "${check.claim}"`, '', check.text.trim(), ''];
  if (check.mode === 'extractive') lines.push(`(${OFFLINE_CHECK_NOTE})`, '');
  lines.push(...sourceLines(check));
  return lines.join('\n');
}

/**
 * How many citations were verified (or, with no source, `origin`: where the figures come from),
 * how it was answered and how fast, then the numbered sources.
 */
function sourceLines(result: Pick<Answer, 'sources' | 'citations' | 'mode' | 'ms'>, origin?: string): string[] {
  const cited = result.sources.length ? `Sources: ${result.citations.verified} of ${result.citations.total} citations verified` : origin;
  return [[cited, result.mode, `${result.ms} ms`].filter(Boolean).join(' · '), ...result.sources.map((s) => sourceLine(s, s.n))];
}
