/**
 * Page boundaries of a submission's text.
 *
 * The corpus text is PyPDF2 output with "\n\n" appended after every page, so every page boundary
 * is the end of a run of two or more newlines. Paragraph breaks inside a page can produce such
 * runs too, so a run is only trusted as a boundary when printed page numbers confirm it.
 *
 * Page numbers here are positions in the PDF (1 = first PDF page), the same numbering as
 * {@link spansFromPages}. Printed numbers are only evidence: they may be offset from the
 * position by unnumbered front pages (a regulations.gov cover page, a title page).
 *
 * {@link inferPages} answers only when confident (a wrong page is worse than none):
 * - a text whose only newline run is at its very end (2–3 newlines) is exactly one page;
 * - otherwise split at every run of 2+ newlines and look for printed page numbers on the
 *   first/last lines of each piece ("2", "Page 2", "- 2 -", "2 of 10", "Page 2 of 10", or a
 *   number closing the last line). The spans are returned only when one offset
 *   printed = position + c (c between -3 and 0) fits at least 60% of the pieces (and at least
 *   two), no other piece carries a number within 2 of fitting (the sign of a paragraph break
 *   mistaken for a page break, or of a lost page), and every run long
 *   enough to hide an empty page is followed by a piece whose number fits;
 * - anything else (including text with no "\n\n" at all, which is not in this format) is null.
 */

export interface PageSpan {
  /** 1-based position of the page in the PDF. */
  page: number;
  /** Offsets in the text: the page's text plus the newlines that follow it. */
  start: number;
  end: number;
}

/** Spans for `pages.map((p) => p + '\n\n').join('')`. */
export function spansFromPages(pages: string[]): PageSpan[] {
  const spans: PageSpan[] = [];
  let start = 0;
  pages.forEach((text, i) => {
    const end = start + text.length + 2;
    spans.push({ page: i + 1, start, end });
    start = end;
  });
  return spans;
}

/** The page holding `offset`, or null when pages are unknown or the offset is outside them. */
export function pageAt(spans: PageSpan[] | null, offset: number): number | null {
  if (!spans || spans.length === 0) return null;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as PageSpan;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return span.page;
  }
  return null;
}

interface Piece {
  start: number;
  end: number;
  /** Newlines in the run that ends this piece (0 for the last piece when the text has no final run). */
  trailingNewlines: number;
}

/** Split after every run of 2+ newlines (spaces/CR between them are not allowed: PyPDF2 joins with bare "\n\n"). */
function splitAtNewlineRuns(text: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const run of text.matchAll(/\n{2,}/g)) {
    const end = run.index + run[0].length;
    pieces.push({ start, end, trailingNewlines: run[0].length });
    start = end;
  }
  if (start < text.length) pieces.push({ start, end: text.length, trailingNewlines: 0 });
  return pieces;
}

/** A line that is only a page number: "2", "Page 2", "- 2 -", "2 of 10", "Page 2 of 10", "2/10". */
const PAGE_NUMBER_LINE = /^(?:page|pg\.?|p\.)?\s*[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** A number closing a text line, where PyPDF2 glued the footer on ("…help fund 2"). */
const TRAILING_NUMBER = /\s(\d{1,4})$/;

/** Printed page numbers a piece may carry: number-only lines among its first and last two lines, or a number closing its last line. */
function pageNumbersOf(text: string): Set<number> {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const found = new Set<number>();
  const edgeLines = new Set([lines[0], lines[1], lines.at(-2), lines.at(-1)]);
  for (const line of edgeLines) {
    const m = line === undefined ? null : PAGE_NUMBER_LINE.exec(line);
    if (m?.[1]) found.add(Number(m[1]));
  }
  const last = lines.at(-1);
  const trailing = last === undefined ? null : TRAILING_NUMBER.exec(last);
  if (trailing?.[1]) found.add(Number(trailing[1]));
  return found;
}

const MIN_OFFSET = -3;
const MAX_OFFSET = 0;
const MIN_FIT_SHARE = 0.6;
/** A run this long may be a page's own trailing newline plus an empty page. */
const SUSPICIOUS_RUN = 4;
/** How far from the chosen offset a number on an unmatched piece counts as contradicting it. */
const NEAR_MISS = 2;

function toSpans(pieces: Piece[]): PageSpan[] {
  return pieces.map((p, i) => ({ page: i + 1, start: p.start, end: p.end }));
}

/** Page spans covering `text` in order, or null when the boundaries are not known with confidence. */
export function inferPages(text: string): PageSpan[] | null {
  if (text.trim() === '') return null;
  const pieces = splitAtNewlineRuns(text);
  // A trailing whitespace-only piece belongs to the last page.
  const lastPiece = pieces.at(-1);
  if (pieces.length > 1 && lastPiece && text.slice(lastPiece.start).trim() === '') {
    pieces.pop();
    const newLast = pieces.at(-1) as Piece;
    newLast.end = text.length;
  }
  if (pieces.length === 1) {
    const only = pieces[0] as Piece;
    const singlePage = only.trailingNewlines >= 2 && only.trailingNewlines < SUSPICIOUS_RUN;
    return singlePage ? [{ page: 1, start: 0, end: text.length }] : null;
  }

  const numbers = pieces.map((p) => pageNumbersOf(text.slice(p.start, p.end)));
  const fits = new Map<number, number>();
  numbers.forEach((n, i) => {
    for (const printed of n) {
      const offset = printed - (i + 1);
      if (offset >= MIN_OFFSET && offset <= MAX_OFFSET) fits.set(offset, (fits.get(offset) ?? 0) + 1);
    }
  });
  let best: { offset: number; count: number } | undefined;
  for (const [offset, count] of fits) {
    if (!best || count > best.count || (count === best.count && offset > best.offset)) best = { offset, count };
  }
  if (!best || best.count < 2 || best.count < MIN_FIT_SHARE * pieces.length) return null;

  const offset = best.offset;
  const fitsAt = (i: number) => numbers[i]?.has(i + 1 + offset) ?? false;
  // A long run may hide an empty page: trust it only when the next piece's number confirms it.
  for (let i = 0; i < pieces.length - 1; i++) {
    if ((pieces[i] as Piece).trailingNewlines >= SUSPICIOUS_RUN && !fitsAt(i + 1)) return null;
  }
  // A piece whose number nearly fits marks a paragraph break taken for a page break, or a lost page.
  for (let i = 0; i < pieces.length; i++) {
    if (fitsAt(i)) continue;
    for (const printed of numbers[i] as Set<number>) {
      if (Math.abs(printed - (i + 1) - offset) <= NEAR_MISS) return null;
    }
  }
  return toSpans(pieces);
}
