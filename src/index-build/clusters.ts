import { words } from '../retrieval/text/tokenize.js';

/**
 * Groups near-identical submissions (form-letter campaigns, the same person filing twice)
 * with MinHash over word 4-shingles and banded LSH; pairs are confirmed by estimated Jaccard.
 * Returns a cluster id per document (the index of the cluster's first member).
 */
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Pairs at or above this estimated Jaccard similarity of their shingles are joined (measured: `npm run bench:campaigns`). */
export const MIN_SIMILARITY = 0.7;
const MIN_SHINGLES = 12;

export function clusterNearDuplicates(bodies: string[], minSimilarity = MIN_SIMILARITY): Int32Array {
  const parent = Int32Array.from(bodies.keys());
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const signatures = bodies.map(signature);
  const buckets = new Map<string, number[]>();
  signatures.forEach((sig, doc) => {
    if (!sig) return;
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(',')}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(doc);
      else buckets.set(key, [doc]);
    }
  });
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > 5000) continue;
    const first = bucket[0]!;
    for (const other of bucket.slice(1)) {
      if (find(first) !== find(other) && similarity(signatures[first]!, signatures[other]!) >= minSimilarity) {
        parent[find(other)] = find(first);
      }
    }
  }
  return Int32Array.from(bodies.keys(), (doc) => find(doc));
}

function signature(body: string): Uint32Array | undefined {
  const tokens = words(body);
  if (tokens.length < MIN_SHINGLES + 3) return undefined;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const shingle = tokens.slice(i, i + 4).join(' ');
    const a = fnv1a(shingle, 0x811c9dc5);
    const b = fnv1a(shingle, 0x01000193) | 1;
    for (let h = 0; h < HASHES; h++) {
      const value = (a + Math.imul(h, b)) >>> 0;
      if (value < sig[h]!) sig[h] = value;
    }
  }
  return sig;
}

/** 32-bit FNV-1a with a chosen offset basis: fast, and good enough to spread shingles. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let h = 0; h < HASHES; h++) if (a[h] === b[h]) same++;
  return same / HASHES;
}
