/**
 * `npm run bench:load -- [--index DIR] [--users N] [--qa FILE] [--workers N] [--fake]`
 *
 * N users (default 50) send `/ask` at the same moment through the real discord.js client, logged in
 * to the local fake Discord, and the bot answers with the REAL retrieval pipeline over the full
 * index (INDEX_DIR or --index; extractive answers, offline). Questions cycle through the dev QA set.
 * The bot runs with the production settings from the configuration (ANSWER_WORKERS, or --workers:
 * 0 answers on the gateway's thread; MAX_CONCURRENT_ANSWERS, MAX_QUEUE, ANSWER_TIMEOUT_MS,
 * RATE_LIMIT_PER_MINUTE and the 1.2 s streaming-edit interval).
 *
 * Measures: interaction → final reply (p50/p95/max), answered/lost, index load time, process RSS
 * once the index is loaded, peak RSS, bot start → ready, and the longest the gateway's event loop
 * was held up (what delays heartbeats and every other reply). `--fake` swaps in the FakeQa
 * (~150 ms per answer, no index) to measure the bot alone.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { answerWorkers, createAnswerService } from '../src/app.js';
import { createBot } from '../src/bot/bot.js';
import { renderChart, type ChartRenderer } from '../src/bot/render/chart.js';
import { botConfigFrom } from '../src/bot/config.js';
import type { BotConfig } from '../src/bot/types.js';
import { getConfig, parseConfig, PROJECT_ROOT } from '../src/config.js';
import type { QaService } from '../src/retrieval/types.js';
import { FakeDiscord, type RecordedCall } from '../test/support/fake-discord.js';
import { FakeQa } from '../test/support/fake-qa.js';

process.env.LOG_LEVEL ??= 'warn'; // before the process logger is first created

const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    users: { type: 'string', default: '50' },
    qa: { type: 'string' },
    workers: { type: 'string' },
    fake: { type: 'boolean', default: false },
  },
});
const users = Math.max(1, Number(values.users));
const qaFile = path.resolve(values.qa ?? path.join(PROJECT_ROOT, '../shared/eval/qa-dev.jsonl'));
const FALLBACK_QUESTIONS = ['What do AI companies say about export controls?', 'Which submissions discuss open-source models?', 'How should the government support AI research?'];
// The FakeQa picks behaviours by keywords ("hang", "fail", "slow" … also inside "exchange"): plain questions only.
const questions = !values.fake && existsSync(qaFile)
  ? readFileSync(qaFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { question: string }).question)
  : FALLBACK_QUESTIONS;

const mb = (bytes: number) => Math.round(bytes / 1e6);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

// ----- the QA service -----
const rssAtStartMb = mb(process.memoryUsage().rss);
let qa: QaService;
let indexDir: string | undefined;
let loadMs = 0;
let workers = 0;
const quietLog = pino({ level: 'warn' }, new Writable({ write: (_c, _e, done) => done() }));
if (values.fake) {
  const fake = new FakeQa();
  fake.latencyMs = 150; // roughly an extractive answer over the full index
  qa = fake;
} else {
  indexDir = path.resolve(values.index ?? getConfig().INDEX_DIR);
  if (!existsSync(path.join(indexDir, 'manifest.json'))) {
    console.error(
      `No index at ${indexDir}. Build the full index first (about 4 minutes):\n` +
        `  npm run index -- --source ../shared/corpus --out ${indexDir}\n` +
        `then: npm run bench:load -- --index ${indexDir}   (or set INDEX_DIR; --fake runs the bot over a fake QA service)`,
    );
    process.exit(1);
  }
  const started = performance.now();
  const qaConfig = parseConfig({ ...process.env, INDEX_DIR: indexDir, ANSWER_MODE: 'extractive', ...(values.workers !== undefined ? { ANSWER_WORKERS: values.workers } : {}) });
  workers = answerWorkers(qaConfig);
  qa = await createAnswerService(qaConfig, indexDir, quietLog);
  loadMs = Math.round(performance.now() - started);
}
const rssAfterLoadMb = mb(process.memoryUsage().rss);
const stats = qa.stats();

// ----- the bot, with production settings -----
const production = botConfigFrom(parseConfig({ ...process.env }));
const fake = await FakeDiscord.start();
const config: BotConfig = {
  ...production,
  apiUrl: fake.apiUrl,
  feedbackLog: path.join(mkdtempSync(path.join(tmpdir(), 'rfi-bench-')), 'feedback.jsonl'),
};
const capacity = config.maxConcurrentAnswers + config.maxQueue;
if (capacity < users) {
  console.warn(`warning: MAX_CONCURRENT_ANSWERS ${config.maxConcurrentAnswers} + MAX_QUEUE ${config.maxQueue} < ${users} users: some will be told the bot is busy`);
}
// Charts are drawn on the gateway's thread: their time is counted.
let chartMs = 0;
let charts = 0;
const timedChart: ChartRenderer = async (chart) => {
  const started = performance.now();
  try {
    return await renderChart(chart);
  } finally {
    chartMs += performance.now() - started;
    charts++;
  }
};
const bot = createBot({ qa, config, logger: quietLog, renderChart: timedChart });
const loopDelay = monitorEventLoopDelay({ resolution: 10 });

/** The reply is complete when its buttons arrive: on the original reply, or on the last follow-up of a split answer. */
const isFinal = (token: string) => (c: RecordedCall) =>
  ((c.method === 'PATCH' && c.path.endsWith(`/${token}/messages/@original`)) || (c.method === 'POST' && c.path.startsWith('/webhooks/') && c.path.endsWith(`/${token}`))) &&
  Array.isArray(c.body?.components) &&
  c.body.components.length > 0;
const repliesTo = (token: string) => fake.calls.filter((c) => (c.method === 'PATCH' || c.method === 'POST') && c.path.includes(`/${token}`));

let result: Record<string, unknown>;
try {
  const readyStarted = performance.now();
  await bot.start('bench-token');
  const startToReadyMs = Math.round(performance.now() - readyStarted);

  loopDelay.enable();
  const cpuBefore = process.cpuUsage();
  const sent = Array.from({ length: users }, (_, i) => ({
    at: Date.now(),
    ...fake.chatInput('ask', { question: questions[i % questions.length]! }, { id: String(900_000 + i) }),
  }));
  const timeoutMs = config.answerTimeoutMs + 30_000;
  const outcomes = await Promise.all(
    sent.map(async ({ at, token }) => {
      try {
        const final = await fake.waitFor(isFinal(token), timeoutMs, `final reply ${token}`);
        return { ms: final.at - at, notCovered: repliesTo(token).some((c) => String(c.body?.content).includes('do not appear to cover')) };
      } catch {
        const last = repliesTo(token).at(-1);
        return { ms: undefined, lastContent: String(last?.body?.content ?? '(no reply)').slice(0, 120) };
      }
    }),
  );
  loopDelay.disable();
  const cpu = process.cpuUsage(cpuBefore);
  const latencies = outcomes.flatMap((o) => (o.ms === undefined ? [] : [o.ms])).sort((a, b) => a - b);
  const failures = outcomes.flatMap((o) => ('lastContent' in o ? [o.lastContent] : []));
  result = {
    bench: 'load',
    qa: values.fake ? 'fake' : 'real',
    ...(indexDir ? { index: indexDir } : {}),
    documents: stats.submissions,
    chunks: stats.chunks,
    users,
    answered: latencies.length,
    lost: users - latencies.length,
    notCovered: outcomes.filter((o) => 'notCovered' in o && o.notCovered).length,
    workers,
    maxConcurrentAnswers: config.maxConcurrentAnswers,
    maxQueue: config.maxQueue,
    p50Ms: quantile(latencies, 0.5),
    p95Ms: quantile(latencies, 0.95),
    maxMs: latencies.at(-1) ?? Number.NaN,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    charts,
    chartMs: Math.round(chartMs),
    loopDelayMaxMs: Math.round(loopDelay.max / 1e6),
    loopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e6),
    startToReadyMs,
    loadMs,
    rssAtStartMb,
    rssAfterLoadMb,
    rssAfterRunMb: mb(process.memoryUsage().rss),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024), // maxRSS is in KiB
  };
  if (failures.length) console.log(`unanswered (last reply seen): ${[...new Set(failures)].join(' | ')}`);
} finally {
  await bot.stop();
  await fake.close();
  await qa.close?.();
}

const r = result;
console.log(`${r.qa === 'real' ? `real pipeline over ${indexDir} (${r.documents} submissions, ${r.chunks} chunks)` : 'FakeQa (150 ms per answer)'}`);
console.log(`settings: ANSWER_WORKERS ${r.workers}${r.workers === 0 ? ' (answers on the gateway thread)' : ''}, MAX_CONCURRENT_ANSWERS ${r.maxConcurrentAnswers}, MAX_QUEUE ${r.maxQueue}, ANSWER_TIMEOUT_MS ${config.answerTimeoutMs}, ${questions.length} distinct questions`);
console.log(`answered ${r.answered}/${r.users}, lost ${r.lost}${r.notCovered ? ` (${r.notCovered} answered "not covered")` : ''}`);
console.log(`interaction → final reply: p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, max ${r.maxMs} ms`);
console.log(`gateway event loop held up: max ${r.loopDelayMaxMs} ms, p99 ${r.loopDelayP99Ms} ms; CPU used during the run (all threads) ${r.cpuMs} ms, of which ${r.charts} charts drawn on the gateway thread ${r.chartMs} ms`);
console.log(`${r.qa === "real" ? `index load ${r.loadMs} ms; ` : ""}bot start → ready ${r.startToReadyMs} ms`);
console.log(`RSS: ${r.rssAtStartMb} MB at start, ${r.rssAfterLoadMb} MB with the index loaded, ${r.rssAfterRunMb} MB after the run, peak ${r.peakRssMb} MB`);
console.log(JSON.stringify(r));
process.exit(r.lost === 0 ? 0 : 1);
