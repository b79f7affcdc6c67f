/**
 * The outline of one submission, in its own order: its sections — the top-level ones, and the
 * numbered recommendations and sub-sections under them — each with its heading, its page, and
 * the first sentence under it that recommends something (or, when none does, its first
 * sentence), from the heading's page or the next. Headings are read from the text's shape (see
 * headings.ts); an introduction, a conclusion, references and the like are left out. A
 * submission without headings is outlined by the lead sentences of its bulleted paragraphs, or
 * else by its recommendation statements. What an
 * answer has room for is chosen by outline-select.ts.
 */
import { sentencesOf } from '../answer/sentences.js';
import { rejoinSplitWords } from '../text/rejoin.js';
import { strengthOf } from './recommendation.js';
import { bulletLeads, headingsOf } from './headings.js';
import type { Heading } from './heading.js';
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
/** Sentences that outline a submission that has no headings and recommends nothing in so many words. */
const OPENING = 4;
/** An e-mail's header, warning banner or confidentiality footer: no statement of the submission's. */
const EMAIL_FOOTER = /\b(this e-?mail|if you have received this|official use only|intended recipient|confidentiality notice|originated from outside|exercise caution when opening)\b|^(to|from|cc|subject|date|sent)\s*:/i;

/** A submission's outline: its sections in order, or, without headings, one section of its recommendation statements. */
export function outlineOf(corpus: CorpusIndex, doc: number): OutlineSection[] {
  const source = submissionText(corpus, doc);
  const readable = (text: string) => rejoinSplitWords(text, corpus.words);
  let all = beforeReferences(headingsOf(source.text, source.pageStarts, readable), readable);
  let own = withoutAsides(all, readable, corpus.doc(doc).submitter);
  // Without headings, a submission of bulleted paragraphs is outlined by their lead sentences.
  if (own.length < 2) all = own = bulletLeads(source.text);
  if (own.length < 2) return [{ level: 0, statements: statementsOf(corpus, source) }].filter((s) => s.statements.length > 0);
  const headings = levelled(own, source.text);
  const levels = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  const reader: Reader = { corpus, source, pageOf: (at) => source.pageAt(at) };
  return headings.map((h, i) => {
    // A section runs to the next heading, whichever (an aside ends it too); with its sub-sections, to the next at its level or above.
    const next = all.find((x) => x.start >= h.end)?.start ?? source.text.length;
    const after = Math.min(headings.slice(i + 1).find((x) => x.level <= h.level)?.start ?? source.text.length, all.find((x) => x.start > h.start && !own.includes(x))?.start ?? source.text.length);
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
export function recommends(statement: OutlineItem): boolean {
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
  const whole = chunkText.slice(held.from, held.to).replace(/\s*\n\s*\d{1,3}(\.\d{1,2})*\.?\s*$/, '').trimEnd();
  // An e-mail's sign-off and footer run into its last sentence ("… our education system.Best,The … Team____All e-mails to and from this account …"): the sentence ends before them.
  const text = whole.slice(0, signedOffAt(whole)).trimEnd();
  // A sentence that starts in lower case, or with the numbers of a citation, was split from its start: not a quote to show alone.
  if (text.length < 20 || /^[a-z]|^\d[\d,\s–-]*[,(]/.test(text) || EMAIL_FOOTER.test(text)) return undefined;
  const bulleted = /[●•▪]\s*$|^\s*$/.test(chunkText.slice(Math.max(0, held.from - 3), held.from)) || /^\s*\d{1,2}[.)]/.test(text);
  return { kind: 'statement', chunk: held.chunk, start: held.from, end: held.from + text.length, text, strength: strengthOf(text.replace(/\s+/g, ' '), bulleted) };
}

/** Where a sentence runs into an e-mail's sign-off, a rule of underscores or its footer (after a full stop with no space, or after some words); its length when it does not. */
function signedOffAt(text: string): number {
  const at = [/(?<=[.!?])(Best|Sincerely|Regards|Kind regards|Thank you|Thanks),/.exec(text)?.index, /_{4,}/.exec(text)?.index, EMAIL_FOOTER.exec(text)?.index].filter((i): i is number => i !== undefined && i > 0);
  return at.length ? Math.min(...at) : text.length;
}

/** A submission without headings: its recommendation statements, in order; one that recommends nothing in so many words: its opening sentences. */
function statementsOf(corpus: CorpusIndex, source: SubmissionText): OutlineItem[] {
  const read = sentencesOf(source.text)
    .map((s) => statementAt(source, corpus, s.start, s.end))
    .filter((s): s is OutlineItem => s !== undefined && s.text.split(/\s+/).length >= 6);
  const recommending = read.filter((s) => s.strength > 0);
  return recommending.length ? recommending : read.slice(0, OPENING);
}
