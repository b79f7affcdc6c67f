/**
 * The shared evaluation sets' scoring (questions, conversations, claims), computed as their
 * scorers compute it, so that `npm run eval` prints the same figures: keywords matched as
 * case-insensitive substrings with whitespace and thousands separators removed, `a|b` meaning
 * either; Chinese keywords compared after script conversion (the shared scorers skip them).
 */
import { charsToSimplified } from '../i18n/script.js';

/** What the shared scorers read as a declined answer (a "no") in its first 300 characters. */
const DECLINE =
  /no submission from|does not (mention|address|discuss|cover)|doesn't (mention|address)|did not submit|not in the corpus|do not appear to cover|沒有提到|没有提到|未提及|沒有提交|没有提交|中沒有|中没有|並未|并未|沒有涉及|没有涉及/i;
const HAN = /\p{Script=Han}/u;

export interface ScoredAnswer {
  text: string;
  notCovered: boolean;
  sources: { docId: string; text: string; submitter?: string }[];
}

/** Keyword form: thousands separators and all whitespace removed, lower case, Simplified script. */
export function sharedForm(text: string): string {
  const out = text.replace(/(?<=\d),(?=\d{3})/g, '').replace(/\s+/g, '').toLowerCase();
  return HAN.test(out) ? charsToSimplified(out) : out;
}

export function isDeclined(answer: Pick<ScoredAnswer, 'text' | 'notCovered'>): boolean {
  return answer.notCovered || DECLINE.test(answer.text.slice(0, 300));
}

/** Which keywords occur in the text (`a|b`: either); undefined when there are none to check. */
export function keywordsFound(keywords: readonly string[], text: string): boolean[] | undefined {
  if (keywords.length === 0) return undefined;
  const haystack = sharedForm(text);
  return keywords.map((k) => k.split('|').some((alt) => haystack.includes(sharedForm(alt))));
}

export interface QuestionItem {
  id: string;
  lang?: string | undefined;
  kind?: string | undefined;
  expect?: string | undefined;
  relevant?: string[] | undefined;
  answer_keywords?: string[] | undefined;
  pair?: string | undefined;
}

export interface ItemScore {
  expect: 'answer' | 'decline';
  /** decline items: declined. */
  ok?: boolean;
  /** answer items: all keywords in the answer, the share of them, all in the sources, a relevant source, said no. */
  kw?: boolean | undefined;
  share?: number | undefined;
  src?: boolean | undefined;
  cited?: boolean;
  falseNo?: boolean;
}

export function expectOf(item: QuestionItem): 'answer' | 'decline' {
  return item.kind === 'unanswerable' ? 'decline' : item.expect === 'decline' ? 'decline' : 'answer';
}

export function scoreItem(item: QuestionItem, answer: ScoredAnswer | undefined): ItemScore {
  const a = answer ?? { text: '', notCovered: false, sources: [] };
  if (expectOf(item) === 'decline') return { expect: 'decline', ok: isDeclined(a) };
  const keywords = item.answer_keywords ?? [];
  const found = keywordsFound(keywords, a.text);
  const context = a.sources.map((s) => `${s.submitter ?? ''} ${s.text}`).join('\n');
  const inSources = keywordsFound(keywords, context);
  const relevant = new Set(item.relevant ?? []);
  return {
    expect: 'answer',
    kw: found && found.every(Boolean),
    share: found && found.filter(Boolean).length / found.length,
    src: inSources && inSources.every(Boolean),
    cited: a.sources.some((s) => relevant.has(s.docId)),
    falseNo: isDeclined(a),
  };
}

export interface Summary {
  n: number;
  keywords_in_answer: number | null;
  keyword_share: number | null;
  keywords_in_sources: number | null;
  cites_relevant: number | null;
  false_no: number | null;
  declined: number | null;
  decline_n: number;
}

const mean = (xs: boolean[] | number[]): number | null => (xs.length ? Math.round((1000 * (xs as number[]).reduce((s: number, x) => s + Number(x), 0)) / xs.length) / 1000 : null);
const defined = <T>(xs: (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);

export function summarise(rows: ItemScore[]): Summary {
  const answers = rows.filter((r) => r.expect === 'answer');
  const declines = rows.filter((r) => r.expect === 'decline');
  return {
    n: rows.length,
    keywords_in_answer: mean(defined(answers.map((r) => r.kw))),
    keyword_share: mean(defined(answers.map((r) => r.share))),
    keywords_in_sources: mean(defined(answers.map((r) => r.src))),
    cites_relevant: mean(answers.map((r) => !!r.cited)),
    false_no: mean(answers.map((r) => !!r.falseNo)),
    declined: mean(declines.map((r) => !!r.ok)),
    decline_n: declines.length,
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

export interface QuestionReport {
  all: Summary;
  byLanguage: Record<string, Summary>;
  byKind: Record<string, Summary>;
  pair_agreement: number | null;
  /** Items whose answer misses a keyword, or a decline item not declined, or an answer item declined. */
  misses: { id: string; why: string }[];
}

export function scoreQuestions(items: QuestionItem[], answers: Map<string, ScoredAnswer>): QuestionReport {
  const scored = items.map((item) => ({ item, score: scoreItem(item, answers.get(item.id)) }));
  const byId = new Map(scored.map((s) => [s.item.id, s.score]));
  const pairs = new Set(items.filter((i) => i.pair && byId.has(i.pair)).map((i) => [i.id, i.pair!].sort().join('\u0000')));
  const agree = [...pairs].map((p) => {
    const [a, b] = p.split('\u0000') as [string, string];
    return byId.get(a)!.kw === byId.get(b)!.kw;
  });
  const by = (key: (i: QuestionItem) => string) => Object.fromEntries([...groupBy(scored, (s) => key(s.item))].map(([k, v]) => [k, summarise(v.map((s) => s.score))]));
  const misses = scored.flatMap(({ item, score }) => {
    if (score.expect === 'decline') return score.ok ? [] : [{ id: item.id, why: 'not declined' }];
    if (score.falseNo) return [{ id: item.id, why: 'said no' }];
    if (score.kw === false) {
      const found = keywordsFound(item.answer_keywords ?? [], answers.get(item.id)?.text ?? '') ?? [];
      return [{ id: item.id, why: `missing ${(item.answer_keywords ?? []).filter((_, i) => !found[i]).join(', ')}` }];
    }
    return [];
  });
  return { all: summarise(scored.map((s) => s.score)), byLanguage: by((i) => i.lang ?? 'en'), byKind: by((i) => i.kind ?? '?'), pair_agreement: mean(agree), misses };
}

export interface ConversationItem {
  id: string;
  lang?: string | undefined;
  turns: (QuestionItem & { question: string; carries?: string | undefined })[];
}

export interface ConversationReport {
  turns: Summary;
  byCarries: Record<string, Summary>;
  carry_errors: number;
  carry_checked: number;
  misses: { id: string; why: string }[];
}

/**
 * A carry error is a turn answered about the wrong submitter: a `none` turn whose sources hold
 * none of its relevant submissions but some of an earlier turn's, or a `subject` turn whose
 * sources hold none of its relevant submissions.
 */
export function scoreConversations(conversations: ConversationItem[], answers: Map<string, ScoredAnswer[]>): ConversationReport {
  const rows: { carries: string; score: ItemScore }[] = [];
  const misses: { id: string; why: string }[] = [];
  let errors = 0;
  let checked = 0;
  for (const conversation of conversations) {
    const got = answers.get(conversation.id) ?? [];
    const earlier = new Set<string>();
    conversation.turns.forEach((turn, i) => {
      const answer = got[i];
      const score = scoreItem({ ...turn, id: `${conversation.id}/${i + 1}`, lang: conversation.lang, kind: 'turn' }, answer);
      rows.push({ carries: turn.carries ?? 'none', score });
      const docs = new Set((answer?.sources ?? []).map((s) => s.docId));
      const relevant = new Set(turn.relevant ?? []);
      let error = false;
      if (relevant.size && i > 0) {
        checked++;
        const hit = [...docs].some((d) => relevant.has(d));
        const earlierHit = [...docs].some((d) => earlier.has(d) && !relevant.has(d));
        error = !hit && (turn.carries === 'subject' || earlierHit);
      }
      if (error) errors++;
      const id = `${conversation.id}/${i + 1}`;
      if (error) misses.push({ id, why: `carry error (${turn.carries})` });
      else if (score.expect === 'decline' && !score.ok) misses.push({ id, why: 'not declined' });
      else if (score.falseNo) misses.push({ id, why: 'said no' });
      else if (score.kw === false) misses.push({ id, why: 'missing keywords' });
      for (const d of relevant) earlier.add(d);
    });
  }
  const byCarries = Object.fromEntries([...groupBy(rows, (r) => r.carries)].map(([k, v]) => [k, summarise(v.map((r) => r.score))]));
  return { turns: summarise(rows.map((r) => r.score)), byCarries, carry_errors: errors, carry_checked: checked, misses };
}

export interface ClaimItem {
  id: string;
  lang?: string | undefined;
  label: string;
  evidence_keywords?: string[] | undefined;
}

export interface CheckedClaim {
  verdict: string;
  text: string;
  sources: { docId: string; text: string }[];
}

/** Offline and chat verdicts acceptable for each label. */
const ACCEPTABLE: Record<string, string[]> = {
  supported: ['found', 'partly', 'supported'],
  contradicted: ['differs', 'partly', 'contradicted'],
  'not-addressed': ['not-found', 'not-addressed'],
  'no-submitter': ['no-submitter'],
  'absence-true': ['confirmed-absent'],
  'absence-false': ['not-absent', 'contradicted'],
};
const NEEDS_EVIDENCE = new Set(['contradicted', 'absence-false']);

export interface ClaimSummary {
  n: number;
  verdict_ok: number | null;
  evidence_shown: number | null;
  false_found: number;
}

export interface ClaimReport {
  all: ClaimSummary;
  byLabel: Record<string, ClaimSummary>;
  misses: { id: string; why: string }[];
}

export function scoreClaims(claims: ClaimItem[], checks: Map<string, CheckedClaim>): ClaimReport {
  const rows = claims.map((claim) => {
    const check = checks.get(claim.id) ?? { verdict: '', text: '', sources: [] };
    const verdict = check.verdict.toLowerCase();
    const context = `${check.sources.map((s) => s.text).join('\n')}\n${check.text}`;
    const found = keywordsFound(claim.evidence_keywords ?? [], context);
    const evidence = found && found.every(Boolean);
    const ok = (ACCEPTABLE[claim.label] ?? []).includes(verdict) && (evidence !== false || !NEEDS_EVIDENCE.has(claim.label));
    const falseFound = ['contradicted', 'not-addressed', 'no-submitter'].includes(claim.label) && (verdict === 'found' || verdict === 'supported');
    return { claim, verdict, ok, evidence, falseFound };
  });
  const summary = (rs: typeof rows): ClaimSummary => ({
    n: rs.length,
    verdict_ok: mean(rs.map((r) => r.ok)),
    evidence_shown: mean(defined(rs.map((r) => r.evidence))),
    false_found: rs.filter((r) => r.falseFound).length,
  });
  return {
    all: summary(rows),
    byLabel: Object.fromEntries([...groupBy(rows, (r) => r.claim.label)].map(([k, v]) => [k, summary(v)])),
    misses: rows.filter((r) => !r.ok).map((r) => ({ id: r.claim.id, why: `${r.claim.label} → ${r.verdict || 'none'}${r.evidence === false ? ' (evidence not shown)' : ''}` })),
  };
}
