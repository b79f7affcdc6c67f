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

export interface Segment {
  start: number;
  end: number;
  /** The page the segment lies on, when known. */
  page: number | null;
}

/** The body of a document as segments that never cross a page boundary, so every chunk has one page. */
export function segmentsOf(textLength: number, bodyStart: number, pages: { page: number; start: number; end: number }[] | null): Segment[] {
  if (!pages) return [{ start: bodyStart, end: textLength, page: null }];
  return pages
    .filter((p) => p.end > bodyStart)
    .map((p) => ({ start: Math.max(p.start, bodyStart), end: p.end, page: p.page }));
}

/**
 * Splits `text.slice(segment.start, segment.end)` with LangChain's splitter and locates each chunk
 * in the original text, so that `text.slice(chunk.start, chunk.end) === chunk.text` always holds.
 */
export async function chunkText(
  docId: string,
  text: string,
  segment: Segment,
  params: ChunkingParams = DEFAULT_CHUNKING,
): Promise<ChunkRecord[]> {
  const splitter = new RecursiveCharacterTextSplitter(params);
  const from = segment.start;
  const pieces = await splitter.splitText(text.slice(from, segment.end));
  const chunks: ChunkRecord[] = [];
  let cursor = from;
  for (const piece of pieces) {
    if (!piece.trim()) continue;
    let start = text.indexOf(piece, cursor);
    if (start < 0) start = text.indexOf(piece, from); // overlap can step back before the cursor
    if (start < 0) throw new Error(`chunk of ${docId} not found in its text (splitter changed it)`);
    const end = start + piece.length;
    chunks.push({ docId, page: segment.page, start, end, text: piece });
    cursor = Math.max(cursor, start + 1);
  }
  return chunks;
}
