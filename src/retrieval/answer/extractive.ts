import type { Source } from '../types.js';
import type { WordFrequencies } from '../text/rejoin.js';
import { displayQuote, sentenceScore, sentencesOf } from './sentences.js';

export interface ExtractiveInput {
  /** Sources in rank order, numbered; several may come from the same submission. */
  sources: Source[];
  questionTerms: Map<string, number>;
  wantsFigures: boolean;
  /** Heading line, in the asker's language. */
  heading: string;
  maxQuotes?: number;
  maxPerSubmitter?: number;
  /** Submissions that must be quoted if any of their sentences is relevant (compared submitters). */
  ensureDocs?: string[];
  /** Corpus word frequencies, to re-join PDF-split words in the quotes. */
  wordFrequencies?: WordFrequencies;
}

/**
 * An answer made only of quoted sentences from the sources, grouped by submitter, each with
 * its citation. Nothing is paraphrased, so nothing can be misquoted.
 */
export function extractiveAnswer(input: ExtractiveInput): string {
  const maxQuotes = input.maxQuotes ?? 6;
  const perSubmitter = input.maxPerSubmitter ?? 2;
  const candidates = input.sources.flatMap((source, rank) =>
    sentencesOf(source.text).map((sentence) => ({
      source,
      sentence,
      score: sentenceScore(sentence.text, input.questionTerms, input.wantsFigures) - rank * 0.01,
    })),
  );
  candidates.sort((a, b) => b.score - a.score);
  // Sentences far weaker than the best one are noise, however many submissions they come from.
  const floor = (candidates[0]?.score ?? 0) * 0.4;
  const chosen: typeof candidates = [];
  const perDoc = new Map<string, number>();
  const seen = new Set<string>();
  for (const docId of input.ensureDocs ?? []) {
    const best = candidates.find((c) => c.source.docId === docId && c.score > 0);
    if (!best) continue;
    chosen.push(best);
    perDoc.set(docId, 1);
    seen.add(displayQuote(best.sentence.text).toLowerCase());
  }
  for (const candidate of candidates) {
    if (chosen.length >= maxQuotes) break;
    const key = displayQuote(candidate.sentence.text).toLowerCase();
    const count = perDoc.get(candidate.source.docId) ?? 0;
    if (candidate.score <= 0 || candidate.score < floor || count >= perSubmitter || seen.has(key)) continue;
    seen.add(key);
    perDoc.set(candidate.source.docId, count + 1);
    chosen.push(candidate);
  }
  if (chosen.length === 0) return '';
  // Group by submitter in retrieval order; within a group, keep document order.
  const groups = new Map<string, typeof chosen>();
  for (const c of [...chosen].sort((a, b) => a.source.n - b.source.n)) groups.set(c.source.docId, [...(groups.get(c.source.docId) ?? []), c]);
  const blocks = [...groups.values()].map((group) => {
    const first = group[0]!.source;
    const similar = first.similarCount > 1 ? `, one of ${first.similarCount} near-identical submissions` : '';
    const lines = group
      .sort((a, b) => a.source.start + a.sentence.start - (b.source.start + b.sentence.start))
      .map((c) => `"${displayQuote(c.sentence.text, input.wordFrequencies)}" [${c.source.n}]`);
    return `${first.submitter} (${first.category}${similar}):\n${lines.join('\n')}`;
  });
  return `${input.heading}\n\n${blocks.join('\n\n')}`;
}
