import fs from 'node:fs/promises';
import { parseCommandLine, runCli, UsageError } from '../../shared/cli.js';
import { loadOptionsFrom } from '../../app.js';
import { getConfig } from '../../config.js';
import { openRetriever } from '../engine.js';
import { parseQaFile, score, type Metrics } from '../evaluate.js';
import type { SearchMode } from '../search.js';
import path from 'node:path';

const USAGE = `usage: npm run eval -- --qa FILE.jsonl [--k 10] [--out RESULTS.jsonl] [--index DIR] [--ablation] [--vector-weight W]

  Runs every question through retrieval exactly as the bot does and scores the ranked
  submissions against each line's "relevant" list. --ablation also scores keyword-only and
  vector-only retrieval in the same run; --vector-weight overrides the fusion weight of the
  vector signal (for tuning). The last stdout line is a JSON summary.`;

runCli(async () => {
  const { values } = parseCommandLine(
    process.argv.slice(2),
    { qa: { type: 'string' }, k: { type: 'string', default: '10' }, out: { type: 'string' }, index: { type: 'string' }, ablation: { type: 'boolean', default: false }, 'vector-weight': { type: 'string' } },
    USAGE,
  );
  if (!values.qa) throw new UsageError(`--qa is required\n\n${USAGE}`);
  const k = Number(values.k);
  if (!Number.isInteger(k) || k < 10) throw new UsageError('--k must be an integer of at least 10');
  const { lines, errors } = parseQaFile(await fs.readFile(values.qa as string, 'utf8'));
  if (errors.length) throw new UsageError(`${values.qa} has malformed lines:\n  ${errors.join('\n  ')}`);
  const config = getConfig();
  const dir = values.index ? path.resolve(values.index as string) : config.INDEX_DIR;
  const vectorWeight = values['vector-weight'] === undefined ? undefined : Number(values['vector-weight']);
  const retriever = await openRetriever(dir, loadOptionsFrom(config));
  if (vectorWeight !== undefined) retriever.setWeights({ ...retriever.weights, vector: vectorWeight });
  const run = async (mode: SearchMode) => {
    const rows = [];
    for (const line of lines) {
      const started = performance.now();
      const result = await retriever.retrieve(line.question, { k, ...(line.filter?.category ? { category: line.filter.category } : {}), ...(line.filter?.submitter ? { submitter: line.filter.submitter } : {}), mode });
      const ms = Math.round(performance.now() - started);
      rows.push({ id: line.id, docs: result.passages.map((p) => p.docId), ms, relevant: line.relevant ?? [], lang: line.lang ?? 'en' });
    }
    return rows;
  };
  /** Keyword search with neither submitter-name matching nor category preference: plain BM25 on normalised text. */
  const withoutNames = async (work: () => ReturnType<typeof run>) => {
    const saved = retriever.weights;
    retriever.setWeights({ ...saved, namedBoost: 0, categoryBoost: 0 });
    try {
      return score(await work());
    } finally {
      retriever.setWeights(saved);
    }
  };
  const rows = await run('hybrid');
  if (values.out) await fs.writeFile(values.out as string, rows.map(({ id, docs, ms }) => JSON.stringify({ id, docs, ms })).join('\n') + '\n');
  const byLanguage: Record<string, Metrics> = {};
  for (const lang of [...new Set(rows.map((r) => r.lang))]) byLanguage[lang] = score(rows.filter((r) => r.lang === lang));
  const ablation = values.ablation ? { keyword: score(await run('keyword')), vector: score(await run('vector')), keywordWithoutNames: await withoutNames(() => run('keyword')) } : undefined;
  const misses = rows.filter((r) => r.relevant.length && !r.docs.slice(0, 5).some((d) => r.relevant.includes(d))).map((r) => r.id);
  console.log(`questions: ${lines.length}   misses@5: ${misses.join(', ') || 'none'}`);
  console.log(JSON.stringify({ ...score(rows), byLanguage, ...(ablation ? { ablation } : {}), index: dir }));
});
