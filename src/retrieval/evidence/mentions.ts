/**
 * Which submissions mention a thing: "how many submissions mention NAIRR", "which trade groups
 * mentioned the Consumer Financial Protection Bureau", "提到 Section 230 的意見書". A mention is
 * the thing's words side by side, in order, in one sentence (as a reader searching the text for
 * the name would find it), with the other spellings a question gives ("the CHIPS Act (the CHIPS
 * and Science Act)": either). A one-word name also counts inside longer words the corpus has
 * ("nairrpilot" in a link).
 */
import type { ReadSentence } from './sentence-score.js';
import { terms } from '../text/tokenize.js';

/** What finding mentions reads from the index. */
export interface MentionIndex {
  /** Chunks holding a search term, in chunk order. */
  chunksWith(term: string): Int32Array;
  /** Vocabulary terms starting with a prefix and at most `extra` letters longer. */
  termsWithPrefix(prefix: string, extra: number): string[];
  docOfChunk(chunk: number): number;
  sentences(chunk: number): readonly ReadSentence[];
}

/** A thing to look for: its alternatives, each a sequence of search terms. */
export interface Mentioned {
  /** How it reads in an answer ("the CHIPS Act"). */
  label: string;
  alternatives: string[][];
}

/** A one-word name is also found inside longer words when it is at least this long. */
const PREFIX_MIN = 4;
/** ... and the longer word at most this many letters longer ("nairr" → "nairrpilot"). */
const PREFIX_EXTRA = 8;

/**
 * The submissions mentioning the thing, with how many of their sentences do: a sentence counts
 * when some alternative's terms occur in it side by side, in order.
 */
export function mentioningDocs(index: MentionIndex, mentioned: Mentioned, allowed?: ReadonlySet<number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const alternative of mentioned.alternatives) {
    if (alternative.length === 0) continue;
    if (alternative.length === 1) {
      const term = alternative[0]!;
      const forms = term.length >= PREFIX_MIN && !/^\d+$/.test(term) ? [term, ...index.termsWithPrefix(term, PREFIX_EXTRA).filter((t) => t !== term)] : [term];
      const seenChunks = new Set<number>();
      for (const form of forms) {
        for (const chunk of index.chunksWith(form)) {
          if (seenChunks.has(chunk)) continue;
          seenChunks.add(chunk);
          const doc = index.docOfChunk(chunk);
          if (allowed && !allowed.has(doc)) continue;
          const n = index.sentences(chunk).filter((s) => s.sequence.some((t) => forms.includes(t))).length;
          out.set(doc, (out.get(doc) ?? 0) + Math.max(1, n));
        }
      }
      continue;
    }
    // Candidates: the chunks holding the alternative's rarest term.
    const rarest = [...alternative].sort((a, b) => index.chunksWith(a).length - index.chunksWith(b).length)[0]!;
    for (const chunk of index.chunksWith(rarest)) {
      const doc = index.docOfChunk(chunk);
      if (allowed && !allowed.has(doc)) continue;
      const n = index.sentences(chunk).filter((s) => inOrder(s.sequence, alternative)).length;
      if (n > 0) out.set(doc, (out.get(doc) ?? 0) + n);
    }
  }
  return out;
}

function inOrder(sequence: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= sequence.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (sequence[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** Words of a question that are never part of the thing mentioned. */
const GENERIC = new Set(terms('mention mentions mentioned mentioning name names named cite cites cited refer refers referred invoke invoked discuss discussed talk talked bring brought raise raised point pointed actually comment comments submission submissions response responses'));

/**
 * The thing a counting or listing question asks about, read from its topic words as written:
 * a run of them, its capitalised part when it has one ("the Stargate project" → Stargate, "the
 * Manhattan Project" → Manhattan Project), and a bracketed other name as an alternative.
 */
export function mentionedIn(topicText: string, topic: ReadonlySet<string>): Mentioned | undefined {
  const pieces = topicText.split(/[()（）]|\bor\b|\bi\.e\.|,/i).map((p) => p.trim()).filter(Boolean);
  const alternatives: string[][] = [];
  const labels: string[] = [];
  for (const piece of pieces) {
    const run = phraseOf(piece, topic);
    if (!run) continue;
    const key = run.terms.join(' ');
    if (alternatives.some((a) => a.join(' ') === key)) continue;
    alternatives.push(run.terms);
    labels.push(run.label);
  }
  return alternatives.length ? { label: labels.join(' / '), alternatives } : undefined;
}

function phraseOf(text: string, topic: ReadonlySet<string>): { terms: string[]; label: string } | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const kept = words.map((w) => ({ w, all: terms(w), t: terms(w).filter((t) => topic.has(t) && !GENERIC.has(t)) }));
  // The longest run of topic words side by side (a stopword between them does not break it: "CHIPS and Science Act").
  let best: typeof kept = [];
  let run: typeof kept = [];
  for (const k of kept) {
    if (k.t.length) run.push(k);
    else if (k.all.length) run = [];
    if (run.length > best.length) best = [...run];
  }
  if (best.length === 0) return undefined;
  const named = best.filter((k) => /^[\p{Lu}\d]/u.test(k.w));
  const chosen = named.length > 0 && named.length < best.length && contiguous(best, named) ? named : best;
  return { terms: chosen.flatMap((k) => k.t), label: chosen.map((k) => k.w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).join(' ') };
}

function contiguous<T>(all: T[], part: T[]): boolean {
  const first = all.indexOf(part[0]!);
  return part.every((p, i) => all[first + i] === p);
}
