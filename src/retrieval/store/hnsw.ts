/** The chunk store as an HNSW graph (LangChain `HNSWLib` over hnswlib-node); `hnsw-graph.ts` makes the graph alone. */
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import type { Embeddings } from '@langchain/core/embeddings';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import type { ChunkStore } from './chunk-store.js';

export { buildHnswGraph, HNSW_BUILD, packVectors } from './hnsw-graph.js';

export interface HnswSettings {
  /** Size of the dynamic candidate list at query time (higher: better recall, slower). */
  efSearch: number;
}

/**
 * Writes `graph` with chunk `i`'s text as entry `i`, as LangChain's HNSWLib store in `dir`. The
 * graph is made beforehand (LangChain's addVectors would make it again with its own settings), so
 * the vectors can be let go before the store's texts are written.
 */
export async function saveHnswStore(dir: string, graph: hnswlib.HierarchicalNSW, chunks: readonly { text: string; docId: string }[], embeddings: Embeddings, dimensions: number): Promise<void> {
  const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions: dimensions, index: graph });
  store.docstore.add(Object.fromEntries(chunks.map((c, i) => [i, new Document({ pageContent: c.text, metadata: { chunk: i, doc: c.docId } })])));
  await store.save(dir);
}

export async function openHnswStore(dir: string, embeddings: Embeddings, chunks: number, dimensions: number, settings: HnswSettings): Promise<ChunkStore> {
  const store = await HNSWLib.load(dir, embeddings);
  store.index.setEf(settings.efSearch);
  return {
    text: (chunk) => store.docstore.search(String(chunk)).pageContent,
    vector: vectorCache(store, chunks, dimensions),
    async nearest(query, k, keep) {
      const filter = keep ? (doc: Document) => keep(doc.metadata.chunk as number) : undefined;
      const hits = await store.similaritySearchVectorWithScore(query, k, filter);
      return hits.map(([doc]) => doc.metadata.chunk as number);
    },
  };
}

/**
 * Chunk embeddings read from the HNSW graph once each and kept in one Float32Array: a native
 * `getPoint` per chunk was most of an answer's time when every answer read them afresh.
 */
function vectorCache(store: HNSWLib, chunks: number, dimensions: number): (chunk: number) => Float32Array {
  const values = new Float32Array(chunks * dimensions);
  const filled = new Uint8Array(chunks);
  return (chunk) => {
    const view = values.subarray(chunk * dimensions, (chunk + 1) * dimensions);
    if (!filled[chunk]) {
      view.set(store.index.getPoint(chunk));
      filled[chunk] = 1;
    }
    return view;
  };
}

/** Nearest-neighbour search alone, over the graph file of a store written by `writeHnswStore`. */
export type NearestSearch = ChunkStore['nearest'];

/**
 * The HNSW graph of the store in `dir` without its texts (hnswlib-node directly: LangChain's
 * loader also parses every chunk's text), for a thread that reads texts and vectors elsewhere.
 *
 * Read synchronously: the asynchronous reader finishes on a native thread, and when the answer
 * thread that asked is ended meanwhile (a pool closed while a replacement thread starts, a thread
 * that dies), hnswlib-node throws into the ended thread and the whole process aborts.
 */
export function openHnswSearch(dir: string, dimensions: number, settings: HnswSettings & { expectChunks: number }): NearestSearch {
  const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
  index.readIndexSync(path.join(dir, 'hnswlib.index'));
  index.setEf(settings.efSearch);
  const count = index.getCurrentCount();
  if (count !== settings.expectChunks) throw new Error(`the HNSW graph in ${dir} holds ${count} chunks, not ${settings.expectChunks}: it belongs to another build`);
  return async (query, k, keep) => (count === 0 ? [] : index.searchKnn(query, Math.min(k, count), keep).neighbors);
}
