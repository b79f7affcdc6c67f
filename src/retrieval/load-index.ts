import fs from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import { CodedError } from '../shared/errors.js';
import { INDEX_FILES, type ChunksFile, type SubmissionsFile } from '../shared/index-files.js';
import { readManifest, type IndexManifest } from '../shared/manifest.js';
import type { SubmissionMeta } from '../shared/types.js';
import { LsaEmbedder, loadLsaModel } from './embedders/lsa.js';
import { OpenAIEmbedder, type OpenAIEmbedderOptions } from './embedders/openai.js';
import { SENTENCE_SPLITTER_VERSION } from './answer/sentences.js';
import { linkDigest, type GlossaryLinks } from './i18n/glossary.js';
import { boilerplateSpread, loadSentenceTable, sentenceSpread, type SentenceTable } from './evidence/sentence-table.js';
import { Bm25Index } from './keyword/bm25.js';
import type { ChunkStore } from './store/chunk-store.js';
import { shared } from './store/shared.js';
import { openHnswStore } from './store/hnsw.js';
import { ANALYZER_VERSION } from './text/tokenize.js';
import { damagedFile } from '../shared/checksums.js';

/** An index that is missing, damaged, or built for another configuration. */
export class IndexError extends CodedError<'NO_INDEX' | 'BAD_INDEX' | 'EMBEDDER_MISMATCH'> {}

/** Everything retrieval needs, loaded once. Chunks of a document are contiguous. */
export interface LoadedIndex {
  dir: string;
  manifest: IndexManifest;
  docs: SubmissionMeta[];
  docIndex: Map<string, number>;
  /** Per document: index of the first document of its near-duplicate cluster, and the cluster's size. */
  cluster: Int32Array;
  clusterSize: Int32Array;
  /** Per document d: its chunks are firstChunk[d] .. firstChunk[d+1]-1. */
  firstChunk: Int32Array;
  chunkDoc: Int32Array;
  chunkPage: Int32Array;
  chunkStart: Int32Array;
  chunkEnd: Int32Array;
  /** Chunk texts and embeddings, and nearest-neighbour search over them. */
  store: ChunkStore;
  bm25: Bm25Index;
  /** Corpus word frequencies, for re-joining PDF-split words in displayed quotes. */
  wordFrequencies: ReadonlyMap<string, number>;
  /** The submitters the glossary's organisations and aliases stand for in this corpus. */
  glossaryLinks: GlossaryLinks;
  /** Embeds questions as the index's chunks were embedded. */
  embedder: Embeddings & { id: string };
  /** Every chunk's sentences, read when the index was built (in shared memory). */
  sentences: SentenceTable;
}

export interface LoadOptions {
  /** The embedder the configuration asks for; a different one in the index is refused. */
  expectEmbedder?: 'lsa' | 'openai';
  openai?: Omit<OpenAIEmbedderOptions, 'model'>;
}

export async function loadIndex(dir: string, options: LoadOptions = {}): Promise<LoadedIndex> {
  const manifest = await checkedManifest(dir);
  // Every file as its build wrote it, before any parser reads one.
  const damaged = await damagedFile(dir, manifest.files);
  if (damaged) {
    throw new IndexError(
      'BAD_INDEX',
      `The index at ${dir} is damaged: ${damaged.file} ${damaged.reason === 'missing' ? 'is missing' : 'is not the file its build wrote (its sha256 differs from the manifest)'}; rebuild it with \`npm run index -- --force\`.`,
    );
  }
  const { embedder: built } = manifest;
  if (manifest.analyzer !== ANALYZER_VERSION) {
    throw new IndexError('BAD_INDEX', `The index at ${dir} was built by an older version of this tool (text analysis v${manifest.analyzer}, now v${ANALYZER_VERSION}); rebuild it with \`npm run index\`.`);
  }
  if (manifest.sentenceSplitter !== SENTENCE_SPLITTER_VERSION) {
    throw new IndexError(
      'BAD_INDEX',
      `The index at ${dir} was built with another sentence splitter (v${manifest.sentenceSplitter}, now v${SENTENCE_SPLITTER_VERSION}): its sentence table would not match the sentences answers read; rebuild it with \`npm run index\`.`,
    );
  }
  if (manifest.glossary.links !== linkDigest()) {
    throw new IndexError('BAD_INDEX', `The index at ${dir} was built with another version of the glossary; rebuild it with \`npm run index\`.`);
  }
  if (options.expectEmbedder && options.expectEmbedder !== built.kind) {
    throw new IndexError(
      'EMBEDDER_MISMATCH',
      `The index at ${dir} was built with the ${built.kind} embedder (${built.id}, ${built.dimensions} dims), but EMBEDDER=${options.expectEmbedder}. ` +
        `Rebuild it with \`npm run index -- --embedder ${options.expectEmbedder}\`, or set EMBEDDER=${built.kind}.`,
    );
  }
  const embedder = await queryEmbedder(dir, manifest, options);
  const [submissions, chunks, words, glossaryLinks, bm25, store] = await Promise.all([
    readJson<SubmissionsFile>(path.join(dir, INDEX_FILES.submissions)),
    readJson<ChunksFile>(path.join(dir, INDEX_FILES.chunks)),
    readJson<Record<string, number>>(path.join(dir, INDEX_FILES.words)),
    readJson<GlossaryLinks>(path.join(dir, INDEX_FILES.glossaryLinks)),
    Bm25Index.load(dir),
    readChunkStore(dir, embedder, manifest),
  ]);
  const docs = submissions.docs;
  const chunkDoc = Int32Array.from(chunks.doc);
  const firstChunk = new Int32Array(docs.length + 1).fill(chunkDoc.length);
  for (let c = chunkDoc.length - 1; c >= 0; c--) firstChunk[chunkDoc[c]!] = c;
  for (let d = docs.length - 1; d >= 0; d--) firstChunk[d] = Math.min(firstChunk[d]!, firstChunk[d + 1]!);
  const cluster = Int32Array.from(submissions.cluster);
  const clusterSize = new Int32Array(docs.length);
  for (const root of cluster) clusterSize[root]!++;
  if (bm25.size !== chunkDoc.length) throw new IndexError('BAD_INDEX', `index at ${dir} is inconsistent: ${bm25.size} keyword entries for ${chunkDoc.length} chunks`);
  const table = await loadSentenceTable(dir, chunkDoc.length).catch((error: unknown) => {
    throw new IndexError('BAD_INDEX', `cannot read the sentence table in ${dir}: ${(error as Error).message}; rebuild with \`npm run index -- --force\``);
  });
  const sentences = { ...table, spread: shared(sentenceSpread(table, chunkDoc, cluster)), boilerplateSpread: boilerplateSpread(new Set(cluster).size) };
  return {
    dir,
    manifest,
    docs,
    docIndex: new Map(docs.map((d, i) => [d.id, i])),
    // Per-document and per-chunk arrays in shared memory, as the answer pool's threads read them.
    cluster: shared(cluster),
    clusterSize: shared(Int32Array.from(cluster, (root) => clusterSize[root]!)),
    firstChunk: shared(firstChunk),
    chunkDoc: shared(chunkDoc),
    chunkPage: shared(Int32Array.from(chunks.page)),
    chunkStart: shared(Int32Array.from(chunks.start)),
    chunkEnd: shared(Int32Array.from(chunks.end)),
    bm25,
    wordFrequencies: new Map(Object.entries(words)),
    glossaryLinks,
    store,
    embedder,
    sentences,
  };
}

async function readChunkStore(dir: string, embedder: Embeddings, manifest: IndexManifest): Promise<ChunkStore> {
  try {
    return await openHnswStore(path.join(dir, INDEX_FILES.hnsw), embedder, manifest.counts.chunks, manifest.embedder.dimensions, { efSearch: manifest.hnsw.efSearch });
  } catch (error) {
    throw new IndexError('BAD_INDEX', `cannot read the vector store in ${dir}: ${(error as Error).message}; rebuild with \`npm run index -- --force\``);
  }
}

async function checkedManifest(dir: string): Promise<IndexManifest> {
  const read = await readManifest(dir);
  switch (read.kind) {
    case 'valid':
      return read.manifest;
    case 'missing':
      throw new IndexError('NO_INDEX', `No index at ${dir}. Build one with \`npm run index\` (see README: "Index the corpus").`);
    case 'not-json':
      throw new IndexError('BAD_INDEX', `The manifest of the index at ${dir} is not valid JSON; rebuild with \`npm run index -- --force\`.`);
    case 'invalid':
      throw new IndexError('BAD_INDEX', `The index at ${dir} has an unknown or damaged manifest (${read.issue}); rebuild with \`npm run index -- --force\`.`);
  }
}

async function queryEmbedder(dir: string, manifest: IndexManifest, options: LoadOptions): Promise<Embeddings & { id: string }> {
  const built = manifest.embedder;
  if (built.kind === 'lsa') {
    const model = await loadLsaModel(path.join(dir, INDEX_FILES.lsa));
    if (model.id !== built.id) throw new IndexError('BAD_INDEX', `the embedder stored in ${dir} (${model.id}) is not the one its manifest names (${built.id})`);
    return new LsaEmbedder(model);
  }
  if (!options.openai?.apiKey) {
    throw new IndexError('EMBEDDER_MISMATCH', `The index at ${dir} was built with ${built.id}; querying it needs OPENAI_API_KEY (and OPENAI_BASE_URL for a compatible server).`);
  }
  return new OpenAIEmbedder({ ...options.openai, model: built.model ?? built.id.replace(/^openai:/, '') });
}

async function readJson<T>(file: string): Promise<T> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T;
  } catch (error) {
    throw new IndexError('BAD_INDEX', `cannot read ${file}: ${(error as Error).message}; rebuild with \`npm run index -- --force\``);
  }
}
