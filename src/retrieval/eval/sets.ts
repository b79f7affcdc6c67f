/**
 * The shared evaluation files (questions, conversations, claims): read, checked line by line,
 * and run through the service exactly as the bot asks it. A conversation's turns are asked in
 * order with the history the bot would keep.
 */
import { z } from 'zod';
import { countBasis } from '../plain-text.js';
import type { Answer, QaService, Turn } from '../types.js';
import type { CheckedClaim, ClaimItem, ConversationItem, ScoredAnswer } from './shared-score.js';
import { inSplit, type SplitChoice } from './split.js';

const turnSchema = z.object({
  question: z.string().min(1),
  relevant: z.array(z.string()).optional(),
  answer_keywords: z.array(z.string()).optional(),
  expect: z.string().optional(),
  carries: z.string().optional(),
  kind: z.string().optional(),
});
const conversationSchema = z.object({ id: z.string(), lang: z.string().optional(), turns: z.array(turnSchema).min(1) });
const claimSchema = z.object({
  id: z.string(),
  claim: z.string().min(1),
  lang: z.string().optional(),
  submitter: z.string().optional(),
  relevant: z.array(z.string()).optional(),
  label: z.string(),
  evidence_keywords: z.array(z.string()).optional(),
});
export type ConversationLine = z.infer<typeof conversationSchema>;
export type ClaimLine = z.infer<typeof claimSchema>;

/** Parses a JSON-lines file with a schema; malformed lines are reported with their line number. */
export function parseLines<T>(content: string, schema: z.ZodType<T>): { lines: T[]; errors: string[] } {
  const lines: T[] = [];
  const errors: string[] = [];
  content.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      errors.push(`line ${i + 1}: not JSON`);
      return;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) lines.push(parsed.data);
    else errors.push(`line ${i + 1}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  });
  return { lines, errors };
}

export const parseConversationFile = (content: string) => parseLines(content, conversationSchema);
export const parseClaimFile = (content: string) => parseLines(content, claimSchema);

/**
 * The answer as a result line holds it (FORMATS.md): its passages and, for a count, what the
 * count rests on (the listing's rows or the text search's figures), which the answer shows too.
 */
export function resultAnswer(answer: Pick<Answer, 'text' | 'notCovered' | 'evidence' | 'aggregate'>): ScoredAnswer {
  const basis = countBasis(answer);
  const sources = answer.evidence.map((p) => ({ docId: p.docId, submitter: p.submitter, text: p.text }));
  return { text: answer.text, notCovered: answer.notCovered, sources: basis ? [...sources, basis] : sources };
}

/** Asks every conversation's turns in order, each with the turns before it as history. */
export async function runConversations(service: QaService, conversations: ConversationLine[], split: SplitChoice): Promise<{ items: ConversationItem[]; answers: Map<string, ScoredAnswer[]> }> {
  const items = conversations.filter((c) => inSplit(c.id, split));
  const answers = new Map<string, ScoredAnswer[]>();
  for (const conversation of items) {
    let history: Turn[] = [];
    const results: ScoredAnswer[] = [];
    for (const turn of conversation.turns) {
      const answer = await service.ask(turn.question, { history });
      results.push(resultAnswer(answer));
      history = [...history, { role: 'user' as const, content: turn.question }, { role: 'assistant' as const, content: answer.text }];
    }
    answers.set(conversation.id, results);
  }
  return { items: items.map((c) => ({ id: c.id, lang: c.lang, turns: c.turns.map((t) => ({ ...t, id: '' })) })), answers };
}

/** Checks every claim, with its `submitter` as the check's submitter option. */
export async function runClaims(service: QaService, claims: ClaimLine[], split: SplitChoice): Promise<{ items: ClaimItem[]; checks: Map<string, CheckedClaim> }> {
  const items = claims.filter((c) => inSplit(c.id, split));
  const checks = new Map<string, CheckedClaim>();
  for (const claim of items) {
    const check = await service.checkClaim(claim.claim, claim.submitter ? { submitter: claim.submitter } : {});
    checks.set(claim.id, { verdict: check.verdict, text: check.text, sources: check.sources.map((s) => ({ docId: s.docId, text: s.text })) });
  }
  return { items, checks };
}
