import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot.js';
import type { ChartRenderer } from '../../src/bot/render/chart.js';
import type { BotConfig } from '../../src/bot/types.js';
import type { QaService } from '../../src/retrieval/types.js';
import { FakeDiscord, type FakeDiscordOptions, type RecordedCall } from '../support/fake-discord.js';
import { FakeQa } from '../support/fake-qa.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export const TOKEN = 'FAKE.TOKEN.never-log-me';

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  qa: FakeQa;
  config: BotConfig;
  logs: any[];
  close(): Promise<void>;
}

/** One folder per test file for the bots' feedback logs, removed when the file's tests end. */
const feedbackRoot = mkdtempSync(path.join(tmpdir(), 'rfi-bot-'));
afterAll(() => rmSync(feedbackRoot, { recursive: true, force: true }));

export function testConfig(overrides: Partial<BotConfig> = {}): BotConfig {
  return {
    rateLimitPerMinute: 1000,
    maxConcurrentAnswers: 4,
    maxQueue: 50,
    answerTimeoutMs: 5_000,
    feedbackLog: path.join(feedbackRoot, randomUUID(), 'feedback', 'log.jsonl'),
    streamEditIntervalMs: 100,
    shutdownGraceMs: 5_000,
    answerCacheSize: 50,
    historyMessages: 20,
    maxAnswersPerUser: 2,
    ...overrides,
  };
}

export function memoryLogger(logs: any[]) {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return pino({ level: 'debug' }, stream);
}

export interface HarnessOptions {
  config?: Partial<BotConfig>;
  qa?: QaService;
  requireMessageContent?: boolean;
  renderChart?: ChartRenderer;
  /** More settings of the fake Discord (recommended shards, identify concurrency). */
  fake?: FakeDiscordOptions;
  /** Runs on the fake before the bot logs in (e.g. to add guilds READY should list). */
  beforeLogin?: (fake: FakeDiscord) => void;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start({ ...options.fake, requireMessageContent: options.requireMessageContent ?? true });
  options.beforeLogin?.(fake);
  const qa = (options.qa as FakeQa | undefined) ?? new FakeQa();
  const config = testConfig({ apiUrl: fake.apiUrl, ...options.config });
  const logs: any[] = [];
  const bot = createBot({ qa, config, logger: memoryLogger(logs), ...(options.renderChart ? { renderChart: options.renderChart } : {}) });
  await bot.start(TOKEN);
  return {
    fake,
    bot,
    qa,
    config,
    logs,
    async close() {
      await bot.stop();
      await fake.close();
    },
  };
}

// ----- predicates over recorded calls -----

export const isCallback = (id: string) => (c: RecordedCall) => c.method === 'POST' && c.path.startsWith(`/interactions/${id}/`);
/** A message posted or edited in a channel (not a thread creation) whose content satisfies `done`. */
export const postTo = (channelId: string, done: (content: string) => boolean) => (c: RecordedCall) =>
  (c.method === 'POST' || c.method === 'PATCH') && c.path.startsWith(`/channels/${channelId}/messages`) && !c.path.endsWith('/threads') && done(String(c.body?.content ?? ''));

export const isOriginalEdit = (token: string) => (c: RecordedCall) => c.method === 'PATCH' && c.path.endsWith(`/${token}/messages/@original`);
export const isFollowUp = (token: string) => (c: RecordedCall) => c.method === 'POST' && c.path.startsWith('/webhooks/') && c.path.endsWith(`/${token}`);

/** Calls for one interaction token, in order. */
export const callsFor = (fake: FakeDiscord, token: string) => fake.calls.filter((c) => c.path.includes(`/${token}`));

/** The last edit of an interaction's original reply that satisfies `done` (default: contains "Sources"). */
export async function finalEdit(fake: FakeDiscord, token: string, done: (content: string) => boolean = (s) => s.includes('Sources'), timeoutMs = 3_000) {
  return fake.waitFor((c) => isOriginalEdit(token)(c) && done(String(c.body?.content ?? '')), timeoutMs, `final edit of ${token}`);
}

/** Every REST body that carries message content (from call index `since` on). */
export function messageBodies(fake: FakeDiscord, since = 0): any[] {
  return fake.calls
    .slice(since)
    .filter((c) => (c.method === 'POST' || c.method === 'PATCH') && c.body && typeof c.body === 'object')
    .map((c) => (c.path.startsWith('/interactions/') ? c.body.data : c.body))
    .filter((b) => b && typeof b.content === 'string');
}

export function failOnUnhandledRejections(): { errors: unknown[]; dispose(): void } {
  const errors: unknown[] = [];
  const listener = (reason: unknown) => errors.push(reason);
  process.on('unhandledRejection', listener);
  return { errors, dispose: () => process.off('unhandledRejection', listener) };
}
