import { describe, expect, it } from 'vitest';
import { nearestChunks, shareChunks, sharedChunkStore } from '../../../src/retrieval/store/shared.js';
import type { ChunkStore } from '../../../src/retrieval/store/chunk-store.js';

/** Deterministic unit vectors: chunk c points at angle c·0.7 in the first two dimensions, with a little of the rest. */
function vectors(chunks: number, dimensions: number): Float32Array {
  const out = new Float32Array(chunks * dimensions);
  for (let c = 0; c < chunks; c++) {
    const row = Array.from({ length: dimensions }, (_, d) => (d === 0 ? Math.cos(c * 0.7) : d === 1 ? Math.sin(c * 0.7) : ((c * 31 + d * 17) % 7) / 50));
    const norm = Math.hypot(...row);
    row.forEach((x, d) => (out[c * dimensions + d] = x / norm));
  }
  return out;
}

/** The slow, obvious answer: every score, sorted (ties by chunk number). */
function bySorting(all: Float32Array, dimensions: number, query: number[], k: number, keep?: (c: number) => boolean): number[] {
  const norm = Math.hypot(...query);
  const scored = [];
  for (let c = 0; c < all.length / dimensions; c++) {
    if (keep && !keep(c)) continue;
    let s = 0;
    for (let d = 0; d < dimensions; d++) s += Math.fround(query[d]! / norm) * all[c * dimensions + d]!;
    scored.push({ c, s });
  }
  return scored.sort((a, b) => b.s - a.s || a.c - b.c).slice(0, k).map((x) => x.c);
}

describe('exact nearest chunks over shared vectors', () => {
  const dims = 6;
  const all = vectors(200, dims);

  it('finds the k best by cosine, best first, as sorting every score does', () => {
    for (const [i, query] of [[1, 0, 0, 0, 0, 0], [0.3, -2, 0.1, 0, 0, 0.5], [-1, -1, 1, 1, 0, 0]].entries()) {
      for (const k of [1, 5, 37]) expect(nearestChunks(all, dims, query, k), `query ${i}, k ${k}`).toEqual(bySorting(all, dims, query, k));
    }
  });

  it('counts only the chunks kept, and returns fewer than k when fewer are kept or stored', () => {
    const keep = (c: number) => c % 3 === 0;
    expect(nearestChunks(all, dims, [1, 0.2, 0, 0, 0, 0], 10, keep)).toEqual(bySorting(all, dims, [1, 0.2, 0, 0, 0, 0], 10, keep));
    expect(nearestChunks(all, dims, [1, 0, 0, 0, 0, 0], 10, (c) => c === 7 || c === 9)).toHaveLength(2);
    expect(nearestChunks(all, dims, [1, 0, 0, 0, 0, 0], 500)).toHaveLength(200);
    expect(nearestChunks(all, dims, [1, 0, 0, 0, 0, 0], 0)).toEqual([]);
  });

  it('puts the lower chunk first among equal scores', () => {
    const twins = new Float32Array([1, 0, 0, 1, 1, 0, 1, 0]);
    expect(nearestChunks(twins, 2, [1, 0], 4)).toEqual([0, 2, 3, 1]);
    expect(nearestChunks(twins, 2, [1, 0], 2)).toEqual([0, 2]);
  });
});

describe('the chunk store in shared memory', () => {
  it('holds every text (any script) and vector of the store it copies, in SharedArrayBuffers', async () => {
    const texts = ['Export controls on chips.', '', '开源模型与出口管制', 'Émigré — naïve “quotes” 🚀'];
    const dims = 3;
    const source: ChunkStore = {
      text: (c) => texts[c]!,
      vector: (c) => Float32Array.from([c === 0 ? 1 : 0, c === 1 ? 1 : 0, c >= 2 ? 1 : 0]),
      nearest: async () => [],
    };
    const data = shareChunks(source, texts.length, dims);
    expect(data.text.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(data.vectors.buffer).toBeInstanceOf(SharedArrayBuffer);
    const store = sharedChunkStore(data);
    expect(texts.map((_, c) => store.text(c))).toEqual(texts);
    expect(Array.from(store.vector(2))).toEqual([0, 0, 1]);
    expect(await store.nearest([0, 1, 0.1], 2)).toEqual([1, 2]);
    expect(() => store.text(4)).toThrow(/no chunk 4/);
    const given = sharedChunkStore(data, async () => [3]);
    expect(await given.nearest([1, 0, 0], 1)).toEqual([3]);
  });
});
