import { createHash } from 'node:crypto';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { LsaModel } from '../retrieval/embedders/lsa.js';
import { terms } from '../retrieval/text/tokenize.js';

export interface LsaParams {
  dimensions: number;
  maxVocabulary: number;
  minDocumentFrequency: number;
  /** Terms in more than this share of chunks carry no topic. */
  maxDocumentShare: number;
  oversample: number;
  powerIterations: number;
  seed: number;
}

export const DEFAULT_LSA: LsaParams = {
  dimensions: 256,
  maxVocabulary: 60_000,
  minDocumentFrequency: 3,
  maxDocumentShare: 0.3,
  oversample: 24,
  powerIterations: 1,
  seed: 20250315,
};

interface SparseRows {
  rowPtr: Int32Array;
  cols: Int32Array;
  vals: Float32Array;
  rows: number;
}

/**
 * Trains the corpus embedder: TF-IDF rows (sublinear tf, L2-normalised) reduced by a seeded
 * randomized SVD (Halko et al.). Deterministic for the same texts and parameters.
 */
export function trainLsa(texts: string[], params: LsaParams = DEFAULT_LSA): LsaModel {
  const termLists = texts.map((text) => terms(text));
  const { vocabulary, idf, index } = chooseVocabulary(termLists, params);
  const matrix = tfidfRows(termLists, index, idf);
  const k = Math.min(params.dimensions, vocabulary.length, texts.length);
  const l = Math.min(k + params.oversample, vocabulary.length, texts.length);
  const random = gaussian(params.seed);

  // Range finder: Y = A Ω, with power iterations Y = A (Aᵀ Y), orthonormalised once at the end:
  // the span is the same as with a basis made between the steps (as scikit-learn does for up
  // to two iterations), and each orthonormalisation costs rows × l² operations.
  const omega = new Float64Array(vocabulary.length * l).map(() => random());
  let y = multiply(matrix, omega, l);
  for (let i = 0; i < params.powerIterations; i++) y = multiply(matrix, multiplyTransposed(matrix, y, l, vocabulary.length), l);
  y = orthonormalColumns(y, matrix.rows, l);
  // Bᵀ = Aᵀ Q (vocab × l); eigen-decompose B Bᵀ (l × l) for the left singular vectors of B.
  const bt = multiplyTransposed(matrix, y, l, vocabulary.length);
  const gram = new Matrix(gramOfColumns(bt, vocabulary.length, l).map((row) => Array.from(row)));
  const eigen = new EigenvalueDecomposition(gram, { assumeSymmetric: true });
  const order = eigen.realEigenvalues.map((value, i) => [value, i] as const).sort((p, q) => q[0] - p[0]);
  const vectors = eigen.eigenvectorMatrix;
  // Term vectors V_k = Bᵀ U_b Σ⁻¹, so a document's projection d·V_k equals its U_k Σ_k row. The
  // chosen columns of U_b Σ⁻¹ are laid out row by row (k × l, small) so each term's row of Bᵀ is
  // read once, not once per dimension.
  const scaled = new Float64Array(k * l);
  for (let d = 0; d < k; d++) {
    const [value, column] = order[d]!;
    const inverseSigma = value > 1e-12 ? 1 / Math.sqrt(value) : 0;
    for (let a = 0; a < l; a++) scaled[d * l + a] = vectors.get(a, column) * inverseSigma;
  }
  const termVectors = new Float32Array(vocabulary.length * k);
  for (let t = 0; t < vocabulary.length; t++) {
    const row = t * l;
    for (let d = 0; d < k; d++) {
      const u = d * l;
      let sum = 0;
      for (let a = 0; a < l; a++) sum += bt[row + a]! * scaled[u + a]!;
      termVectors[t * k + d] = sum;
    }
  }
  const id = `lsa-d${k}-${fingerprint(vocabulary, termVectors)}`;
  return { id, vocabulary, idf, termVectors, dimensions: k };
}

function chooseVocabulary(termLists: string[][], params: LsaParams) {
  const df = new Map<string, number>();
  for (const list of termLists) for (const term of new Set(list)) df.set(term, (df.get(term) ?? 0) + 1);
  const pick = (minDf: number, maxDf: number) =>
    [...df]
      .filter(([, count]) => count >= minDf && count <= maxDf)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, params.maxVocabulary)
      .map(([term]) => term)
      .sort();
  let vocabulary = pick(params.minDocumentFrequency, Math.max(params.minDocumentFrequency, params.maxDocumentShare * termLists.length));
  // A source of a few chunks may have no term that common: use every term rather than none.
  if (vocabulary.length === 0) vocabulary = pick(1, termLists.length);
  if (vocabulary.length === 0) throw new Error('cannot train the offline (lsa) embedder: the submissions have no searchable words');
  const n = termLists.length;
  const idf = Float32Array.from(vocabulary, (term) => Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1);
  return { vocabulary, idf, index: new Map(vocabulary.map((term, i) => [term, i])) };
}

function tfidfRows(termLists: string[][], index: Map<string, number>, idf: Float32Array): SparseRows {
  const rowPtr = new Int32Array(termLists.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  termLists.forEach((list, row) => {
    const tf = new Map<number, number>();
    for (const term of list) {
      const id = index.get(term);
      if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const weights = [...tf].map(([id, count]) => [id, (1 + Math.log(count)) * idf[id]!] as const);
    const norm = Math.sqrt(weights.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    for (const [id, w] of weights) {
      cols.push(id);
      vals.push(w / norm);
    }
    rowPtr[row + 1] = cols.length;
  });
  return { rowPtr, cols: Int32Array.from(cols), vals: Float32Array.from(vals), rows: termLists.length };
}

/** A (rows × vocab, sparse) times X (vocab × l, row-major) → rows × l, row-major. */
function multiply(a: SparseRows, x: Float64Array, l: number): Float64Array {
  const out = new Float64Array(a.rows * l);
  for (let r = 0; r < a.rows; r++) {
    for (let p = a.rowPtr[r]!; p < a.rowPtr[r + 1]!; p++) {
      const v = a.vals[p]!;
      const xo = a.cols[p]! * l;
      const oo = r * l;
      for (let c = 0; c < l; c++) out[oo + c]! += v * x[xo + c]!;
    }
  }
  return out;
}

/** Aᵀ (vocab × rows) times Y (rows × l, row-major) → vocab × l, row-major. */
function multiplyTransposed(a: SparseRows, y: Float64Array, l: number, vocab: number): Float64Array {
  const out = new Float64Array(vocab * l);
  for (let r = 0; r < a.rows; r++) {
    const yo = r * l;
    for (let p = a.rowPtr[r]!; p < a.rowPtr[r + 1]!; p++) {
      const v = a.vals[p]!;
      const oo = a.cols[p]! * l;
      for (let c = 0; c < l; c++) out[oo + c]! += v * y[yo + c]!;
    }
  }
  return out;
}

/** Mᵀ M of a row-major rows × l matrix, as l rows of l (one pass over M, row by row). */
function gramOfColumns(m: Float64Array, rows: number, l: number): Float64Array[] {
  const upper = new Float64Array(l * l);
  for (let r = 0; r < rows; r++) {
    const o = r * l;
    for (let a = 0; a < l; a++) {
      const va = m[o + a]!;
      if (va === 0) continue;
      const ga = a * l;
      for (let b = a; b < l; b++) upper[ga + b]! += va * m[o + b]!;
    }
  }
  return Array.from({ length: l }, (_, a) => Float64Array.from({ length: l }, (_, b) => (b >= a ? upper[a * l + b]! : upper[b * l + a]!)));
}

/** Orthonormalises the columns of a row-major rows × l matrix (modified Gram–Schmidt, in place). */
function orthonormalColumns(m: Float64Array, rows: number, l: number): Float64Array {
  const columns = Array.from({ length: l }, (_, c) => {
    const col = new Float64Array(rows);
    for (let r = 0; r < rows; r++) col[r] = m[r * l + c]!;
    return col;
  });
  for (let c = 0; c < l; c++) {
    const col = columns[c]!;
    for (let p = 0; p < c; p++) {
      const prev = columns[p]!;
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += col[r]! * prev[r]!;
      for (let r = 0; r < rows; r++) col[r]! -= dot * prev[r]!;
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) norm += col[r]! * col[r]!;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < rows; r++) col[r]! /= norm;
  }
  for (let c = 0; c < l; c++) for (let r = 0; r < rows; r++) m[r * l + c] = columns[c]![r]!;
  return m;
}

function gaussian(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform() || 1e-12)) * Math.cos(2 * Math.PI * uniform());
}

function fingerprint(vocabulary: string[], vectors: Float32Array): string {
  const hash = createHash('sha256').update(vocabulary.join('\n'));
  hash.update(new Uint8Array(vectors.buffer, vectors.byteOffset, vectors.byteLength));
  return hash.digest('hex').slice(0, 12);
}
