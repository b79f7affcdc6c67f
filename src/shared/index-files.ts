import type { SubmissionMeta } from './types.js';

/** File names inside an index folder, shared by the writer and the loader. */
export const INDEX_FILES = {
  submissions: 'submissions.json',
  chunks: 'chunks.json',
  hnsw: 'hnsw',
  lsa: 'lsa',
  /** Corpus word frequencies: re-joins PDF-split words when quotes are displayed. */
  words: 'words.json',
  /** Every chunk's sentences, read in advance (offsets and term ids; see evidence/sentence-table). */
  sentences: 'sentences.bin',
  /** The submitters the glossary's organisations and aliases stand for (GlossaryLinks). */
  glossaryLinks: 'glossary-links.json',
} as const;

export interface SubmissionsFile {
  docs: SubmissionMeta[];
  /** Per document: the index of the first document of its near-duplicate cluster. */
  cluster: number[];
}

/** Chunks as parallel arrays (page -1 when unknown); texts live in the HNSW docstore. */
export interface ChunksFile {
  doc: number[];
  page: number[];
  start: number[];
  end: number[];
}
