import type { Source } from '../types.js';
import type { OutlineSection } from '../evidence/outline.js';
import { HEADING_CHARS } from '../evidence/outline-select.js';
import type { WordFrequencies } from '../text/rejoin.js';
import type { Phrases } from './phrases.js';
import { displayQuote, readableText } from './sentences.js';

/**
 * A submission's outline as an answer: each section's heading (with its page; a section under
 * another marked "–") and, under it, its first recommendation quoted verbatim with its citation
 * ("…" where the quote was cut). `omitted`: sections there was no room for.
 */
export function outlineAnswer(submitter: string, sections: readonly OutlineSection[], sourceOf: (chunk: number) => Source | undefined, phrases: Phrases, words?: WordFrequencies, omitted = 0): string {
  const blocks = sections.map((section) => {
    const lines: string[] = [];
    if (section.heading) {
      const source = sourceOf(section.heading.chunk);
      const page = source?.page ? ` (p. ${source.page})` : '';
      lines.push(`${section.level > 0 ? '– ' : ''}${headingText(section.heading.text, words)}${page}`);
    }
    for (const statement of section.statements) {
      const source = sourceOf(statement.chunk);
      if (!source) continue;
      const cut = /[.!?:;"”’)]$/.test(statement.text.trim()) ? '' : '…';
      lines.push(`• "${displayQuote(statement.text, words)}${cut}" [${source.n}]`);
    }
    return lines.join('\n');
  });
  if (!blocks.length) return '';
  const heading = sections.some((s) => s.heading) ? phrases.outlineHeading(submitter) : phrases.outlineStatements(submitter);
  return [heading, ...blocks, ...(omitted > 0 ? [phrases.outlineOmitted(omitted)] : [])].join('\n\n');
}

/** A heading as shown: PDF-split words re-joined, on one line, its list punctuation ("; and") dropped, a long one cut at a word. */
function headingText(text: string, words?: WordFrequencies): string {
  // Its double quotes become single ones, so that no quotation (to verify) is read into it.
  const readable = readableText(text, words)
    .replace(/\u201C/g, '\u2018')
    .replace(/["\u201D]/g, '\u2019')
    .replace(/\s*[;,]\s*(?:(?:and|or)\b)?\s*$/i, '');
  if (readable.length <= HEADING_CHARS) return readable;
  const space = readable.lastIndexOf(' ', HEADING_CHARS);
  return `${readable.slice(0, space > HEADING_CHARS / 2 ? space : HEADING_CHARS).replace(/[\s,;:—–-]+$/, '')}…`;
}
