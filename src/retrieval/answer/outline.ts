import type { Source } from '../types.js';
import type { OutlineSection } from '../evidence/outline.js';
import type { WordFrequencies } from '../text/rejoin.js';
import type { Phrases } from './phrases.js';
import { displayQuote } from './sentences.js';

/**
 * A submission's outline as an answer: each heading (with its page) and, under it, its
 * recommendation statements quoted verbatim with their citations.
 */
export function outlineAnswer(submitter: string, sections: readonly OutlineSection[], sourceOf: (chunk: number) => Source | undefined, phrases: Phrases, words?: WordFrequencies): string {
  const blocks = sections.map((section) => {
    const lines: string[] = [];
    if (section.heading) {
      const source = sourceOf(section.heading.chunk);
      const page = source?.page ? ` (p. ${source.page})` : '';
      lines.push(`${displayQuote(section.heading.text, words).replace(/\u201D/g, '"')}${page}`);
    }
    for (const statement of section.statements) {
      const source = sourceOf(statement.chunk);
      if (!source) continue;
      lines.push(`• "${displayQuote(statement.text, words)}" [${source.n}]`);
    }
    return lines.join('\n');
  });
  return blocks.length ? `${phrases.outlineHeading(submitter)}\n\n${blocks.join('\n\n')}` : '';
}
