/**
 * The passage a claim is checked against: the chunk of the submitter's submissions that holds
 * most of it, and the sentences of it to quote. A claim that changed one detail still matches its
 * source everywhere else, and the changed detail still stands in the same place: a figure of the
 * same measure ("10 existing regulations" for "two existing rules"), a word on the other side of
 * the same scale ("natural gas" for "coal"). Such a slot counts as aligned, so that the passage the
 * claim was made from is found, and quoted where it differs.
 */
import type { CorpusIndex } from '../corpus-index.js';
import { groupWeight, satisfiedIn } from '../evidence/presence.js';
import { sentencesOf } from '../answer/sentences.js';
import { rejoinSplitWords } from '../text/rejoin.js';
import { terms } from '../text/tokenize.js';
import { isFrameTerm, type TopicGroup } from '../question/topic.js';
import type { ClaimDetails } from './details.js';
import { agrees, quantitiesEn, sameMeasure, type Quantity } from './quantities.js';
import { markersEn, type Marker } from './polarity.js';

/** A figure of the claim weighs as much as the words it is written with, and at least this (a figure written in words: "half"). */
const MIN_FIGURE_WEIGHT = 3;
/**
 * Toward the best passage, a figure the passage states as the claim does counts more than its
 * weight (figures rarely coincide by chance), another figure of the same measure less (every
 * passage on energy has gigawatts), and the other side of a scale ("gas" for "coal") most of its
 * weight: it stands where the claim's word would.
 */
const FIGURE_HELD_RANK = 1.5;
const FIGURE_ALIGNED_RANK = 0.5;
const MARKER_ALIGNED_RANK = 0.75;

/** 1 for the same size, less the more orders of magnitude apart. */
const closeness = (a: Quantity, b: Quantity) => 1 / (1 + Math.abs(Math.log10((Math.abs(a.value) + 1e-9) / (Math.abs(b.value) + 1e-9))));

/** English words for a unit, as the glossary gives them for a Chinese figure's unit (美元 → "dollars"). */
const UNIT_WORDS: Record<string, RegExp> = {
  usd: /^(us )?dollars?$|^usd$/i,
  w: /^(gw|mw|kw|tw|gigawatts?|megawatts?|kilowatts?|terawatts?)$/i,
  '%': /^(percent|per cent|%)$/i,
  'year-span': /^years?$/i,
  'month-span': /^months?$/i,
};

/** A slot of the claim: a word group, or a figure standing for the groups it is written with. */
interface Slot {
  label: string;
  weight: number;
  group?: TopicGroup;
  quantity?: Quantity;
  /** For a group: the claim's markers written with its words ("coal" in "coal-fired"). */
  markers: Marker[];
}

export interface Fit {
  /** Slots the text holds as the claim has them. */
  held: Slot[];
  /** Slots it fills otherwise: another figure of the same measure, the other side of a scale. */
  aligned: Slot[];
  missing: Slot[];
  /** Shares of the claim's weight held, and held or aligned. */
  share: number;
  alignedShare: number;
  rank: number;
  /** The claim's other words it holds. */
  words: Set<string>;
}

export interface ClaimSlots {
  slots: Slot[];
  total: number;
  /**
   * All content words of the claim with their weights, names included ("banks" in a claim about
   * the Bank Policy Institute): between passages that hold the same slots, the one with more of
   * the claim's words is the one it was made from.
   */
  words: { term: string; weight: number }[];
}

/** How much the claim's other words count toward the best passage, against its slots. */
const WORDS_RANK = 0.1;

/**
 * The claim's slots: its figures (each standing for the groups written in it: "$50 billion" for
 * 50, billion) and its other groups.
 */
export function claimSlots(groups: readonly TopicGroup[], details: Pick<ClaimDetails, 'quantities' | 'markers' | 'zh' | 'words'>, corpus: CorpusIndex): ClaimSlots {
  const covered = new Set<TopicGroup>();
  const slots: Slot[] = [];
  for (const q of details.quantities) {
    const own = new Set(terms(q.text));
    // Its own words ("$50 billion": 50, billion), and for a Chinese claim the glossary's English for them ("100 billion", "dollars").
    const digits: string[] = q.text.match(/\d+/g) ?? [];
    const writes = (g: TopicGroup) =>
      g.alternatives.some((alt) => alt.length > 0 && alt.every((t) => own.has(t) || digits.includes(t))) ||
      (details.zh && (quantitiesEn(g.label).some((p) => agrees(q, { ...p, unit: q.unit })) || UNIT_WORDS[q.unit]?.test(g.label) === true));
    const groupsOf = groups.filter(writes);
    groupsOf.forEach((g) => covered.add(g));
    const weight = Math.max(MIN_FIGURE_WEIGHT, ...groupsOf.map((g) => groupWeight(g, corpus)));
    slots.push({ label: q.text, weight, quantity: q, markers: [] });
  }
  for (const g of groups) {
    if (covered.has(g)) continue;
    const written = new Set(g.alternatives.flat());
    const markers = details.markers.filter((m) => terms(m.text).some((t) => written.has(t)) || (m.english ?? []).some((e) => g.forms.includes(e)));
    slots.push({ label: g.label, weight: groupWeight(g, corpus), group: g, markers });
  }
  const words = [...new Set(details.words)].filter((t) => !isFrameTerm(t)).map((term) => ({ term, weight: corpus.idf(term) }));
  return { slots, total: slots.reduce((sum, s) => sum + s.weight, 0) || 1, words };
}

/** How a text fills the claim's slots. `holds` says whether it holds a group, `has` whether it has a word. */
function fit(claim: ClaimSlots, holds: (g: TopicGroup) => boolean, has: (term: string) => boolean, text: string): Fit {
  const held: Slot[] = [];
  const aligned: Slot[] = [];
  const missing: Slot[] = [];
  let quantities: Quantity[] | undefined;
  let markers: Marker[] | undefined;
  let rank = 0;
  for (const slot of claim.slots) {
    if (slot.quantity) {
      quantities ??= quantitiesEn(text);
      const measured = quantities.filter((p) => sameMeasure(slot.quantity!, p));
      if (quantities.some((p) => agrees(slot.quantity!, p))) {
        held.push(slot);
        rank += slot.weight * FIGURE_HELD_RANK;
      } else if (measured.length > 0) {
        aligned.push(slot);
        // The closer in size, the likelier the figure the claim changed ("$80 billion" for "$50 billion", not for "24").
        rank += slot.weight * FIGURE_ALIGNED_RANK * Math.max(...measured.map((p) => closeness(slot.quantity!, p)));
      } else missing.push(slot);
      continue;
    }
    if (holds(slot.group!)) {
      held.push(slot);
      rank += slot.weight;
      continue;
    }
    // A word on a scale is held by the same side in other words ("over $50 billion" for "超过 500 亿美元"), aligned by another side.
    if (slot.markers.length > 0) {
      markers ??= markersEn(text);
      const sides = markers.filter((p) => slot.markers.some((m) => m.axis === p.axis));
      if (sides.some((p) => slot.markers.some((m) => m.side === p.side))) {
        held.push(slot);
        rank += slot.weight;
        continue;
      }
      if (sides.length > 0) {
        aligned.push(slot);
        rank += slot.weight * MARKER_ALIGNED_RANK;
        continue;
      }
    }
    missing.push(slot);
  }
  const words = new Set(claim.words.filter((w) => has(w.term)).map((w) => w.term));
  rank += WORDS_RANK * claim.words.reduce((sum, w) => sum + (words.has(w.term) ? w.weight : 0), 0);
  const sum = (slots: Slot[]) => slots.reduce((s, x) => s + x.weight, 0);
  return { held, aligned, missing, share: sum(held) / claim.total, alignedShare: (sum(held) + sum(aligned)) / claim.total, rank, words };
}

export interface Best {
  chunk: number;
  fit: Fit;
}

/**
 * The chunk of the submissions that fills most of the claim, its held slots before its aligned
 * ones. Between chunks that fill it about as well (a claim of a few words is in many), the one
 * whose sentences hold most of it together, where the claim was made; one that states the
 * claim's details as it has them before one that does not.
 */
export function bestChunk(corpus: CorpusIndex, docs: readonly number[], claim: ClaimSlots, states?: States): Best | undefined {
  const fits: Best[] = [];
  for (const doc of docs) {
    const { first, end } = corpus.chunksOf(doc);
    for (let chunk = first; chunk < end; chunk++) fits.push({ chunk, fit: chunkFit(corpus, chunk, claim) });
  }
  if (fits.length === 0) return undefined;
  const top = Math.max(...fits.map((f) => f.fit.rank));
  const close = fits.filter((f) => f.fit.rank >= CLOSE_RANK * top).sort((a, b) => b.fit.rank - a.fit.rank || a.chunk - b.chunk).slice(0, CLOSE_CHUNKS);
  if (close.length === 1) return close[0];
  const quoted = close.map((best) => ({ best, quote: quotedSentences(corpus.chunkText(best.chunk), claim, corpus, states) }));
  return preferStating(quoted, (q) => q.quote.fit.rank, (q) => q.quote.fit, (q) => q.quote.states, (q) => q.quote.end - q.quote.start).best;
}

/** Chunks within this share of the best one's rank are compared by their sentences (at most this many). */
const CLOSE_RANK = 0.9;
const CLOSE_CHUNKS = 12;

/** How one chunk fills the claim. */
export function chunkFit(corpus: CorpusIndex, chunk: number, claim: ClaimSlots): Fit {
  return fit(claim, (g) => satisfiedIn(corpus, g, chunk), (t) => corpus.chunkContains(chunk, t), corpus.chunkText(chunk));
}

/** Whether a text states the claim's details as the claim has them (see `statesDetails`). */
export type States = (text: string) => boolean;

export interface Quoted {
  start: number;
  end: number;
  fit: Fit;
  /** Whether the quoted text states the claim's details (when asked). */
  states: boolean;
}

/**
 * The sentences of a passage to quote: the one that fills most of the claim, with its neighbour if
 * that one adds to it. Of those that fill it about as well, one that states the claim's details
 * as the claim has them comes first: a claim stated as it is somewhere is not said to differ
 * because it is turned around elsewhere.
 */
export function quotedSentences(text: string, claim: ClaimSlots, corpus: CorpusIndex, states?: States): Quoted {
  const fitOf = (sentence: string) => {
    const set = new Set(terms(rejoinSplitWords(sentence, corpus.words)));
    const has = (t: string) => set.has(t) || corpus.variants(t).some((v) => set.has(v));
    return fit(claim, (g) => g.alternatives.some((alt) => alt.length > 0 && alt.every(has)), (t) => set.has(t), sentence);
  };
  const sentences = sentencesOf(text).map((s) => ({ ...s, fit: fitOf(s.text) }));
  if (sentences.length === 0) {
    const end = Math.min(400, text.length);
    return { start: 0, end, fit: fitOf(text.slice(0, end)), states: states?.(text.slice(0, end)) ?? false };
  }
  const windows = sentences.map((best, at) => {
    const adds = (n: (typeof sentences)[number] | undefined) => n !== undefined && [...n.fit.held, ...n.fit.aligned].some((slot) => !best.fit.held.includes(slot) && !best.fit.aligned.includes(slot));
    const partner = [sentences[at - 1], sentences[at + 1]].filter(adds).sort((a, b) => b!.fit.rank - a!.fit.rank)[0];
    if (!partner) return { start: best.start, end: best.end, fit: best.fit, core: best.fit.rank };
    const [start, end] = [Math.min(best.start, partner.start), Math.max(best.end, partner.end)];
    return { start, end, fit: fitOf(text.slice(start, end)), core: best.fit.rank };
  });
  // Windows are ranked by their own sentence: a neighbour completes a quote, it does not choose it.
  const { core: _core, ...chosen } = preferStating(windows, (w) => w.core, (w) => w.fit, (w) => states?.(text.slice(w.start, w.end)) ?? false, (w) => w.end - w.start);
  return chosen;
}

/**
 * The best-ranked candidate, unless another holds everything it holds of the claim (its slots and
 * its words) and states the claim's details as the claim has them: then that one. A claim stated
 * as it is somewhere is not said to differ because a passage as close turns it around; a passage
 * that holds less of it does not make it found.
 */
function preferStating<T>(candidates: T[], rank: (c: T) => number, fitOf: (c: T) => Fit, states: (c: T) => boolean, length: (c: T) => number): T & { states: boolean } {
  // Of two that fill the claim alike, the shorter holds it closer together.
  const sorted = [...candidates].sort((a, b) => rank(b) - rank(a) || length(a) - length(b));
  const top = sorted[0]!;
  if (states(top)) return { ...top, states: true };
  const best = fitOf(top);
  const covers = (f: Fit) => best.held.every((slot) => f.held.includes(slot)) && [...best.words].every((w) => f.words.has(w));
  const stating = sorted.slice(1, CLOSE_CHUNKS).find((c) => covers(fitOf(c)) && states(c));
  return stating ? { ...stating, states: true } : { ...top, states: false };
}

/**
 * Whether a word is rare enough to tie two details to the same thing (more telling than "AI",
 * "use", "new"): an idf of at least 1.5, or in a small corpus, whose idfs are all low, half the
 * rarest word's.
 */
export function tellingIn(corpus: CorpusIndex): (term: string) => boolean {
  const floor = Math.min(TELLING_IDF, corpus.rarestIdf / 2);
  return (term) => /^\d/.test(term) || corpus.idf(term) >= floor;
}
const TELLING_IDF = 1.5;
