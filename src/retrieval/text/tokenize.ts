import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/**
 * Lowercased words of a text, NFKC-folded, with thousands separators removed so that
 * "1,700" and "1700" are the same token. Keeps internal dots and hyphens out of tokens.
 */
export function words(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase().replace(/(\d),(?=\d{3}\b)/g, '$1');
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
    out.push(stem(word));
  }
  return out;
}
