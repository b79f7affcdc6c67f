/** The parts of a pdfjs text item that page-text assembly needs. */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  width: number;
  height: number;
  /** [a, b, c, d, x, y] */
  transform: number[];
}

const SAME_LINE_TOLERANCE = 0.5; // of the font size
const WORD_GAP = 0.15; // of the font size

/**
 * Join the text items of one page: newlines where pdfjs marks an end of line or the baseline
 * moves, a space between items on the same line separated by a visible gap.
 */
export function pageTextFromItems(items: readonly PdfTextItem[]): string {
  let out = '';
  let prev: PdfTextItem | undefined;
  let lineEnded = true;
  for (const item of items) {
    if (prev && !lineEnded && item.str !== '') {
      const size = fontSize(item) || fontSize(prev) || 1;
      const dy = Math.abs(y(item) - y(prev));
      if (dy > size * SAME_LINE_TOLERANCE) out += '\n';
      else if (needsSpace(prev, item, size, out)) out += ' ';
    }
    out += item.str;
    if (item.str !== '') {
      prev = item;
      lineEnded = false;
    }
    if (item.hasEOL) {
      out += '\n';
      lineEnded = true;
    }
  }
  return tidy(out);
}

function needsSpace(prev: PdfTextItem, item: PdfTextItem, size: number, soFar: string): boolean {
  if (/\s$/.test(soFar) || /^\s/.test(item.str)) return false;
  const gap = x(item) - (x(prev) + prev.width);
  return gap > size * WORD_GAP;
}

function tidy(text: string): string {
  return text
    .replaceAll('\u0000', '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

const x = (item: PdfTextItem) => item.transform[4] ?? 0;
const y = (item: PdfTextItem) => item.transform[5] ?? 0;
const fontSize = (item: PdfTextItem) => Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height;
