/**
 * Stage 3 of an answer: decide whether the evidence answers the question. A question about named
 * submitters is tested on their own submissions (does each address the topic?); any other on the
 * share of its keyword weight in the best passage (the relevance floor).
 */
import type { AskOptions } from '../types.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { Understood } from '../question/understand.js';
import type { Evidence } from './gather.js';
import { cosine } from '../search.js';
import { conceptPresenceIn, presenceIn, SHORT_TOPIC_GROUPS, writtenSideBySide, type ConceptPresence } from './presence.js';

export interface Side {
  /** Display name of the submitter. */
  name: string;
  docs: number[];
  presence: ConceptPresence;
  /**
   * One side of several that does not use the topic's words but whose text is close to it in
   * meaning (a comparison's "K-12 schools" against a teachers' union writing of students and
   * educators): its sentences closest to the topic, quoted instead of a "does not mention".
   */
  near?: NearQuote[];
}

export type Decision =
  /** Answer from the evidence. `sides`: the named submitters, each with whether it addresses the topic. */
  | { kind: 'answer'; sides: Side[] }
  /** A count over categories only: no passage is needed. */
  | { kind: 'count' }
  /** No named submitter addresses the topic: its words are not in their text, and nothing there is close to it in meaning. */
  | { kind: 'not-addressed'; sides: Side[] }
  /**
   * The question's words are not in the named submitters' text, but that proves no "no": it asks
   * for a fact rather than whether or what they said on a subject, or their closest passage is
   * close to the topic in meaning. Answered with those passages, saying the words are not there.
   */
  | {
      kind: 'other-words';
      sides: Side[];
      /** The submitters' sentences closest to the topic in meaning. */
      near?: NearQuote[];
      /** Chosen because the text is close in meaning, not because the question asks for a fact: quote `near` first. */
      byMeaning?: boolean;
    }
  | { kind: 'not-covered' };

export function decide(question: Understood, evidence: Evidence, options: AskOptions, corpus: CorpusIndex, coverageFloor: number): Decision {
  if (question.intent === 'count' && question.topic.length === 0) return { kind: 'count' };
  const sides = namedSides(question, corpus);
  // A named submitter is tested on its whole text, whether or not a passage of it was found.
  if (sides.length > 0 && question.intent !== 'outline' && question.groups.length > 0) {
    if (sides.some((s) => s.presence.addressed)) return { kind: 'answer', sides };
    return asksWhether(question) && !dictionaryPhraseHeld(question, sides, corpus) ? { kind: 'not-addressed', sides } : { kind: 'other-words', sides };
  }
  if (evidence.passages.length === 0) return { kind: 'not-covered' };
  if (sides.length > 0 || options.submitter || options.docId) return { kind: 'answer', sides };
  if (evidence.counted && evidence.counted.submissions === 0) return { kind: 'not-covered' };
  if (evidence.coverage < coverageFloor) return { kind: 'not-covered' };
  // A short topic ("the price of eggs in Ohio") must occur together in some passage found, not word by word here and there
  // (a Chinese question the glossary read only in part, its other words in the dictionary, is no short topic).
  if (question.groups.length > 0 && question.groups.length + question.looseSenses.length <= SHORT_TOPIC_GROUPS && !evidence.counted) {
    const docs = [...new Set(evidence.passages.map((p) => corpus.docNumber(p.docId)).filter((d): d is number => d !== undefined))];
    if (!docs.some((doc) => presenceIn(corpus, [doc], question.groups).addressed)) return { kind: 'not-covered' };
  }
  return { kind: 'answer', sides };
}

/**
 * Whether a named submitter writes, word for word, a phrase that the general dictionary gives for
 * a word of a Chinese question ("fuel cell" for 燃料電池 in "有提到中國製造的燃料電池嗎"): the
 * question's thing may be there in words the glossary does not read, so its absence is not proven.
 */
function dictionaryPhraseHeld(question: Understood, sides: readonly Side[], corpus: CorpusIndex): boolean {
  const phrases = question.looseSenses.flat().filter((sense) => sense.length >= 2);
  return phrases.length > 0 && sides.some((side) => phrases.some((phrase) => writtenSideBySide(corpus, side.docs, phrase)));
}

/**
 * Whether the question asks if, or what, someone said on a subject ("Did X discuss Y?", "X's
 * position on Y", "X 對 Y 有什麼看法"): the questions that absent words can answer "no". "Which
 * change does X put first?" names what it looks for in its own words, which X's text need not use.
 */
export function asksWhether(question: Understood): boolean {
  // "Who signed X's comment?" asks for a name, which no absent word rules out, whatever word of saying it holds.
  if (!question.cues.includes('yesno') && question.answerTypes.includes('name') && question.asksWho) return false;
  return question.cues.includes('yesno') || question.cues.includes('about');
}

/**
 * A submission whose closest chunk ranks within this share of all chunks by meaning is close to
 * the topic (its best chunk among the corpus's closest 0.5%). Set below the closest submission
 * that should be answered no in the tune half of the shared questions (0.85%, a conversation's
 * "did CrowdStrike say the same?" about legal protections for red-teamers; the full index).
 */
export const NEAR_IN_MEANING_SHARE = 0.005;
/** Below this many chunks, a rank by meaning says little (0.5% of them is a handful): the words decide alone. */
export const MIN_CHUNKS_FOR_MEANING = 2_000;
/** Passages quoted from a submission close to the topic in meaning. */
const NEAR_QUOTES = 2;

/** A sentence of a submission close to a topic in meaning, and the chunk it is in. */
export interface NearQuote {
  chunk: number;
  sentence: string;
}

/** A named submitter's chunks closest to the topic in meaning, quoted, and whether they are close enough that absent words prove no "no". */
export interface ByMeaning {
  quotes: NearQuote[];
  /** Its best chunk ranks among the corpus's closest `NEAR_IN_MEANING_SHARE` (on a corpus large enough to rank). */
  near: boolean;
}

/**
 * How close a named submitter's text comes to the topic in meaning, its words aside ("autonomous
 * vehicles" for "driverless cars"): by the index's embedding of the topic's words, its chunks
 * ranked against every chunk of the corpus. A plain "no" needs the words absent and the text not
 * near. Returns the sentences to quote (the closest chunks' closest sentences), closest first.
 */
export async function byMeaning(question: Understood, sides: readonly Side[], corpus: CorpusIndex): Promise<ByMeaning | undefined> {
  const topic = question.groups.map((g) => g.forms[0] ?? g.label).join(' ').trim();
  if (!topic || !corpus.vectors) return undefined;
  const vector = await corpus.embedQuery(topic);
  const docs = new Set(sides.flatMap((s) => s.docs));
  const n = corpus.chunkCount;
  const similarity = new Float32Array(n);
  const own: number[] = [];
  for (let chunk = 0; chunk < n; chunk++) {
    similarity[chunk] = cosine(vector, corpus.chunkVector(chunk));
    if (docs.has(corpus.docOfChunk(chunk))) own.push(chunk);
  }
  own.sort((a, b) => similarity[b]! - similarity[a]!);
  const best = own[0];
  if (best === undefined) return undefined;
  let near = n >= MIN_CHUNKS_FOR_MEANING;
  const allowed = Math.floor(n * NEAR_IN_MEANING_SHARE);
  let above = 0;
  for (let chunk = 0; chunk < n && near; chunk++) if (similarity[chunk]! > similarity[best]! && ++above > allowed) near = false;
  const quotes: NearQuote[] = [];
  // Overlapping chunks share sentences: each is quoted once.
  const plain = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');
  for (const chunk of own.slice(0, NEAR_QUOTES + 1)) {
    const sentence = await closestSentence(chunk, vector, corpus);
    if (sentence && quotes.length < NEAR_QUOTES && !quotes.some((q) => plain(q.sentence) === plain(sentence))) quotes.push({ chunk, sentence });
  }
  return { quotes, near };
}

/** Sentences shorter than this say too little to quote ("See page 4."). */
const MIN_QUOTE_CHARS = 60;

/** The chunk's sentence closest to the topic by the corpus-trained embedder (local, so cheap); with another embedder, the chunk's first full sentence. */
async function closestSentence(chunk: number, topic: number[], corpus: CorpusIndex): Promise<string | undefined> {
  const sentences = corpus.sentences(chunk).map((s) => s.text).filter((t) => t.length >= MIN_QUOTE_CHARS);
  if (sentences.length <= 1 || !corpus.embedderIsLocal) return sentences[0];
  let best: string | undefined;
  let bestSimilarity = -Infinity;
  for (const sentence of sentences) {
    const similarity = cosine(topic, await corpus.embedQuery(sentence));
    if (similarity > bestSimilarity) [best, bestSimilarity] = [sentence, similarity];
  }
  return best;
}

function namedSides(question: Understood, corpus: CorpusIndex): Side[] {
  return question.named
    .map((hit) => {
      const docs = hit.docIds.map((id) => corpus.docNumber(id)).filter((d): d is number => d !== undefined);
      return { name: docs.length ? corpus.doc(docs[0]!).submitter : hit.alias, docs, presence: conceptPresenceIn(corpus, docs, question.groups, question.concepts) };
    })
    .filter((side) => side.docs.length > 0);
}
