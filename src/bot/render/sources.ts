import type { Passage, Source } from '../../retrieval/types.js';
import { escapeText, oneLine, safeLink, truncate } from './escape.js';

/** `[n] Submitter — category — p. N — <link> (+N similar submissions)` */
export function sourceLine(source: Passage, n: number): string {
  const parts = [`[${n}] ${escapeText(oneLine(source.submitter))}`, escapeText(source.category)];
  if (source.page !== null) parts.push(`p. ${source.page}`);
  parts.push(safeLink(source.url));
  const others = source.similarCount - 1;
  const similar = others > 0 ? ` (+${others} similar submission${others === 1 ? '' : 's'})` : '';
  return parts.join(' — ') + similar;
}

export function sourceLines(sources: Source[], max = 10): string {
  const shown = sources.slice(0, max).map((s) => sourceLine(s, s.n));
  if (sources.length > max) shown.push(`…and ${sources.length - max} more (use **Show passages**)`);
  return shown.join('\n');
}

/** A numbered passage with an escaped, shortened quote under its source line. */
export function passageBlock(passage: Passage, n: number, maxChars: number): string {
  return `${sourceLine(passage, n)}\n> ${escapeText(truncate(oneLine(passage.text), maxChars))}`;
}
