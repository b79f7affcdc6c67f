/** Citation checking shared by the extractive and LLM answer modes. */
import type { CitationReport, Source } from '../types.js';

/** `[1]`, `[1, 2]`, `[1;2]`. `[n][m]` is two groups. */
const GROUP = /\[\s*\d{1,4}\s*(?:[,;]\s*\d{1,4}\s*)*\]/g;
/** Straight or curly double quotes, on one line. */
const QUOTE = /["\u201C]([^"\u201C\u201D\n]{1,1000}?)["\u201D]/g;
/** What may stand between a closing quote and its citation. */
const GAP = /^[\s.,;:!?'\u2019)]{0,8}$/;
export const UNVERIFIED = '[unverified]';
const ALREADY_MARKED = /^[\s.,;:!?'\u2019)]{0,8}\[unverified\]/;

interface Group { start: number; end: number; nums: number[]; keep: boolean[] }
interface Quote { start: number; end: number; text: string }

const numbersOf = (group: string) => (group.match(/\d+/g) ?? []).map(Number);

/**
 * Lower-case, no whitespace, one kind of quote mark and plain hyphens: PDF-split words ("Com m
 * ents") still match, and so does a quote whose inner quotation marks were made single.
 */
export function squash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033"]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00AD\u200B]+/g, '');
}

/** Whether `quote` occurs in `source` (modulo whitespace, case, quote style; `...` may elide text). */
export function quoteOccursIn(quote: string, sourceText: string): boolean {
  const haystacks = [squash(sourceText), squash(sourceText.replace(/(\w)-[ \t]*\r?\n\s*(\w)/g, '$1$2'))];
  const parts = quote
    .split(/\.{3}|\u2026|\[\u2026\]|\[\.\.\.\]/)
    .map((part) => squash(part).replace(/^[.,;:!?'"]+|[.,;:!?'"]+$/g, ''))
    .filter((part) => part.length > 0);
  if (parts.length === 0) return false;
  return haystacks.some((hay) => {
    let from = 0;
    for (const part of parts) {
      const at = hay.indexOf(part, from);
      if (at === -1) return false;
      from = at + part.length;
    }
    return true;
  });
}

/** Long enough to be checked as a quotation (~4 words or 20 characters). */
const isQuotation = (text: string) => text.trim().split(/\s+/).length >= 4 || text.trim().length >= 20;

function sourceText(sources: Source[], n: number): string | undefined {
  if (n < 1 || n > sources.length) return undefined;
  return (sources.find((s) => s.n === n) ?? sources[n - 1])?.text;
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
  const before = text.slice(0, start);
  const stops = [...before.matchAll(/[.!?\u3002\uFF01\uFF1F](?=\s)|\n/g)];
  const from = stops.length > 0 ? (stops[stops.length - 1]?.index ?? 0) + 1 : 0;
  const after = /[.!?\u3002\uFF01\uFF1F](?=\s|$)|\n/.exec(text.slice(end));
  return [from, after ? end + after.index + 1 : text.length];
}

/**
 * Check every `[n]` and every quotation. Citations of unknown sources are removed; a quotation that does not
 * occur in the cited source gets `[unverified]` instead of its citation (appended, when it had none).
 */
export function verifyCitations(
  text: string,
  sources: Source[],
): { text: string; report: CitationReport; usedSources: number[] } {
  const groups: Group[] = [...text.matchAll(GROUP)].map((m) => {
    const nums = numbersOf(m[0]);
    const start = m.index;
    return { start, end: start + m[0].length, nums, keep: nums.map((n) => sourceText(sources, n) !== undefined) };
  });
  const quotes: Quote[] = [...text.matchAll(QUOTE)]
    .filter((m) => isQuotation(m[1] ?? ''))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[1] ?? '' }));

  const markedGroups = new Set<number>();
  const markAfter = new Set<number>();
  let quoteVerified = 0;
  let quoteFailed = 0;
  for (const quote of quotes) {
    let first = groups.findIndex((g) => g.start >= quote.end);
    if (first !== -1 && !GAP.test(text.slice(quote.end, groups[first]?.start))) first = -1;
    if (first !== -1) {
      // The cluster: this group and the ones right after it, e.g. `[1][2]`.
      let last = first;
      while (last + 1 < groups.length && /^\s*$/.test(text.slice(groups[last]?.end, groups[last + 1]?.start))) last++;
      const cluster = groups.slice(first, last + 1);
      for (const g of cluster) g.keep = g.nums.map((n, i) => g.keep[i] === true && quoteOccursIn(quote.text, sourceText(sources, n) ?? ''));
      if (!cluster.some((g) => g.keep.some(Boolean))) markedGroups.add(first);
      continue;
    }
    const [from, to] = sentenceAround(text, quote.start, quote.end);
    const cited = groups
      .filter((g) => g.start >= from && g.end <= to)
      .flatMap((g) => g.nums.filter((_, i) => g.keep[i]));
    if (cited.some((n) => quoteOccursIn(quote.text, sourceText(sources, n) ?? ''))) quoteVerified++;
    else {
      quoteFailed++;
      // Already marked (e.g. text verified twice): count it, do not mark again.
      if (!ALREADY_MARKED.test(text.slice(quote.end))) markAfter.add(quote.end);
    }
  }

  let out = '';
  let pos = 0;
  const used = new Set<number>();
  const insertions = [...markAfter].map((at) => ({ start: at, end: at, group: undefined as number | undefined }));
  const edits = [...groups.map((g, i) => ({ start: g.start, end: g.end, group: i as number | undefined })), ...insertions];
  edits.sort((a, b) => a.start - b.start);
  for (const edit of edits) {
    out += text.slice(pos, edit.start);
    pos = edit.end;
    if (edit.group === undefined) {
      out += ` ${UNVERIFIED}`;
      continue;
    }
    const g = groups[edit.group] as Group;
    const kept = g.nums.filter((_, i) => g.keep[i]);
    kept.forEach((n) => used.add(n));
    if (markedGroups.has(edit.group)) out += UNVERIFIED;
    else if (kept.length === g.nums.length) out += text.slice(g.start, g.end);
    else if (kept.length > 0) out += `[${kept.join(', ')}]`;
    else out = out.replace(/[ \t]+$/, '');
  }
  out += text.slice(pos);

  const citations = groups.reduce((sum, g) => sum + g.nums.length, 0);
  const keptCitations = groups.reduce((sum, g) => sum + g.keep.filter(Boolean).length, 0);
  const report: CitationReport = {
    total: citations + quoteVerified + quoteFailed,
    verified: keptCitations + quoteVerified,
    removed: citations - keptCitations + quoteFailed,
  };
  return { text: out, report, usedSources: [...used].sort((a, b) => a - b) };
}

/** Renumber citations 1..k in order of first citation and keep only the sources cited. */
export function renumberSources(text: string, sources: Source[]): { text: string; sources: Source[] } {
  const mapping = new Map<number, number>();
  const renumbered = text.replace(GROUP, (group) => {
    const nums: number[] = [];
    for (const n of numbersOf(group)) {
      if (sourceText(sources, n) === undefined) continue;
      if (!mapping.has(n)) mapping.set(n, mapping.size + 1);
      const m = mapping.get(n) as number;
      if (!nums.includes(m)) nums.push(m);
    }
    return nums.length > 0 ? `[${nums.sort((a, b) => a - b).join(', ')}]` : '';
  });
  const kept = [...mapping.entries()].map(([old, n]) => {
    const source = sources.find((s) => s.n === old) ?? (sources[old - 1] as Source);
    return { ...source, n };
  });
  return { text: renumbered, sources: kept.sort((a, b) => a.n - b.n) };
}
