import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createBot } from '../src/bot/bot.js';
import type { BotConfig } from '../src/bot/types.js';
import type { QaService } from '../src/retrieval/types.js';
import { FakeDiscord, type RecordedCall } from '../test/support/fake-discord.js';

export interface LoadOptions {
  users: number;
  /** Bot settings; defaults are production-like (MAX_CONCURRENT_ANSWERS 4, 1.2 s streaming edits). */
  config?: Partial<BotConfig>;
  timeoutMs?: number;
}

export interface LoadResult {
  users: number;
  answered: number;
  lost: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  startToReadyMs: number;
  rssMb: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const isFinal = (token: string) => (c: RecordedCall) =>
  c.method === 'PATCH' && c.path.endsWith(`/${token}/messages/@original`) && Array.isArray(c.body?.components) && c.body.components.length > 0;

/** Starts the fake Discord and a bot over `qa`, sends `users` /ask interactions at once, measures interaction → final reply. */
export async function runLoadBenchmark(qa: QaService, options: LoadOptions = { users: 50 }): Promise<LoadResult> {
  const fake = await FakeDiscord.start();
  const quiet = pino({ level: 'warn' }, new Writable({ write: (_c, _e, done) => done() }));
  const bot = createBot({
    qa,
    logger: quiet,
    config: {
      apiUrl: fake.apiUrl,
      rateLimitPerMinute: 6,
      maxConcurrentAnswers: 4,
      maxQueue: 100,
      answerTimeoutMs: 90_000,
      feedbackLog: '/dev/null',
      streamEditIntervalMs: 1_200,
      shutdownGraceMs: 10_000,
      answerCacheSize: 500,
      historyMessages: 20,
      ...options.config,
    },
  });
  try {
    const startedAt = performance.now();
    await bot.start('bench-token');
    const startToReadyMs = performance.now() - startedAt;
    const questions = ['What do AI companies say about export controls?', 'Which submissions discuss open-source models?', 'How should the government support AI research?'];
    const sent = Array.from({ length: options.users }, (_, i) => ({
      at: Date.now(),
      ...fake.chatInput('ask', { question: questions[i % questions.length] ?? '' }, { id: String(900_000 + i) }),
    }));
    const latencies = await Promise.all(
      sent.map(async ({ at, token }) => {
        try {
          const final = await fake.waitFor(isFinal(token), options.timeoutMs ?? 120_000, `final reply ${token}`);
          return final.at - at;
        } catch {
          return undefined;
        }
      }),
    );
    const ok = latencies.filter((ms): ms is number => ms !== undefined).sort((a, b) => a - b);
    return {
      users: options.users,
      answered: ok.length,
      lost: options.users - ok.length,
      p50Ms: quantile(ok, 0.5),
      p95Ms: quantile(ok, 0.95),
      maxMs: ok.at(-1) ?? Number.NaN,
      startToReadyMs: Math.round(startToReadyMs),
      rssMb: Math.round(process.memoryUsage().rss / 1e6),
    };
  } finally {
    await bot.stop();
    await fake.close();
  }
}
