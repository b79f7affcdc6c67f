import { rejoinSplitWords, type WordFrequencies } from '../text/rejoin.js';
import { terms } from '../text/tokenize.js';

export interface Sentence {
  /** Offsets into the passage text. */
  start: number;
  end: number;
  text: string;
}

const MIN_CHARS = 30;
const MAX_CHARS = 420;

/**
 * Sentence ends, paragraph breaks, bullets, and the end of a short unpunctuated line followed by a
 * capitalised one (a heading: PDF text has no other sign of it).
 */
const BOUNDARY = /[.!?](?=["”’)]?\s+["“(]?[A-Z0-9])|\n\s*\n|[•▪●]|\n(?<=(?:^|\n)[^\n.,;:!?"”)]{1,50}\n)(?=[ \t]*[A-Z])/g;

/**
 * A full stop that ends an abbreviation ("U.S.", "e.g.", "Dr.", "Alice Corp. v. CLS Bank", "John F.
 * Kennedy", a court's in a citation: "(Fed. Cir. 2022)", "F. Supp."), not a sentence.
 */
const ABBREVIATION = /(?:\b(?:[A-Za-z]\.){1,3}[A-Za-z]|\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|vs|v|etc|Inc|Corp|Co|Jr|Sr|Ltd|Gov|Sen|Rep|Dept|Fig|al|approx|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Fed|Cir|Supp|Ct|App|Dist))$/;
/** Whether a full stop right after `before` (the text up to it) ends an abbreviation ("U.S.", "Corp.", "Fed."), not a sentence. */
export function endsAbbreviation(before: string): boolean {
  return ABBREVIATION.test(before.slice(-12));
}

/** A full stop inside a short bracket ("(Fed. Cir. 2022)", "(N.D. Cal. Mar. 2024)"): the bracket closes before any sentence ends. */
const IN_BRACKET = /\([^()\n]{0,30}$/;
const BRACKET_CLOSES = /^[^()\n]{0,30}\)/;

/** The same without line breaks, for text the PDF extraction laid out one word per line. */
const FLAT_BOUNDARY = /[.!?](?=["”’)]?\s+["“(]?[A-Z0-9])|[•▪●]/g;

/** Most lines hold one or two words: line breaks say nothing about sentences there. */
function wordPerLine(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length >= 8 && lines.filter((l) => l.trim().split(/\s+/).length <= 2).length >= 0.6 * lines.length;
}

/**
 * Version of `sentencesOf`. The index's sentence table holds the offsets it gave at build time,
 * and the index's manifest this number: change it with any change to how text is split, and
 * indexes built before are refused until rebuilt.
 */
export const SENTENCE_SPLITTER_VERSION = 3;

/** Sentences of a passage with their offsets; very long ones are cut at a word boundary. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = wordPerLine(text) ? FLAT_BOUNDARY : BOUNDARY;
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /[\s.,;:)\]]/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to - from < MIN_CHARS) return;
    // A very long sentence is quoted in pieces, each ending at a clause (";", ",") or at least a word.
    while (to - from > MAX_CHARS) {
      const window = text.slice(from, from + MAX_CHARS);
      const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
      const word = window.lastIndexOf(' ');
      const cut = clause > MAX_CHARS / 2 ? clause + 1 : word > MIN_CHARS ? word : MAX_CHARS;
      let end = from + cut;
      while (end > from && /[\s,;:]/.test(text[end - 1]!)) end--;
      out.push({ start: from, end, text: text.slice(from, end) });
      from += cut;
      while (from < to && /\s/.test(text[from]!)) from++;
    }
    if (to - from >= MIN_CHARS) out.push({ start: from, end: to, text: text.slice(from, to) });
  };
  for (const match of text.matchAll(boundary)) {
    if (match[0] === '.' && endsAbbreviation(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    if (match[0] === '.' && IN_BRACKET.test(text.slice(Math.max(0, match.index - 30), match.index)) && BRACKET_CLOSES.test(text.slice(match.index + 1, match.index + 32))) continue;
    const end = match.index + (/[.!?]/.test(match[0]) ? 1 : 0);
    push(start, end);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return out;
}

/** Share of the question's keyword weight a sentence carries, with a small preference for figures. */
export function sentenceScore(sentence: string, questionTerms: Map<string, number>, wantsFigures: boolean): number {
  const present = new Set(terms(sentence));
  let found = 0;
  let total = 0;
  for (const [term, weight] of questionTerms) {
    total += weight;
    if (present.has(term)) found += weight;
  }
  const figures = wantsFigures && /\d/.test(sentence) ? 0.1 : 0;
  return (total ? found / total : 0) + figures;
}

/**
 * A quote as displayed: words the PDF extraction split are re-joined ("Com m ents" → "Comments")
 * and whitespace runs collapsed, so it differs from the original only in whitespace, which
 * verification ignores. The source's own footnote markers ("[4]") would read as our citations,
 * so they become an elision mark ("[…]"), which verification skips. Its double quotes become single
 * ones, so that they cannot end the quotation (verification reads every quote mark alike).
 */
export function displayQuote(text: string, wordFrequencies?: WordFrequencies): string {
  return (wordFrequencies?.size ? rejoinSplitWords(text, wordFrequencies) : text)
    .replace(/\s*\[\d{1,4}(?:\s*[,–-]\s*\d{1,4})*\]/g, ' […]')
    .replace(/\s+/g, ' ')
    // Inside our quotation marks, the source's own double quotes become single ones.
    .replace(/\u201C/g, '\u2018')
    .replace(/["\u201D]/g, '\u2019')
    .trim();
}

/**
 * A passage as a reader (or a chat model) is given it: PDF-split words and numbers re-joined,
 * whitespace collapsed. It differs from the original only in whitespace, so quotes taken from it
 * still verify against the original.
 */
export function readableText(text: string, wordFrequencies?: WordFrequencies): string {
  return (wordFrequencies?.size ? rejoinSplitWords(text, wordFrequencies) : text).replace(/\s+/g, ' ').trim();
}
