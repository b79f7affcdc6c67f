/**
 * A loaded index as data that worker threads receive without copying its bulk: chunk texts,
 * embeddings, keyword postings, per-chunk arrays and the LSA term vectors live in
 * SharedArrayBuffers (structured cloning passes them by reference), with the table of every
 * chunk's sentences; the small parts (submission metadata, term lists, word frequencies, glossary
 * links) are cloned into each thread.
 */
import type { Embeddings } from '@langchain/core/embeddings';
import type { IndexManifest } from '../../shared/manifest.js';
import type { SubmissionMeta } from '../../shared/types.js';
import { LsaEmbedder, type LsaModel } from '../embedders/lsa.js';
import type { SentenceTable } from '../evidence/sentence-table.js';
import { OpenAIEmbedder, type OpenAIEmbedderOptions } from '../embedders/openai.js';
import type { GlossaryLinks } from '../i18n/glossary.js';
import { Bm25Index, type Bm25Parts } from '../keyword/bm25.js';
import type { LoadedIndex } from '../load-index.js';
import type { NearestSearch } from '../store/hnsw.js';
import { shareChunks, shared, sharedChunkStore, type SharedChunks } from '../store/shared.js';

export interface IndexSnapshot {
  dir: string;
  manifest: IndexManifest;
  docs: SubmissionMeta[];
  cluster: Int32Array;
  clusterSize: Int32Array;
  firstChunk: Int32Array;
  chunkDoc: Int32Array;
  chunkPage: Int32Array;
  chunkStart: Int32Array;
  chunkEnd: Int32Array;
  chunks: SharedChunks;
  bm25: Bm25Parts;
  wordFrequencies: ReadonlyMap<string, number>;
  glossaryLinks: GlossaryLinks;
  sentences: SentenceTable;
  /** The query embedder: the corpus-trained model itself, or how to reach the embedding API. */
  embedder: { kind: 'lsa'; model: LsaModel } | { kind: 'openai'; options: Omit<OpenAIEmbedderOptions, 'log'> };
}

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
  return {
    dir: index.dir,
    manifest,
    docs: index.docs,
    cluster: shared(index.cluster),
    clusterSize: shared(index.clusterSize),
    firstChunk: shared(index.firstChunk),
    chunkDoc: shared(index.chunkDoc),
    chunkPage: shared(index.chunkPage),
    chunkStart: shared(index.chunkStart),
    chunkEnd: shared(index.chunkEnd),
    chunks: shareChunks(index.store, index.chunkDoc.length, manifest.embedder.dimensions),
    sentences: index.sentences,
    bm25: index.bm25.parts(shared),
    wordFrequencies: index.wordFrequencies,
    glossaryLinks: index.glossaryLinks,
    embedder: query,
  };
}

/** The index a snapshot holds, reading its shared parts in place; `search` finds nearest chunks (default: an exact scan). */
export function indexFromSnapshot(snapshot: IndexSnapshot, log?: OpenAIEmbedderOptions['log'], search?: NearestSearch): LoadedIndex {
  return {
    dir: snapshot.dir,
    manifest: snapshot.manifest,
    docs: snapshot.docs,
    docIndex: new Map(snapshot.docs.map((d, i) => [d.id, i])),
    cluster: snapshot.cluster,
    clusterSize: snapshot.clusterSize,
    firstChunk: snapshot.firstChunk,
    chunkDoc: snapshot.chunkDoc,
    chunkPage: snapshot.chunkPage,
    chunkStart: snapshot.chunkStart,
    chunkEnd: snapshot.chunkEnd,
    store: sharedChunkStore(snapshot.chunks, search),
    bm25: Bm25Index.fromParts(snapshot.bm25),
    wordFrequencies: snapshot.wordFrequencies,
    glossaryLinks: snapshot.glossaryLinks,
    sentences: snapshot.sentences,
    embedder: embedderOf(snapshot.embedder, log),
  };
}

function embedderOf(spec: IndexSnapshot['embedder'], log?: OpenAIEmbedderOptions['log']): Embeddings & { id: string } {
  return spec.kind === 'lsa' ? new LsaEmbedder(spec.model) : new OpenAIEmbedder({ ...spec.options, ...(log ? { log } : {}) });
}
