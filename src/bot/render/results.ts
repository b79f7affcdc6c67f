import type { Comparison, IndexStats, Passage, SubmissionSummary } from '../../retrieval/types.js';
import { renderAnswer } from './answer.js';
import { echo, escapeText, oneLine, safeLink, truncate } from './escape.js';
import { passageBlock } from './sources.js';

export function renderSearch(query: string, passages: Passage[]): string {
  if (!passages.length) return `No passages found for “${echo(query)}”. Try other words or remove a filter.`;
  const blocks = passages.map((p, i) => passageBlock(p, i + 1, 320));
  return `**Best passages for** “${echo(query)}”\n\n${blocks.join('\n\n')}`;
}

export function renderPassages(question: string, passages: Passage[]): string {
  if (!passages.length) return 'This answer had no passages.';
  const blocks = passages.map((p, i) => passageBlock(p, i + 1, 600));
  return `**Passages behind the answer to** “${echo(question)}”\n\n${blocks.join('\n\n')}`;
}

export function renderSubmission(summary: SubmissionSummary): string {
  const { meta, passages } = summary;
  const facts = [
    `**${escapeText(oneLine(meta.submitter))}** (${escapeText(meta.id)})`,
    `Category: ${escapeText(meta.category)}`,
    meta.received ? `Received: ${escapeText(meta.received)}` : undefined,
    `Length: ${meta.pages !== null ? `${meta.pages} pages, ` : ''}${meta.chars.toLocaleString('en-US')} characters`,
    `PDF: ${safeLink(meta.pdfUrl)}`,
  ].filter((line): line is string => line !== undefined);
  // An outline is shown when the submission has headings; one without them is shown by its most representative passages.
  if (summary.outline?.some((section) => section.heading)) {
    const sections = summary.outline.map((section) => {
      const title = section.heading ? `${section.level ? '– ' : ''}**${escapeText(truncate(oneLine(section.heading), 120))}**${section.page ? ` (p. ${section.page})` : ''}` : '';
      const items = section.statements.map((s) => `• ${escapeText(truncate(oneLine(s.text), 300))}${s.page ? ` (p. ${s.page})` : ''}`);
      return [title, ...items].filter(Boolean).join('\n');
    });
    return `${facts.join('\n')}\n\n**Outline: its headings and recommendations, in its own order**\n\n${sections.join('\n\n')}`;
  }
  const quotes = passages.map((p, i) => passageBlock(p, i + 1, 400));
  return `${facts.join('\n')}${quotes.length ? `\n\n**Most representative passages**\n\n${quotes.join('\n\n')}` : ''}`;
}

export function renderComparison(comparison: Comparison): string {
  const sections = comparison.sides.map((side) => {
    const title = `## ${side.meta ? escapeText(oneLine(side.meta.submitter)) : echo(side.name, 100)}${side.meta ? ` — ${escapeText(side.meta.category)}` : ''}`;
    if (!side.answer) return `${title}\n_${echo(side.missing ?? 'No matching submission was found.', 300)}_`;
    return `${title}\n${renderAnswer(side.answer)}`;
  });
  return `**Compared on** “${echo(comparison.question)}”\n\n${sections.join('\n\n')}`;
}

export function renderStats(stats: IndexStats): string {
  const builtAt = Math.floor(Date.parse(stats.builtAt) / 1000);
  const built = Number.isFinite(builtAt) ? `<t:${builtAt}:f> (<t:${builtAt}:R>)` : escapeText(stats.builtAt);
  const categories = [...stats.byCategory]
    .sort((a, b) => b.submissions - a.submissions)
    .map((c) => `• ${escapeText(c.category)}: ${c.submissions.toLocaleString('en-US')}`)
    .join('\n');
  return [
    `**Indexed:** ${stats.submissions.toLocaleString('en-US')} submissions · ${stats.chunks.toLocaleString('en-US')} passages${stats.skipped ? ` · ${stats.skipped.toLocaleString('en-US')} skipped (unreadable)` : ''}`,
    `**By category**\n${categories}`,
    `**Embedder:** ${escapeText(stats.embedder)} (${stats.dimensions} dimensions)`,
    `**Index built:** ${built}`,
  ].join('\n\n');
}
