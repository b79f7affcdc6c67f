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
const BOUNDARY = /[.!?](?=["”’)]?\s+["“(]?[A-Z0-9])|\n\s*\n|[•▪●]|(?<=(?:^|\n)[^\n.,;:!?"”)]{1,50})\n(?=[ \t]*[A-Z])/g;

/** Sentences of a passage with their offsets; very long ones are cut at a word boundary. */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = BOUNDARY;
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /[\s.,;:)\]]/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to - from < MIN_CHARS) return;
    if (to - from > MAX_CHARS) {
      const cut = text.lastIndexOf(' ', from + MAX_CHARS);
      to = cut > from + MIN_CHARS ? cut : from + MAX_CHARS;
      while (to > from && /[\s,;:]/.test(text[to - 1]!)) to--;
    }
    out.push({ start: from, end: to, text: text.slice(from, to) });
  };
  for (const match of text.matchAll(boundary)) {
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
 * so they become an elision mark ("[…]"), which verification skips.
 */
export function displayQuote(text: string, wordFrequencies?: WordFrequencies): string {
  return (wordFrequencies?.size ? rejoinSplitWords(text, wordFrequencies) : text)
    .replace(/\s*\[\d{1,4}(?:\s*[,–-]\s*\d{1,4})*\]/g, ' […]')
    .replace(/\s+/g, ' ')
    .replace(/"/g, '\u201D')
    .trim();
}
