import type { Source } from '../types.js';
import type { WordFrequencies } from '../text/rejoin.js';
import type { Candidate } from '../evidence/gather.js';
import { partCoverage, type QueryProfile } from '../evidence/sentence-score.js';
import { displayQuote } from './sentences.js';

export interface ExtractiveInput {
  candidates: readonly Candidate[];
  profile: QueryProfile;
  /** Heading line, in the asker's language. */
  heading: string;
  maxQuotes?: number;
  maxPerSubmitter?: number;
  /** The first-ranked submission may give this many (default: `maxPerSubmitter`). */
  maxFirst?: number;
  /** What each step down the ranking of submissions costs a sentence (default 0.02). */
  rankCost?: number;
  /** Submissions that each get their own best sentence first (the sides of a comparison). */
  ensureDocs?: string[];
  /** Corpus word frequencies, to re-join PDF-split words in the quotes. */
  wordFrequencies?: WordFrequencies;
  /** The first chosen sentence this holds for is quoted first ("Did X mention nuclear power?": the one that does). */
  leadWith?: (candidate: Candidate) => boolean;
}

/** A part of a question counts as answered by a sentence carrying this much of it (with its asked-for kind of thing). */
const PART_ANSWERED = 0.5;
/** How much a sentence loses for question terms its submission's chosen sentences already hold. */
const REDUNDANCY = 0.5;
/** A sentence gaining less than this share of the best sentence's gain is noise. */
const RELATIVE_FLOOR = 0.4;

interface Chosen {
  candidate: Candidate;
  gain: number;
  key: string;
}

/**
 * Picks sentences greedily, by what each adds (Carbonell & Goldstein's MMR): a sentence's score,
 * less a share for the question terms its submission's chosen sentences already hold, less a
 * little for each step down the ranking; a sentence already chosen (or one inside another, or
 * overlapping it) never comes twice.
 */
export function chooseSentences(input: ExtractiveInput): Chosen[] {
  const maxQuotes = input.maxQuotes ?? 6;
  const perSubmitter = input.maxPerSubmitter ?? 2;
  const { profile } = input;
  const coveredByDoc = new Map<string, Set<string>>();
  const chosen: Chosen[] = [];
  // Letters and digits only: the same sentence in two copies of a letter, one with PDF-split words, is one sentence.
  const keyOf = (c: Candidate) => displayQuote(c.sentence.text, input.wordFrequencies).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const gainOf = (c: Candidate) => {
    const covered = coveredByDoc.get(c.source.docId);
    let mass = 0;
    let again = 0;
    for (const term of c.sentence.terms) {
      const weight = profile.weights.get(term) ?? 0;
      mass += weight;
      if (covered?.has(term)) again += weight;
    }
    const redundancy = mass > 0 ? again / mass : 0;
    return c.sentence.score * (1 - REDUNDANCY * redundancy) - (input.rankCost ?? 0.02) * c.rank;
  };
  const duplicate = (key: string, c: Candidate) =>
    chosen.some((x) => x.key === key || (key.length > 40 && x.key.includes(key)) || (x.key.length > 40 && key.includes(x.key)) || overlaps(x.candidate, c));
  const take = (c: Candidate, gain: number, key: string) => {
    chosen.push({ candidate: c, gain, key });
    const covered = coveredByDoc.get(c.source.docId) ?? new Set<string>();
    c.sentence.terms.forEach((t) => covered.add(t));
    coveredByDoc.set(c.source.docId, covered);
  };
  const perDoc = (docId: string) => chosen.filter((x) => x.candidate.source.docId === docId).length;
  const limitOf = (c: Candidate) => (c.rank === 0 ? (input.maxFirst ?? perSubmitter) : perSubmitter);
  const best = (pool: readonly Candidate[]) => {
    let top: { c: Candidate; gain: number; key: string } | undefined;
    for (const c of pool) {
      // Boilerplate (the notice many submissions carry) is nobody's argument, whatever words it shares with the question.
      if (c.sentence.terms.size === 0 || c.sentence.features.boilerplate || perDoc(c.source.docId) >= limitOf(c)) continue;
      const gain = gainOf(c);
      if (gain <= 0 || (top && gain <= top.gain)) continue;
      const key = keyOf(c);
      if (duplicate(key, c)) continue;
      top = { c, gain, key };
    }
    return top;
  };
  for (const docId of input.ensureDocs ?? []) {
    const top = best(input.candidates.filter((c) => c.source.docId === docId));
    if (top) take(top.c, top.gain, top.key);
  }
  let floor = chosen.length ? Math.min(...chosen.map((c) => c.gain)) * RELATIVE_FLOOR : 0;
  while (chosen.length < maxQuotes) {
    const top = best(input.candidates);
    if (!top || top.gain < floor) break;
    if (chosen.length === 0 || floor === 0) floor = top.gain * RELATIVE_FLOOR;
    take(top.c, top.gain, top.key);
  }
  // Each part of a several-part question gets a sentence of its own, if the lead submission has one.
  const lead = chosen[0]?.candidate.source.docId;
  // A part that asks for a kind of thing ("how many miles") is answered only by a sentence that holds one.
  const answers = (sentence: Candidate['sentence'], part: (typeof profile.parts)[number]) =>
    partCoverage(sentence, part, profile) >= PART_ANSWERED && (part.types.length === 0 || part.types.some((t) => sentence.types.has(t)));
  for (const part of profile.parts) {
    if (!lead || chosen.length >= maxQuotes + profile.parts.length) break;
    const answered = chosen.some((x) => x.candidate.source.docId === lead && answers(x.candidate.sentence, part));
    if (answered) continue;
    const typed = input.candidates.filter((c) => c.source.docId === lead && answers(c.sentence, part));
    const own = typed.length ? typed : input.candidates.filter((c) => c.source.docId === lead && partCoverage(c.sentence, part, profile) >= PART_ANSWERED);
    const top = own.map((c) => ({ c, gain: partCoverage(c.sentence, part, profile), key: keyOf(c) })).sort((a, b) => b.gain - a.gain).find((x) => !duplicate(x.key, x.c));
    if (top) take(top.c, top.gain, top.key);
  }
  // A sum of money asked for, or a number of the thing counted ("how many rules": "15 evidence-seeking AI regulations"), and none quoted:
  // the lead submission's best sentence that holds one (rare enough to tell).
  const holdsAsked = [
    ...(profile.money ? [(c: Candidate) => c.sentence.types.has('money')] : []),
    ...(profile.counted.length ? [(c: Candidate) => c.sentence.features.counting > 0] : []),
  ];
  for (const holds of holdsAsked) {
    if (!lead || chosen.some((x) => holds(x.candidate))) continue;
    const top = input.candidates
      .filter((c) => c.source.docId === lead && holds(c) && !c.sentence.features.boilerplate)
      .map((c) => ({ c, gain: c.sentence.score, key: keyOf(c) }))
      .sort((a, b) => b.gain - a.gain)
      .find((x) => !duplicate(x.key, x.c));
    if (top) take(top.c, top.gain, top.key);
  }
  return chosen;
}

/** Two sentences of the same submission that share text (chunks overlap at their edges). */
function overlaps(a: Candidate, b: Candidate): boolean {
  if (a.source.docId !== b.source.docId) return false;
  const [aStart, aEnd] = [a.source.start + a.sentence.start, a.source.start + a.sentence.end];
  const [bStart, bEnd] = [b.source.start + b.sentence.start, b.source.start + b.sentence.end];
  return aStart < bEnd && bStart < aEnd;
}

/**
 * An answer made only of quoted sentences from the sources, grouped by submitter, each with its
 * citation, the best sentence first. Nothing is paraphrased, so nothing can be misquoted.
 */
export function extractiveAnswer(input: ExtractiveInput): string {
  const chosen = chooseSentences(input);
  if (chosen.length === 0) return '';
  const lead = input.leadWith ? chosen.findIndex((c) => input.leadWith!(c.candidate)) : -1;
  if (lead > 0) chosen.unshift(...chosen.splice(lead, 1));
  const spans = withNeighbours(chosen, input.candidates);
  const groups = new Map<string, { source: Source; text: string }[]>();
  for (const span of spans) groups.set(span.source.docId, [...(groups.get(span.source.docId) ?? []), span]);
  const blocks = [...groups.values()].map((group) => quoteBlock(group, input.wordFrequencies));
  return `${input.heading}\n\n${blocks.join('\n\n')}`;
}

/** A neighbour on the question's terms joins its sentence, so a quote keeps what the sentence leaves to the next. */
const NEIGHBOUR_SHARE = 0.35;
const MAX_QUOTE_CHARS = 520;
/** The start of a sentence that refers to the one before it: a demonstrative with its noun, or a pronoun for its subject. */
const ANAPHOR = /^(?:(?:This|These|Those|Such)\s+(?!is\b|are\b|was\b|were\b)[A-Za-z]|(?:They|Their|Its|Both)\b)/;

/**
 * Each chosen sentence as a quote, joined by the sentence before or after it in the same passage
 * when that one bears on the question too (and is not quoted already), within a length limit.
 */
function withNeighbours(chosen: readonly Chosen[], candidates: readonly Candidate[]): { source: Source; text: string }[] {
  const taken = chosen.map((c) => ({ source: c.candidate.source, start: c.candidate.sentence.start, end: c.candidate.sentence.end }));
  const free = (source: Source, start: number, end: number) => !taken.some((t) => t.source === source && t.start < end && start < t.end);
  return chosen.map((c, i) => {
    const { source, sentence } = c.candidate;
    const own = candidates.filter((x) => x.source === source);
    const next = own.find((x) => x.sentence.start >= sentence.end && source.text.slice(sentence.end, x.sentence.start).trim().length <= 2);
    const previous = [...own].reverse().find((x) => x.sentence.end <= sentence.start && source.text.slice(x.sentence.end, sentence.start).trim().length <= 2);
    const good = (x: Candidate | undefined) => x !== undefined && x.sentence.terms.size > 0 && x.sentence.score >= NEIGHBOUR_SHARE * sentence.score && free(source, x.sentence.start, x.sentence.end);
    let [start, end] = [sentence.start, sentence.end];
    // A sentence that points back ("This Council should …", "They …") takes the one it points to, whatever its words.
    // And one that points back to it goes on with it ("… should not be enforced. This can be achieved under conflict preemption.").
    const pointing = (x: Candidate) => ANAPHOR.test(source.text.slice(x.sentence.start, x.sentence.end).trimStart());
    const pointsBack = pointing(c.candidate) && previous !== undefined && free(source, previous.sentence.start, previous.sentence.end);
    const goesOn = next !== undefined && pointing(next) && free(source, next.sentence.start, next.sentence.end);
    const pick = pointsBack ? previous : goesOn ? next : [next, previous].filter(good).sort((a, b) => b!.sentence.score - a!.sentence.score)[0];
    if (pick && Math.max(end, pick.sentence.end) - Math.min(start, pick.sentence.start) <= MAX_QUOTE_CHARS) {
      start = Math.min(start, pick.sentence.start);
      end = Math.max(end, pick.sentence.end);
      taken[i] = { source, start, end };
    }
    return { source, text: source.text.slice(start, end) };
  });
}

/** `Submitter (Category):` then one `"quote" [n]` line per sentence. */
export function quoteBlock(quotes: { source: Source; text: string }[], words?: WordFrequencies): string {
  const first = quotes[0]!.source;
  const similar = first.similarCount > 1 ? `, one of ${first.similarCount} near-identical submissions` : '';
  const lines = quotes.map((q) => `"${displayQuote(q.text, words)}" [${q.source.n}]`);
  return `${first.submitter} (${first.category}${similar}):\n${lines.join('\n')}`;
}
