/**
 * The outline of one submission, in its own order: its section headings and the recommendation
 * statements under them (bulleted or numbered items, "we recommend / urge" sentences, "the
 * government should …"). PDF text has no markup, so a heading is read from its shape: a short
 * line that starts with a capital, ends without punctuation, and comes after a finished sentence.
 */
import { sentencesOf } from '../answer/sentences.js';
import { strengthOf } from './recommendation.js';
import type { CorpusIndex } from '../corpus-index.js';

export interface OutlineItem {
  kind: 'heading' | 'statement';
  chunk: number;
  /** Offsets into the chunk's text. */
  start: number;
  end: number;
  text: string;
  /** How strongly a statement reads as a recommendation (higher first). */
  strength: number;
}

export interface OutlineSection {
  heading?: OutlineItem;
  statements: OutlineItem[];
}

const NOT_HEADING = /\b(avenue|street|st\.|suite|blvd|boulevard|road|drive|floor|p\.?o\.? box|pmb)\b|\b[A-Z]{2} \d{5}\b|\b(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2},? \d{4}\b|^(dear|re:|to:|from:|cc:|subject:|sincerely|respectfully|attn|page \d)|@|https?:|www\.|\b(office of science and technology policy|executive office of the president|national science foundation|nco)\b|^\d+$|^[\d\s.,-]+$/i;
const NUMBERED = /^((\d{1,2}|[IVX]{1,5}|[A-H])[.)]|section \d+|part [IVX\d]+)\s+/i;
const ENDS_SENTENCE = /[.!?:;”"')\]]\s*$|^\s*\d{1,3}\s*$/;

function isHeading(line: string, previous: string | undefined, next: string | undefined): boolean {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (text.length < 4 || text.length > 100 || words.length > 14) return false;
  if (!/^[A-Z0-9]/.test(text) || /[.,;]$/.test(text) || NOT_HEADING.test(text)) return false;
  if (!next || !/^\s*[A-Z0-9●•▪(“"]/.test(next)) return false;
  if (previous !== undefined && previous.trim() !== '' && !ENDS_SENTENCE.test(previous)) return false;
  const capitals = words.filter((w) => /^[A-Z0-9]/.test(w)).length;
  return NUMBERED.test(text) || capitals * 2 >= words.length || words.length <= 8;
}

/** Headings and recommendation statements of a submission, in document order. */
export function outlineOf(corpus: CorpusIndex, doc: number): OutlineItem[] {
  const { first, end } = corpus.chunksOf(doc);
  const items: OutlineItem[] = [];
  let lastEnd = -1;
  for (let chunk = first; chunk < end; chunk++) {
    const text = corpus.chunkText(chunk);
    const base = corpus.chunkStart(chunk);
    const lines = text.split('\n');
    let offset = 0;
    lines.forEach((line, i) => {
      const at = offset;
      offset += line.length + 1;
      if (base + at <= lastEnd) return;
      const previous = i > 0 ? lines[i - 1] : undefined;
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      if (isHeading(line, previous, next)) {
        const start = at + line.length - line.trimStart().length;
        items.push({ kind: 'heading', chunk, start, end: start + line.trim().length, text: line.trim(), strength: 0 });
      }
    });
    for (const sentence of sentencesOf(text)) {
      if (base + sentence.start <= lastEnd) continue;
      const bulleted = /[●•▪]\s*$|^\s*$/.test(text.slice(Math.max(0, sentence.start - 3), sentence.start)) || NUMBERED.test(sentence.text);
      const strength = strengthOf(sentence.text, bulleted);
      if (strength > 0) items.push({ kind: 'statement', chunk, start: sentence.start, end: sentence.end, text: sentence.text, strength });
    }
    lastEnd = base + text.length - 1;
  }
  return items.sort((a, b) => a.chunk - b.chunk || a.start - b.start);
}

/** Sections with their strongest statements, trimmed to fit an answer. */
export function selectOutline(items: readonly OutlineItem[], limits: { sections: number; perSection: number; chars: number }): OutlineSection[] {
  const sections: OutlineSection[] = [];
  let current: OutlineSection = { statements: [] };
  for (const item of items) {
    if (item.kind === 'heading') {
      if (current.heading || current.statements.length) sections.push(current);
      current = { heading: item, statements: [] };
    } else current.statements.push(item);
  }
  if (current.heading || current.statements.length) sections.push(current);
  const withStatements = sections.filter((s) => s.statements.length > 0);
  // Keep the sections with the strongest statements, in document order.
  const ranked = [...withStatements].sort((a, b) => Math.max(...b.statements.map((s) => s.strength)) - Math.max(...a.statements.map((s) => s.strength)));
  const kept = new Set(ranked.slice(0, limits.sections));
  let chars = 0;
  const out: OutlineSection[] = [];
  for (const section of withStatements) {
    if (!kept.has(section)) continue;
    const statements = [...section.statements].sort((a, b) => b.strength - a.strength || a.chunk - b.chunk || a.start - b.start).slice(0, limits.perSection);
    const size = (section.heading?.text.length ?? 0) + statements.reduce((sum, s) => sum + s.text.length + 8, 0);
    if (out.length > 0 && chars + size > limits.chars) break;
    chars += size;
    out.push({ ...(section.heading ? { heading: section.heading } : {}), statements: statements.sort((a, b) => a.chunk - b.chunk || a.start - b.start) });
  }
  return out;
}
