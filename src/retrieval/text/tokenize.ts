import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.js';

/**
 * Version of the text analysis (tokenizer, stemmer, stopwords). The index records it: an index
 * analysed differently from the running code is refused, and a build with a new version rebuilds.
 */
export const ANALYZER_VERSION = 4;

const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i) => [w, String(i)]),
);
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, i) => (NUMBER_WORDS[w] = String((i + 2) * 10)));
Object.assign(NUMBER_WORDS, { hundred: '100', thousand: '1000', million: 'million', billion: 'billion', dozen: '12' });

/** A code of one letter and a number, hyphenated or not ("H-1B", "K–12", "F-35"; a PDF's private-use glyph for the hyphen too): one word, "h1b", as written either way. */
const CODE = /(?<![\p{L}\p{N}'’.‐‑–\uE000-\uF8FF-])(\p{L})[‐‑–\uE000-\uF8FF-](\d[\p{L}\p{N}]*)(?![\p{L}\p{N}]|[‐‑–-]\p{L})/gu;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/**
 * Lowercased words of a text, NFKC-folded, with thousands separators removed so that
 * "1,700" and "1700" are the same token. Keeps internal dots and hyphens out of tokens.
 * `keepCase` gives the same tokens as written (for matching acronyms).
 */
export function words(text: string, keepCase = false): string[] {
  const country = text.normalize('NFKC').replace(/\bU\.\s?S\.(\s?A\.)?|\bUSA\b|\bUS\b/g, ' usa '); // the country, not the pronoun "us"
  const folded = (keepCase ? country : country.toLowerCase()).replace(/(\d),(?=\d{3}\b)/g, '$1').replace(CODE, '$1$2');
  const out: string[] = [];
  for (const match of folded.matchAll(WORD)) {
    for (const part of match[0].split(/['’.-]+/)) {
      if (part) out.push(part);
    }
  }
  return out;
}

const stemCache = new Map<string, string>();

/** Porter stem, memoised (the corpus has a few hundred thousand distinct words). */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^\d/.test(word) ? word : stemmer(word);
    if (stemCache.size < 500_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Search terms: words without stopwords, stemmed. Used for BM25 and the corpus-trained embedder. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (STOPWORDS.has(word) || word.length > 40) continue;
    if (word.length === 1 && !/\d/.test(word)) continue;
    out.push(NUMBER_WORDS[word] ?? stem(word));
  }
  return out;
}
