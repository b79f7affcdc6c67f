/**
 * The headings of a submission's text. PDF-extracted text has no markup, so a heading is read
 * from its shape: a numbered line ("1. Strengthen Export Controls", "Recommendation 2:", "III.",
 * "B."), an ALL-CAPS line, or a short title line that starts a paragraph and ends without a full
 * stop. A heading may run on into the next line ("… AMONG AI" / "DEVELOPERS AND DEPLOYERS"),
 * or the text may run into it with no line break ("1. Strengthen Export Controls The United
 * States should …"): then it ends where a sentence starts. Letterheads, tables of contents,
 * table cells, footnotes, signatures and page numbers are not headings, and a heading a summary
 * or a table of contents lists before its section is read where its section begins.
 */
import { IMPERATIVE } from './recommendation.js';

export interface Heading {
  /** Offsets in the text of the heading's first character and just past its last (a page number before it left out). */
  start: number;
  end: number;
  /** The heading as it reads: its lines joined by a space, its numbering kept. */
  text: string;
  /** Its numbering ("2.1" is number 1 at depth 2), when it has one. */
  numbering?: Numbering;
  /** What kind of heading it is: its numbering's kind and depth, or its case when unnumbered ('caps', 'title', 'sentence'). */
  style: string;
  /** Its case: ALL CAPS, Title Case, or a sentence's. */
  shape: Shape;
  /** Whether the text runs on after it on the same line. */
  runIn: boolean;
}

export interface Numbering {
  /** 'word' (a word such as "Recommendation 3:"), 'arabic', 'roman', 'letter', 'paren-number' or 'paren-letter'. */
  kind: string;
  value: number;
  depth: number;
}

export type Shape = 'caps' | 'title' | 'sentence';

interface Line {
  /** Offsets of the line's text without its surrounding spaces. */
  start: number;
  end: number;
  text: string;
  /** The first line of a page. */
  pageStart: boolean;
  /** A blank line (or a page break) comes before it. */
  blankBefore: boolean;
}

/** The lines of a text and how to read them. */
interface Reading {
  lines: Line[];
  /** The text with PDF-split words re-joined, for reading a line's shape. */
  readable: (text: string) => string;
  /** The length of a full line of the text's paragraphs: a title line is shorter. */
  width: number;
}

/** Small words a title keeps in lower case. */
const SMALL = new Set('a an and as at but by for from in into of on onto or per the to vs via with within without nor its their our your'.split(' '));
/** Words that start a sentence, and end a heading that a line runs on from ("… Export Controls The United States should …"). */
const STARTERS = new Set(
  'The This These That Those We Our It Its One As While Although Though Today There Since Because Currently Given Many Most Such If When Unlike Despite Both Each Every Moreover However Additionally Furthermore Specifically Ultimately Indeed'.split(' '),
);
/** A word a heading continued on the next line may end with. */
const CONNECTOR = /(?:^|\s)(?:of|and|the|for|to|in|on|with|by|a|an|&|or|at|from|among|between|through|into|across|—|–|-|:)$/i;
/** What a paragraph (or a list item) starts with. */
const PARAGRAPH_START = /^[A-Z0-9•●▪■◦❖➢✓►\-–*(“"'‘\u2022\uF0B7]/;

/** Letterhead, address, date and salutation lines, links, citations, and page furniture. */
const NOT_HEADING =
  /\b\d+\s+([\w.'’-]+\s+){0,4}(avenue|ave\.?|street|st\.|blvd|boulevard|road|rd\.|drive|dr\.|lane|place|plaza|parkway|way)(\W|$)|\b(suite|floor) \d|\bp\.?o\.? box\b|\bpmb\b|\(\d{4}\)|\b[A-Z]\.[,;]|\bet al\b|\bdoi\b|\b\d{1,4},\s*\d{1,4}\b|\b[A-Z]{2} \d{5}\b|\b(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2},? \d{4}\b|^(dear|re:|to:|from:|cc:|subject:|attn|page \d|date:|submitted (by|to)|prepared (by|for)|email|phone|tel|table \d|figure \d|exhibit \d|source:)\b|^(sincerely|respectfully|regards|best regards|thank you)|^(organi[sz]ation|name|category|attachments?|submitter|comment)\s*:|\.(pdf|docx?|pptx?|xlsx?)\b|^\S+>|@|https?:|www\.|\.(com|org|gov|edu)\b|\b(office of science and technology policy|executive office of the president|national science foundation|nco|docket|federal register|document (number|citation)|tracking no|request for information|\brfi\b)\b|^[\d\s.,/()-]+$/i;

const spaced = (letters: string) => letters.split('').join('\\s?');
/** Numbering: a word and a number ("Recommendation 1.2:"), "1.", "1.2", "IV.", "B.", "(c)". */
const NUMBERED = new RegExp(
  String.raw`^(?:(?<word>${spaced('Recommendation')}|Priority|Proposal|Pillar|Principle|Objective|Goal|Action|Policy|Part|Section)\s+(?<wordNumber>\d{1,2}(?:\.\d{1,2}|\.?[a-z]\b)?|[IVX]{1,4}\b|[A-H]\b)\s*[:.)—–-]?|(?<arabic>\d{1,2}(?:\.\d{1,2}){1,2}\.?(?=\s)|\d{1,2}[.)])|(?<roman>[IVX]{1,5})[.)]|(?<letter>[A-H])[.)](?![A-Z]\.)|\((?<paren>[a-h]|\d{1,2})\))\s*`,
);
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** Headings of a text, in order. `pageStarts`: offsets where pages begin; `readable` re-joins PDF-split words for reading a line's shape. */
export function headingsOf(text: string, pageStarts: readonly number[], readable: (text: string) => string = (t) => t): Heading[] {
  const lines = linesOf(text, pageStarts);
  // A line's shape is read more than once (alone, joined, run in): re-joining its words once is enough.
  const read = new Map<string, string>();
  const cached = (line: string) => read.get(line) ?? (read.set(line, readable(line)), read.get(line)!);
  const reading: Reading = { lines, readable: cached, width: paragraphWidth(lines) };
  const bodyStart = firstParagraph(lines);
  const found: Heading[] = [];
  let previousHeading = -1;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const previous = lines[i - 1];
    // A table's cells are short lines, under its caption, until paragraphs' full lines come back.
    if (/^(table|figure|exhibit) \d/i.test(lines[i]!.text)) inTable = true;
    else if (inTable && previous && [previous, lines[i]!].every((l) => l.text.length >= 0.9 * reading.width)) inTable = false;
    const opens = !previous || previousHeading === i - 1 || endsSentence(previous.text) || lines[i]!.pageStart;
    // A heading starts with a capital, a number or a quotation mark.
    if (!/^[“"‘'(]?[A-Z0-9]/.test(lines[i]!.text)) continue;
    const headings = headingsAt(reading, i);
    if (headings.length === 0) continue;
    // A line that does not start a paragraph is a heading only when it is a numbered title on a line of its own.
    if (!opens && !(headings[0]!.numbering && headings[0]!.shape !== 'sentence' && !headings[0]!.runIn)) continue;
    if (inTable && !headings[0]!.numbering) continue;
    // A letterhead or title page: lines before the first paragraph (the one right before it may be its heading).
    if (i < bodyStart - 1 && !headings[0]!.numbering) continue;
    const last = headings[headings.length - 1]!;
    found.push(...headings);
    // Lines a heading ran on into are part of it.
    while (i + 1 < lines.length && lines[i + 1]!.end <= last.end) i++;
    previousHeading = last.runIn ? -1 : i;
  }
  return withText(inSequence(listedOnce(withoutContents(found, lines), cached)), text);
}

/**
 * Non-blank lines with their offsets. Page furniture is left out: lines that only hold a page
 * number, or end with one ("Lakeside Institute Page 3 of 14"), and running heads or feet (a line
 * printed three times or more, its numbers aside).
 */
function linesOf(text: string, pageStarts: readonly number[]): Line[] {
  const furniture = runningLines(text);
  const lines: Line[] = [];
  let page = 0;
  let offset = 0;
  let newPage = true;
  let blank = true;
  for (const raw of text.split('\n')) {
    const at = offset;
    offset += raw.length + 1;
    while (page < pageStarts.length && pageStarts[page]! <= at + raw.length) {
      newPage = true;
      page++;
    }
    const trimmed = raw.trim();
    if (!trimmed || /^(page\s*)?[-–]?\s*\d{1,3}\s*[-–]?(\s*(of|\/)\s*\d{1,3})?$|\bpage \d{1,3}( of \d{1,3})?$/i.test(trimmed) || furniture.has(withoutNumbers(trimmed))) {
      blank = true;
      continue;
    }
    const start = at + raw.length - raw.trimStart().length;
    lines.push({ start, end: start + trimmed.length, text: trimmed, pageStart: newPage, blankBefore: blank || newPage });
    newPage = false;
    blank = false;
  }
  return lines;
}

/** Lines printed three times or more (their numbers aside): a running head or foot. */
function runningLines(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const key = withoutNumbers(line.trim());
    if (key.length >= 8) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([key]) => key));
}

function withoutNumbers(line: string): string {
  return line.replace(/\d+/g, '#');
}

/** The usual length of a paragraph's full lines (lines of eight words or more); unbounded when there are too few to tell. */
function paragraphWidth(lines: readonly Line[]): number {
  const lengths = lines.filter((l) => l.text.split(/\s+/).length >= 8).map((l) => l.text.length).sort((a, b) => a - b);
  return lengths.length >= 10 ? lengths[Math.floor(lengths.length / 2)]! : Infinity;
}

/**
 * The first line of the first paragraph: a sentence of ten words or more, most of them in lower
 * case, that ends with a full stop, on lines of six words or more. Lines before it are a letterhead or a title page.
 */
function firstParagraph(lines: readonly Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text.split(/\s+/).length < 6) continue;
    const words: string[] = [];
    for (let j = i; j < Math.min(lines.length, i + 4); j++) {
      const stop = /[a-z)\]]{2}[.!?](\s|$)/.exec(lines[j]!.text);
      words.push(...(stop ? lines[j]!.text.slice(0, stop.index + 3) : lines[j]!.text).split(/\s+/));
      if (stop) {
        if (words.length >= 10 && words.filter((w) => /^[a-z]/.test(w)).length >= words.length / 2) return i;
        break;
      }
    }
  }
  return 0;
}

/** The line ends a sentence (its footnote number after it), a list item, or a heading, so the next line may start a paragraph. */
function endsSentence(text: string): boolean {
  return /[.!?;:”"')\]]\d{0,3}\s*$|^\S{1,3}$/.test(text);
}

/** The heading (or two, run together) that starts at line `i`, if it is one. */
function headingsAt(reading: Reading, i: number): Heading[] {
  const line = reading.lines[i]!;
  let text = line.text;
  let start = line.start;
  // A page number printed before the first line of a page ("4 1. PROMOTE").
  const pageNumber = line.blankBefore ? /^\d{1,3}\s+(?=\S)/.exec(text) : null;
  if (pageNumber) {
    text = text.slice(pageNumber[0].length);
    start += pageNumber[0].length;
  }
  const runIn = runInHeading(text, start, reading.readable);
  // A numbered title the line runs on from ("1. Strengthen Export Controls The United States should …"), though the whole line would pass for a heading.
  const titled = runIn?.numbering && runIn.shape !== 'sentence';
  const whole = titled ? undefined : wholeHeading(reading, i, text, start);
  if (whole) return [whole];
  if (!runIn) return [];
  // What follows a run-in heading may be a heading too ("Enhancing American National Security Build the federal government's capacity …").
  const rest = text.slice(runIn.end - start).replace(/^\s+/, '');
  const second = rest ? wholeHeading(reading, i, rest, line.end - rest.length, true) : undefined;
  return second ? [{ ...runIn, runIn: false }, second] : [runIn];
}

/** The line (with the lines it runs on into) as one heading, when the next line starts a paragraph. */
function wholeHeading({ lines, readable, width }: Reading, i: number, text: string, start: number, second = false): Heading | undefined {
  const numbering = numberingOf(text);
  const first = shapeOf(readable(text), numbering !== undefined);
  let joined = text;
  let end = lines[i]!.end;
  let j = i;
  let wraps = false;
  // A heading that runs on: an ALL-CAPS line under an ALL-CAPS one, a line after a connecting word, or a line that starts in lower case.
  while (j + 1 < lines.length && j - i < 2) {
    const next = lines[j + 1]!;
    if (numberingOf(next.text) || next.pageStart) break;
    const nextWords = next.text.split(/\s+/).length;
    const caps = first?.style === 'caps' && shapeOf(readable(next.text.replace(/^[-–]/, '')), false)?.style === 'caps' && nextWords <= 8;
    const connected = CONNECTOR.test(joined) && nextWords <= 10 && !/[a-z]{2}[.!?]\s/.test(next.text);
    const lower = /^[a-z]/.test(next.text) && (nextWords <= 10 || numbering !== undefined) && !/[.!?]\s+[A-Z]/.test(next.text) && !/[.;:]$/.test(joined);
    // A long Title Case heading wrapped onto a short Title Case line ("I. The Administration Can Continue" / "Its Work from Its First Term"), a sentence after it.
    const sentenceAfter = lines[j + 2] === undefined || /^[“"(]?[A-Z]\S*\s+[a-z]/.test(lines[j + 2]!.text);
    const long = text.length >= (numbering ? 0.5 : 0.6) * Math.min(width, 100);
    const wrapped = j === i && long && first?.style === 'title' && nextWords <= (numbering ? 8 : 4) && shapeOf(readable(next.text), false)?.style === 'title' && !/[.;:,]$/.test(joined) && sentenceAfter;
    if (wrapped) wraps = true;
    if (!caps && !connected && !lower && !wrapped) break;
    joined = `${joined}${/[-–]$/.test(joined) || /^[-–]/.test(next.text) ? '' : ' '}${next.text}`;
    end = next.end;
    j++;
  }
  const shape = shapeOf(readable(joined), numbering !== undefined);
  if (!shape || (numbering && leadIn(joined))) return undefined;
  const after = lines[j + 1];
  if (after && !after.pageStart && !PARAGRAPH_START.test(after.text)) return undefined;
  // An unnumbered line as long as a paragraph's lines is the first line of a paragraph.
  if (!numbering && shape.style !== 'caps' && !second && !wraps && text.length > 0.85 * width) return undefined;
  if (second && !numbering && shape.style === 'sentence' && joined.split(/\s+/).length < 4) return undefined;
  return { start, end, text: joined.replace(/\s+/g, ' ').trim(), ...(numbering ? { numbering } : {}), style: numbering ? styleOf(numbering) : shape.style, shape: shape.style, runIn: false };
}

/**
 * A heading the text runs into on the same line: it ends before the word that starts a sentence —
 * a sentence opener ("The", "We", "This" …) or an instruction's verb ("Build the …"), or, after a
 * numbered title, any capitalised word followed by lower-case ones.
 */
function runInHeading(text: string, start: number, readable: (text: string) => string): Heading | undefined {
  const numbering = numberingOf(text);
  const marker = numbering ? NUMBERED.exec(text)![0].length : 0;
  const colon = numbering ? leadIn(text) : undefined;
  if (colon !== undefined) {
    const head = text.slice(0, colon).trimEnd();
    const shape = shapeOf(readable(head), true);
    return shape ? { start, end: start + head.length, text: head.replace(/\s+/g, ' '), numbering: numbering!, style: styleOf(numbering!), shape: shape.style, runIn: true } : undefined;
  }
  const words = [...text.slice(marker).matchAll(/\S+/g)].map((m) => ({ word: m[0], at: m.index }));
  if (words.length < 5) return undefined;
  const firstWord = words[0]!.word;
  if (!numbering && (STARTERS.has(firstWord) || SMALL.has(firstWord.toLowerCase()))) return undefined;
  let split = -1;
  for (let k = 1; k < words.length - 3; k++) {
    const before = words[k - 1]!.word;
    // Punctuation before any sentence start: the line is text.
    if (/[.!?;,]$/.test(before) && !/^(?:[A-Z]\.)+$/.test(before)) return undefined;
    const w = words[k]!.word;
    const next = words[k + 1]!.word;
    const head = words.slice(0, k).map((x) => x.word);
    // After a title: an instruction's verb and a word in lower case ("Build the …"), or, numbered, any capitalised word and a lower-case word that is not a title's small word.
    const sentence = /^[a-z]/.test(next) && (IMPERATIVE.test(w) || (numbering !== undefined && !SMALL.has(next)));
    if (k >= 2 && STARTERS.has(w)) split = k;
    else if (/^[A-Z][a-z]+$/.test(w) && sentence && k >= 2 && !SMALL.has(head[k - 1]!) && titleShare(head) >= 0.75) split = k;
    if (split > 0) break;
  }
  // What follows reads as a sentence: words in lower case among its first few ("… Institute That Puts America First" is one title).
  if (split < 0 || words.slice(split + 1, split + 10).filter((x) => /^[a-z]/.test(x.word) && !SMALL.has(x.word)).length < 2) return undefined;
  const last = words[split - 1]!;
  const head = text.slice(0, marker + last.at + last.word.length);
  const shape = shapeOf(readable(head), numbering !== undefined);
  if (!shape) return undefined;
  const headWords = words.slice(0, split).filter((x) => /[A-Za-z]{2}/.test(x.word)).length;
  if (!numbering && (headWords < 2 || (shape.style === 'sentence' && headWords < 4))) return undefined;
  return { start, end: start + head.length, text: head.replace(/\s+/g, ' ').trim(), ...(numbering ? { numbering } : {}), style: numbering ? styleOf(numbering) : shape.style, shape: shape.style, runIn: true };
}

/** Where a numbered item's lead-in ends ("3. Gap Analysis: Conducting a thorough analysis of …"): a colon or a dash after a short title, then a sentence (eight words, or four that read as one). */
function leadIn(text: string): number | undefined {
  const marker = NUMBERED.exec(text)?.[0].length ?? 0;
  const m = /^((?:\S+\s+){0,7}?\S+)(?:\s?:|\s[–—-])\s+(.*)$/.exec(text.slice(marker));
  if (!m || /[.;,]/.test(m[1]!)) return undefined;
  const after = m[2]!.split(/\s+/);
  const prose = after.filter((w) => /^[a-z]/.test(w) && !SMALL.has(w)).length;
  return after.length >= 8 || (after.length >= 4 && prose >= 2) ? marker + m[1]!.length : undefined;
}

/** The numbering a line starts with. */
export function numberingOf(text: string): Numbering | undefined {
  const m = NUMBERED.exec(text);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const rest = text.slice(m[0].length);
  if (!/^[A-Z“"‘'(]/.test(rest) && !(g.word && rest === '')) return undefined;
  if (g.word) return { kind: 'word', value: valueOf(g.wordNumber!), depth: /[.a-z]/.test(g.wordNumber!.slice(1)) ? 2 : 1 };
  if (g.arabic) {
    const parts = g.arabic.replace(/[.)]$/, '').split('.');
    return { kind: 'arabic', value: Number(parts[parts.length - 1]), depth: parts.length };
  }
  if (g.roman) return { kind: 'roman', value: valueOf(g.roman), depth: 1 };
  if (g.letter) return { kind: 'letter', value: g.letter.charCodeAt(0) - 64, depth: 1 };
  if (g.paren) return /\d/.test(g.paren) ? { kind: 'paren-number', value: Number(g.paren), depth: 1 } : { kind: 'paren-letter', value: g.paren.charCodeAt(0) - 96, depth: 1 };
  return undefined;
}

function valueOf(number: string): number {
  if (/^\d/.test(number)) return Number(/^\d+/.exec(number)![0]);
  if (/^[A-H]$/.test(number)) return number.charCodeAt(0) - 64;
  let value = 0;
  for (let i = 0; i < number.length; i++) {
    const here = ROMAN[number[i]!] ?? 0;
    const next = ROMAN[number[i + 1] ?? ''] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}

function styleOf(numbering: Numbering): string {
  return `${numbering.kind}:${numbering.depth}`;
}

/** Share of a title's words (other than small ones) that start with a capital. */
function titleShare(words: readonly string[]): number {
  const content = words.filter((w) => /[A-Za-z]/.test(w) && !SMALL.has(w));
  return content.length ? content.filter((w) => /^[^a-z]*[A-Z0-9]/.test(w)).length / content.length : 0;
}

/** Whether a line reads as a heading, and its case: 'caps', 'title' or 'sentence'. */
function shapeOf(text: string, numbered: boolean): { style: Shape } | undefined {
  const body = numbered ? text.slice(NUMBERED.exec(text)?.[0].length ?? 0) : text;
  const words = body.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length > (numbered ? 30 : 16) || body.length > (numbered ? 240 : 130)) return undefined;
  if (numbered && body === '') return { style: 'title' };
  if (words.length === 0 || !(numbered ? /^[“"‘'(]?[A-Z0-9]/ : /^[“"‘'(]?[A-Z]/).test(body)) return undefined;
  if (NOT_HEADING.test(text) || body.replace(/[^A-Za-z]/g, '').length < 0.5 * body.replace(/\s/g, '').length) return undefined;
  // A full stop inside it ends a sentence: this is text, not a heading.
  if (/[a-z)”"]{2}\s?[.!?]\s+\S/.test(body)) return undefined;
  if (numbered ? /[,:]['"’”]?$/.test(body) : /[.,;:]['"’”]?$/.test(body)) return undefined;
  const letters = body.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters.replace(/[^A-Z]/g, '').length >= 0.8 * letters.length) return { style: 'caps' };
  const title = titleShare(words) >= 0.6;
  if (numbered) return { style: title ? 'title' : 'sentence' };
  if (words.length === 1 && (!title || letters.length < 4)) return undefined;
  // A comma that does not list things ("Vice President, Global Affairs"; "Currently, TnTech employs …"), or a verb such as "should": a sentence or a signature.
  if (/,/.test(body) && !/,.*\b(and|or|&)\b/.test(body)) return undefined;
  if (/\s(should|must|shall|will|would|could|can|has|have|had)\s/.test(body)) return undefined;
  if (!title && (words.length > 14 || /^(I|We|Our|It|This|They|You|He|She)\b/.test(body))) return undefined;
  return { style: title ? 'title' : 'sentence' };
}

/**
 * A table of contents (or a list of headings with page numbers) is left out: lines that end with
 * dot leaders or a page number, two or more in a row, and the headings among them.
 */
function withoutContents(headings: Heading[], lines: readonly Line[]): Heading[] {
  const entry = (l: Line) => /(\.{3,}|…{2,}|\s)\d{1,4}$/.test(l.text) && !/^\d{1,3}$/.test(l.text);
  const contents = lines.filter((l, i) => entry(l) && ((i > 0 && entry(lines[i - 1]!)) || (i + 1 < lines.length && entry(lines[i + 1]!))));
  return headings.filter((h) => !contents.some((l) => l.start <= h.start && h.start < l.end));
}

/**
 * Numbered headings are kept when their numbers run in order (1, 2, 3 …): a stray "5." is a
 * footnote or a line of some list. A list that starts again at 1 under an item of a list of its
 * kind, which then goes on, is a list within it: its items are a level down.
 */
function inSequence(headings: Heading[]): Heading[] {
  interface List {
    last: number;
    items: Heading[];
  }
  const open = new Map<string, List[]>();
  const lists: List[] = [];
  const within = new Set<List>();
  for (const h of headings) {
    if (!h.numbering || h.numbering.depth > 1 || h.numbering.kind === 'word') continue;
    const stack = open.get(h.style) ?? [];
    open.set(h.style, stack);
    const value = h.numbering.value;
    // The list it goes on: the one whose items read like it (titles, or sentences), else the latest.
    const goesOn = (list: List) => list.last === value - 1;
    const alike = stack.findLastIndex((list) => goesOn(list) && list.items[list.items.length - 1]!.shape === h.shape);
    const at = alike >= 0 ? alike : stack.findLastIndex(goesOn);
    // Of two items with one number, the title on a line of its own is the heading; the other was an item of a list within.
    const twin = stack.findLastIndex((list) => list.last === value && list.items.length > 1);
    if (at < 0 && twin >= 0 && !h.runIn && h.shape !== 'sentence') {
      const list = stack[twin]!;
      const other = list.items[list.items.length - 1]!;
      if (other.runIn || other.shape === 'sentence') {
        list.items[list.items.length - 1] = h;
        stack.splice(twin + 1);
        continue;
      }
    }
    if (at >= 0) {
      for (const inner of stack.splice(at + 1)) within.add(inner);
      stack[at]!.last = value;
      stack[at]!.items.push(h);
    } else if (value === 1 || (stack.length === 0 && value === 2)) {
      const list = { last: value, items: [h] };
      stack.push(list);
      lists.push(list);
    }
  }
  const kept = new Map<Heading, Heading>();
  for (const list of lists) {
    if (list.items.length < 2 && list.items[0]!.numbering!.kind !== 'word') continue;
    for (const h of list.items) kept.set(h, within.has(list) ? { ...h, style: `${h.style}/within` } : h);
  }
  const deeper = headings.filter((h) => h.numbering && h.numbering.depth > 1);
  const deeperCounts = new Map<string, number>();
  for (const h of deeper) deeperCounts.set(h.style, (deeperCounts.get(h.style) ?? 0) + 1);
  return headings.flatMap((h) => {
    if (!h.numbering || h.numbering.kind === 'word') return [h];
    if (h.numbering.depth > 1) return (deeperCounts.get(h.style) ?? 0) >= 2 ? [h] : [];
    return kept.has(h) ? [kept.get(h)!] : [];
  });
}

/**
 * An unnumbered heading with no sentence under it is a cell of a table, a name in a list of
 * contacts, a line of a letterhead or the title of a table of contents, when another of its style
 * follows or something other than sentences is under it. (A title right over a heading is its subtitle.)
 */
function withText(headings: Heading[], text: string): Heading[] {
  const kept: Heading[] = [];
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i]!;
    const next = kept[0];
    const under = text.slice(h.end, next?.start ?? text.length);
    const hasSentence = /[a-z]{2,}[^.!?:]{20,}[.!?:](\s|$)/.test(under);
    if (!h.numbering && !hasSentence && ((next && next.style === h.style) || under.replace(/\s+/g, '').length > 12)) continue;
    kept.unshift(h);
  }
  return kept;
}

/**
 * A heading listed twice (in a summary of recommendations, then over its section) is kept where
 * its section is: the last time. A numbered list whose items mostly come again later is a summary:
 * all of it goes.
 */
function listedOnce(headings: Heading[], readable: (text: string) => string): Heading[] {
  const keyOf = (h: Heading) =>
    readable(h.numbering ? h.text.slice(NUMBERED.exec(h.text)?.[0].length ?? 0) : h.text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const keys = headings.map(keyOf);
  const content = (key: string) => new Set(key.split(' ').filter((w) => w.length >= 3 && !SMALL.has(w)));
  const same = (a: string, b: string, apart: boolean) => {
    if (a === b) return true;
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    if (short.split(' ').length >= 4 && long.startsWith(short)) return true;
    // Nearly the same words, further on ("Settle Biden's Antitrust Cases Against American AI Innovators" / "… Against Major AI Investors and Innovators"):
    // not the heading right after, which may say its section's first point in its words.
    if (!apart) return false;
    const [x, y] = [content(a), content(b)];
    const shared = [...x].filter((w) => y.has(w)).length;
    return Math.min(x.size, y.size) >= 3 && shared / (x.size + y.size - shared) >= 0.6;
  };
  const again = headings.map((_, i) => keys.slice(i + 1).some((later, k) => same(keys[i]!, later, k > 0)));
  // Runs of numbered headings of one style, one after another, their numbers going up.
  const summary = new Set<number>();
  for (let i = 0; i < headings.length; ) {
    let j = i + 1;
    while (headings[i]!.numbering && j < headings.length && headings[j]!.style === headings[i]!.style && headings[j]!.numbering!.value > headings[j - 1]!.numbering!.value) j++;
    const repeated = again.slice(i, j).filter(Boolean).length;
    if (j - i >= 2 && repeated * 2 >= j - i) for (let k = i; k < j; k++) summary.add(k);
    i = j;
  }
  return headings.filter((_, i) => !again[i] && !summary.has(i));
}
