/**
 * The details a claim can get wrong while its words still match (FEVER's refuted claims): a
 * number or date, a comparison or its direction, a negation, a quantifier, one thing for another
 * ("coal" for "gas"). Word overlap cannot tell a claim from its altered twin; these can. A passage
 * that matches the claim's words but differs in one of them is shown as "differs", with the detail.
 * A Chinese claim is compared with the English passage through its figures (read as values) and
 * the glossary's English for its words.
 */
import { toSimplified } from '../i18n/script.js';
import { bridgeQuery } from '../i18n/query-bridge.js';
import { terms } from '../text/tokenize.js';
import { isFrameTerm } from '../question/topic.js';
import { agrees, claimQuantities, quantitiesEn, quantitiesOf, sameMeasure, type Quantity } from './quantities.js';
import { markersEn, markersZh, negationFlip, polarityEn, polarityZh, turns, type Marker, type Polarity } from './polarity.js';

export { quantitiesOf, type Quantity };

export interface Difference {
  kind: 'number' | 'date' | 'direction' | 'actor' | 'comparison' | 'quantifier' | 'only' | 'negation';
  /** The claim's detail and the passage's, as written. */
  claim: string;
  passage: string;
}

/** What a claim says in its details, read once and compared with many passages. */
export interface ClaimDetails {
  text: string;
  zh: boolean;
  quantities: Quantity[];
  markers: Marker[];
  polarity: Map<string, Polarity>;
  /** Its content words (for a Chinese claim, the glossary's English for them): what else ties it to a passage. */
  words: string[];
}

/** `names`: the submitters the claim names, whose words are not what it says ("Committee for Justice" is in every page header). */
export function claimDetails(claim: string, names: readonly string[] = []): ClaimDetails {
  const zh = /\p{Script=Han}/u.test(claim);
  const text = zh ? toSimplified(claim) : claim;
  const said = names.reduce((t, name) => t.replace(namePattern(name), ' '), text);
  const bridge = zh ? bridgeQuery(said) : undefined;
  // A Chinese claim's words: the glossary's English for its terms (organisations are names).
  const words = bridge ? [...bridge.matches.filter((m) => m.kind !== 'org').flatMap((m) => terms(m.en[0] ?? '')), ...bridge.latinTokens.flatMap((t) => terms(t))] : terms(said);
  // What the claim says, without who says it: "Chickasaw Federal" or "Open Source Initiative" mark nothing.
  return { text, zh, quantities: claimQuantities(said), markers: zh ? markersZh(said) : markersEn(said), polarity: zh ? polarityZh(said) : polarityEn(said), words };
}

/** A name as a claim may write it: its words in order, any punctuation or spacing between, any case. */
function namePattern(name: string): RegExp {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length ? new RegExp(words.join('[^\\p{L}\\p{N}]+'), 'giu') : /$^/;
}

export interface DetailOptions {
  /** The whole chunk the passage is quoted from: a figure of the claim anywhere in it agrees. */
  context?: string;
  /** Whether a word is telling enough (rare enough) to show that two words are about the same thing. */
  telling?: (term: string) => boolean;
  /** Whether a word says enough that its negation is a difference (not "AI"); by default every word. */
  negatable?: (term: string) => boolean;
}

const AXIS_KIND: Record<string, Difference['kind']> = { comparison: 'comparison', quantifier: 'quantifier', only: 'only', actor: 'actor', month: 'date' };

/**
 * How a passage differs from a claim in its details, if it does: a figure of the claim the
 * passage gives otherwise (the same measure, another value), a word on the other side of a scale
 * about the same thing, a negation of a word both use.
 */
export function differences(claim: string | ClaimDetails, passage: string, options: DetailOptions = {}): Difference[] {
  const details = typeof claim === 'string' ? claimDetails(claim) : claim;
  const telling = options.telling ?? (() => true);
  const out: Difference[] = [];
  const about = (q: Quantity, p: Quantity) => details.zh || q.counts.length > 0 || !COMMON_UNITS.has(q.unit) || shareTelling(nearFigure(details.text, q), nearFigure(passage, p), telling);
  out.push(...numberDifferences(details.quantities, quantitiesEn(passage), quantitiesEn(options.context ?? passage), about));
  for (const turn of turns(details.markers, markersEn(passage), telling)) out.push({ kind: AXIS_KIND[turn.axis] ?? 'direction', claim: turn.claim, passage: turn.passage });
  const negation = negationDifference(details, passage, options.negatable ?? (() => true));
  if (negation && !out.some((d) => d.kind !== 'number')) out.push(negation);
  return out;
}

/**
 * The claim's details a passage does not state as the claim has them, as the claim writes them:
 * its figures the passage does not give (anywhere in `context`), its marked words with no word on
 * the same side about the same thing ("as good as", "coal", "only"), the words it negates that the
 * passage does not negate. A word of support ("backs", "supports") is what a claim says of any
 * recommendation, and needs none.
 */
export function unstated(claim: ClaimDetails, passage: string, options: DetailOptions = {}): string[] {
  const out: string[] = [];
  const stated = quantitiesEn(options.context ?? passage);
  for (const q of claim.quantities) if (!stated.some((p) => agrees(q, p))) out.push(q.text);
  const telling = options.telling ?? (() => true);
  const markers = markersEn(passage);
  const about = (a: Set<string>, b: Set<string>) => [...a].some((t) => b.has(t) && telling(t));
  for (const c of claim.markers) {
    if (c.axis === 'stance' && c.side === 'for') continue;
    if (!markers.some((p) => p.axis === c.axis && p.side === c.side && (about(c.near, p.near) || c.axis === 'comparison'))) out.push(c.text);
  }
  const read = polarityEn(passage);
  const negatable = options.negatable ?? (() => true);
  for (const [term, p] of claim.polarity) {
    if (p === 'neg' && negatable(term) && !isFrameTerm(term) && read.get(term) !== 'neg') out.push(written(claim, term, true));
  }
  return [...new Set(out)];
}

/** Whether a passage states the claim's details as the claim has them: no difference, and none unstated. */
export function statesDetails(claim: ClaimDetails, passage: string, options: DetailOptions = {}): boolean {
  return differences(claim, passage, options).length === 0 && unstated(claim, passage, options).length === 0;
}

/**
 * Figures of the claim that the context does not state and the passage states otherwise, about
 * the same thing (`about`: a count of the same thing, or a telling word around both), the
 * closest other value.
 */
function numberDifferences(claimed: Quantity[], stated: Quantity[], context: Quantity[], about: (q: Quantity, p: Quantity) => boolean): Difference[] {
  const out: Difference[] = [];
  for (const q of claimed) {
    if (context.some((p) => agrees(q, p))) continue;
    const others = stated.filter((p) => sameMeasure(q, p) && !claimed.some((c) => agrees(c, p)) && about(q, p));
    if (others.length === 0) continue;
    const closest = others.reduce((best, p) => (distance(q, p) < distance(q, best) ? p : best));
    out.push({ kind: 'number', claim: q.text, passage: closest.text });
  }
  return out;
}

/** Content words around a figure, within its sentence (its own words and other figures left out). */
function nearFigure(text: string, q: Quantity): Set<string> {
  const end = q.index + q.text.length;
  const before = text.slice(Math.max(0, q.index - 90), q.index).split(/[.;!?]\s/).at(-1) ?? '';
  const after = text.slice(end, end + 90).split(/[.;!?]\s/)[0] ?? '';
  const words = (t: string) => terms(t).filter((w) => !/^\d/.test(w));
  return new Set([...words(before).slice(-FIGURE_NEAR), ...words(after).slice(0, FIGURE_NEAR)]);
}
const FIGURE_NEAR = 6;
/** Units common enough that two figures in them need a word in common to be about the same thing (FLOP/s alone says so). */
const COMMON_UNITS = new Set(['%', 'usd', 'w', 'wh', 'year', 'times', 'year-span', 'month-span', 'week-span', 'day-span', 'hour-span']);

const shareTelling = (a: Set<string>, b: Set<string>, telling: (t: string) => boolean) => [...a].some((t) => b.has(t) && telling(t));

const distance = (a: Quantity, b: Quantity) => Math.abs(Math.log(Math.abs(a.value) + 1e-9) - Math.log(Math.abs(b.value) + 1e-9));

/** Prefixes that negate a word ("eligible" / "ineligible", "regulated" / "unregulated"). */
const NEGATING_PREFIX = ['in', 'un', 'il', 'ir', 'im'];
const ADJECTIVE = /(able|ible|al|ed|ent|ant|ive|ful|ate|ic)$/i;

/** A word of the claim that the passage negates (or the other way round), with both readings as written. */
function negationDifference(details: ClaimDetails, passage: string, negatable: (term: string) => boolean): Difference | undefined {
  const read = polarityEn(passage);
  // Words that frame the claim ("said", "argued", "urged") are not what it says.
  const said = new Map([...details.polarity].filter(([t]) => negatable(t) && !isFrameTerm(t)));
  const flip = negationFlip(said, read);
  if (flip) return { kind: 'negation', claim: written(details, flip.term, flip.claim === 'neg'), passage: phraseOf(passage, flip.term, flip.passage === 'neg') };
  if (details.zh) return undefined;
  // "ineligible" for "eligible": a word of the claim the passage has only with a negating prefix.
  for (const [term, p] of said) {
    if (term.length < 4 || read.has(term) || p === 'both') continue;
    const word = phraseOf(details.text, term, false);
    // Only an adjective takes a negating prefix ("eligible"); "form" and "inform" are two words.
    if (!ADJECTIVE.test(word)) continue;
    const prefixed = NEGATING_PREFIX.map((x) => x + term).find((t) => read.has(t));
    if (prefixed) return { kind: 'negation', claim: phraseOf(details.text, term, p === 'neg'), passage: phraseOf(passage, prefixed, read.get(prefixed) === 'neg') };
  }
  return undefined;
}

/** The claim's word for a stem, as written (for a Chinese claim, the Chinese word the glossary gave it for). */
function written(details: ClaimDetails, term: string, negated: boolean): string {
  if (!details.zh) return phraseOf(details.text, term, negated);
  const match = bridgeQuery(details.text).matches.find((m) => m.en.some((e) => terms(e).includes(term)));
  if (!match) return term;
  const at = details.text.indexOf(match.zh);
  return negated && at > 0 ? details.text.slice(Math.max(0, at - 3), at + match.zh.length).replace(/^[^不没未无非别勿反]*/, '') : match.zh;
}

/** The words of a text around a stem: the word, and the negation before it when it is negated ("not be required"). */
export function phraseOf(text: string, term: string, negated: boolean): string {
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  const at = tokens.findIndex((m) => terms(m[0]).includes(term));
  if (at < 0) return term;
  if (!negated) return tokens[at]![0];
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    if (/^(not|never|no|nor|neither|cannot|without)$|n['’]t$/i.test(tokens[i]![0]) || /^(than|of)$/i.test(tokens[i]![0])) return text.slice(tokens[i]!.index, tokens[at]!.index + tokens[at]![0].length).replace(/\s+/g, ' ');
  }
  return tokens[at]![0];
}
