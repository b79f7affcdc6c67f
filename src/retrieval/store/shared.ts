/**
 * The chunk store in shared memory: every chunk's text (UTF-8, packed) and embedding in
 * SharedArrayBuffers that worker threads read in place, so that a pool of answer workers holds
 * one copy of them, not one per thread. Nearest-neighbour search is given: each thread's HNSW
 * graph, which hnswlib-node keeps in native memory that threads cannot share (an exact cosine
 * scan of the shared vectors took ~14 ms for 42k chunks of 256 dimensions against ~1 ms).
 */
import type { ChunkStore } from './chunk-store.js';

/** The store's data: plain typed arrays over SharedArrayBuffers, passed to workers as they are. */
export interface SharedChunks {
  /** All chunk texts, UTF-8, one after another. */
  text: Uint8Array;
  /** Chunk c's text is text[offsets[c]] … text[offsets[c+1]-1]. */
  offsets: Int32Array;
  /** Embeddings (unit length), chunks × dimensions, row-major. */
  vectors: Float32Array;
  dimensions: number;
}

/** A typed array of `length` elements over a new SharedArrayBuffer. */
export function sharedArray<T extends Int32Array | Float32Array | Uint8Array | Uint16Array | Uint32Array>(
  Type: { new (buffer: SharedArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
  length: number,
): T {
  return new Type(new SharedArrayBuffer(Math.max(1, length) * Type.BYTES_PER_ELEMENT), 0, length);
}

/** A shared copy of a typed array (the same values, in shared memory). */
export function shared<T extends Int32Array | Float32Array | Uint8Array | Uint16Array | Uint32Array>(values: T): T {
  const Type = values.constructor as { new (buffer: SharedArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number };
  const copy = sharedArray(Type, values.length);
  copy.set(values);
  return copy;
}

/** Copies a store's chunks into shared memory, vectors as they are (the HNSW store's cosine space keeps them unit length). */
export function shareChunks(store: ChunkStore, chunks: number, dimensions: number): SharedChunks {
  const encoder = new TextEncoder();
  const encoded = Array.from({ length: chunks }, (_, c) => encoder.encode(store.text(c)));
  const offsets = sharedArray(Int32Array, chunks + 1);
  for (let c = 0; c < chunks; c++) offsets[c + 1] = offsets[c]! + encoded[c]!.length;
  const text = sharedArray(Uint8Array, offsets[chunks]!);
  encoded.forEach((bytes, c) => text.set(bytes, offsets[c]));
  const vectors = sharedArray(Float32Array, chunks * dimensions);
  for (let c = 0; c < chunks; c++) vectors.set(store.vector(c), c * dimensions);
  return { text, offsets, vectors, dimensions };
}

/** The chunk store over shared chunks: texts decoded on demand, vectors read in place, nearest chunks found by `search`. */
export function sharedChunkStore(data: SharedChunks, search: ChunkStore['nearest']): ChunkStore {
  const { text, offsets, vectors, dimensions } = data;
  const chunks = offsets.length - 1;
  // A Buffer over the shared bytes decodes in place (TextDecoder refuses shared memory).
  const bytes = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  return {
    text(chunk) {
      if (!(chunk >= 0 && chunk < chunks)) throw new RangeError(`no chunk ${chunk} (the store has ${chunks})`);
      return bytes.toString('utf8', offsets[chunk]!, offsets[chunk + 1]!);
    },
    vector: (chunk) => vectors.subarray(chunk * dimensions, (chunk + 1) * dimensions),
    nearest: search,
  };
}
