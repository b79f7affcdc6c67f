/**
 * `npm start` as a real process (src/main.ts with DISCORD_TOKEN set) over the fixture index, logged
 * in to the fake Discord, answering with the real openai client against the local fake server.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type FakeDiscordOptions, type RecordedCall } from '../support/fake-discord.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { buildFixtureCorpusIndex, type BuiltFixtureIndex } from '../support/index-fixture.js';
import { malformedDispatches } from '../support/malformed-dispatches.js';
import { freePort, sample } from '../support/prometheus.js';
import { startScript, whileRunning, type RunningScript } from '../support/run-script.js';
import { TOKEN, isOriginalEdit } from './harness.js';

const OPENAI_KEY = 'sk-test-0123456789-echoed-by-a-hostile-server';
const contentOf = (c: RecordedCall) => String(c.body?.content ?? '');
const isAnswer = (token: string) => (c: RecordedCall) => isOriginalEdit(token)(c) && Array.isArray(c.body?.components) && c.body.components.length > 0;

function botEnv(fixture: BuiltFixtureIndex, fake: FakeDiscord, openai: FakeOpenAI, metricsPort?: number): NodeJS.ProcessEnv {
  return {
    ...(metricsPort ? { METRICS_PORT: String(metricsPort) } : {}),
    PATH: process.env.PATH,
    DISCORD_TOKEN: TOKEN,
    DISCORD_APP_ID: fake.appId,
    DISCORD_API_URL: fake.apiUrl,
    INDEX_DIR: fixture.dir,
    CACHE_DIR: path.join(fixture.root, 'cache'),
    FEEDBACK_LOG: path.join(fixture.root, 'feedback.jsonl'),
    EMBEDDER: 'lsa',
    ANSWER_MODE: 'llm',
    OPENAI_API_KEY: OPENAI_KEY,
    OPENAI_BASE_URL: openai.url,
    CHAT_MODEL: 'test-model',
    LLM_MAX_RETRIES: '0',
    LLM_TIMEOUT_MS: '10000',
    LOG_LEVEL: 'debug',
    LOG_PRETTY: 'false',
  };
}

describe('npm start with a Discord token (the real entry point)', () => {
  let fixture: BuiltFixtureIndex;
  let openai: FakeOpenAI;
  let fake: FakeDiscord;
  let bot: RunningScript;
  let metricsUrl: string;
  const untilExit = <T>(waiting: Promise<T>) => whileRunning(bot, waiting);

  beforeAll(async () => {
    fixture = await buildFixtureCorpusIndex();
    openai = await startFakeOpenAI();
    fake = await FakeDiscord.start();
    const metricsPort = await freePort();
    metricsUrl = `http://127.0.0.1:${metricsPort}`;
    bot = startScript('src/main.ts', [], botEnv(fixture, fake, openai, metricsPort));
    await untilExit(fake.waitForLive(60_000));
  });
  afterAll(async () => {
    await bot?.stop('SIGKILL');
    await fake?.close();
    await openai?.close();
    await fixture?.cleanup();
  });

  const ask = async (question: string, done: (c: RecordedCall) => boolean) => {
    const { token } = fake.chatInput('ask', { question });
    return untilExit(fake.waitFor((c) => isOriginalEdit(token)(c) && done(c), 20_000, `reply to "${question}"`));
  };

  it('survives malformed gateway payloads and still answers', async () => {
    for (const [t, d] of malformedDispatches(fake)) fake.gateway.dispatch(t, d);
    const { token } = fake.chatInput('ask', { question: 'What did Acme Robotics say about defense purchasing?' });
    const answer = await untilExit(fake.waitFor(isAnswer(token), 20_000, 'the answer after the malformed payloads'));
    expect(contentOf(answer)).toContain('Sources');
    expect(bot.running()).toBe(true);
  });

  it('a model that answers 429 "Retry-After: 3600": the asker is told how long at once, and the next question is answered', async () => {
    openai.script('chat', [{ status: 429, headers: { 'retry-after': '3600' } }]);
    const reply = await ask('What did Acme Robotics say about its engineers?', (c) => contentOf(c).includes('rate-limited'));
    expect(contentOf(reply)).toContain('The language model is rate-limited: it asks to wait 60 minutes');
    const { token } = fake.chatInput('ask', { question: 'What did Acme Robotics say about defense purchasing?' });
    const next = await untilExit(fake.waitFor(isAnswer(token), 20_000, 'the answer after the rate limit'));
    expect(contentOf(next)).toContain('Sources');
  });

  it('an upstream 401 that repeats the key: the user gets a clear message', async () => {
    openai.script('chat', [{ status: 401, body: { error: { message: `Incorrect API key provided: ${OPENAI_KEY}.`, type: 'invalid_request_error', code: 'invalid_api_key', param: null } } }]);
    const reply = await ask('What did Acme Robotics say about engineers?', (c) => contentOf(c).includes('language model'));
    expect(contentOf(reply)).not.toContain(OPENAI_KEY);
    expect(bot.running()).toBe(true);
  });

  it('METRICS_PORT: /healthz is ready once the bot is, and /metrics counts the answers above with the process metrics', async () => {
    // The bot is ready just after its session is live: its log says so.
    await untilExit(bot.stderrMatches(/"msg":"bot ready"/));
    const health = await fetch(`${metricsUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ready: true, shards: { 0: 'ready' }, index: { builtAt: expect.any(String) } });

    const metrics = await (await fetch(`${metricsUrl}/metrics`)).text();
    expect(sample(metrics, 'rfi_bot_answers_total', { mode: 'llm', outcome: 'answered' })).toBe(2);
    expect(sample(metrics, 'rfi_bot_answers_total', { mode: 'none', outcome: 'llm_rate_limited' })).toBe(1);
    expect(sample(metrics, 'rfi_bot_answers_total', { mode: 'none', outcome: 'llm_failed' })).toBe(1);
    expect(sample(metrics, 'rfi_bot_answer_duration_seconds_count', { mode: 'llm' })).toBe(2);
    expect(sample(metrics, 'rfi_bot_shard_ready', { shard: '0' })).toBe(1);
    for (const name of ['rfi_bot_answers_running', 'rfi_bot_answer_queue_length', 'rfi_bot_index_age_seconds', 'process_cpu_user_seconds_total', 'nodejs_eventloop_lag_seconds']) {
      expect(sample(metrics, name), name).toBeGreaterThanOrEqual(0);
    }
  });

  it('stops cleanly on SIGTERM; the log never holds the key or the token, and shows each survived error', async () => {
    expect(await bot.stop('SIGTERM')).toBe(0);
    const lines = bot.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { level: number; msg: string });
    // The rate limit and the 401.
    expect(lines.filter((l) => l.msg === 'llm answer failed')).toHaveLength(2);
    expect(lines.filter((l) => l.msg.startsWith('unhandled rejection')).length).toBeGreaterThan(0);
    expect(bot.stderr).not.toContain(OPENAI_KEY);
    expect(bot.stderr).not.toContain(TOKEN);
    expect(bot.stderr).toContain('[redacted]');
  });
});

/** `npm start` against a fake Discord set up by `options`; `after` runs once the process started. */
async function exitOf(options: FakeDiscordOptions, after: (fake: FakeDiscord, bot: RunningScript) => Promise<void> = async () => undefined) {
  const fixture = await buildFixtureCorpusIndex();
  const openai = await startFakeOpenAI();
  const fake = await FakeDiscord.start(options);
  try {
    const bot = startScript('src/main.ts', [], botEnv(fixture, fake, openai));
    await after(fake, bot);
    return { code: await bot.exited, stderr: bot.stderr };
  } finally {
    await fake.close();
    await openai.close();
    await fixture.cleanup();
  }
}

describe('npm start when Discord refuses the login', () => {
  it('exits with code 1 and says why', async () => {
    const { code, stderr } = await exitOf({ closeOnIdentify: 4004 });
    expect(code).toBe(1);
    expect(stderr).toContain('code 4004');
    expect(stderr).not.toContain(TOKEN);
  }, 60_000);
});

describe('npm start when Discord closes a shard for good after the start', () => {
  it('exits with code 1 and says why, instead of running on without it', async () => {
    const { code, stderr } = await exitOf({}, async (fake, bot) => {
      await whileRunning(bot, fake.waitForLive(60_000));
      fake.gateway.drop(4004);
    });
    expect(code).toBe(1);
    expect(stderr).toContain('closed shard 0 with code 4004 and it cannot reconnect');
    expect(stderr).not.toContain(TOKEN);
  }, 90_000);
});
