import path from 'node:path';
import { createQaService } from '../app.js';
import { getConfig } from '../config.js';
import type { Answer, Passage } from '../retrieval/types.js';

/** The service over `--index DIR` or the configured index. */
export function openService(indexArg: unknown) {
  const config = getConfig();
  return createQaService(config, typeof indexArg === 'string' ? path.resolve(indexArg) : config.INDEX_DIR);
}

export function formatPassage(p: Passage, rank: number): string {
  const page = p.page ? ` — p. ${p.page}` : '';
  const similar = p.similarCount > 1 ? ` — 1 of ${p.similarCount} near-identical submissions` : '';
  return `${rank}. ${p.submitter} — ${p.category}${page} — ${p.docId} — score ${p.score.toFixed(3)}${similar}\n   ${p.url}\n   ${p.text.replace(/\s+/g, ' ').slice(0, 600)}`;
}

export function formatAnswer(a: Answer): string {
  const lines = [a.text, ''];
  if (a.aggregate) {
    const g = a.aggregate;
    lines.push(`Counts: ${g.submissions} submission${g.submissions === 1 ? '' : 's'} match "${g.query}" — ${g.byCategory.map((c) => `${c.category} ${c.submissions}`).join(', ')}`);
    lines.push(`  submitters: ${g.submitters.slice(0, 15).map((s) => s.submitter).join('; ')}`);
    if (g.campaigns.length) lines.push(`  form-letter campaigns: ${g.campaigns.map((c) => `${c.size} near-identical (e.g. ${c.exampleDocId})`).join(', ')}`);
    lines.push('');
  }
  if (a.notes.length) lines.push(...a.notes.map((n) => `note: ${n}`), '');
  lines.push(`Sources (${a.citations.verified}/${a.citations.total} citations verified, ${a.mode} mode, ${a.ms} ms):`);
  for (const s of a.sources) lines.push(`[${s.n}] ${s.submitter} — ${s.category}${s.page ? ` — p. ${s.page}` : ''} — ${s.url}`);
  return lines.join('\n');
}
