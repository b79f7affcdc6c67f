/**
 * The outline of one submission, in its own order: its sections — the top-level ones, and the
 * numbered recommendations and sub-sections under them — each with its heading, its page, and
 * the first sentence under it that recommends something (or, when none does, its first
 * sentence), from the heading's page or the next. Headings are read from the text's shape (see
 * headings.ts); an introduction, a conclusion, references and the like are left out. A
 * submission without headings is outlined by its strongest recommendation statements instead.
 */
import { sentencesOf } from '../answer/sentences.js';
import { rejoinSplitWords } from '../text/rejoin.js';
import { strengthOf } from './recommendation.js';
import { headingsOf, type Heading } from './headings.js';
import { levelled } from './heading-levels.js';
import { submissionText, type SubmissionText } from './submission-text.js';
import type { CorpusIndex } from '../corpus-index.js';

export interface OutlineItem {
  kind: 'heading' | 'statement';
  chunk: number;
  /** Offsets into the chunk's text (a heading's may run past it, into the next chunk). */
  start: number;
  end: number;
  /** A statement: verbatim from the chunk. A heading: as it reads, its lines joined. */
  text: string;
  /** How strongly a statement reads as a recommendation (higher first). */
  strength: number;
}

export interface OutlineSection {
  heading?: OutlineItem;
  /** 0 for a top-level section. */
  level: number;
  /** Its first recommendation (or first sentence) under its own heading, then its further recommendations there; without headings, the recommendation statements. */
  statements: OutlineItem[];
  /** The first recommendation in its sub-sections, for when they are not shown. */
  underneath?: OutlineItem;
}

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

/** Sections that introduce, close or refer rather than recommend. */
const ASIDE =
  /^(introduction|background|about\b|who we are|our (organi[sz]ation|company|mission)|overview|executive summary|summary|conclusions?|closing|concluding|final thoughts|references|works cited|bibliography|sources|notes|endnotes|footnotes|appendix|annex|attachments?|acknowledge?ments|contacts?|contact information|table of contents|contents|respectfully submitted|sincerely|signature)\b|\b(background|introduction|conclusions?)$/i;
/** A list of references: nothing after it but more of its kind is the submission's own outline. */
const REFERENCES = /^(references|works cited|bibliography|sources|notes|endnotes|footnotes|citations)$/i;
/** The title of the letter or document itself, when it is the first heading. */
const TITLE = /\b(comments?|response|submission|reply|letter|statement|testimony|input|feedback|recommendations) (of|from|by|to|on|for)\b|\brequest for information\b|\baction plan\b/i;
/** What a recommendation says beyond `strengthOf`'s forms: any "should" or "must". */
const OUGHT = /\b(should|must|needs? to|ought to|we (recommend|propose|urge|support|call))\b/i;
/** Sentences read under a heading for its first recommendation. */
const SENTENCES_READ = 8;
/** Further recommendations kept from a section, for an answer with room for them. */
const FURTHER = 6;

/** A submission's outline: its sections in order, or, without headings, one section of its recommendation statements. */
export function outlineOf(corpus: CorpusIndex, doc: number): OutlineSection[] {
  const source = submissionText(corpus, doc);
  const readable = (text: string) => rejoinSplitWords(text, corpus.words);
  const all = beforeReferences(headingsOf(source.text, source.pageStarts, readable), readable);
  const own = withoutAsides(all, readable, corpus.doc(doc).submitter);
  if (own.length < 2) return [{ level: 0, statements: statementsOf(corpus, source) }].filter((s) => s.statements.length > 0);
  const headings = levelled(own, source.text);
  const levels = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  const reader: Reader = { corpus, source, pageOf: (at) => source.pageAt(at) };
  return headings.map((h, i) => {
    // A section runs to the next heading, whichever (an aside ends it too); with its sub-sections, to the next at its level or above.
    const next = all.find((x) => x.start >= h.end)?.start ?? source.text.length;
    const after = headings.slice(i + 1).find((x) => x.level <= h.level)?.start ?? all.find((x) => x.start > h.start && !own.includes(x))?.start ?? source.text.length;
    const held = source.chunkAt(h.start, h.end) ?? { chunk: corpus.chunksOf(doc).first, from: 0 };
    const heading: OutlineItem = { kind: 'heading', chunk: held.chunk, start: held.from, end: held.from + (h.end - h.start), text: h.text, strength: 0 };
    const statements = recommendationsIn(reader, h.start, h.end, next);
    const underneath = after > next ? recommendationsIn(reader, h.start, next, after, 0)[0] : undefined;
    return { heading, level: levels.indexOf(h.level), statements, ...(underneath ? { underneath } : {}) };
  });
}

/**
 * The headings that head the submission's own points: not an aside (introduction, background,
 * conclusion …) nor what an aside holds up to the next heading of its style, when that one is
 * not an aside too; not the document's title or its submitter's name.
 */
function withoutAsides(all: readonly Heading[], readable: (text: string) => string, submitter: string): Heading[] {
  const name = (text: string) => readable(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const submitterName = name(submitter);
  const letterhead = (h: Heading, i: number) => name(h.text) === submitterName || (i === 0 && (TITLE.test(h.text) || (submitterName.length > 3 && name(h.text).includes(submitterName))));
  const aside = (h: Heading) => ASIDE.test(bare(readable(h.text)));
  const own: Heading[] = [];
  for (let i = 0; i < all.length; i++) {
    if (letterhead(all[i]!, i)) continue;
    if (!aside(all[i]!)) {
      own.push(all[i]!);
      continue;
    }
    const sibling = all.findIndex((x, j) => j > i && x.style === all[i]!.style);
    if (sibling > 0 && !aside(all[sibling]!)) i = sibling - 1;
  }
  return own;
}

/** The headings up to a list of references, and after it only those of its own style (an appendix). */
function beforeReferences(headings: Heading[], readable: (text: string) => string): Heading[] {
  const at = headings.findIndex((h) => REFERENCES.test(bare(readable(h.text))));
  return at < 0 ? headings : headings.filter((h, i) => i <= at || h.style === headings[at]!.style);
}

/** What the statements are read from. */
interface Reader {
  corpus: CorpusIndex;
  source: SubmissionText;
  pageOf: (at: number) => number | null;
}

/** A heading without its numbering, for telling what kind of section it heads. */
function bare(text: string): string {
  return text.replace(/^(\S{1,6}[.)]\s*|\d+(\.\d+)*\s+)/, '').trim();
}

/**
 * The recommendations in `[from, to)` of the text: first, the first sentence that recommends
 * something among the first few on the page of the heading at `headingAt` or the next (else the
 * first sentence there); then the others that recommend, in order. A whole sentence comes before
 * one a chunk's end cut, and either before a line that only opens a list ("… we recommend the
 * Administration consider:").
 */
function recommendationsIn({ corpus, source, pageOf }: Reader, headingAt: number, from: number, to: number, further = FURTHER): OutlineItem[] {
  const page = pageOf(headingAt);
  const sentences = sentencesOf(source.text.slice(from, to));
  const items: { near: boolean; item: OutlineItem }[] = [];
  let near = 0;
  let later = 0;
  // Read in order, only as far as the first recommendation's candidates and the further ones need.
  for (const s of sentences) {
    if (near >= SENTENCES_READ && later >= further) break;
    const item = statementAt(source, corpus, s.start + from, s.end + from);
    if (!item || item.text.split(/\s+/).length < 6) continue;
    const at = pageOf(s.start + from);
    const isNear = near < SENTENCES_READ && (page === null || at === null || at === page || at === page + 1);
    if (isNear) near++;
    else if (recommends(item)) later++;
    items.push({ near: isNear, item });
  }
  const opening = items.filter((s) => s.near).map((s) => s.item);
  const whole = opening.filter((s) => !opensList(s.text) && !cutShort(s, corpus));
  const rest = opening.filter((s) => !opensList(s.text));
  const first = whole.find(recommends) ?? rest.find(recommends) ?? whole[0] ?? rest[0];
  if (!first) return [];
  const after = items.map((s) => s.item).filter((s) => s !== first && recommends(s) && !opensList(s.text) && !cutShort(s, corpus) && (s.chunk > first.chunk || (s.chunk === first.chunk && s.start > first.start)));
  return [first, ...after.slice(0, further)];
}

/** A statement that recommends: in `strengthOf`'s forms, or any "should" or "must". */
function recommends(statement: OutlineItem): boolean {
  return statement.strength > 0 || OUGHT.test(statement.text.replace(/\s+/g, ' '));
}

/** A line that only introduces the list after it. */
function opensList(text: string): boolean {
  return /:\s*$/.test(text);
}

/** A statement its chunk's end cut short of its sentence's end. */
function cutShort(statement: OutlineItem, corpus: CorpusIndex): boolean {
  return statement.end >= corpus.chunkText(statement.chunk).trimEnd().length && !/[.!?"”’)]$/.test(statement.text);
}

/** The statement at offsets of the text, as its chunk holds it (a footnote number before it, a page number after it, left out). */
function statementAt(source: SubmissionText, corpus: CorpusIndex, start: number, end: number): OutlineItem | undefined {
  // A footnote number, or the end of a quotation the sentence before closed.
  const lead = /^(\d{1,3}\s+(?=[A-Z])|[’'"”)\]]+\s*)/.exec(source.text.slice(start, end));
  if (lead) start += lead[0].length;
  const held = source.chunkAt(start, end);
  if (!held) return undefined;
  const chunkText = corpus.chunkText(held.chunk);
  // A page number, or the next item's number, the sentence ran into is left out.
  const text = chunkText.slice(held.from, held.to).replace(/\s*\n\s*\d{1,3}(\.\d{1,2})*\.?\s*$/, '').trimEnd();
  // A sentence that starts in lower case, or with the numbers of a citation, was split from its start: not a quote to show alone.
  if (text.length < 20 || /^[a-z]|^\d[\d,\s–-]*[,(]/.test(text)) return undefined;
  const bulleted = /[●•▪]\s*$|^\s*$/.test(chunkText.slice(Math.max(0, held.from - 3), held.from)) || /^\s*\d{1,2}[.)]/.test(text);
  return { kind: 'statement', chunk: held.chunk, start: held.from, end: held.from + text.length, text, strength: strengthOf(text.replace(/\s+/g, ' '), bulleted) };
}

/** A submission without headings: its recommendation statements, in order. */
function statementsOf(corpus: CorpusIndex, source: SubmissionText): OutlineItem[] {
  return sentencesOf(source.text)
    .map((s) => statementAt(source, corpus, s.start, s.end))
    .filter((s): s is OutlineItem => s !== undefined && s.strength > 0);
}

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
  const further = new Map<OutlineSection, OutlineItem[]>();
  for (let turn = 1, added = true; added; turn++) {
    added = false;
    for (const s of lengths.keys()) {
      const next = s.statements[turn];
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
    statements: lengths.has(s) ? inTextOrder([shortened(s.statements[0]!, lengths.get(s)!), ...(further.get(s) ?? [])]) : [],
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
