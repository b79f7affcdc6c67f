/**
 * Every chunk's sentences, read once when the index is built (split, PDF-split words re-joined,
 * tokenised and stemmed) and kept as numbers: offsets into the chunk's text and term ids into one
 * vocabulary. Reading a chunk's sentences afresh was most of a question's time when the chunks
 * it touched had not been read before (~50 ms against ~20 ms); from the table it is a lookup.
 * Loaded into shared memory, so that the answer pool's threads read one copy.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { WordFrequencies } from '../text/rejoin.js';
import { shared } from '../store/shared.js';
import { readSentences, type ReadSentence } from './sentence-score.js';

export interface SentenceTable {
  /** Chunk c's sentences are numbers first[c] … first[c+1]-1. */
  first: Int32Array;
  /** Sentence s is text.slice(start[s], end[s]) of its chunk. */
  start: Int32Array;
  end: Int32Array;
  /** Sentence s's terms are termIds[firstTerm[s]] … termIds[firstTerm[s+1]-1]. */
  firstTerm: Int32Array;
  termIds: Int32Array;
  /** The terms, by id. */
  vocabulary: string[];
  /**
   * Per sentence: in how many otherwise different submissions (near-duplicate clusters) the same
   * sentence stands, word for word; 1 for a sentence too short to tell. Counted when the index is
   * loaded (`sentenceSpread`), not saved.
   */
  spread?: Uint16Array;
  /** A sentence with at least this spread is boilerplate (see `boilerplateSpread`). */
  boilerplateSpread?: number;
}

const TABLE_FILE = 'sentences.bin';
const TERMS_FILE = 'sentence-terms.json';

/** Reads the sentences of chunks 0 … chunks-1 into a table (in shared memory). */
export function buildSentenceTable(chunks: number, text: (chunk: number) => string, words: WordFrequencies): SentenceTable {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const first = new Int32Array(chunks + 1);
  const start: number[] = [];
  const end: number[] = [];
  const firstTerm: number[] = [0];
  const termIds: number[] = [];
  for (let c = 0; c < chunks; c++) {
    first[c] = start.length;
    for (const sentence of readSentences(text(c), words)) {
      start.push(sentence.start);
      end.push(sentence.end);
      for (const term of sentence.sequence) {
        let id = ids.get(term);
        if (id === undefined) {
          id = vocabulary.length;
          ids.set(term, id);
          vocabulary.push(term);
        }
        termIds.push(id);
      }
      firstTerm.push(termIds.length);
    }
  }
  first[chunks] = start.length;
  return {
    first: shared(first),
    start: shared(Int32Array.from(start)),
    end: shared(Int32Array.from(end)),
    firstTerm: shared(Int32Array.from(firstTerm)),
    termIds: shared(Int32Array.from(termIds)),
    vocabulary,
  };
}

/** A chunk's sentences from the table, as `readSentences` reads them from `text` (the chunk's text), with their spread. */
export function tableSentences(table: SentenceTable, chunk: number, text: string): ReadSentence[] {
  const out: ReadSentence[] = [];
  for (let s = table.first[chunk]!; s < table.first[chunk + 1]!; s++) {
    const sequence: string[] = [];
    for (let t = table.firstTerm[s]!; t < table.firstTerm[s + 1]!; t++) sequence.push(table.vocabulary[table.termIds[t]!]!);
    out.push({ start: table.start[s]!, end: table.end[s]!, text: text.slice(table.start[s]!, table.end[s]!), sequence, ...(table.spread ? { spread: table.spread[s]! } : {}), ...(table.spread && table.boilerplateSpread !== undefined && table.spread[s]! >= table.boilerplateSpread ? { boilerplate: true } : {}) });
  }
  return out;
}

/**
 * The spread from which a sentence is boilerplate: in at least 2% of the corpus's clusters, and
 * in at least 20. The RFI's notice ("The document contains no business-proprietary or
 * confidential information.") stands in about 700 of some 9,000; the most copied sentence of a
 * form-letter campaign, written out by people who each changed a little, in about 80.
 */
export function boilerplateSpread(clusters: number): number {
  return Math.max(20, Math.ceil(0.02 * clusters));
}

/** Sentences with fewer search terms than this are not told apart ("Thank you."): their spread is 1. */
const SPREAD_MIN_TERMS = 6;

/**
 * For each sentence of the table, in how many near-duplicate clusters of submissions (`cluster`:
 * each submission's cluster; `chunkDoc`: each chunk's submission) the same sequence of search
 * terms stands as a sentence. A sentence many unrelated submissions share is boilerplate (the
 * notice the RFI asked every respondent to include), not what any of them argued; a form letter's
 * sentence is shared within its campaign's cluster, so it counts once.
 */
export function sentenceSpread(table: SentenceTable, chunkDoc: Int32Array, cluster: Int32Array): Uint16Array {
  const sentences = table.start.length;
  const keys = new Float64Array(sentences);
  const clusters = new Map<number, number>();
  const pairs = new Set<number>();
  for (let c = 0; c + 1 < table.first.length; c++) {
    const root = cluster[chunkDoc[c]!]!;
    for (let s = table.first[c]!; s < table.first[c + 1]!; s++) {
      const from = table.firstTerm[s]!;
      const to = table.firstTerm[s + 1]!;
      if (to - from < SPREAD_MIN_TERMS) {
        keys[s] = -1;
        continue;
      }
      // Two 32-bit FNV-1a hashes of the term ids make one 53-bit key; the same with the cluster
      // makes the key of the pair, so that each cluster counts once.
      let h1 = 0x811c9dc5;
      let h2 = 0x01000193;
      for (let t = from; t < to; t++) {
        const id = table.termIds[t]!;
        h1 = Math.imul(h1 ^ id, 0x01000193) >>> 0;
        h2 = Math.imul(h2 ^ (id + 0x9e3779b9), 0x85ebca6b) >>> 0;
      }
      const key = h1 * 0x200000 + (h2 >>> 11);
      keys[s] = key;
      const pair = (Math.imul(h1 ^ root, 0x01000193) >>> 0) * 0x200000 + (Math.imul(h2 ^ (root + 0x7f4a7c15), 0x85ebca6b) >>> 11);
      if (pairs.has(pair)) continue;
      pairs.add(pair);
      clusters.set(key, (clusters.get(key) ?? 0) + 1);
    }
  }
  return Uint16Array.from(keys, (key) => (key < 0 ? 1 : Math.min(65_535, clusters.get(key)!)));
}

export async function saveSentenceTable(table: SentenceTable, dir: string): Promise<void> {
  const header = Int32Array.from([table.first.length, table.start.length, table.termIds.length]);
  const parts = [header, table.first, table.start, table.end, table.firstTerm, table.termIds];
  await fs.writeFile(path.join(dir, TABLE_FILE), Buffer.concat(parts.map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength))));
  await fs.writeFile(path.join(dir, TERMS_FILE), JSON.stringify(table.vocabulary));
}

/** The table saved in `dir`, in shared memory; throws when it is missing or does not fit `chunks`. */
export async function loadSentenceTable(dir: string, chunks: number): Promise<SentenceTable> {
  const vocabulary = JSON.parse(await fs.readFile(path.join(dir, TERMS_FILE), 'utf8')) as string[];
  const raw = await fs.readFile(path.join(dir, TABLE_FILE));
  const ints = new Int32Array(raw.buffer, raw.byteOffset, Math.floor(raw.byteLength / 4));
  const [firsts, sentences, terms] = [ints[0]!, ints[1]!, ints[2]!];
  if (firsts !== chunks + 1 || ints.length !== 3 + firsts + 3 * sentences + 1 + terms) throw new Error(`the sentence table in ${dir} does not fit its ${chunks} chunks`);
  let at = 3;
  const take = (length: number) => shared(ints.subarray(at, (at += length)));
  const table = { first: take(firsts), start: take(sentences), end: take(sentences), firstTerm: take(sentences + 1), termIds: take(terms), vocabulary };
  if (table.termIds.some((id) => id < 0 || id >= vocabulary.length)) throw new Error(`the sentence table in ${dir} names terms it does not list`);
  return table;
}
