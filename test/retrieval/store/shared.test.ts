import { describe, expect, it } from 'vitest';
import { shareChunks, sharedChunkStore } from '../../../src/retrieval/store/shared.js';
import type { ChunkStore } from '../../../src/retrieval/store/chunk-store.js';

describe('the chunk store in shared memory', () => {
  it('holds every text (any script) and vector of the store it copies, in SharedArrayBuffers, and searches with the search it is given', async () => {
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
    const asked: unknown[] = [];
    const store = sharedChunkStore(data, async (query, k) => (asked.push([query, k]), [3]));
    expect(texts.map((_, c) => store.text(c))).toEqual(texts);
    expect(Array.from(store.vector(2))).toEqual([0, 0, 1]);
    expect(() => store.text(4)).toThrow(/no chunk 4/);
    expect(await store.nearest([1, 0, 0], 1)).toEqual([3]);
    expect(asked).toEqual([[[1, 0, 0], 1]]);
  });
});
