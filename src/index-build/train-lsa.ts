import { createHash } from 'node:crypto';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { LsaModel } from '../retrieval/embedders/lsa.js';
import { TokenizedTexts } from '../retrieval/text/tokenized.js';

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
export function trainLsa(input: readonly string[] | TokenizedTexts, params: LsaParams = DEFAULT_LSA): LsaModel {
  const texts = input instanceof TokenizedTexts ? input : TokenizedTexts.of(input);
  const { vocabulary, idf, column } = chooseVocabulary(texts, params);
  const matrix = tfidfRows(texts, column, idf);
  const k = Math.min(params.dimensions, vocabulary.length, texts.size);
  const l = Math.min(k + params.oversample, vocabulary.length, texts.size);
  const random = gaussian(params.seed);

  // Range finder: Y = A Ω, with power iterations Y = A (Aᵀ Y).
  const omega = new Float64Array(vocabulary.length * l).map(() => random());
  let y = multiply(matrix, omega, l);
  for (let i = 0; i < params.powerIterations; i++) y = multiply(matrix, multiplyTransposed(matrix, y, l, vocabulary.length), l);
  // Y is not orthonormalised column by column (rows × l² operations, most of the training): with
  // YᵀY = V Λ Vᵀ, the columns of Q = Y W for W = V Λ^-½ are an orthonormal basis of Y's span, so
  // Bᵀ = Aᵀ Q = (Aᵀ Y) W and B Bᵀ = Wᵀ (Yᵀ A Aᵀ Y) W need only l × l products beside Aᵀ Y.
  // Directions of Y too weak to tell from rounding (a corpus of repeated chunks) are dropped.
  const whiten = whitening(gramOfColumns(y, matrix.rows, l), l);
  const ct = multiplyTransposed(matrix, y, l, vocabulary.length);
  const gram = times(transpose(whiten, l), times(gramOfColumns(ct, vocabulary.length, l), whiten, l), l);
  const eigen = new EigenvalueDecomposition(new Matrix(rowsOf(gram, l)), { assumeSymmetric: true });
  const order = eigen.realEigenvalues.map((value, i) => [value, i] as const).sort((p, q) => q[0] - p[0]);
  const vectors = eigen.eigenvectorMatrix;
  // Term vectors V_k = Bᵀ U_b Σ⁻¹ = (Aᵀ Y) W U_b Σ⁻¹, so a document's projection d·V_k equals its
  // U_k Σ_k row. The chosen columns of W U_b Σ⁻¹ are laid out row by row (k × l, small) so each
  // term's row of Aᵀ Y is read once, not once per dimension.
  const scaled = new Float64Array(k * l);
  for (let d = 0; d < k; d++) {
    const [value, column] = order[d]!;
    const inverseSigma = value > 1e-12 ? 1 / Math.sqrt(value) : 0;
    for (let a = 0; a < l; a++) {
      let sum = 0;
      for (let b = 0; b < l; b++) sum += whiten[a * l + b]! * vectors.get(b, column);
      scaled[d * l + a] = sum * inverseSigma;
    }
  }
  const termVectors = new Float32Array(vocabulary.length * k);
  for (let t = 0; t < vocabulary.length; t++) {
    const row = t * l;
    for (let d = 0; d < k; d++) {
      const u = d * l;
      let sum = 0;
      for (let a = 0; a < l; a++) sum += ct[row + a]! * scaled[u + a]!;
      termVectors[t * k + d] = sum;
    }
  }
  const id = `lsa-d${k}-${fingerprint(vocabulary, termVectors)}`;
  return { id, vocabulary, idf, termVectors, dimensions: k };
}

/** The vocabulary (sorted), its idf, and each term id's column in it (-1 for a term left out). */
function chooseVocabulary(texts: TokenizedTexts, params: LsaParams) {
  const df = texts.documentFrequencies();
  const pick = (minDf: number, maxDf: number) =>
    Array.from(df.keys())
      .filter((id) => df[id]! >= minDf && df[id]! <= maxDf)
      .sort((a, b) => df[b]! - df[a]! || (texts.terms[a]! < texts.terms[b]! ? -1 : 1))
      .slice(0, params.maxVocabulary)
      .sort((a, b) => (texts.terms[a]! < texts.terms[b]! ? -1 : 1));
  let chosen = pick(params.minDocumentFrequency, Math.max(params.minDocumentFrequency, params.maxDocumentShare * texts.size));
  // A source of a few chunks may have no term that common: use every term rather than none.
  if (chosen.length === 0) chosen = pick(1, texts.size);
  if (chosen.length === 0) throw new Error('cannot train the offline (lsa) embedder: the submissions have no searchable words');
  const n = texts.size;
  const idf = Float32Array.from(chosen, (id) => Math.log((n + 1) / (df[id]! + 1)) + 1);
  const column = new Int32Array(texts.terms.length).fill(-1);
  chosen.forEach((id, c) => (column[id] = c));
  return { vocabulary: chosen.map((id) => texts.terms[id]!), idf, column };
}

function tfidfRows(texts: TokenizedTexts, column: Int32Array, idf: Float32Array): SparseRows {
  const rowPtr = new Int32Array(texts.size + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  for (let row = 0; row < texts.size; row++) {
    const tf = new Map<number, number>();
    for (const id of texts.text(row)) {
      const c = column[id]!;
      if (c >= 0) tf.set(c, (tf.get(c) ?? 0) + 1);
    }
    const weights = [...tf].map(([c, count]) => [c, (1 + Math.log(count)) * idf[c]!] as const);
    const norm = Math.sqrt(weights.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    for (const [c, w] of weights) {
      cols.push(c);
      vals.push(w / norm);
    }
    rowPtr[row + 1] = cols.length;
  }
  return { rowPtr, cols: Int32Array.from(cols), vals: Float32Array.from(vals), rows: texts.size };
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

/** Mᵀ M of a row-major rows × l matrix, as a row-major l × l matrix (one pass over M, row by row). */
function gramOfColumns(m: Float64Array, rows: number, l: number): Float64Array {
  const gram = new Float64Array(l * l);
  for (let r = 0; r < rows; r++) {
    const o = r * l;
    for (let a = 0; a < l; a++) {
      const va = m[o + a]!;
      if (va === 0) continue;
      const ga = a * l;
      for (let b = a; b < l; b++) gram[ga + b]! += va * m[o + b]!;
    }
  }
  for (let a = 0; a < l; a++) for (let b = 0; b < a; b++) gram[a * l + b] = gram[b * l + a]!;
  return gram;
}

/**
 * W (l × l, row-major) with Wᵀ G W = I on the span of the symmetric positive semi-definite G:
 * W = V Λ^-½ over G's eigenpairs, with zero columns for eigenvalues below 1e-12 of the largest.
 */
function whitening(gram: Float64Array, l: number): Float64Array {
  const eigen = new EigenvalueDecomposition(new Matrix(rowsOf(gram, l)), { assumeSymmetric: true });
  const values = eigen.realEigenvalues;
  const vectors = eigen.eigenvectorMatrix;
  const largest = Math.max(0, ...values);
  const w = new Float64Array(l * l);
  values.forEach((value, c) => {
    if (!(value > largest * 1e-12)) return;
    const scale = 1 / Math.sqrt(value);
    for (let a = 0; a < l; a++) w[a * l + c] = vectors.get(a, c) * scale;
  });
  return w;
}

/** The product of two row-major n × n matrices. */
function times(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < n; p++) {
      const v = a[i * n + p]!;
      if (v === 0) continue;
      for (let j = 0; j < n; j++) out[i * n + j]! += v * b[p * n + j]!;
    }
  }
  return out;
}

function transpose(a: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[j * n + i] = a[i * n + j]!;
  return out;
}

function rowsOf(a: Float64Array, n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n)));
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
