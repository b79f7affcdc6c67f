import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** The index's description of itself, written by the build and checked on every load. */
export const MANIFEST_FILE = 'manifest.json';
/** 2: adds words.json (corpus word frequencies). 3: adds glossary-links.json. 5: records the sentence splitter's version. 6: records every file's sha256. */
export const INDEX_FORMAT = 6;

export const manifestSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  tool: z.object({ name: z.string(), version: z.string() }),
  builtAt: z.string(),
  embedder: z.object({ id: z.string(), kind: z.enum(['lsa', 'openai']), dimensions: z.number().int().positive(), model: z.string().optional() }),
  chunking: z.object({ chunkSize: z.number(), chunkOverlap: z.number(), separators: z.array(z.string()) }),
  /** The graph's query and build settings (m and efConstruction are recorded since they were lowered). */
  hnsw: z.object({ space: z.string(), efSearch: z.number().int().positive(), m: z.number().int().positive().optional(), efConstruction: z.number().int().positive().optional() }),
  bm25: z.object({ k1: z.number(), b: z.number() }),
  /** Version of the text analysis the keyword index and the offline embedder were built with. */
  analyzer: z.number().int(),
  /** Version of the sentence splitter the sentence table was read with. */
  sentenceSplitter: z.number().int(),
  /** Digest of the glossary data the glossary links were derived from. */
  glossary: z.object({ links: z.string() }),
  source: z.object({
    location: z.string(),
    respondents: z.string().optional(),
    /** sha256 over the sorted per-document hashes, chunking and embedder settings. */
    fingerprint: z.string(),
    documents: z.record(z.string(), z.string()),
  }),
  counts: z.object({ documents: z.number(), chunks: z.number(), skipped: z.number(), clusters: z.number() }),
  /** Files without a usable text, with the category, name and PDF the respondent listing gives them (counts include them). */
  skipped: z.array(z.object({ id: z.string(), file: z.string(), reason: z.string(), category: z.string().optional(), name: z.string().optional(), pdfUrl: z.string().optional() })),
  /**
   * Submissions the respondent listing names whose file the source does not hold (counts do not
   * include them): a question about one is answered that it filed, not that it did not.
   */
  listedWithoutFile: z.array(z.object({ id: z.string(), name: z.string(), category: z.string(), pdfUrl: z.string() })).optional(),
  timingsMs: z.record(z.string(), z.number()),
  /** The sha256 of every other file of the index, by its path in the folder: checked on every load. */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

export type IndexManifest = z.infer<typeof manifestSchema>;

/** What is in an index folder's manifest file. */
export type ManifestRead =
  | { kind: 'valid'; manifest: IndexManifest }
  | { kind: 'missing' }
  | { kind: 'not-json' }
  | { kind: 'invalid'; issue: string };

/** Reads and checks the manifest of the index in `dir`; never throws. */
export async function readManifest(dir: string): Promise<ManifestRead> {
  const raw = await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (raw === undefined) return { kind: 'missing' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'not-json' };
  }
  const parsed = manifestSchema.safeParse(json);
  return parsed.success ? { kind: 'valid', manifest: parsed.data } : { kind: 'invalid', issue: parsed.error.issues[0]?.message ?? 'unknown' };
}

/** The manifest of a complete index in `dir`, or undefined when there is none or it is damaged. */
export async function validManifest(dir: string): Promise<IndexManifest | undefined> {
  const read = await readManifest(dir);
  return read.kind === 'valid' ? read.manifest : undefined;
}
