import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { ChunkRecord } from '../shared/types.js';

export interface ChunkingParams {
  chunkSize: number;
  chunkOverlap: number;
  separators: string[];
}

/** Sentence ends before line breaks: PDF text is hard-wrapped, so a line is not a unit of meaning. */
export const DEFAULT_CHUNKING: ChunkingParams = {
  chunkSize: 1000,
  chunkOverlap: 150,
  separators: ['\n\n', '. ', '? ', '! ', '.\n', '\n', '; ', ', ', ' ', ''],
};

export interface PageLocator {
  (offset: number): number | null;
}

/**
 * Splits `text.slice(from)` into chunks with LangChain's splitter and locates each chunk in the
 * original text, so that `text.slice(chunk.start, chunk.end) === chunk.text` always holds.
 */
export async function chunkText(
  docId: string,
  text: string,
  from: number,
  pageAt: PageLocator,
  params: ChunkingParams = DEFAULT_CHUNKING,
): Promise<ChunkRecord[]> {
  const splitter = new RecursiveCharacterTextSplitter(params);
  const pieces = await splitter.splitText(text.slice(from));
  const chunks: ChunkRecord[] = [];
  let cursor = from;
  for (const piece of pieces) {
    if (!piece.trim()) continue;
    let start = text.indexOf(piece, cursor);
    if (start < 0) start = text.indexOf(piece, from); // overlap can step back before the cursor
    if (start < 0) throw new Error(`chunk of ${docId} not found in its text (splitter changed it)`);
    const end = start + piece.length;
    chunks.push({ docId, page: pageAt(start), start, end, text: piece });
    cursor = Math.max(cursor, start + 1);
  }
  return chunks;
}
