import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const DIMENSIONS_FILE = 'dimensions.txt';

/**
 * Embeddings of chunk texts keyed by content hash, per embedder id, so a rebuild embeds only
 * new or changed chunks. Stored as an append-only pair: `keys.txt` (one hash a line) and
 * `vectors.f32`, with their size in `dimensions.txt`; a torn tail (an interrupted append) is
 * ignored on load.
 */
export class EmbeddingCache {
  private readonly vectors = new Map<string, Float32Array>();
  private readonly pending: { key: string; vector: Float32Array }[] = [];

  private constructor(
    private readonly dir: string,
    readonly dimensions: number,
  ) {}

  static keyOf(text: string): string {
    return createHash('sha256').update(text).digest('hex').slice(0, 32);
  }

  static async open(cacheDir: string, embedderId: string, dimensions: number): Promise<EmbeddingCache> {
    const dir = path.join(cacheDir, 'embeddings', embedderId.replace(/[^A-Za-z0-9._-]+/g, '_'));
    const cache = new EmbeddingCache(dir, dimensions);
    let keys = await fs.readFile(path.join(dir, 'keys.txt'), 'utf8').catch(() => '');
    let raw = await fs.readFile(path.join(dir, 'vectors.f32')).catch(() => Buffer.alloc(0));
    // The same embedder id can give vectors of another size (OPENAI_EMBEDDING_DIMENSIONS changed):
    // read with the wrong size they would be silently wrong, so such a cache is dropped. A cache
    // without the size file (written before it existed) is kept only when its size fits exactly.
    const recorded = await fs.readFile(path.join(dir, DIMENSIONS_FILE), 'utf8').then((text) => Number(text.trim()), () => undefined);
    const fits = recorded === undefined ? raw.byteLength === keys.split('\n').filter((line) => line.length === 32).length * dimensions * 4 : recorded === dimensions;
    if (!fits) {
      keys = '';
      raw = Buffer.alloc(0);
    }
    // Whole floats only: a torn append can end mid-float.
    const all = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength - (raw.byteLength % 4)));
    const lines = keys.split('\n').filter((line) => line.length === 32);
    const complete = Math.min(lines.length, Math.floor(all.length / dimensions));
    for (let i = 0; i < complete; i++) cache.vectors.set(lines[i]!, all.subarray(i * dimensions, (i + 1) * dimensions));
    if (recorded !== dimensions || complete !== lines.length || complete * dimensions !== all.length) await cache.rewrite();
    return cache;
  }

  get size(): number {
    return this.vectors.size;
  }

  get(key: string): Float32Array | undefined {
    return this.vectors.get(key);
  }

  set(key: string, vector: ArrayLike<number>): void {
    if (vector.length !== this.dimensions) throw new Error(`vector has ${vector.length} dimensions, cache expects ${this.dimensions}`);
    const stored = Float32Array.from(vector);
    this.vectors.set(key, stored);
    this.pending.push({ key, vector: stored });
  }

  /** Appends new entries to disk. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    await fs.mkdir(this.dir, { recursive: true });
    const batch = this.pending.splice(0);
    const floats = new Float32Array(batch.length * this.dimensions);
    batch.forEach(({ vector }, i) => floats.set(vector, i * this.dimensions));
    await fs.appendFile(path.join(this.dir, 'vectors.f32'), new Uint8Array(floats.buffer));
    await fs.appendFile(path.join(this.dir, 'keys.txt'), batch.map(({ key }) => `${key}\n`).join(''));
  }

  private async rewrite(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    const entries = [...this.vectors];
    const floats = new Float32Array(entries.length * this.dimensions);
    entries.forEach(([, vector], i) => floats.set(vector, i * this.dimensions));
    await fs.writeFile(path.join(this.dir, 'vectors.f32'), new Uint8Array(floats.buffer));
    await fs.writeFile(path.join(this.dir, 'keys.txt'), entries.map(([key]) => `${key}\n`).join(''));
    await fs.writeFile(path.join(this.dir, DIMENSIONS_FILE), `${this.dimensions}\n`);
  }
}
