import { EmbeddingCache } from './embed-cache.js';
import { progressBar } from './progress.js';

export interface EmbedResult {
  vectors: number[][];
  cached: number;
  embedded: number;
}

/**
 * Embeds texts in batches, taking unchanged ones from the cache and saving new ones to it.
 * `embed` gets the batch's places in `texts` and gives their vectors in that order.
 */
export async function embedWithCache(
  texts: string[],
  embed: (batch: number[]) => Promise<number[][]>,
  cache: EmbeddingCache,
  options: { batchSize: number; progress: boolean; signal?: AbortSignal },
): Promise<EmbedResult> {
  const vectors: number[][] = new Array(texts.length);
  const keys = texts.map((text) => EmbeddingCache.keyOf(text));
  const missing: number[] = [];
  keys.forEach((key, i) => {
    const hit = cache.get(key);
    if (hit) vectors[i] = Array.from(hit);
    else missing.push(i);
  });
  const bar = progressBar('embedding', missing.length, options.progress);
  try {
    for (let at = 0; at < missing.length; at += options.batchSize) {
      options.signal?.throwIfAborted();
      const batch = missing.slice(at, at + options.batchSize);
      const embedded = await embed(batch);
      batch.forEach((i, j) => {
        vectors[i] = embedded[j]!;
        cache.set(keys[i]!, embedded[j]!);
      });
      bar.tick(batch.length);
      // Flushing as we go keeps finished work if a long remote embedding run is interrupted.
      if (at % (options.batchSize * 20) === 0) await cache.flush();
    }
  } finally {
    bar.stop();
    await cache.flush();
  }
  return { vectors, cached: texts.length - missing.length, embedded: missing.length };
}
