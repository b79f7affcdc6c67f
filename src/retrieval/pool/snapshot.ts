/**
 * A loaded index as data that worker threads receive without copying its bulk: chunk texts,
 * embeddings, keyword postings, per-chunk arrays and the LSA term vectors live in
 * SharedArrayBuffers (structured cloning passes them by reference), with the table of every
 * chunk's sentences; the small parts (submission metadata, term lists, word frequencies, glossary
 * links) are cloned into each thread.
 */
import type { Embeddings } from '@langchain/core/embeddings';
import { LsaEmbedder, type LsaModel } from '../embedders/lsa.js';
import { OpenAIEmbedder, type OpenAIEmbedderOptions } from '../embedders/openai.js';
import { Bm25Index, type Bm25Parts } from '../keyword/bm25.js';
import type { LoadedIndex } from '../load-index.js';
import type { NearestSearch } from '../store/hnsw.js';
import { shareChunks, shared, sharedChunkStore, type SharedChunks } from '../store/shared.js';

/**
 * The loaded index as data: its arrays and small parts as they are, the chunk store and the
 * keyword index as their shared arrays, the embedder as what makes it again.
 */
export type IndexSnapshot = Omit<LoadedIndex, 'docIndex' | 'store' | 'bm25' | 'embedder'> & {
  chunks: SharedChunks;
  bm25: Bm25Parts;
  /** The query embedder: the corpus-trained model itself, or how to reach the embedding API. */
  embedder: { kind: 'lsa'; model: LsaModel } | { kind: 'openai'; options: Omit<OpenAIEmbedderOptions, 'log'> };
};

/**
 * The index in shared memory. `openai` is how an index built with OpenAI embeddings embeds
 * questions (its API key and endpoint); an LSA index carries its own model.
 */
export function snapshotIndex(index: LoadedIndex, openai?: Omit<OpenAIEmbedderOptions, 'log' | 'model'>): IndexSnapshot {
  const { manifest } = index;
  const embedder = index.embedder;
  let query: IndexSnapshot['embedder'];
  if (embedder instanceof LsaEmbedder) {
    const { model } = embedder;
    query = { kind: 'lsa', model: { ...model, idf: shared(model.idf), termVectors: shared(model.termVectors) } };
  } else {
    if (!openai) throw new Error(`the index at ${index.dir} embeds questions with ${embedder.id}: its API settings are needed to share it`);
    query = { kind: 'openai', options: { ...openai, model: manifest.embedder.model ?? manifest.embedder.id.replace(/^openai:/, '') } };
  }
  const { docIndex: _docIndex, store, bm25, embedder: _embedder, ...arrays } = index;
  return { ...arrays, chunks: shareChunks(store, index.chunkDoc.length, manifest.embedder.dimensions), bm25: bm25.parts(shared), embedder: query };
}

/** The index a snapshot holds, reading its shared parts in place; `search` finds nearest chunks. */
export function indexFromSnapshot(snapshot: IndexSnapshot, search: NearestSearch, log?: OpenAIEmbedderOptions['log']): LoadedIndex {
  const { chunks, bm25, embedder, ...arrays } = snapshot;
  return {
    ...arrays,
    docIndex: new Map(snapshot.docs.map((d, i) => [d.id, i])),
    store: sharedChunkStore(chunks, search),
    bm25: Bm25Index.fromParts(bm25),
    embedder: embedderOf(embedder, log),
  };
}

function embedderOf(spec: IndexSnapshot['embedder'], log?: OpenAIEmbedderOptions['log']): Embeddings & { id: string } {
  return spec.kind === 'lsa' ? new LsaEmbedder(spec.model) : new OpenAIEmbedder({ ...spec.options, ...(log ? { log } : {}) });
}
