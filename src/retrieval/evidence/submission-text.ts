/**
 * A submission's text in one piece, put back together from its chunks: what its outline is read
 * from. A heading and its first sentence often fall into different chunks (a chunk may even end
 * inside a heading, at "U.S."), so the outline reads the whole text, and each quote is then
 * cited from the chunk that holds it.
 */
import type { CorpusIndex } from '../corpus-index.js';

export interface SubmissionText {
  /** The chunks' text, laid at their offsets; a gap between chunks (a page break) is newlines. */
  text: string;
  /** Offsets in `text` where a page begins (its first chunk's start), in order. */
  pageStarts: number[];
  /** The chunk that holds the span `[start, end)` of `text` (or the most of it, from `start`), and the span's offsets in that chunk. */
  chunkAt(start: number, end: number): { chunk: number; from: number; to: number } | undefined;
  /** The page of the chunk that holds an offset of `text`, when known. */
  pageAt(offset: number): number | null;
}

interface Placed {
  chunk: number;
  page: number | null;
  /** Offsets of the chunk's text in `text`. */
  start: number;
  end: number;
}

/** A submission's text from its chunks. */
export function submissionText(corpus: CorpusIndex, doc: number): SubmissionText {
  const { first, end } = corpus.chunksOf(doc);
  const base = first < end ? corpus.chunkStart(first) : 0;
  const placed: Placed[] = [];
  const pageStarts: number[] = [];
  let text = '';
  let page: number | null | undefined;
  for (let chunk = first; chunk < end; chunk++) {
    const chunkText = corpus.chunkText(chunk);
    const start = corpus.chunkStart(chunk) - base;
    if (start > text.length) text += '\n'.repeat(start - text.length);
    if (start + chunkText.length > text.length) text += chunkText.slice(text.length - start);
    const chunkPage = corpus.passage(chunk, 0).page;
    placed.push({ chunk, page: chunkPage, start, end: start + chunkText.length });
    if (chunkPage !== page) pageStarts.push(start);
    page = chunkPage;
  }
  return {
    text,
    pageStarts,
    chunkAt(from, to) {
      const holding = holdingAt(placed, from);
      const best = holding.find((p) => to <= p.end) ?? holding.sort((a, b) => b.end - a.end)[0];
      return best ? { chunk: best.chunk, from: from - best.start, to: Math.min(to, best.end) - best.start } : undefined;
    },
    pageAt(offset) {
      return holdingAt(placed, offset)[0]?.page ?? null;
    },
  };
}

/** The chunks (in order, overlapping at most their neighbours) that hold an offset. */
function holdingAt(placed: readonly Placed[], offset: number): Placed[] {
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const holding: Placed[] = [];
  for (let i = lo; i < placed.length && placed[i]!.start <= offset; i++) if (offset < placed[i]!.end) holding.push(placed[i]!);
  return holding;
}
