import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { INDEX_FORMAT, MANIFEST_FILE, validManifest, type IndexManifest } from '../shared/manifest.js';
import type { Log } from '../shared/log.js';
import type { ChunkRecord } from '../shared/types.js';
import { Bm25Index, DEFAULT_BM25 } from '../retrieval/keyword/bm25.js';
import { SENTENCE_SPLITTER_VERSION } from '../retrieval/answer/sentences.js';
import { GLOSSARY, linkDigest } from '../retrieval/i18n/glossary.js';
import { HNSW_BUILD, packVectors } from '../retrieval/store/hnsw-graph.js';
import { countWords, rejoinSplitWords } from '../retrieval/text/rejoin.js';
import { ANALYZER_VERSION } from '../retrieval/text/tokenize.js';
import { TokenizedTexts } from '../retrieval/text/tokenized.js';
import { chunkText, DEFAULT_CHUNKING, segmentsOf } from './chunk.js';
import { clusterNearDuplicates } from './clusters.js';
import { linkGlossary } from './glossary-links.js';
import { collectDocuments, type Collected } from './collect.js';
import { EmbeddingCache } from './embed-cache.js';
import { embedWithCache } from './embed-chunks.js';
import { BuildError, prepareEmbedder, type EmbedderKind, type OpenAISettings } from './embedder-setup.js';
import { progressBar } from './progress.js';
import { GRAPH_PARTIAL_FILE, pruneBuilds, stagingFolder, swapIn, writeIndexFolder } from './write-index.js';
import { writeGraphInThread } from './graph-thread.js';
import { afterFailedBuild, type Writing } from './failed-build.js';
import { TOOL } from './tool.js';
import { collectGarbage } from '../shared/memory.js';
import { categoryCounts, categoryWarnings } from './categories-report.js';
import { matchKey } from './metadata/respondents.js';

export interface BuildOptions {
  source: string;
  respondents?: string;
  out: string;
  embedder: EmbedderKind;
  cacheDir: string;
  openai: OpenAISettings;
  progress: boolean;
  /** Rebuild even when the sources and settings are unchanged. */
  force?: boolean;
  /** Worker threads extracting PDFs; default one per core. */
  pdfWorkers?: number;
  signal?: AbortSignal;
  /** Where reading the source (skipped files, download retries) and embedding requests are logged. */
  log?: Log;
}

export interface BuildSummary {
  documents: number;
  chunks: number;
  skipped: { id: string; reason: string }[];
  /** Submissions the respondent listing names whose file the source does not hold. */
  listedWithoutFile: number;
  embedder: string;
  dimensions: number;
  unchanged: boolean;
  cachedEmbeddings: number;
  /** Submissions per category label (NITRD's, or "Uncategorized"). */
  categories: Record<string, number>;
  /** The respondent listing used for names and categories (file, folder or URL), if any. */
  respondents?: string;
  /** Problems the build went through with but someone should look at (e.g. many uncategorised). */
  warnings: string[];
  out: string;
  timingsMs: Record<string, number>;
  ms: number;
}

export const HNSW_EF_SEARCH = 100;

export async function buildIndex(options: BuildOptions): Promise<BuildSummary> {
  // Until the build makes its own folder beside the index, it writes only to its caches.
  const writing: Writing = { folder: options.cacheDir };
  try {
    return await build(options, writing);
  } catch (error) {
    throw await afterFailedBuild(error, options.out, writing);
  }
}

async function build(options: BuildOptions, writing: Writing): Promise<BuildSummary> {
  const started = Date.now();
  const timings: Record<string, number> = {};
  const stage = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const t = Date.now();
    const result = await work();
    timings[name] = Date.now() - t;
    return result;
  };
  const collected = await stage('read', () => collectDocuments(options.source, options));
  if (collected.documents.length === 0) {
    throw new BuildError('NO_DOCUMENTS', `no readable submissions in ${collected.location} (${collected.skipped.length} skipped)`);
  }
  const documents = collected.documents.sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  const hashes = Object.fromEntries(documents.map((d) => [d.meta.id, d.meta.sha256]));
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ format: INDEX_FORMAT, analyzer: ANALYZER_VERSION, sentenceSplitter: SENTENCE_SPLITTER_VERSION, glossary: linkDigest(), tool: TOOL.version, hashes, chunking: DEFAULT_CHUNKING, embedder: options.embedder, model: options.embedder === 'openai' ? options.openai.model : undefined, dimensions: options.embedder === 'openai' ? options.openai.dimensions : undefined, respondents: respondentsDigest(collected) }))
    .digest('hex');
  const categories = categoryCounts(documents.map((d) => d.meta));
  const described = { categories, warnings: categoryWarnings(categories, collected.respondentsPath), ...(collected.respondentsPath ? { respondents: collected.respondentsPath } : {}) };
  // A damaged manifest is no previous build: it is rebuilt over.
  const previous = await validManifest(options.out);
  if (!options.force && previous?.source.fingerprint === fingerprint) {
    return summary(previous, options.out, true, previous.counts.chunks, timings, started, described);
  }

  const chunks = await stage('chunk', async () => {
    const bar = progressBar('chunking', documents.length, options.progress);
    const all: ChunkRecord[] = [];
    for (const doc of documents) {
      for (const segment of segmentsOf(doc.text.length, doc.bodyStart, doc.pages)) {
        all.push(...(await chunkText(doc.meta.id, doc.text, segment)));
      }
      bar.tick();
    }
    bar.stop();
    return all;
  });
  const { bm25, embedder, vectors, cachedEmbeddings, wordFrequencies } = await searchStructures(chunks, documents, options, stage);
  // The search texts, their terms and the vectors as arrays are let go here.
  collectGarbage();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writing.folder = `${options.out}.builds`;
  const staging = await stagingFolder(options.out, stamp);
  writing.folder = writing.unfinished = staging;
  // The graph is made on another thread while this one finds near-duplicates and writes the rest.
  const graphStarted = Date.now();
  const stopGraph = new AbortController();
  const graphSignal = options.signal ? AbortSignal.any([options.signal, stopGraph.signal]) : stopGraph.signal;
  const graph = writeGraphInThread(vectors, path.join(staging, GRAPH_PARTIAL_FILE), { signal: graphSignal }).then(() => {
    timings.graph = Date.now() - graphStarted;
  });
  // Awaited by the write; until then a failure must not count as an unhandled rejection.
  graph.catch(() => undefined);
  try {
    return await finish();
  } catch (error) {
    // The graph's thread is stopped before the unfinished folder it writes into is removed.
    stopGraph.abort();
    await graph.catch(() => undefined);
    throw error;
  }

  async function finish(): Promise<BuildSummary> {
    const cluster = await stage('dedupe', () => clusterNearDuplicates(documents.map((d) => d.text.slice(d.bodyStart))));

    const manifest: Omit<IndexManifest, 'files'> = {
      format: INDEX_FORMAT,
      tool: TOOL,
      builtAt: new Date().toISOString(),
      embedder: { id: embedder.id, kind: embedder.kind, dimensions: embedder.dimensions, ...(embedder.model ? { model: embedder.model } : {}) },
      chunking: DEFAULT_CHUNKING,
      hnsw: { space: 'cosine', efSearch: HNSW_EF_SEARCH, m: HNSW_BUILD.m, efConstruction: HNSW_BUILD.efConstruction },
      bm25: DEFAULT_BM25,
      analyzer: ANALYZER_VERSION,
      sentenceSplitter: SENTENCE_SPLITTER_VERSION,
      glossary: { links: linkDigest() },
      source: { location: collected.location, ...(collected.respondentsPath ? { respondents: collected.respondentsPath } : {}), fingerprint, documents: hashes },
      counts: { documents: documents.length, chunks: chunks.length, skipped: collected.skipped.length, clusters: new Set(cluster).size },
      skipped: collected.skipped.map((skipped) => {
        const listed = collected.respondents?.lookup(skipped.id);
        return { ...skipped, ...(listed ? { category: listed.category, name: listed.name, pdfUrl: listed.pdfUrl } : {}) };
      }),
      listedWithoutFile: listedWithoutFile(collected),
      timingsMs: timings,
    };
    const files = await stage('write', () =>
      writeIndexFolder(staging, {
        manifest,
        submissions: { docs: documents.map((d) => d.meta), cluster: Array.from(cluster) },
        chunks,
        docIndex: new Map(documents.map((d, i) => [d.meta.id, i])),
        graph,
        embeddings: embedder.embeddings,
        bm25,
        wordFrequencies,
        glossaryLinks: linkGlossary(GLOSSARY, documents.map((d) => d.meta)),
        ...(embedder.save ? { saveEmbedder: embedder.save } : {}),
      }),
    );
    options.signal?.throwIfAborted();
    const written: IndexManifest = { ...manifest, timingsMs: timings, files };
    await fs.writeFile(path.join(staging, MANIFEST_FILE), JSON.stringify(written, null, 2));
    await swapIn(options.out, staging);
    // Swapped in, the folder is the index in use: whatever fails now must not remove it.
    delete writing.unfinished;
    await pruneBuilds(`${options.out}.builds`, staging);
    return summary(written, options.out, false, cachedEmbeddings, timings, started, described);
  }
}

/**
 * The keyword index, the embedder and the chunks' vectors (packed, to be moved to the graph's
 * thread), from the chunks' search texts, which exist only in here: they are let go before the
 * index is written.
 */
async function searchStructures(chunks: ChunkRecord[], documents: { text: string }[], options: BuildOptions, stage: <T>(name: string, work: () => Promise<T> | T) => Promise<T>) {
  const { searchTexts, wordFrequencies } = await stage('normalise', () => {
    const freq = countWords(documents.map((d) => d.text));
    return { searchTexts: chunks.map((c) => rejoinSplitWords(c.text, freq)), wordFrequencies: freq };
  });
  // Read into terms once, for the keyword index, the embedder's training and its vectors.
  const tokenized = await stage('tokenize', () => TokenizedTexts.of(searchTexts));
  const bm25 = await stage('keyword', () => Bm25Index.fromTokenized(tokenized, DEFAULT_BM25));
  const embedder = await stage('train', () => prepareEmbedder(options.embedder, searchTexts, tokenized, options.cacheDir, { ...options.openai, ...(options.log ? { log: options.log } : {}) }));
  const embedded = await stage('embed', async () => {
    const cache = await EmbeddingCache.open(options.cacheDir, embedder.id, embedder.dimensions);
    const batchSize = options.embedder === 'openai' ? options.openai.batchSize * options.openai.concurrency : 512;
    return embedWithCache(searchTexts, embedder.embedTexts, cache, { batchSize, progress: options.progress, ...(options.signal ? { signal: options.signal } : {}) });
  });
  return { bm25, embedder, vectors: packVectors(embedded.vectors, embedder.dimensions), cachedEmbeddings: embedded.cached, wordFrequencies };
}

/** The respondent tables as read: names and categories feed the index, so any change rebuilds. */
function respondentsDigest(collected: { respondents?: { byDocId: Map<string, unknown> } }): string | number {
  if (!collected.respondents) return 0;
  return createHash('sha256').update(JSON.stringify([...collected.respondents.byDocId])).digest('hex');
}

type Described = Pick<BuildSummary, 'categories' | 'warnings' | 'respondents'>;

function summary(m: IndexManifest, out: string, unchanged: boolean, cached: number, timings: Record<string, number>, started: number, described: Described): BuildSummary {
  return {
    documents: m.counts.documents,
    chunks: m.counts.chunks,
    skipped: m.skipped.map(({ id, reason }) => ({ id, reason })),
    listedWithoutFile: m.listedWithoutFile?.length ?? 0,
    embedder: m.embedder.id,
    dimensions: m.embedder.dimensions,
    unchanged,
    cachedEmbeddings: cached,
    ...described,
    out,
    timingsMs: timings,
    ms: Date.now() - started,
  };
}

/** The listing's rows whose submission the source holds no file of, neither read nor skipped. */
function listedWithoutFile(collected: Collected): { id: string; name: string; category: string; pdfUrl: string }[] {
  if (!collected.respondents) return [];
  const held = new Set([...collected.documents.map((d) => matchKey(d.meta.id)), ...collected.skipped.map((s) => matchKey(s.id))]);
  return [...collected.respondents.byDocId.values()].filter((r) => !held.has(matchKey(r.docId))).map((r) => ({ id: r.docId, name: r.name, category: r.category, pdfUrl: r.pdfUrl }));
}
