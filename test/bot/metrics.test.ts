/**
 * /healthz and /metrics: the real discord.js client against the fake Discord, the health server on
 * a free port, read with fetch as a probe or a Prometheus scrape would.
 */
import { once } from 'node:events';
import { Events } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot.js';
import { LOADING_INDEX, type HealthReport } from '../../src/bot/health.js';
import { startHealthServer, type HealthServer } from '../../src/bot/health-server.js';
import { BotMetrics, failureOutcome } from '../../src/bot/metrics.js';
import { BusyError } from '../../src/bot/gate.js';
import { AnswerTimeoutError } from '../../src/bot/timeout.js';
import { AnswerError } from '../../src/retrieval/chat/model.js';
import { FakeDiscord, type RecordedCall } from '../support/fake-discord.js';
import { fakeAnswer, FakeQa } from '../support/fake-qa.js';
import { sample } from '../support/prometheus.js';
import { TOKEN, failOnUnhandledRejections, finalEdit, isCallback, isOriginalEdit, memoryLogger, startHarness, testConfig, type Harness } from './harness.js';

const serve = (bot: Bot) => startHealthServer({ host: '127.0.0.1', port: 0, health: bot.health, registry: bot.metrics.registry });

async function healthz(server: HealthServer): Promise<{ status: number; body: HealthReport }> {
  const response = await fetch(`${server.url}/healthz`);
  expect(response.headers.get('content-type')).toBe('application/json');
  return { status: response.status, body: (await response.json()) as HealthReport };
}

async function scrape(server: HealthServer): Promise<string> {
  const response = await fetch(`${server.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** A gate the test opens: questions containing `held` wait for it. */
function holdAnswers(qa: FakeQa): () => void {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  qa.on('held', async (q) => (await held, fakeAnswer(q)));
  return release;
}

const contentOf = (c: RecordedCall) => String(c.body?.content ?? '');

describe('/healthz', () => {
  const rejections = failOnUnhandledRejections();
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    expect(rejections.errors).toEqual([]);
  });

  it('is not ready before the bot starts, ready once its shard is, and not ready from the moment it stops', async () => {
    const fake = await FakeDiscord.start();
    cleanups.push(() => fake.close());
    const qa = new FakeQa();
    const bot = createBot({ qa, config: testConfig({ apiUrl: fake.apiUrl }), logger: memoryLogger([]) });
    let stopping: Promise<void> | undefined;
    const stop = () => (stopping ??= bot.stop());
    cleanups.push(stop);
    const server = await serve(bot);
    cleanups.push(() => server.close());

    expect(await healthz(server)).toMatchObject({ status: 503, body: { ready: false, reason: 'not started', shards: {} } });
    await bot.start(TOKEN);
    const ready = await healthz(server);
    expect(ready).toMatchObject({ status: 200, body: { ready: true, shards: { 0: 'ready' }, index: { builtAt: '2025-05-01T12:00:00.000Z' } } });
    expect(ready.body.reason).toBeUndefined();
    expect(ready.body.index?.ageSeconds).toBeGreaterThan(0);

    // An answer in flight keeps stop() finishing it: the bot is stopping, not yet stopped.
    const release = holdAnswers(qa);
    const inFlight = fake.chatInput('ask', { question: 'held while stopping' });
    await fake.waitFor(() => qa.asks.length === 1, 3_000, 'the held answer running');
    const stopped = stop();
    expect(await healthz(server)).toMatchObject({ status: 503, body: { ready: false, reason: 'stopping', shards: { 0: 'ready' } } });

    // Questions asked meanwhile are refused, and counted as refused for stopping.
    const refused = fake.chatInput('ask', { question: 'too late' }, { id: '7102' });
    expect(String((await fake.waitFor(isCallback(refused.id))).body.data.content)).toContain('restarting');
    expect(sample(await scrape(server), 'rfi_bot_refusals_total', { reason: 'stopping', kind: 'answer' })).toBe(1);

    release();
    await finalEdit(fake, inFlight.token);
    await stopped;
    expect(await healthz(server)).toMatchObject({ status: 503, body: { ready: false, reason: 'stopping' } });
  });

  it('names a shard that is down while it reconnects, and is ready again once it resumes', async () => {
    const h = await startHarness({ config: { shards: 2 }, fake: { maxConcurrency: 2 } });
    cleanups.push(() => h.close());
    const server = await serve(h.bot);
    cleanups.push(() => server.close());
    expect(await healthz(server)).toMatchObject({ status: 200, body: { shards: { 0: 'ready', 1: 'ready' } } });

    h.fake.gateway.hold(1); // shard 1's RESUME is left unanswered: it stays down until released
    h.fake.gateway.drop('terminate', 1);
    await h.fake.waitFor(() => h.fake.gateway.resumes.some((r) => r.shard === 1), 5_000, 'shard 1 reconnecting to resume');
    const down = await healthz(server);
    expect(down).toMatchObject({ status: 503, body: { ready: false, shards: { 0: 'ready' } } });
    expect(down.body.reason).toMatch(/^shards not ready: 1 \(\w[\w ]*\)$/);
    const metrics = await scrape(server);
    expect(sample(metrics, 'rfi_bot_shard_ready', { shard: '0' })).toBe(1);
    expect(sample(metrics, 'rfi_bot_shard_ready', { shard: '1' })).toBe(0);

    const resumed = once(h.bot.client, Events.ShardResume);
    h.fake.gateway.release(1);
    expect((await resumed)[0]).toBe(1);
    expect(await healthz(server)).toMatchObject({ status: 200, body: { ready: true, shards: { 0: 'ready', 1: 'ready' } } });
    expect(sample(await scrape(server), 'rfi_bot_shard_ready', { shard: '1' })).toBe(1);
  });

  it('is not ready once Discord closes the shard for good', async () => {
    const h = await startHarness();
    cleanups.push(() => h.close());
    const server = await serve(h.bot);
    cleanups.push(() => server.close());
    expect((await healthz(server)).status).toBe(200);

    h.fake.gateway.drop(4004);
    await h.bot.gatewayLost;
    expect(await healthz(server)).toMatchObject({ status: 503, body: { ready: false, reason: 'shards not ready: 0 (disconnected)', shards: { 0: 'disconnected' } } });
  });

  it('answers only GET and HEAD on /healthz and /metrics', async () => {
    const h = await startHarness();
    cleanups.push(() => h.close());
    const server = await serve(h.bot);
    cleanups.push(() => server.close());
    expect((await fetch(`${server.url}/`)).status).toBe(404);
    expect((await fetch(`${server.url}/healthz`, { method: 'POST' })).status).toBe(405);
    const head = await fetch(`${server.url}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('/metrics', () => {
  const rejections = failOnUnhandledRejections();
  let h: Harness | undefined;
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    await h?.close();
    server = undefined;
    h = undefined;
    expect(rejections.errors).toEqual([]);
  });

  const start = async (config: Parameters<typeof startHarness>[0] = {}) => {
    h = await startHarness(config);
    server = await serve(h.bot);
    return { h, server };
  };

  it('counts each answer by mode and outcome, and its latency by mode', async () => {
    const { h, server } = await start();
    const answers = async (labels: Record<string, string>) => sample(await scrape(server), 'rfi_bot_answers_total', labels) ?? 0;
    const timed = async (mode: string) => sample(await scrape(server), 'rfi_bot_answer_duration_seconds_count', { mode }) ?? 0;
    const ask = (question: string, done?: (s: string) => boolean) => finalEdit(h.fake, h.fake.chatInput('ask', { question }).token, done);
    expect(await answers({})).toBe(0);

    await ask('a plain question');
    expect(await answers({ mode: 'extractive', outcome: 'answered' })).toBe(1);
    expect(await timed('extractive')).toBe(1);

    await ask('stream a model answer');
    expect(await answers({ mode: 'llm', outcome: 'answered' })).toBe(1);
    expect(await timed('llm')).toBe(1);

    await ask('an uncovered topic', (s) => s.includes('do not discuss'));
    expect(await answers({ mode: 'extractive', outcome: 'not_covered' })).toBe(1);
    expect(await timed('extractive')).toBe(2);

    await ask('fail upstream', (s) => s.includes('language model service failed'));
    expect(await answers({ mode: 'none', outcome: 'llm_failed' })).toBe(1);
    expect(await timed('llm')).toBe(1); // a failure has no answer latency

    const compare = h.fake.chatInput('compare', { submitters: 'OpenAI, Anthropic', question: 'chips' });
    await finalEdit(h.fake, compare.token, (s) => s.includes('Compared on'));
    expect(await answers({ mode: 'extractive', outcome: 'answered' })).toBe(2);
    const metrics = await scrape(server);
    expect(sample(metrics, 'rfi_bot_answer_duration_seconds_bucket', { mode: 'extractive', le: '+Inf' })).toBe(3);
    expect(sample(metrics, 'rfi_bot_answer_duration_seconds_sum', { mode: 'extractive' })).toBeGreaterThan(0);
  });

  it('counts rate-limit refusals by budget, the questions refused not as answers', async () => {
    const { h, server } = await start({ config: { rateLimitPerMinute: 1 } });
    await finalEdit(h.fake, h.fake.chatInput('ask', { question: 'first' }, { id: '7201' }).token);
    expect(sample(await scrape(server), 'rfi_bot_refusals_total', { reason: 'rate' })).toBeUndefined();

    const refused = h.fake.chatInput('ask', { question: 'second' }, { id: '7201' });
    expect(String((await h.fake.waitFor(isCallback(refused.id))).body.data.content)).toContain('1 question per minute');
    const afterAsk = await scrape(server);
    expect(sample(afterAsk, 'rfi_bot_refusals_total', { reason: 'rate', kind: 'answer' })).toBe(1);
    expect(sample(afterAsk, 'rfi_bot_answers_total', { outcome: 'answered' })).toBe(1);

    const lookups = Array.from({ length: 5 }, () => h.fake.chatInput('search', { query: 'energy' }, { id: '7202' }));
    for (const { id } of lookups) await h.fake.waitFor(isCallback(id));
    await h.bot.idle();
    expect(sample(await scrape(server), 'rfi_bot_refusals_total', { reason: 'rate', kind: 'lookup' })).toBe(1); // 4 lookups a minute
  });

  it('reports the answers running, the queue, the index age and each shard', async () => {
    const { h, server } = await start({ config: { maxConcurrentAnswers: 1, maxAnswersPerUser: 1 } });
    const release = holdAnswers(h.qa);
    const first = h.fake.chatInput('ask', { question: 'held first' }, { id: '7301' });
    const second = h.fake.chatInput('ask', { question: 'held second' }, { id: '7302' });
    // Which of the two waits depends on the order their replies were deferred.
    const inLine = (c: RecordedCall) => [first, second].some(({ token }) => isOriginalEdit(token)(c)) && contentOf(c).includes('in line');
    await h.fake.waitFor(inLine, 3_000, 'one of the questions in line');

    const busy = await scrape(server);
    expect(sample(busy, 'rfi_bot_answers_running')).toBe(1);
    expect(sample(busy, 'rfi_bot_answer_queue_length')).toBe(1);
    expect(sample(busy, 'rfi_bot_shard_ready', { shard: '0' })).toBe(1);
    const age = sample(busy, 'rfi_bot_index_age_seconds') ?? 0;
    expect(Math.abs(age - (Date.now() - Date.parse(h.qa.stats().builtAt)) / 1000)).toBeLessThan(60);

    release();
    for (const { token } of [first, second]) await finalEdit(h.fake, token);
    await h.bot.idle();
    const idle = await scrape(server);
    expect(sample(idle, 'rfi_bot_answers_running')).toBe(0);
    expect(sample(idle, 'rfi_bot_answer_queue_length')).toBe(0);
  });
});

describe('the health server', () => {
  it('refuses to start on a port in use, naming METRICS_PORT', async () => {
    const registry = new BotMetrics().registry;
    const health = () => LOADING_INDEX;
    const first = await startHealthServer({ host: '127.0.0.1', port: 0, health, registry });
    try {
      const second = startHealthServer({ host: '127.0.0.1', port: first.port, health, registry });
      await expect(second).rejects.toMatchObject({ code: 'LISTEN_FAILED', message: expect.stringMatching(/EADDRINUSE\). Set METRICS_PORT to a free port/) });
      expect(await (await fetch(`${first.url}/healthz`)).json()).toEqual({ ready: false, reason: 'loading the index', shards: {} });
    } finally {
      await first.close();
    }
  });
});

describe('BotMetrics', () => {
  it('names a failure by its outcome: timeout, busy, an expected error by its code, anything else error', () => {
    expect(failureOutcome(new AnswerTimeoutError(90_000))).toBe('timeout');
    expect(failureOutcome(new BusyError('full'))).toBe('busy');
    expect(failureOutcome(new AnswerError('LLM_RATE_LIMITED', 'slow down'))).toBe('llm_rate_limited');
    expect(failureOutcome(new TypeError('a bug'))).toBe('error');
  });

  it('keeps each bot in a registry of its own, with the process metrics only when asked', async () => {
    const plain = new BotMetrics();
    const served = new BotMetrics({ processMetrics: true });
    plain.answered({ mode: 'llm', notCovered: false }, 1.5);
    expect(sample(await plain.registry.metrics(), 'rfi_bot_answers_total', { mode: 'llm' })).toBe(1);
    expect(sample(await served.registry.metrics(), 'rfi_bot_answers_total', { mode: 'llm' })).toBeUndefined();
    expect(await plain.registry.metrics()).not.toContain('process_cpu_user_seconds_total');
    expect(await served.registry.metrics()).toContain('process_cpu_user_seconds_total');
  });

  it('has no gauges of the bot before there is one (while the index loads)', async () => {
    const metrics = new BotMetrics();
    expect(await metrics.registry.metrics()).not.toContain('rfi_bot_index_age_seconds');
    metrics.watch({
      running: () => 2,
      queued: () => 3,
      indexBuiltAt: () => '2025-05-01T12:00:00.000Z',
      now: () => Date.parse('2025-05-01T13:00:00.000Z'),
      shards: () => [{ id: 0, ready: true, status: 'ready' }, { id: 1, ready: false, status: 'resuming' }],
    });
    const text = await metrics.registry.metrics();
    expect([sample(text, 'rfi_bot_answers_running'), sample(text, 'rfi_bot_answer_queue_length'), sample(text, 'rfi_bot_index_age_seconds')]).toEqual([2, 3, 3600]);
    expect([sample(text, 'rfi_bot_shard_ready', { shard: '0' }), sample(text, 'rfi_bot_shard_ready', { shard: '1' })]).toEqual([1, 0]);
  });
});
