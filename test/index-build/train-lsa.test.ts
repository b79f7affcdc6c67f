import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LSA, trainLsa } from '../../src/index-build/train-lsa.js';
import { LsaEmbedder, type LsaModel } from '../../src/retrieval/embedders/lsa.js';

const TOPICS = [
  ['copyright', 'training', 'licence', 'authors', 'publishers'],
  ['export', 'controls', 'chips', 'china', 'semiconductors'],
  ['energy', 'datacenters', 'grid', 'power', 'transmission'],
  ['education', 'students', 'teachers', 'schools', 'curriculum'],
  ['privacy', 'consumers', 'data', 'consent', 'brokers'],
  ['healthcare', 'patients', 'hospitals', 'diagnosis', 'radiology'],
];

/** Texts mixing the topics' words in seeded, uneven proportions: a matrix of full rank. */
function corpus(count: number): string[] {
  let state = 7;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => {
    const main = TOPICS[i % TOPICS.length]!;
    const other = TOPICS[Math.floor(next() * TOPICS.length)]!;
    const words = [...main, ...main.slice(0, 1 + Math.floor(next() * 4)), ...other.slice(0, 1 + Math.floor(next() * 3))];
    return words.join(' ');
  });
}

/** The model's own TF-IDF rows (L2-normalised), as the training saw them. */
function rows(model: LsaModel, texts: string[]): number[][] {
  const embedder = new LsaEmbedder(model);
  return texts.map((text) => {
    const row = new Array<number>(model.vocabulary.length).fill(0);
    for (const [id, weight] of embedder.weights(text)) row[id] = weight;
    const norm = Math.hypot(...row) || 1;
    return row.map((v) => v / norm);
  });
}

/** Each row's projection on the term vectors, d·V_k. */
function projections(model: LsaModel, matrix: number[][]): number[][] {
  const k = model.dimensions;
  return matrix.map((row) =>
    Array.from({ length: k }, (_, d) => row.reduce((sum, v, t) => sum + v * model.termVectors[t * k + d]!, 0)),
  );
}

const squares = (m: number[][]) => m.reduce((sum, row) => sum + row.reduce((s, v) => s + v * v, 0), 0);
const open = { minDocumentFrequency: 1, maxDocumentShare: 1 };

describe('training the offline (lsa) embedder', () => {
  it('finds the leading singular directions of the TF-IDF matrix: the energy it keeps is that of an exact SVD', () => {
    const texts = corpus(60);
    const model = trainLsa(texts, { ...DEFAULT_LSA, ...open, dimensions: 4, oversample: 40 });
    const matrix = rows(model, texts);
    const exact = new SingularValueDecomposition(new Matrix(matrix), { computeLeftSingularVectors: false, computeRightSingularVectors: false }).diagonal;
    const topFour = exact.slice(0, 4).reduce((sum, s) => sum + s * s, 0);
    expect(model.dimensions).toBe(4);
    expect(squares(projections(model, matrix))).toBeCloseTo(topFour, 6);
  });

  it('gives orthonormal term directions', () => {
    const model = trainLsa(corpus(60), { ...DEFAULT_LSA, ...open, dimensions: 5, oversample: 10 });
    const k = model.dimensions;
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        let dot = 0;
        for (let t = 0; t < model.vocabulary.length; t++) dot += model.termVectors[t * k + a]! * model.termVectors[t * k + b]!;
        expect(dot).toBeCloseTo(a === b ? 1 : 0, 5);
      }
    }
  });

  it('trains on repeated texts, whose matrix has fewer directions than asked for, without a NaN and keeping all their energy', () => {
    const texts = [...corpus(3), ...corpus(3), ...corpus(3)];
    const model = trainLsa(texts, { ...DEFAULT_LSA, ...open, dimensions: 8, oversample: 4 });
    expect(model.termVectors.every(Number.isFinite)).toBe(true);
    expect(squares(projections(model, rows(model, texts)))).toBeCloseTo(texts.length, 6);
  });

  it('is deterministic: the same texts give the same model id', () => {
    const texts = corpus(40);
    const params = { ...DEFAULT_LSA, ...open, dimensions: 6 };
    expect(trainLsa(texts, params).id).toBe(trainLsa(texts, params).id);
  });
});
