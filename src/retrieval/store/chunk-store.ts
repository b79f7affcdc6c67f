/**
 * The vector-store port: the index's chunks by number (0 … chunks-1), their texts and
 * embeddings, and nearest-neighbour search over the embeddings. Retrieval reads chunks only
 * through it, so another store can replace the HNSW one (src/retrieval/store/hnsw.ts).
 *
 * LangChain's `VectorStore` is not the port itself: it has no lookup of a chunk's text or
 * vector by id, which passages and the vector re-scoring need, and its filter type differs
 * from store to store. Its `similaritySearchVectorWithScore` does the searching behind
 * `nearest`, and queries are embedded by LangChain `Embeddings`.
 */
export interface ChunkStore {
  /** A chunk's original text. */
  text(chunk: number): string;
  /** A chunk's stored embedding (do not modify it). */
  vector(chunk: number): Float32Array;
  /** The `k` chunks nearest the query vector, nearest first; `keep` restricts which chunks count. */
  nearest(query: number[], k: number, keep?: (chunk: number) => boolean): Promise<number[]>;
}
