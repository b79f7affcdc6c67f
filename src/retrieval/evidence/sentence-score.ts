/**
 * Scores the sentences of a passage against a question, in the manner of the TREC QA passage
 * retrievers: the question's term weight a sentence carries, question terms close together
 * (adjacent pairs, and the question's own word pairs in order, as in BM25TP), and whether it holds
 * the kind of thing asked for (a number for "how much", a name for "which bill").
 */
import { sentencesOf, type Sentence } from '../answer/sentences.js';
import { answersType, type AnswerType } from '../question/answer-type.js';
import { strengthOf } from './recommendation.js';
import { rejoinSplitWords, type WordFrequencies } from '../text/rejoin.js';
import { terms } from '../text/tokenize.js';

export interface ProfilePart {
  terms: ReadonlySet<string>;
  total: number;
  types: readonly AnswerType[];
}

export interface QueryProfile {
  /** Weight of each question term (idf, times a lower factor for inherited context terms). */
  weights: ReadonlyMap<string, number>;
  /** Sum of the weights of the question's own terms: a sentence holding all of them scores 1. */
  total: number;
  /** Adjacent term pairs of the question, in order ("export control"). */
  phrases: ReadonlySet<string>;
  types: readonly AnswerType[];
  /** The question's own text: a figure or name it already contains does not answer it. */
  questionText: string;
  /** A question that asks several things: each part, scored on its own terms and types. */
  parts: readonly ProfilePart[];
  /** Other forms of question terms, read as the term itself ("rocket" for "rocketry"). */
  forms: ReadonlyMap<string, string>;
  /** The question asks what a submitter wants done: recommendation statements gain. */
  wantsAction: boolean;
  /** What a "how many" question counts (see `countedThing`). */
  counted: readonly string[];
}

export interface ScoredSentence extends Sentence {
  /** Question terms present. */
  terms: ReadonlySet<string>;
  /** Weight of the distinct question terms present, over the profile's total. */
  coverage: number;
  /** Weight of question-term pairs close together, over the profile's total. */
  proximity: number;
  /** Asked-for kinds of thing the sentence holds. */
  types: ReadonlySet<AnswerType>;
  score: number;
}

/** How much a pair of question terms close together adds, relative to the pair's weight. */
export const PROXIMITY_WEIGHT = 0.5;
/** What holding one asked-for kind of thing adds to a sentence that is on the topic. */
export const TYPE_BONUS = 0.2;
/** What a number right before the thing a "how many" question counts adds. */
export const COUNTED_BONUS = 0.4;

/** A number followed, within two words, by the counted thing ("3,069 county governments"). */
function countsThing(sequence: readonly string[], counted: readonly string[]): boolean {
  if (counted.length === 0) return false;
  for (let i = 0; i < sequence.length; i++) {
    if (!/^\d/.test(sequence[i]!)) continue;
    if (sequence.slice(i + 1, i + 3).some((t) => counted.includes(t))) return true;
  }
  return false;
}

/** What the strongest recommendation statement ("we recommend …") adds when the question asks what is wanted. */
export const ACTION_BONUS = 0.15;
/** A sentence must carry this share of the question's weight before its figures or names count. */
const TYPE_MIN_COVERAGE = 0.15;

export interface ProfileInput {
  ownTerms: readonly string[];
  contextTerms?: readonly string[];
  weightOf: (term: string) => number;
  /** What an inherited context term weighs, relative to an own term. */
  contextWeight?: number;
  types: readonly AnswerType[];
  questionText: string;
  /** Overrides the sum of the own terms' weights, for a topic whose terms are alternatives (a Chinese word's several English equivalents). */
  total?: number;
  parts?: readonly { terms: readonly string[]; types: readonly AnswerType[] }[];
  /** Other forms of an own term (see `CorpusIndex.variants`). */
  variantsOf?: (term: string) => string[];
  wantsAction?: boolean;
  counted?: readonly string[];
}

/** The question as the scorer needs it. */
export function profileQuestion(input: ProfileInput): QueryProfile {
  const weights = new Map<string, number>();
  const forms = new Map<string, string>();
  for (const term of input.ownTerms) {
    const variants = input.variantsOf?.(term).filter((v) => v !== term) ?? [];
    // A term the corpus never uses ("rocketry") weighs what its commonest other form weighs.
    weights.set(term, input.weightOf(term) || Math.max(0, ...variants.map((v) => input.weightOf(v))));
    for (const variant of variants) if (!forms.has(variant)) forms.set(variant, term);
  }
  for (const term of input.contextTerms ?? []) if (!weights.has(term)) weights.set(term, input.weightOf(term) * (input.contextWeight ?? 0.3));
  const own = [...new Set(input.ownTerms)];
  const sum = input.total ?? own.reduce((acc, t) => acc + (weights.get(t) ?? 0), 0);
  const phrases = new Set<string>();
  const ownTerms = input.ownTerms;
  for (let i = 0; i + 1 < ownTerms.length; i++) if (ownTerms[i] !== ownTerms[i + 1]) phrases.add(`${ownTerms[i]} ${ownTerms[i + 1]}`);
  const parts = (input.parts ?? []).map((part) => ({
    terms: new Set(part.terms),
    total: part.terms.reduce((acc, t) => acc + (weights.get(t) ?? 0), 0) || 1,
    types: part.types,
  }));
  return { weights, total: sum || 1, phrases, types: input.types, questionText: input.questionText, parts, forms, wantsAction: input.wantsAction ?? false, counted: input.counted ?? [] };
}

/** Question terms present in a term sequence, with the weight of close pairs. */
function measure(raw: readonly string[], profile: QueryProfile): { present: Set<string>; mass: number; proximity: number } {
  const sequence = profile.forms.size ? raw.map((t) => (profile.weights.has(t) ? t : (profile.forms.get(t) ?? t))) : raw;
  const present = new Set<string>();
  let mass = 0;
  for (const term of sequence) {
    const weight = profile.weights.get(term);
    if (weight === undefined || present.has(term)) continue;
    present.add(term);
    mass += weight;
  }
  const pairs = new Map<string, number>();
  for (let i = 0; i < sequence.length; i++) {
    const a = sequence[i]!;
    const wa = profile.weights.get(a);
    if (wa === undefined) continue;
    for (let j = i + 1; j <= i + 2 && j < sequence.length; j++) {
      const b = sequence[j]!;
      const wb = profile.weights.get(b);
      if (wb === undefined || a === b) continue;
      const key = a < b ? `${a} ${b}` : `${b} ${a}`;
      const inOrder = j === i + 1 && profile.phrases.has(`${a} ${b}`);
      const value = Math.min(wa, wb) * (inOrder ? 1 : 0.5);
      pairs.set(key, Math.max(pairs.get(key) ?? 0, value));
    }
  }
  let proximity = 0;
  for (const value of pairs.values()) proximity += value;
  return { present, mass, proximity };
}

function combine(coverage: number, proximity: number, types: number): number {
  return coverage + PROXIMITY_WEIGHT * proximity + (coverage >= TYPE_MIN_COVERAGE ? TYPE_BONUS * types : 0);
}

/** A reference-list entry, table row or run of footnotes rather than a sentence of the argument. */
const NOISE = /https?:\/\/|www\.|\barxiv\b|\bdoi\b|\bet al\.|\bRetrieved (from|on)\b|\bAccessed\b|\bpp\.\s*\d|\bVol\.\s*\d|(\b\d{1,3}\s+[A-Z][^.]{3,80}){3,}/;
/** What a sentence that reads as noise keeps of its score. */
const NOISE_FACTOR = 0.4;

/** A footnote: a number, then a capital ("32 The National Council, 'Addressing …' (June 2024)"). */
const FOOTNOTE = /^\d{1,3}\s+[A-Z]/;

export function isNoise(sentence: string): boolean {
  const letters = sentence.replace(/[^A-Za-z]/g, '').length;
  return NOISE.test(sentence) || FOOTNOTE.test(sentence) || letters < sentence.length * 0.5;
}

/** What the best part of a several-part question counts for, against the whole question. */
export const PART_FACTOR = 0.8;
/** A part counts fully when it carries at least 1/PARTS_SHARE of the weight of all parts. */
const PARTS_SHARE = 2;

/**
 * The best score of a sentence against one part of the question. A part that carries little of
 * what the parts ask ("what share did they give") counts for less.
 */
function partScore(present: ReadonlySet<string>, proximity: number, types: ReadonlySet<AnswerType>, profile: QueryProfile): number {
  let best = 0;
  const asked = profile.parts.reduce((sum, p) => sum + p.total, 0) || 1;
  for (const part of profile.parts) {
    let mass = 0;
    for (const term of present) if (part.terms.has(term)) mass += profile.weights.get(term) ?? 0;
    if (mass === 0) continue;
    const kinds = part.types.filter((t) => types.has(t)).length;
    const share = Math.min(1, (PARTS_SHARE * part.total) / asked);
    best = Math.max(best, share * combine(mass / part.total, Math.min(proximity, mass) / part.total, kinds));
  }
  return PART_FACTOR * best;
}

/** Share of one part's weight a sentence carries, plus its asked-for kinds of thing. */
export function partCoverage(sentence: ScoredSentence, part: ProfilePart, profile: QueryProfile): number {
  let mass = 0;
  for (const term of sentence.terms) if (part.terms.has(term)) mass += profile.weights.get(term) ?? 0;
  return mass === 0 ? 0 : combine(mass / part.total, 0, part.types.filter((t) => sentence.types.has(t)).length);
}

/** A passage's sentences with their search terms (split words re-joined): the same for every question. */
export interface ReadSentence extends Sentence {
  sequence: string[];
}

export function readSentences(text: string, words?: WordFrequencies): ReadSentence[] {
  return sentencesOf(text).map((sentence) => ({ ...sentence, sequence: terms(words?.size ? rejoinSplitWords(sentence.text, words) : sentence.text) }));
}

/** The sentences of a passage (text, or sentences already read), scored against the question. */
export function scoreSentences(text: string | readonly ReadSentence[], profile: QueryProfile, words?: WordFrequencies): (ScoredSentence & { sequence: string[] })[] {
  const allTypes = [...new Set([...profile.types, ...profile.parts.flatMap((p) => p.types)])];
  const read = typeof text === 'string' ? readSentences(text, words) : text;
  return read.map((sentence) => {
    const sequence = sentence.sequence;
    const { present, mass, proximity } = measure(sequence, profile);
    const types = new Set(present.size ? allTypes.filter((type) => answersType(sentence.text, type, profile.questionText)) : []);
    const coverage = mass / profile.total;
    const close = proximity / profile.total;
    const whole = combine(coverage, close, profile.types.filter((t) => types.has(t)).length);
    // "What did they ask for?": a recommendation on the question's terms answers it more than a remark does.
    const action = profile.wantsAction && present.size > 0 ? (ACTION_BONUS * strengthOf(sentence.text, false)) / 3 : 0;
    const counting = countsThing(sequence, profile.counted) ? COUNTED_BONUS : 0;
    const score = (Math.max(whole, partScore(present, proximity, types, profile)) + action + counting) * (isNoise(sentence.text) ? NOISE_FACTOR : 1);
    return { start: sentence.start, end: sentence.end, text: sentence.text, sequence, terms: present, coverage, proximity: close, types, score };
  });
}

/**
 * The best window of one or two consecutive sentences: the density of the question's terms in a
 * short span, which is what marks the passage that answers (Tellex et al., 2003).
 */
export function bestWindow(sentences: readonly (ScoredSentence & { sequence: string[] })[], profile: QueryProfile): { score: number; first: number } {
  let best = { score: 0, first: -1 };
  for (let i = 0; i < sentences.length; i++) {
    const one = sentences[i]!;
    if (one.score > best.score) best = { score: one.score, first: i };
    const two = sentences[i + 1];
    if (!two || (one.terms.size === 0 && two.terms.size === 0)) continue;
    const { mass, proximity } = measure([...one.sequence, ...two.sequence], profile);
    const types = profile.types.filter((t) => one.types.has(t) || two.types.has(t)).length;
    // A pair must beat the better sentence alone by what the other adds, at a discount for length.
    const score = 0.9 * combine(mass / profile.total, proximity / profile.total, types);
    if (score > best.score) best = { score, first: i };
  }
  return best;
}
