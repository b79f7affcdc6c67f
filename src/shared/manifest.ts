import { z } from 'zod';

/** The index's description of itself, written by the build and checked on every load. */
export const MANIFEST_FILE = 'manifest.json';
/** 2: adds words.json (corpus word frequencies). */
export const INDEX_FORMAT = 2;

export const manifestSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  tool: z.object({ name: z.string(), version: z.string() }),
  builtAt: z.string(),
  embedder: z.object({ id: z.string(), kind: z.enum(['lsa', 'openai']), dimensions: z.number().int().positive(), model: z.string().optional() }),
  chunking: z.object({ chunkSize: z.number(), chunkOverlap: z.number(), separators: z.array(z.string()) }),
  hnsw: z.object({ space: z.string(), efSearch: z.number().int().positive() }),
  bm25: z.object({ k1: z.number(), b: z.number() }),
  /** Version of the text analysis the keyword index and the offline embedder were built with. */
  analyzer: z.number().int(),
  source: z.object({
    location: z.string(),
    respondents: z.string().optional(),
    /** sha256 over the sorted per-document hashes, chunking and embedder settings. */
    fingerprint: z.string(),
    documents: z.record(z.string(), z.string()),
  }),
  counts: z.object({ documents: z.number(), chunks: z.number(), skipped: z.number(), clusters: z.number() }),
  /** Files without a usable text, with the category the respondent listing gives them (counts include them). */
  skipped: z.array(z.object({ id: z.string(), file: z.string(), reason: z.string(), category: z.string().optional() })),
  timingsMs: z.record(z.string(), z.number()),
});

export type IndexManifest = z.infer<typeof manifestSchema>;
