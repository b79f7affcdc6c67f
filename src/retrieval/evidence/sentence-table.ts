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

/** A chunk's sentences from the table, as `readSentences` reads them from `text` (the chunk's text). */
export function tableSentences(table: SentenceTable, chunk: number, text: string): ReadSentence[] {
  const out: ReadSentence[] = [];
  for (let s = table.first[chunk]!; s < table.first[chunk + 1]!; s++) {
    const sequence: string[] = [];
    for (let t = table.firstTerm[s]!; t < table.firstTerm[s + 1]!; t++) sequence.push(table.vocabulary[table.termIds[t]!]!);
    out.push({ start: table.start[s]!, end: table.end[s]!, text: text.slice(table.start[s]!, table.end[s]!), sequence });
  }
  return out;
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
