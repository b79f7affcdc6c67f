import fs from 'node:fs/promises';
import path from 'node:path';
import { TokenizedTexts } from '../text/tokenized.js';

/**
 * BM25 over pre-tokenised chunks, held in typed arrays so that a ten-term question over
 * ~45k chunks scores in a few milliseconds (minisearch took 70–180 ms per question here).
 */
export interface Bm25Params {
  k1: number;
  b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

const TERMS_FILE = 'bm25-terms.json';
const POSTINGS_FILE = 'bm25-postings.bin';

/** The index's data as plain values (typed arrays and the term list), for sharing with worker threads. */
export interface Bm25Parts {
  terms: string[];
  offsets: Int32Array;
  docs: Int32Array;
  freqs: Uint16Array;
  lengths: Uint32Array;
  params: Bm25Params;
}

export class Bm25Index {
  private readonly termIds: Map<string, number>;
  private readonly averageLength: number;

  private constructor(
    readonly terms: string[],
    /** offsets[t]..offsets[t+1] index the postings of term t. */
    private readonly offsets: Int32Array,
    private readonly docs: Int32Array,
    private readonly freqs: Uint16Array,
    private readonly lengths: Uint32Array,
    readonly params: Bm25Params,
  ) {
    this.termIds = new Map(terms.map((term, i) => [term, i]));
    let total = 0;
    for (const length of lengths) total += length;
    this.averageLength = lengths.length ? total / lengths.length : 1;
  }

  get size(): number {
    return this.lengths.length;
  }

  static build(termLists: string[][], params: Bm25Params = DEFAULT_BM25): Bm25Index {
    return Bm25Index.fromTokenized(TokenizedTexts.fromTermLists(termLists.length, (i) => termLists[i]!), params);
  }

  /** The index of texts read once into term ids (terms sorted, each posting list in text order). */
  static fromTokenized(texts: TokenizedTexts, params: Bm25Params = DEFAULT_BM25): Bm25Index {
    const df = texts.documentFrequencies();
    const byName = Array.from(texts.terms.keys()).filter((id) => df[id]! > 0);
    byName.sort((x, y) => (texts.terms[x]! < texts.terms[y]! ? -1 : 1));
    const terms = byName.map((id) => texts.terms[id]!);
    const offsets = new Int32Array(terms.length + 1);
    const next = new Int32Array(texts.terms.length);
    byName.forEach((id, t) => {
      offsets[t + 1] = offsets[t]! + df[id]!;
      next[id] = offsets[t]!;
    });
    const total = offsets[terms.length]!;
    const docs = new Int32Array(total);
    const freqs = new Uint16Array(total);
    const lengths = new Uint32Array(texts.size);
    const counts = new Int32Array(texts.terms.length);
    for (let doc = 0; doc < texts.size; doc++) {
      const ids = texts.text(doc);
      lengths[doc] = ids.length;
      for (const id of ids) counts[id]!++;
      for (const id of ids) {
        if (counts[id] === 0) continue;
        const p = next[id]!++;
        docs[p] = doc;
        freqs[p] = Math.min(counts[id]!, 65_535);
        counts[id] = 0;
      }
    }
    return new Bm25Index(terms, offsets, docs, freqs, lengths, params);
  }

  /** Terms that begin with `prefix` and are at most `extra` characters longer (the term list is sorted). */
  withPrefix(prefix: string, extra: number): string[] {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.terms.length && this.terms[i]!.startsWith(prefix); i++) {
      if (this.terms[i]!.length <= prefix.length + extra) out.push(this.terms[i]!);
    }
    return out;
  }

  /** Terms ending in a suffix and at most `extra` letters longer ("hackingmanhattan" for "manhattan"). */
  withSuffix(suffix: string, extra: number): string[] {
    this.reversed ??= this.terms.map((t) => [...t].reverse().join('')).sort();
    const key = [...suffix].reverse().join('');
    let lo = 0;
    let hi = this.reversed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.reversed[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.reversed.length && this.reversed[i]!.startsWith(key); i++) {
      if (this.reversed[i]!.length <= key.length + extra) out.push([...this.reversed[i]!].reverse().join(''));
    }
    return out;
  }

  /** The vocabulary written backwards, sorted: built on the first suffix lookup. */
  private reversed: string[] | undefined;

  /** Number of chunks containing a term. */
  documentFrequency(term: string): number {
    const t = this.termIds.get(term);
    return t === undefined ? 0 : this.offsets[t + 1]! - this.offsets[t]!;
  }

  /** Inverse document frequency of a term (0 for unknown terms). */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    return df === 0 ? 0 : Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Whether a chunk contains a term (postings are sorted by chunk). */
  contains(term: string, chunk: number): boolean {
    const list = this.postings(term);
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = list[mid]!;
      if (value === chunk) return true;
      if (value < chunk) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Chunk ids containing a term. */
  postings(term: string): Int32Array {
    const t = this.termIds.get(term);
    return t === undefined ? new Int32Array(0) : this.docs.subarray(this.offsets[t]!, this.offsets[t + 1]!);
  }

  /**
   * Scores every chunk containing a query term. `weights` scales a term's contribution
   * (e.g. lower weight for terms that came from a glossary). Returns a dense score array.
   */
  scoreAll(queryTerms: string[], weights?: number[]): Float32Array {
    const scores = new Float32Array(this.size);
    const n = this.size;
    const { k1, b } = this.params;
    const seen = new Map<string, number>();
    queryTerms.forEach((term, i) => seen.set(term, Math.max(seen.get(term) ?? 0, weights?.[i] ?? 1)));
    for (const [term, weight] of seen) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      const start = this.offsets[t]!;
      const end = this.offsets[t + 1]!;
      const df = end - start;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5)) * weight;
      for (let p = start; p < end; p++) {
        const doc = this.docs[p]!;
        const tf = this.freqs[p]!;
        const norm = k1 * (1 - b + (b * this.lengths[doc]!) / this.averageLength);
        scores[doc]! += (idf * tf * (k1 + 1)) / (tf + norm);
      }
    }
    return scores;
  }

  /**
   * BM25 of whole submissions: the chunks of a submission pooled (term frequencies summed, lengths
   * added), so that a short comment whose words are spread over its chunks still scores as a
   * whole. `chunkDoc` maps chunks to submissions.
   */
  scoreDocuments(queryTerms: string[], weights: number[] | undefined, chunkDoc: Int32Array, documents: number): Float32Array {
    const lengths = this.documentLengths(chunkDoc, documents);
    const { k1, b } = this.params;
    const scores = new Float32Array(documents);
    const seen = new Map<string, number>();
    queryTerms.forEach((term, i) => seen.set(term, Math.max(seen.get(term) ?? 0, weights?.[i] ?? 1)));
    const tf = new Float32Array(documents);
    for (const [term, weight] of seen) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      const touched: number[] = [];
      for (let p = this.offsets[t]!; p < this.offsets[t + 1]!; p++) {
        const doc = chunkDoc[this.docs[p]!]!;
        if (tf[doc] === 0) touched.push(doc);
        tf[doc]! += this.freqs[p]!;
      }
      const idf = Math.log(1 + (documents - touched.length + 0.5) / (touched.length + 0.5)) * weight;
      for (const doc of touched) {
        const f = tf[doc]!;
        scores[doc]! += (idf * f * (k1 + 1)) / (f + k1 * (1 - b + (b * lengths.values[doc]!) / lengths.average));
        tf[doc] = 0;
      }
    }
    return scores;
  }

  private documentLengthCache?: { values: Float64Array; average: number };

  private documentLengths(chunkDoc: Int32Array, documents: number): { values: Float64Array; average: number } {
    if (this.documentLengthCache?.values.length === documents) return this.documentLengthCache;
    const values = new Float64Array(documents);
    for (let c = 0; c < this.lengths.length; c++) values[chunkDoc[c]!]! += this.lengths[c]!;
    const average = values.reduce((a, v) => a + v, 0) / (documents || 1) || 1;
    this.documentLengthCache = { values, average };
    return this.documentLengthCache;
  }

  async save(dir: string): Promise<void> {
    await fs.writeFile(path.join(dir, TERMS_FILE), JSON.stringify({ params: this.params, terms: this.terms }));
    const header = Int32Array.from([this.offsets.length, this.docs.length, this.lengths.length]);
    const padding = new Uint16Array(this.freqs.length % 2); // keeps the lengths 4-byte aligned
    const parts = [header, this.offsets, this.docs, this.freqs, padding, this.lengths];
    const chunks = parts.map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    await fs.writeFile(path.join(dir, POSTINGS_FILE), Buffer.concat(chunks));
  }

  /** Its data, with the arrays passed through `copy` (e.g. into shared memory). */
  parts(copy: <T extends Int32Array | Uint16Array | Uint32Array>(values: T) => T = (v) => v): Bm25Parts {
    return { terms: this.terms, offsets: copy(this.offsets), docs: copy(this.docs), freqs: copy(this.freqs), lengths: copy(this.lengths), params: this.params };
  }

  static fromParts(parts: Bm25Parts): Bm25Index {
    if (parts.terms.length + 1 !== parts.offsets.length) throw new Error(`keyword index parts do not fit: ${parts.terms.length} terms, ${parts.offsets.length} offsets`);
    return new Bm25Index(parts.terms, parts.offsets, parts.docs, parts.freqs, parts.lengths, parts.params);
  }

  static async load(dir: string): Promise<Bm25Index> {
    const { params, terms } = JSON.parse(await fs.readFile(path.join(dir, TERMS_FILE), 'utf8')) as {
      params: Bm25Params;
      terms: string[];
    };
    const raw = await fs.readFile(path.join(dir, POSTINGS_FILE));
    const bytes = raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
    const [offsetCount, postingCount, docCount] = new Int32Array(bytes, 0, 3);
    let at = 12;
    const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, size: number) => {
      const view = make(bytes, at, length);
      at += length * size;
      return view;
    };
    const offsets = take((b, o, l) => new Int32Array(b, o, l), offsetCount!, 4);
    const docs = take((b, o, l) => new Int32Array(b, o, l), postingCount!, 4);
    const freqs = take((b, o, l) => new Uint16Array(b, o, l), postingCount!, 2);
    at = Math.ceil(at / 4) * 4;
    const lengths = take((b, o, l) => new Uint32Array(b, o, l), docCount!, 4);
    if (terms.length + 1 !== offsets.length) throw new Error(`keyword index in ${dir} is damaged`);
    return new Bm25Index(terms, offsets, docs, freqs, lengths, params);
  }
}
