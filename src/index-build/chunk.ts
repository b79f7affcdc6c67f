import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { ChunkRecord } from '../shared/types.js';
import { endsAbbreviation } from '../retrieval/answer/sentences.js';

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
 * LangChain's recursive splitter, except that a full stop ending an abbreviation ("U.S. ",
 * "Alice Corp. v. CLS Bank") is no place to split: a chunk that began there began mid-sentence,
 * and its first quote with it ("v. CLS Bank International — has …").
 */
class SentenceSplitter extends RecursiveCharacterTextSplitter {
  protected override splitOnSeparator(text: string, separator: string): string[] {
    if (separator !== '. ' && separator !== '.\n') return super.splitOnSeparator(text, separator);
    // As the parent does with its separators kept: each split but the first begins with one.
    const splits: string[] = [];
    let from = 0;
    for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) {
      if (at === 0 || endsAbbreviation(text.slice(Math.max(0, at - 12), at))) continue;
      splits.push(text.slice(from, at));
      from = at;
    }
    splits.push(text.slice(from));
    return splits.filter((s) => s !== '');
  }
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
  const splitter = new SentenceSplitter(params);
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
