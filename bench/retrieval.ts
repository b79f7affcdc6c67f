/**
 * `npm run bench:retrieval -- [--index DIR] [--qa FILE] [--runs N]`
 *
 * Loads the index (INDEX_DIR, or --index) with the real RetrievalService and times, for every
 * question of a QA jsonl (default ../shared/eval/qa-dev.jsonl):
 *   - `retriever.retrieve(analyzer.analyze(question))`: question in → ranked passages out (analysis, offline
 *     query embedding, BM25 + HNSW fusion, collapsing), and
 *   - `service.ask(question)`: the full extractive answer (retrieval + quote selection + checks).
 * One warm-up pass, then N timed passes (default 5). Prints p50/p95/max and a final JSON line.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createQaService } from '../src/app.js';
import { getConfig, parseConfig, PROJECT_ROOT } from '../src/config.js';

process.env.LOG_LEVEL ??= 'warn'; // before the process logger is first created

const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    qa: { type: 'string' },
    runs: { type: 'string', default: '5' },
  },
});
const indexDir = path.resolve(values.index ?? getConfig().INDEX_DIR);
const qaFile = path.resolve(values.qa ?? path.join(PROJECT_ROOT, '../shared/eval/qa-dev.jsonl'));
const runs = Math.max(1, Number(values.runs));

if (!existsSync(path.join(indexDir, 'manifest.json'))) {
  console.error(`No index at ${indexDir}. Build one first:\n  npm run index -- --source ../shared/corpus --out ${indexDir}\nthen: npm run bench:retrieval -- --index ${indexDir}`);
  process.exit(1);
}
if (!existsSync(qaFile)) {
  console.error(`No QA file at ${qaFile} (pass --qa FILE, one {"question": …} object per line).`);
  process.exit(1);
}

const questions = readFileSync(qaFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { id?: string; question: string });

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const ms = (n: number) => Math.round(n * 10) / 10;
const summarise = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples: sorted.length, p50Ms: ms(quantile(sorted, 0.5)), p95Ms: ms(quantile(sorted, 0.95)), maxMs: ms(sorted.at(-1) ?? Number.NaN) };
};

/** Times `fn` over every question: one warm-up pass, then `runs` passes. Per-question samples kept for the slowest list. */
async function time(fn: (question: string) => Promise<unknown>) {
  for (const q of questions) await fn(q.question);
  const all: number[] = [];
  const perQuestion = questions.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    for (const [i, q] of questions.entries()) {
      const t = performance.now();
      await fn(q.question);
      const elapsed = performance.now() - t;
      all.push(elapsed);
      perQuestion[i]!.push(elapsed);
    }
  }
  const slowest = perQuestion
    .map((samples, i) => ({ id: questions[i]!.id ?? String(i + 1), medianMs: ms(quantile([...samples].sort((a, b) => a - b), 0.5)) }))
    .sort((a, b) => b.medianMs - a.medianMs)
    .slice(0, 3);
  return { ...summarise(all), slowest };
}

const config = parseConfig({ ...process.env, INDEX_DIR: indexDir, ANSWER_MODE: 'extractive', });
const rssBefore = process.memoryUsage().rss;
const loadStarted = performance.now();
const service = await createQaService(config, indexDir);
const loadMs = Math.round(performance.now() - loadStarted);
const stats = service.stats();
const rssAfterLoadMb = Math.round(process.memoryUsage().rss / 1e6);
console.log(`index ${indexDir}: ${stats.submissions} submissions, ${stats.chunks} chunks, ${stats.embedder}`);
console.log(`loaded in ${loadMs} ms; RSS ${Math.round(rssBefore / 1e6)} MB → ${rssAfterLoadMb} MB`);
console.log(`${questions.length} questions from ${qaFile}; 1 warm-up pass + ${runs} timed passes each\n`);

const retrieve = await time((q) => service.retriever.retrieve(service.analyzer.analyze(q)));
console.log(`analyze + retrieve  p50 ${retrieve.p50Ms} ms   p95 ${retrieve.p95Ms} ms   max ${retrieve.maxMs} ms   (${retrieve.samples} calls)`);
console.log(`  slowest (median): ${retrieve.slowest.map((s) => `${s.id} ${s.medianMs} ms`).join(', ')}`);

const ask = await time((q) => service.ask(q));
console.log(`service.ask         p50 ${ask.p50Ms} ms   p95 ${ask.p95Ms} ms   max ${ask.maxMs} ms   (${ask.samples} calls, extractive)`);
console.log(`  slowest (median): ${ask.slowest.map((s) => `${s.id} ${s.medianMs} ms`).join(', ')}`);

console.log(
  JSON.stringify({
    bench: 'retrieval',
    index: indexDir,
    documents: stats.submissions,
    chunks: stats.chunks,
    embedder: stats.embedder,
    questions: questions.length,
    runs,
    loadMs,
    rssAfterLoadMb,
    retrieve: { p50Ms: retrieve.p50Ms, p95Ms: retrieve.p95Ms, maxMs: retrieve.maxMs },
    ask: { p50Ms: ask.p50Ms, p95Ms: ask.p95Ms, maxMs: ask.maxMs },
  }),
);
