import type { BuildSummary } from './build.js';

/** The human-readable build report printed by `npm run index`. */
export function formatBuildReport(s: BuildSummary): string {
  const lines = [
    s.unchanged ? `Index at ${s.out} is up to date (sources and settings unchanged; use --force to rebuild).` : `Built index at ${s.out}`,
    `  documents: ${s.documents}   chunks: ${s.chunks}   embedder: ${s.embedder} (${s.dimensions} dims)   cached embeddings: ${s.cachedEmbeddings}`,
    `  categories: ${Object.entries(s.categories).map(([label, n]) => `${label} ${n}`).join(', ')}`,
    `  names and categories from: ${s.respondents ?? 'no respondent listing'}`,
    `  skipped: ${s.skipped.length}`,
    ...s.skipped.map((k) => `    ${k.id}: ${k.reason}`),
    ...(s.listedWithoutFile ? [`  listed without a file in the source: ${s.listedWithoutFile} (answered as filed, with their PDF links)`] : []),
    `  time: ${(s.ms / 1000).toFixed(1)} s (${stageTimes(s.timingsMs)})`,
    ...s.warnings.map((w) => `WARNING: ${w}`),
  ];
  return lines.join('\n');
}

/** Each stage's time, in order; the graph's thread runs beside the stages after it, so it is said so. */
export function stageTimes(timingsMs: Record<string, number>): string {
  return Object.entries(timingsMs)
    .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s${stage === 'graph' ? ' (its own thread, beside dedupe and write)' : ''}`)
    .join(', ');
}
