import { z } from 'zod';

export const qaLineSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  filter: z.object({ category: z.string().optional(), submitter: z.string().optional() }).partial().optional(),
  relevant: z.array(z.string()).optional(),
  lang: z.string().optional(),
  kind: z.string().optional(),
  answer_keywords: z.array(z.string()).optional(),
  expect: z.string().optional(),
  pair: z.string().optional(),
});
export type QaLine = z.infer<typeof qaLineSchema>;

export interface Metrics {
  'hit@1': number;
  'hit@5': number;
  'hit@10': number;
  'mrr@10': number;
  n: number;
}

/** Scores ranked doc ids against the `relevant` lists, as the dev set's README defines them. */
export function score(results: { docs: string[]; relevant: string[] }[]): Metrics {
  const answerable = results.filter((r) => r.relevant.length > 0);
  const rankOf = (r: { docs: string[]; relevant: string[] }) => {
    const i = r.docs.slice(0, 10).findIndex((d) => r.relevant.includes(d));
    return i < 0 ? undefined : i + 1;
  };
  const share = (k: number) => answerable.filter((r) => (rankOf(r) ?? Infinity) <= k).length / (answerable.length || 1);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    'hit@1': round(share(1)),
    'hit@5': round(share(5)),
    'hit@10': round(share(10)),
    'mrr@10': round(answerable.reduce((sum, r) => sum + 1 / (rankOf(r) ?? Infinity), 0) / (answerable.length || 1)),
    n: answerable.length,
  };
}

/** Parses a QA file; malformed lines are reported with their line number. */
export function parseQaFile(content: string): { lines: QaLine[]; errors: string[] } {
  const lines: QaLine[] = [];
  const errors: string[] = [];
  content.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const parsed = qaLineSchema.safeParse(JSON.parse(raw));
      if (parsed.success) lines.push(parsed.data);
      else errors.push(`line ${i + 1}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    } catch {
      errors.push(`line ${i + 1}: not JSON`);
    }
  });
  return { lines, errors };
}
