import fs from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import { MANIFEST_FILE, validManifest, type IndexManifest } from '../shared/manifest.js';
import { folderChecksums } from '../shared/checksums.js';
import { INDEX_FILES, type ChunksFile, type SubmissionsFile } from '../shared/index-files.js';
import type { ChunkRecord } from '../shared/types.js';
import type { Bm25Index } from '../retrieval/keyword/bm25.js';
import type { GlossaryLinks } from '../retrieval/i18n/glossary.js';
import { saveHnswStore } from '../retrieval/store/hnsw.js';
import { readHnswGraph } from '../retrieval/store/hnsw-graph.js';
import { buildSentenceTable, saveSentenceTable } from '../retrieval/evidence/sentence-table.js';
import { BuildError } from './embedder-setup.js';
import { collectGarbage } from '../shared/memory.js';

export interface IndexContents {
  /** The manifest but the files' checksums, which are taken once the files are written. */
  manifest: Omit<IndexManifest, 'files'>;
  submissions: SubmissionsFile;
  chunks: ChunkRecord[];
  docIndex: Map<string, number>;
  /** Settles once the chunks' HNSW graph is written to `GRAPH_PARTIAL_FILE` in the folder (by another thread). */
  graph: Promise<void>;
  embeddings: Embeddings;
  bm25: Bm25Index;
  wordFrequencies: ReadonlyMap<string, number>;
  glossaryLinks: GlossaryLinks;
  /** Extra files the embedder needs at query time (e.g. the corpus-trained model). */
  saveEmbedder?: (dir: string) => Promise<void>;
}

/** Where the graph's thread writes the graph, for the store's writer to read back; gone from a finished index. */
export const GRAPH_PARTIAL_FILE = 'hnsw-graph.partial';

/** Writes a complete index into `dir` (which must not exist yet); returns the files' checksums, as its manifest records them. */
export async function writeIndexFolder(dir: string, contents: IndexContents): Promise<Record<string, string>> {
  await fs.mkdir(dir, { recursive: true });
  const { chunks, docIndex } = contents;
  const chunkFile: ChunksFile = {
    doc: chunks.map((c) => docIndex.get(c.docId)!),
    page: chunks.map((c) => c.page ?? -1),
    start: chunks.map((c) => c.start),
    end: chunks.map((c) => c.end),
  };
  await contents.bm25.save(dir);
  await contents.saveEmbedder?.(path.join(dir, INDEX_FILES.lsa));
  await fs.writeFile(path.join(dir, INDEX_FILES.submissions), JSON.stringify(contents.submissions));
  await fs.writeFile(path.join(dir, INDEX_FILES.chunks), JSON.stringify(chunkFile));
  // Words seen at least twice are enough to tell a split piece from a word.
  const words = Object.fromEntries([...contents.wordFrequencies].filter(([, count]) => count >= 2));
  await fs.writeFile(path.join(dir, INDEX_FILES.words), JSON.stringify(words));
  // Read with the word list as it is loaded, so that the table says what reading at query time would.
  await saveSentenceTable(buildSentenceTable(chunks.length, (c) => chunks[c]!.text, new Map(Object.entries(words))), dir);
  await fs.writeFile(path.join(dir, INDEX_FILES.glossaryLinks), JSON.stringify(contents.glossaryLinks));
  // The graph last: its thread has had the time the other files took. The sentence table's
  // garbage goes first, before the graph and the store's texts are held at once.
  collectGarbage();
  await contents.graph;
  const { dimensions } = contents.manifest.embedder;
  const graphFile = path.join(dir, GRAPH_PARTIAL_FILE);
  await saveHnswStore(path.join(dir, INDEX_FILES.hnsw), readHnswGraph(graphFile, dimensions), chunks, contents.embeddings, dimensions);
  await fs.rm(graphFile);
  // The manifest goes last, with the checksum of every other file: a folder without one is never a usable index.
  const files = await folderChecksums(dir, [MANIFEST_FILE]);
  await fs.writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify({ ...contents.manifest, files }, null, 2));
  return files;
}

/**
 * Builds go to `<out>.builds/<stamp>`; `<out>` is a symlink flipped with one rename, so readers
 * see the old index or the new one, never a half-written folder. The previous build is kept.
 */
export async function stagingFolder(out: string, stamp: string): Promise<string> {
  const dir = path.join(`${out}.builds`, stamp);
  await fs.mkdir(path.dirname(dir), { recursive: true });
  return dir;
}

export async function swapIn(out: string, built: string): Promise<void> {
  const builds = `${out}.builds`;
  const existing = await fs.lstat(out).catch(() => undefined);
  const folder = existing !== undefined && !existing.isSymbolicLink();
  if (folder) {
    // Anything else there (a mistyped --out) would be moved away and later pruned: refuse it.
    const entries = existing.isDirectory() ? await fs.readdir(out) : undefined;
    if (!entries || (entries.length > 0 && !entries.includes(MANIFEST_FILE))) {
      throw new BuildError('BAD_ARGUMENT', `${out} exists and is not an index folder; choose another --out (or INDEX_DIR), or move it away`);
    }
  }
  // The link is the one new file the swap needs: made before anything is moved, a disk too full
  // for it stops the swap with the old index still where the bot looks.
  const link = `${out}.link-${process.pid}`;
  await fs.rm(link, { force: true });
  await fs.symlink(path.relative(path.dirname(out), built), link, 'dir');
  // An index folder from before symlinked builds: kept as a previous build.
  if (folder) await fs.rename(out, path.join(builds, `previous-${Date.now()}`));
  await fs.rename(link, out);
}

/**
 * Keeps the current build and the newest complete one before it. A folder without a valid
 * manifest (what a killed build leaves) is never a previous build: it is removed.
 */
export async function pruneBuilds(builds: string, current: string): Promise<void> {
  const entries = (await fs.readdir(builds, { withFileTypes: true })).filter((e) => e.isDirectory());
  const others = entries.map((e) => path.join(builds, e.name)).filter((dir) => path.resolve(dir) !== path.resolve(current));
  const described = await Promise.all(others.map(async (dir) => ({ dir, builtAt: (await validManifest(dir))?.builtAt })));
  const complete = described.filter((b): b is { dir: string; builtAt: string } => b.builtAt !== undefined).sort((a, b) => (a.builtAt < b.builtAt ? 1 : -1));
  const keep = complete[0]?.dir;
  for (const { dir } of described) if (dir !== keep) await fs.rm(dir, { recursive: true, force: true });
}
