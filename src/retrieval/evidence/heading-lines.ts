/**
 * The lines of a submission's text as headings are read from them: their offsets, whether a page
 * or a paragraph starts before them, page furniture left out; the usual width of a paragraph's
 * lines, where the letterhead ends, and whether a line ends a sentence.
 */

export interface Line {
  /** Offsets of the line's text without its surrounding spaces. */
  start: number;
  end: number;
  text: string;
  /** The first line of a page. */
  pageStart: boolean;
  /** A blank line (or a page break) comes before it. */
  blankBefore: boolean;
  /** It is the rest of a printed line, after a sentence: a heading printed there (see headings.ts). */
  afterSentence?: boolean;
}

/**
 * Non-blank lines with their offsets. Page furniture is left out: lines that only hold a page
 * number, or end with one ("Lakeside Institute Page 3 of 14"), and running heads or feet (a line
 * printed three times or more, its numbers aside).
 */
export function linesOf(text: string, pageStarts: readonly number[]): Line[] {
  const furniture = runningLines(text);
  const lines: Line[] = [];
  let page = 0;
  let offset = 0;
  let newPage = true;
  let blank = true;
  for (const raw of text.split('\n')) {
    const at = offset;
    offset += raw.length + 1;
    while (page < pageStarts.length && pageStarts[page]! <= at + raw.length) {
      newPage = true;
      page++;
    }
    const trimmed = raw.trim();
    if (!trimmed || /^(page\s*)?[-–]?\s*\d{1,3}\s*[-–]?(\s*(of|\/)\s*\d{1,3})?$|\bpage \d{1,3}( of \d{1,3})?$/i.test(trimmed) || furniture.has(withoutNumbers(trimmed))) {
      blank = true;
      continue;
    }
    const start = at + raw.length - raw.trimStart().length;
    lines.push({ start, end: start + trimmed.length, text: trimmed, pageStart: newPage, blankBefore: blank || newPage });
    newPage = false;
    blank = false;
  }
  return lines;
}

/** Lines printed three times or more (their numbers aside): a running head or foot. */
function runningLines(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const key = withoutNumbers(line.trim());
    if (key.length >= 8) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([key]) => key));
}

function withoutNumbers(line: string): string {
  return line.replace(/\d+/g, '#');
}

/** The usual length of a paragraph's full lines (lines of eight words or more); unbounded when there are too few to tell. */
export function paragraphWidth(lines: readonly Line[]): number {
  const lengths = lines.filter((l) => l.text.split(/\s+/).length >= 8).map((l) => l.text.length).sort((a, b) => a - b);
  return lengths.length >= 10 ? lengths[Math.floor(lengths.length / 2)]! : Infinity;
}

/**
 * The first line of the first paragraph: a sentence of ten words or more, most of them in lower
 * case, that ends with a full stop, on lines of six words or more. Lines before it are a letterhead or a title page.
 */
export function firstParagraph(lines: readonly Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text.split(/\s+/).length < 6) continue;
    const words: string[] = [];
    for (let j = i; j < Math.min(lines.length, i + 4); j++) {
      const stop = /[a-z)\]]{2}[.!?](\s|$)/.exec(lines[j]!.text);
      words.push(...(stop ? lines[j]!.text.slice(0, stop.index + 3) : lines[j]!.text).split(/\s+/));
      if (stop) {
        if (words.length >= 10 && words.filter((w) => /^[a-z]/.test(w)).length >= words.length / 2) return i;
        break;
      }
    }
  }
  return 0;
}

/** The line ends a sentence (its footnote number after it), a list item, or a heading, so the next line may start a paragraph. */
export function endsSentence(text: string): boolean {
  return /[.!?;:”"')\]]\d{0,3}\s*$|^\S{1,3}$/.test(text);
}
