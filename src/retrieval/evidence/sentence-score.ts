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
  /** The question asks for a sum of money: a sentence with a currency figure is looked for apart from the score. */
  money?: boolean;
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
  /** The question's two rarest own terms. */
  rarest: readonly string[];
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
  /** What the score is made of (see `SentenceFeatures`). */
  features: SentenceFeatures;
  score: number;
}

/**
 * What a sentence's score is made of. Each is 0 when absent; the score is their sum weighted by
 * `SENTENCE_WEIGHTS` (fitted on the tune half of the shared questions: `npm run bench:sentences`).
 */
export interface SentenceFeatures {
  /** Share of the question's term weight the sentence holds. */
  coverage: number;
  /** Weight of question-term pairs close together, over the question's. */
  proximity: number;
  /** Asked-for kinds of thing it holds (a number for "how many"), once it is on the topic. */
  types: number;
  /** Its best score against one part of a question that asks several things. */
  part: number;
  /** How strongly it recommends, when the question asks what is wanted (0–1). */
  action: number;
  /** A number right before the thing a "how many" question counts. */
  counting: number;
  /** A reference entry, table row or footnote. */
  noise: number;
  /** Boilerplate: a sentence so many otherwise different submissions share that it is nobody's own (the RFI's notice). */
  boilerplate: number;
  /** Share of the question's two rarest terms it holds (the words that find the answer). */
  rare: number;
  /** Figures and capitalised names in it that the question does not have (what an answer adds), up to 3, over 3. */
  novel: number;
  /** Its chunk's similarity to the question, relative to the submission's best (set where chunks are compared). */
  context: number;
}

export type SentenceWeights = Readonly<Record<keyof SentenceFeatures, number>>;

/**
 * Weights of the sentence features (see `SentenceFeatures`), fitted by pairwise logistic
 * regression on the tune half of the shared questions (`npm run bench:sentences -- --fit`), a
 * footnote's score then discounted by `NOISE_FACTOR`. Against the hand-set weights before them
 * (coverage 1, proximity 0.5, types 0.2, part 0.8, action 0.15, counting 0.4, context 0.3, a
 * footnote keeping 0.4), the best-scored sentence holds the answer for 0.466 of the tune questions
 * instead of 0.448 and 0.651 of the held-out ones instead of 0.640 (the best three: 0.670 / 0.849
 * against 0.655 / 0.860).
 */
export const SENTENCE_WEIGHTS: SentenceWeights = { coverage: 1, proximity: 0.552, types: 0.541, part: 0.451, action: 0.158, counting: 0.339, noise: 0, boilerplate: 0, rare: -0.023, novel: 0.51, context: 0.588 };

/** A sentence's score from its features. */
export function sentenceScore(features: SentenceFeatures, weights: SentenceWeights = SENTENCE_WEIGHTS): number {
  let score = 0;
  for (const key of Object.keys(weights) as (keyof SentenceFeatures)[]) score += weights[key] * features[key];
  // A reference entry or footnote is not the submission's argument, whatever it holds; boilerplate is nobody's.
  return (features.noise ? NOISE_FACTOR : 1) * (features.boilerplate ? BOILERPLATE_FACTOR : 1) * score;
}

/**
 * What a boilerplate sentence keeps of its score: little, so that it is quoted only when nothing
 * else in its submission answers ("Document contents may be reused by the government in
 * developing the AI Action Plan …" matched "what should the government do").
 */
export const BOILERPLATE_FACTOR = 0.1;

/**
 * What a sentence that reads as noise (a reference entry, a footnote) keeps of its score: a mild
 * discount, because the answering sentences of the tune questions often carry a footnote mark
 * (answers held 0.723 of them at 0.4, 0.745 at 0.8, 0.766 with none; a reference entry is still
 * not quoted before the prose that says the same).
 */
export const NOISE_FACTOR = 0.8;

/** How much a pair of question terms close together adds, relative to the pair's weight. */
export const PROXIMITY_WEIGHT = 0.5;
/** What holding one asked-for kind of thing adds to a sentence that is on the topic. */
export const TYPE_BONUS = 0.2;

/** A number followed, within four words, by the counted thing ("3,069 county governments", "15 evidence-seeking AI regulations"). */
export function countsThing(sequence: readonly string[], counted: readonly string[]): boolean {
  if (counted.length === 0) return false;
  // Not a year ("2024 rules"), nor the number of a list item that opens the sentence ("12. Documentation …"),
  // nor a number that names something ("Bill No. 2338 of 2023: Regulating …", "Section 230", "Figure 3").
  for (let i = 1; i < sequence.length; i++) {
    if (!/^\d/.test(sequence[i]!) || /^(19|20)\d\d$/.test(sequence[i]!)) continue;
    if (IDENTIFYING.has(sequence[i - 1]!) || /^(19|20)\d\d$/.test(sequence[i + 1] ?? '')) continue;
    if (sequence.slice(i + 1, i + 5).some((t) => counted.includes(t))) return true;
  }
  return false;
}

/** Words a number after them names rather than counts ("Bill 2338", "Section 230", "Figure 3", "page 12"), stemmed. */
const IDENTIFYING = new Set(terms('bill bills section sections figure table page pages chapter part title act order docket footnote appendix exhibit article amendment paragraph rule number vol p pp'));

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
  /**
   * Own terms that are other words for one concept (a Chinese word's English equivalents: 成立 →
   * founded, established, created): a sentence holding two of them holds the concept once, as
   * much as its heaviest word weighs.
   */
  synonyms?: readonly (readonly string[])[];
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
  const concept = new Map<string, string>();
  for (const words of input.synonyms ?? []) {
    const mine = [...new Set(words)].filter((w) => weights.has(w) && !concept.has(w));
    if (mine.length < 2) continue;
    const heaviest = mine.reduce((top, w) => (weights.get(w)! > weights.get(top)! ? w : top), mine[0]!);
    for (const word of mine) {
      concept.set(word, heaviest);
      if (word === heaviest) continue;
      weights.delete(word);
      forms.set(word, heaviest);
      for (const [variant, term] of forms) if (term === word) forms.set(variant, heaviest);
    }
  }
  for (const term of input.contextTerms ?? []) if (!weights.has(term) && !forms.has(term)) weights.set(term, input.weightOf(term) * (input.contextWeight ?? 0.3));
  const own = [...new Set(input.ownTerms.map((t) => concept.get(t) ?? t))];
  const sum = input.total ?? own.reduce((acc, t) => acc + (weights.get(t) ?? 0), 0);
  const phrases = new Set<string>();
  const ownTerms = input.ownTerms.map((t) => concept.get(t) ?? t);
  for (let i = 0; i + 1 < ownTerms.length; i++) if (ownTerms[i] !== ownTerms[i + 1]) phrases.add(`${ownTerms[i]} ${ownTerms[i + 1]}`);
  const parts = (input.parts ?? []).map((part) => ({
    terms: new Set(part.terms.map((t) => concept.get(t) ?? t)),
    total: [...new Set(part.terms.map((t) => concept.get(t) ?? t))].reduce((acc, t) => acc + (weights.get(t) ?? 0), 0) || 1,
    types: scoredTypes(part.types),
  }));
  const rarest = own.filter((t) => (weights.get(t) ?? 0) > 0).sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0)).slice(0, 2);
  return { weights, total: sum || 1, phrases, types: scoredTypes(input.types), money: input.types.includes('money'), questionText: input.questionText, parts, forms, wantsAction: input.wantsAction ?? false, counted: input.counted ?? [], rarest };
}

/**
 * The types a sentence's score counts: a sum of money is a number too, and counting it twice would
 * weigh currency figures beyond the fitted weights (it is looked for apart, see `QueryProfile.money`).
 */
const scoredTypes = (types: readonly AnswerType[]) => types.filter((t) => t !== 'money');

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

/** Figures and capitalised words of a sentence the question does not have, up to 3, over 3. */
function novelty(sentence: string, question: string): number {
  const asked = new Set((question.match(/[\p{L}\p{N}][\p{L}\p{N}.,%-]*/gu) ?? []).map((w) => w.toLowerCase()));
  const found = new Set((sentence.match(/\b(\d[\d.,]*%?|\p{Lu}[\p{L}\d-]+)/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !asked.has(w)));
  return Math.min(3, found.size) / 3;
}

/** A reference-list entry, table row or run of footnotes rather than a sentence of the argument. */
const NOISE = /https?:\/\/|www\.|\barxiv\b|\bdoi\b|\bet al\.|\bRetrieved (from|on)\b|\bAccessed\b|\bpp\.\s*\d|\bVol\.\s*\d|(\b\d{1,3}\s+[A-Z][^.]{3,80}){3,}/;

/** A footnote: a number, then a capital ("32 The National Council, 'Addressing …' (June 2024)"). */
const FOOTNOTE = /^\d{1,3}\s+[A-Z]/;

export function isNoise(sentence: string): boolean {
  const letters = sentence.replace(/[^A-Za-z]/g, '').length;
  return NOISE.test(sentence) || FOOTNOTE.test(sentence) || letters < sentence.length * 0.5;
}

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
  return best;
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
  /** In how many otherwise different submissions the same sentence stands (see `sentenceSpread`); unknown when read from text. */
  spread?: number;
  /** So many submissions share it that it is nobody's own words (the RFI's notice). */
  boilerplate?: boolean;
}

export function readSentences(text: string, words?: WordFrequencies): ReadSentence[] {
  return sentencesOf(text).map((sentence) => ({ ...sentence, sequence: terms(words?.size ? rejoinSplitWords(sentence.text, words) : sentence.text) }));
}

/** The sentences of a passage (text, or sentences already read), scored against the question. */
export function scoreSentences(text: string | readonly ReadSentence[], profile: QueryProfile, words?: WordFrequencies): (ScoredSentence & { sequence: string[] })[] {
  const allTypes = [...new Set([...profile.types, ...profile.parts.flatMap((p) => p.types), ...(profile.money ? (['money'] as const) : [])])];
  const read = typeof text === 'string' ? readSentences(text, words) : text;
  return read.map((sentence) => {
    const sequence = sentence.sequence;
    const { present, mass, proximity } = measure(sequence, profile);
    const types = new Set(present.size ? allTypes.filter((type) => answersType(sentence.text, type, profile.questionText)) : []);
    const coverage = mass / profile.total;
    const close = proximity / profile.total;
    const features: SentenceFeatures = {
      coverage,
      proximity: close,
      types: coverage >= TYPE_MIN_COVERAGE ? Math.min(2, profile.types.filter((t) => types.has(t)).length) : 0,
      part: partScore(present, proximity, types, profile),
      // "What did they ask for?": a recommendation on the question's terms answers it more than a remark does.
      action: profile.wantsAction && present.size > 0 ? strengthOf(sentence.text, false) / 3 : 0,
      counting: countsThing(sequence, profile.counted) ? 1 : 0,
      noise: isNoise(sentence.text) ? 1 : 0,
      boilerplate: sentence.boilerplate ? 1 : 0,
      rare: profile.rarest.length ? profile.rarest.filter((t) => present.has(t)).length / profile.rarest.length : 0,
      novel: novelty(sentence.text, profile.questionText),
      context: 0,
    };
    return { start: sentence.start, end: sentence.end, text: sentence.text, sequence, terms: present, coverage, proximity: close, types, features, score: present.size ? sentenceScore(features) : 0 };
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
    // A pair must beat the better sentence alone by what the other adds (its question terms, close
    // together), at a discount for length.
    const alone = (x: ScoredSentence) => combine(x.coverage, x.proximity, profile.types.filter((t) => x.types.has(t)).length);
    const added = combine(mass / profile.total, proximity / profile.total, types) - Math.max(alone(one), alone(two));
    const score = 0.9 * (Math.max(one.score, two.score) + added);
    if (score > best.score) best = { score, first: i };
  }
  return best;
}
