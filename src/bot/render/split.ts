export const MESSAGE_LIMIT = 2_000;

/** Boundaries tried in order: paragraph, line, sentence, word. */
const BOUNDARIES = [/\n\s*\n/g, /\n/g, /(?<=[.!?。！？])\s+/g, /\s+/g];

/**
 * Splits text into messages of at most `max` characters, at the coarsest boundary that fits.
 * A line is only ever cut if it alone exceeds `max` (source lines and links are far shorter).
 */
export function splitMessage(text: string, max = MESSAGE_LIMIT): string[] {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed ? [trimmed] : [];
  return pack(trimmed, max, 0).map((part) => part.trim()).filter(Boolean);
}

function pack(text: string, max: number, level: number): string[] {
  if (text.length <= max) return [text];
  const boundary = BOUNDARIES[level];
  if (!boundary) return hardCut(text, max);
  const pieces = piecesOf(text, boundary);
  if (pieces.length === 1) return pack(text, max, level + 1);
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if ((current + piece).trimEnd().length <= max) {
      current += piece;
      continue;
    }
    if (current.trim()) out.push(current);
    current = '';
    if (piece.trimEnd().length <= max) current = piece;
    else out.push(...pack(piece.trimEnd(), max, level + 1));
  }
  if (current.trim()) out.push(current);
  return out;
}

/** Pieces that each keep their trailing separator, so joining them restores the text. */
function piecesOf(text: string, boundary: RegExp): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end > last) pieces.push(text.slice(last, end));
    last = end;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

function hardCut(text: string, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += max) out.push(text.slice(i, i + max));
  return out;
}
