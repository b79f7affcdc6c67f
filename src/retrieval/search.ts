import type { LoadedIndex } from './load-index.js';
import type { FusionWeights } from './calibration.js';
import { terms } from './text/tokenize.js';

export type SearchMode = 'hybrid' | 'keyword' | 'vector';

export interface ChunkQuery {
  text: string;
  /** Keyword terms, when not simply the terms of `text`, and their weights (default 1). */
  terms?: string[];
  termWeights?: number[];
  /** Restrict to these documents (filters); undefined = all. */
  allowedDocs?: Set<number>;
  namedDocs?: Set<number>;
  preferredCategory?: string;
  mode?: SearchMode;
  weights: FusionWeights;
}

export interface ScoredChunk {
  chunk: number;
  doc: number;
  score: number;
  keyword: number;
  vector: number;
}

const KEYWORD_CANDIDATES = 400;
const VECTOR_CANDIDATES = 150;
/** Submissions added as candidates by their whole-submission score (their best chunk). */
const DOCUMENT_CANDIDATES = 30;

export interface ScoredChunks {
  /** Candidate chunks, best first. */
  chunks: ScoredChunk[];
  /** Keyword (BM25) score of every chunk for the query's terms, unless the search was vector-only. */
  keywordScores?: Float32Array;
  /** The query's embedding, unless the search was keyword-only. */
  queryVector?: number[];
}

/** Scores chunks by fused keyword and vector similarity; returns them best first. */
export async function scoreChunks(index: LoadedIndex, query: ChunkQuery): Promise<ScoredChunks> {
  const mode = query.mode ?? 'hybrid';
  const queryTerms = query.terms ?? terms(query.text);
  const keywordScores = mode === 'vector' ? undefined : index.bm25.scoreAll(queryTerms, query.termWeights);
  const allowed = query.allowedDocs;
  const candidates = new Set<number>();
  if (keywordScores) {
    for (const chunk of topIndexes(keywordScores, KEYWORD_CANDIDATES, allowed ? (c) => allowed.has(index.chunkDoc[c]!) : undefined)) candidates.add(chunk);
  }
  const documentScores = keywordScores && query.weights.document > 0 ? index.bm25.scoreDocuments(queryTerms, query.termWeights, index.chunkDoc, index.docs.length) : undefined;
  if (documentScores && keywordScores) {
    for (const doc of topIndexes(documentScores, DOCUMENT_CANDIDATES, allowed ? (d) => allowed.has(d) : undefined)) {
      let best = -1;
      for (let c = index.firstChunk[doc]!; c < index.firstChunk[doc + 1]!; c++) if (best < 0 || keywordScores[c]! > keywordScores[best]!) best = c;
      if (best >= 0) candidates.add(best);
    }
  }
  for (const doc of query.namedDocs ?? []) {
    for (let c = index.firstChunk[doc]!; c < index.firstChunk[doc + 1]!; c++) candidates.add(c);
  }
  let queryVector: number[] | undefined;
  if (mode !== 'keyword') {
    queryVector = await index.embedder.embedQuery(query.text);
    if (allowed && allowed.size < 200) {
      for (const doc of allowed) for (let c = index.firstChunk[doc]!; c < index.firstChunk[doc + 1]!; c++) candidates.add(c);
    } else {
      const keep = allowed ? (chunk: number) => allowed.has(index.chunkDoc[chunk]!) : undefined;
      const k = Math.min(VECTOR_CANDIDATES, index.chunkDoc.length);
      for (const chunk of await index.store.nearest(queryVector, k, keep)) candidates.add(chunk);
    }
  }
  let maxKeyword = 0;
  if (keywordScores) for (const c of candidates) maxKeyword = Math.max(maxKeyword, keywordScores[c]!);
  let maxDocument = 0;
  if (documentScores) for (const c of candidates) maxDocument = Math.max(maxDocument, documentScores[index.chunkDoc[c]!]!);
  const scored: ScoredChunk[] = [];
  const vectors = new Map<number, number>();
  let maxVector = 0;
  let minVector = 1;
  for (const c of candidates) {
    const v = queryVector ? cosine(queryVector, index.store.vector(c)) : 0;
    vectors.set(c, v);
    maxVector = Math.max(maxVector, v);
    minVector = Math.min(minVector, v);
  }
  const { weights } = query;
  for (const c of candidates) {
    const doc = index.chunkDoc[c]!;
    if (allowed && !allowed.has(doc)) continue;
    const keyword = keywordScores && maxKeyword > 0 ? keywordScores[c]! / maxKeyword : 0;
    const vector = queryVector && maxVector > minVector ? (vectors.get(c)! - minVector) / (maxVector - minVector) : 0;
    const document = documentScores && maxDocument > 0 ? documentScores[doc]! / maxDocument : 0;
    let score = (mode === 'keyword' ? keyword : mode === 'vector' ? vector : weights.keyword * keyword + weights.vector * vector) + weights.document * document;
    if (query.namedDocs?.has(doc)) score += weights.namedBoost;
    if (query.preferredCategory && index.docs[doc]!.category === query.preferredCategory) score += weights.categoryBoost;
    scored.push({ chunk: c, doc, score, keyword, vector: vectors.get(c)! });
  }
  return { chunks: scored.sort((a, b) => b.score - a.score), ...(keywordScores ? { keywordScores } : {}), ...(queryVector ? { queryVector } : {}) };
}

/** Indexes of the `k` largest positive values, best first. */
function topIndexes(values: Float32Array, k: number, keep?: (i: number) => boolean): number[] {
  const picked: number[] = [];
  let threshold = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v <= threshold || (keep && !keep(i))) continue;
    picked.push(i);
    if (picked.length >= k * 2) {
      picked.sort((a, b) => values[b]! - values[a]!);
      picked.length = k;
      threshold = values[picked[k - 1]!]!;
    }
  }
  return picked.sort((a, b) => values[b]! - values[a]!).slice(0, k);
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
