import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRoot, type TempRoot } from '../support/build-helpers.js';
import { EmbeddingCache } from '../../src/index-build/embed-cache.js';

let root: TempRoot;
let n = 0;
const newCacheDir = () => path.join(root.dir, `cache-${++n}`);
const folder = (cacheDir: string) => path.join(cacheDir, 'embeddings', 'openai_text-embedding-test');
const vector = (seed: number, dims: number) => Array.from({ length: dims }, (_, i) => seed + i / 10);

/** A cache of `count` texts at `dims`, flushed to disk. */
async function filled(cacheDir: string, dims: number, count: number): Promise<string[]> {
  const cache = await EmbeddingCache.open(cacheDir, 'openai:text-embedding-test', dims);
  const keys = Array.from({ length: count }, (_, i) => EmbeddingCache.keyOf(`text ${i}`));
  keys.forEach((key, i) => cache.set(key, vector(i, dims)));
  await cache.flush();
  return keys;
}

beforeAll(async () => {
  root = await tempRoot('embed-cache');
});
afterAll(() => root.cleanup());

describe('EmbeddingCache', () => {
  it('keeps vectors across opens, with their size on disk', async () => {
    const dir = newCacheDir();
    const keys = await filled(dir, 4, 3);
    const reopened = await EmbeddingCache.open(dir, 'openai:text-embedding-test', 4);
    expect(reopened.size).toBe(3);
    keys.forEach((key, i) => expect(Array.from(reopened.get(key)!)).toEqual(Array.from(Float32Array.from(vector(i, 4)))));
    expect((await fs.readFile(path.join(folder(dir), 'dimensions.txt'), 'utf8')).trim()).toBe('4');
  });

  it('drops vectors of another size instead of misreading them', async () => {
    const dir = newCacheDir();
    await filled(dir, 4, 6);
    const wider = await EmbeddingCache.open(dir, 'openai:text-embedding-test', 8);
    expect(wider.size).toBe(0);
    const keys = await filled(dir, 8, 2);
    const reopened = await EmbeddingCache.open(dir, 'openai:text-embedding-test', 8);
    expect(reopened.size).toBe(2);
    expect(Array.from(reopened.get(keys[1]!)!)).toEqual(Array.from(Float32Array.from(vector(1, 8))));
    expect(() => reopened.set(keys[0]!, vector(0, 4))).toThrow(/4 dimensions, cache expects 8/);
  });

  it('keeps a cache written before the size file only when it fits the size exactly', async () => {
    const dir = newCacheDir();
    await filled(dir, 4, 3);
    await fs.rm(path.join(folder(dir), 'dimensions.txt'));
    expect((await EmbeddingCache.open(dir, 'openai:text-embedding-test', 4)).size).toBe(3);

    const other = newCacheDir();
    await filled(other, 4, 6);
    await fs.rm(path.join(folder(other), 'dimensions.txt'));
    expect((await EmbeddingCache.open(other, 'openai:text-embedding-test', 8)).size).toBe(0);
  });

  it('ignores a torn tail left by an interrupted append', async () => {
    const dir = newCacheDir();
    const keys = await filled(dir, 4, 3);
    await fs.appendFile(path.join(folder(dir), 'vectors.f32'), new Uint8Array(6)); // half a vector, no key
    const reopened = await EmbeddingCache.open(dir, 'openai:text-embedding-test', 4);
    expect(reopened.size).toBe(3);
    expect(Array.from(reopened.get(keys[2]!)!)).toEqual(Array.from(Float32Array.from(vector(2, 4))));
    expect((await fs.stat(path.join(folder(dir), 'vectors.f32'))).size).toBe(3 * 4 * 4); // rewritten clean
  });
});
