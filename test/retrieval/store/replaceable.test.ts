/** Retrieval reads chunks only through the ChunkStore port: an exact in-memory store ranks the same. */
import { describe, expect, it } from 'vitest';
import { engineFor } from '../../../src/retrieval/engine.js';
import type { ChunkStore } from '../../../src/retrieval/store/chunk-store.js';
import { cosine } from '../../../src/retrieval/search.js';
import { useFixtureService } from '../../support/retrieval-helpers.js';

/** Brute-force nearest neighbours over copies of the texts and vectors. */
function memoryStore(texts: string[], vectors: Float32Array[]): ChunkStore & { calls: { text: number; vector: number; nearest: number } } {
  const calls = { text: 0, vector: 0, nearest: 0 };
  return {
    calls,
    text: (chunk) => (calls.text++, texts[chunk]!),
    vector: (chunk) => (calls.vector++, vectors[chunk]!),
    async nearest(query, k, keep) {
      calls.nearest++;
      return vectors
        .map((v, chunk) => ({ chunk, similarity: cosine(query, v) }))
        .filter(({ chunk }) => !keep || keep(chunk))
        .sort((a, b) => b.similarity - a.similarity)
        .slice(0, k)
        .map(({ chunk }) => chunk);
    },
  };
}

const QUESTIONS = ['defense procurement of autonomy software', 'water use of data centers', 'open model weights and export rules'];

describe('another chunk store in place of HNSW', () => {
  const fx = useFixtureService();

  it('gives the same passages with the same scores, in every search mode', async () => {
    const index = fx.service.corpus.loaded;
    const chunks = Array.from(index.chunkDoc.keys());
    const store = memoryStore(chunks.map((c) => index.store.text(c)), chunks.map((c) => Float32Array.from(index.store.vector(c))));
    const { retriever: replaced } = engineFor({ ...index, store });
    for (const question of QUESTIONS) {
      for (const mode of ['hybrid', 'vector'] as const) {
        const analysed = fx.service.analyzer.analyze(question);
        const expected = await fx.service.retriever.retrieve(analysed, { mode, k: 5 });
        const actual = await replaced.retrieve(analysed, { mode, k: 5 });
        // Near-identical form letters tie: which one stands for its campaign may differ, the campaign
        // may not. Passages of no similarity at all tie with each other too: any of them may come.
        const seen = (r: typeof expected) => r.passages.map((p) => ({ score: p.score.toFixed(9), docs: Math.abs(p.score) < 1e-9 ? 'no similarity' : [...p.similarDocIds].sort() }));
        expect(seen(actual), `${mode}: ${question}`).toEqual(seen(expected));
      }
    }
    // …and it was this store that was read.
    expect(store.calls.nearest).toBe(QUESTIONS.length * 2);
    expect(store.calls.text).toBeGreaterThan(0);
    expect(store.calls.vector).toBeGreaterThan(0);
  });
});
