import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Embeddings } from '@langchain/core/embeddings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChunkStore } from '../../../src/retrieval/store/chunk-store.js';
import { buildHnswGraph, openHnswStore, packVectors, saveHnswStore } from '../../../src/retrieval/store/hnsw.js';

/** Queries are embedded by the caller here; the store only needs an Embeddings to load. */
class UnusedEmbeddings extends Embeddings {
  constructor() {
    super({});
  }
  embedDocuments(): Promise<number[][]> {
    throw new Error('not used');
  }
  embedQuery(): Promise<number[]> {
    throw new Error('not used');
  }
}

const VECTORS = [
  [1, 0, 0],
  [0.9, 0.1, 0],
  [0, 1, 0],
  [0, 0, 2],
];
const CHUNKS = VECTORS.map((_, i) => ({ text: `chunk ${i} text`, docId: `doc-${i >> 1}` }));

let dir: string;
let store: ChunkStore;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rfi-hnsw-'));
  await saveHnswStore(path.join(dir, 'hnsw'), buildHnswGraph(packVectors(VECTORS, 3)), CHUNKS, new UnusedEmbeddings(), 3);
  store = await openHnswStore(path.join(dir, 'hnsw'), new UnusedEmbeddings(), CHUNKS.length, 3, { efSearch: 10 });
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));

describe('the HNSW chunk store', () => {
  it('gives back each chunk’s text by its number', () => {
    expect(CHUNKS.map((_, i) => store.text(i))).toEqual(CHUNKS.map((c) => c.text));
  });

  it('gives back each chunk’s vector (in cosine space: its direction), the same view on every read', () => {
    for (const [i, written] of VECTORS.entries()) {
      const read = store.vector(i);
      expect(read).toHaveLength(3);
      const cosine = Array.from(read).reduce((sum, x, d) => sum + x * written[d]!, 0) / (norm(read) * norm(written));
      expect(cosine).toBeCloseTo(1, 5);
      expect(store.vector(i)).toStrictEqual(read);
    }
  });

  it('finds the nearest chunks first, and only those `keep` allows', async () => {
    expect(await store.nearest([1, 0.05, 0], 2)).toEqual([0, 1]);
    expect(await store.nearest([0, 0, 1], 1)).toEqual([3]);
    expect(await store.nearest([1, 0.05, 0], 2, (chunk) => chunk >= 2)).toEqual([2, 3]);
  });
});
