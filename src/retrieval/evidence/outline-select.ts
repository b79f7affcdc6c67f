/**
 * What an answer shows of a submission's outline, within its room (Discord's message length):
 * every top-level section, then the levels below while they fit, the quotes shortened to share
 * what is left — shorter quotes and more sections when there are many.
 */
import { recommends, type OutlineItem, type OutlineSection } from './outline.js';

/** How much of an outline an answer shows. */
export interface OutlineLimits {
  /** Characters for the headings and quotes together. */
  chars: number;
  /** A quote is shortened to fit, but not below `minQuote` characters (`minTopQuote` under a top-level heading), and is never longer than `maxQuote`. */
  minQuote: number;
  minTopQuote: number;
  maxQuote: number;
  /** A heading longer than this is shortened. */
  headingChars: number;
  /** Without headings: how many statements. */
  statements: number;
}

/** The longest heading shown whole: a heading that says the section's point in a sentence keeps its last words. */
export const HEADING_CHARS = 160;

/** Characters a heading's line adds beyond its text (page, line breaks), and a quote's (bullet, marks, citation). */
const HEADING_EXTRA = 12;
const QUOTE_EXTRA = 12;
/** Top-level sections that keep room for a quote when levels below compete for it. */
const QUOTES_KEPT = 8;

/**
 * What an answer shows of an outline, within `limits.chars`: every top-level section, then each
 * level below whose headings still fit beside a short quote for the first top-level ones (of a
 * level that does not fit whole: as many of its sections as fit, taking each section above's
 * first sub-section, then each one's second …); the quotes share what is left, higher levels
 * first, the shortest whole and the others cut at a word. A section whose sub-sections are not
 * shown is quoted from them when its own text recommends nothing. Room still left goes to a
 * section's further recommendations, a turn each. When even the top-level headings do not fit,
 * the first ones that do. Without headings: the strongest statements, in order. `relevance`
 * (a question about one topic of the submission): each section's statements most on the topic first.
 */
export function selectOutline(all: readonly OutlineSection[], limits: OutlineLimits, relevance?: (statement: OutlineItem) => number): OutlineSection[] {
  if (all.every((s) => !s.heading)) return strongest(all.flatMap((s) => s.statements), limits, relevance);
  const sections = relevance ? all.map((s) => ({ ...s, statements: byRelevance(s.statements, relevance) })) : all;
  const headingCost = (s: OutlineSection) => Math.min(s.heading!.text.length, limits.headingChars) + HEADING_EXTRA;
  const reserve = Math.min(QUOTES_KEPT, sections.filter((s) => s.level === 0).length) * (limits.minTopQuote + QUOTE_EXTRA);
  const fits = (set: ReadonlySet<OutlineSection>) => [...set].reduce((sum, s) => sum + headingCost(s), 0) + reserve <= limits.chars;
  const levels = [...new Set(sections.map((s) => s.level))].sort((a, b) => a - b);
  const chosen = new Set(sections.filter((s) => s.level === levels[0]));
  for (const level of levels.slice(1)) {
    const added = inTurn(sections, level, chosen);
    let whole = true;
    for (const s of added) {
      chosen.add(s);
      if (!fits(chosen)) {
        chosen.delete(s);
        whole = false;
      }
    }
    if (!whole) break;
  }
  // Too many top-level sections for their headings: the first ones that fit.
  let used = 0;
  const shown = sections.filter((s) => chosen.has(s) && (used += headingCost(s)) <= limits.chars);
  return withQuotes(shown.map((s, i) => quotedFrom(s, shown[i + 1])), limits.chars - used, limits);
}

/** The sections of a level in the order they are given room: each parent's first, then each one's second, … */
function inTurn(sections: readonly OutlineSection[], level: number, chosen: ReadonlySet<OutlineSection>): OutlineSection[] {
  const byParent = new Map<number, OutlineSection[]>();
  let parent = -1;
  sections.forEach((s, i) => {
    if (s.level < level && chosen.has(s)) parent = i;
    if (s.level === level) byParent.set(parent, [...(byParent.get(parent) ?? []), s]);
  });
  const groups = [...byParent.values()];
  const out: OutlineSection[] = [];
  for (let turn = 0; groups.some((g) => g.length > turn); turn++) for (const g of groups) if (g[turn]) out.push(g[turn]!);
  return out;
}

/** A section's quote: its own first recommendation, or, when its sub-sections are not shown (the next section shown is not one of them) and its own text recommends nothing, theirs. */
function quotedFrom(section: OutlineSection, next: OutlineSection | undefined): OutlineSection {
  const subsShown = next !== undefined && next.level > section.level;
  const own = section.statements[0];
  const ownRecommends = own !== undefined && recommends(own);
  // Shown sub-sections say what it recommends, and a sub-section's heading says what it is about: a remark under them is left out.
  if (subsShown || section.level > 0) return ownRecommends ? section : section.level > 0 && section.underneath && !subsShown ? { ...section, statements: [section.underneath] } : { ...section, statements: [] };
  if (ownRecommends || !section.underneath) return section;
  return { ...section, statements: [section.underneath] };
}

/** Statements most relevant first (a recommendation before a remark), the text's order among equals. */
function byRelevance(statements: readonly OutlineItem[], relevance: (statement: OutlineItem) => number): OutlineItem[] {
  const score = (s: OutlineItem) => relevance(s) + (recommends(s) ? 0.001 : 0);
  return statements.map((s, i) => ({ s, i, score: score(s) })).sort((a, b) => b.score - a.score || a.i - b.i).map((x) => x.s);
}

/**
 * The sections with their quotes cut to share `room`: in order of level, then of the text, each
 * quote gets its least length while there is room (less under top-level headings when they are many); what is left is shared out again, up to
 * each quote's whole length or `maxQuote`; what is still left quotes further recommendations, a
 * section at a time (each section's in the text's order).
 */
function withQuotes(chosen: OutlineSection[], room: number, limits: OutlineLimits): OutlineSection[] {
  const quoted = chosen.filter((s) => s.statements.length > 0).sort((a, b) => a.level - b.level);
  const whole = (s: OutlineSection) => Math.min(s.statements[0]!.text.length, limits.maxQuote);
  // Under many top-level headings, their quotes come down towards the least any quote has.
  const topLeast = Math.max(limits.minQuote, Math.min(limits.minTopQuote, Math.floor(room / Math.max(1, quoted.filter((s) => s.level === 0).length)) - QUOTE_EXTRA));
  const lengths = new Map<OutlineSection, number>();
  let left = room;
  for (const s of quoted) {
    const least = Math.min(whole(s), s.level === 0 ? topLeast : limits.minQuote);
    if (left < least + QUOTE_EXTRA) break;
    lengths.set(s, least);
    left -= least + QUOTE_EXTRA;
  }
  for (let round = 0; round < 3 && left > 0; round++) {
    const growing = [...lengths].filter(([s, length]) => length < whole(s));
    if (growing.length === 0) break;
    const share = Math.floor(left / growing.length);
    for (const [s, length] of growing) {
      const more = Math.min(share, whole(s) - length);
      lengths.set(s, length + more);
      left -= more;
    }
  }
  // A quote that would be cut gives way to one of the section's next recommendations that is shown whole in its room:
  // a cut sentence loses its end, where its object often is.
  const order = new Map<OutlineSection, OutlineItem[]>();
  for (const [s, length] of lengths) {
    if (length >= s.statements[0]!.text.length) continue;
    const whole = s.statements.slice(1, 4).find((x) => recommends(x) && x.text.length <= length && x.text.length >= 0.5 * length);
    if (!whole) continue;
    order.set(s, [whole, ...s.statements.filter((x) => x !== whole)]);
    lengths.set(s, whole.text.length);
    left += length - whole.text.length;
  }
  const statementsOf = (s: OutlineSection) => order.get(s) ?? s.statements;
  const further = new Map<OutlineSection, OutlineItem[]>();
  for (let turn = 1, added = true; added; turn++) {
    added = false;
    for (const s of lengths.keys()) {
      const next = statementsOf(s)[turn];
      if (!next || left < limits.minQuote + QUOTE_EXTRA) continue;
      const length = Math.min(next.text.length, limits.maxQuote, left - QUOTE_EXTRA);
      further.set(s, [...(further.get(s) ?? []), shortened(next, length)]);
      left -= length + QUOTE_EXTRA;
      added = true;
    }
  }
  return chosen.map((s) => ({
    heading: s.heading!,
    level: s.level,
    statements: lengths.has(s) ? inTextOrder([shortened(statementsOf(s)[0]!, lengths.get(s)!), ...(further.get(s) ?? [])]) : [],
  }));
}

function inTextOrder(items: OutlineItem[]): OutlineItem[] {
  return items.sort((a, b) => a.chunk - b.chunk || a.start - b.start);
}

/** A statement cut to at most `length` characters, at the end of a word. */
export function shortened(item: OutlineItem, length: number): OutlineItem {
  if (item.text.length <= length) return item;
  const space = item.text.lastIndexOf(' ', length);
  let cut = space > length * 0.6 ? space : length;
  while (cut > 0 && /[\s,;:(—–-]/.test(item.text[cut - 1]!)) cut--;
  return { ...item, end: item.start + cut, text: item.text.slice(0, cut) };
}

/** Without headings: the strongest statements (the most relevant, when asked about a topic), in document order, within the limits. */
function strongest(statements: readonly OutlineItem[], limits: OutlineLimits, relevance?: (statement: OutlineItem) => number): OutlineSection[] {
  const weight = (s: OutlineItem) => (relevance ? relevance(s) * 10 : 0) + s.strength;
  const ranked = [...statements].sort((a, b) => weight(b) - weight(a) || a.chunk - b.chunk || a.start - b.start).slice(0, limits.statements);
  const length = Math.min(limits.maxQuote, Math.floor(limits.chars / Math.max(1, ranked.length)) - QUOTE_EXTRA);
  const chosen = ranked.sort((a, b) => a.chunk - b.chunk || a.start - b.start).map((s) => shortened(s, Math.max(limits.minQuote, length)));
  return chosen.length ? [{ level: 0, statements: chosen }] : [];
}
