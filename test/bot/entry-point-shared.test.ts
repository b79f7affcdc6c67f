/**
 * Two `npm start` processes (src/main.ts), each running one shard of two (SHARD_IDS=0 / 1 of
 * SHARD_COUNT=2), logged in to one fake Discord, answering with the real openai client against
 * the local fake model, and sharing one real Redis (REDIS_URL).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type RecordedCall } from '../support/fake-discord.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { buildFixtureCorpusIndex, type BuiltFixtureIndex } from '../support/index-fixture.js';
import { RedisServer, redisMissing } from '../support/redis-server.js';
import { startScript, whileRunning, type RunningScript } from '../support/run-script.js';
import { TOKEN, isCallback, isOriginalEdit } from './harness.js';

const missing = redisMissing();
const skip = missing !== undefined && !process.env.CI;
// eslint-disable-next-line no-console -- the skip must be visible to whoever runs the tests
if (skip) console.warn(`skipping the two-process test: ${missing}`);

const QUESTION = 'What did Acme Robotics say about defense purchasing?';
const contentOf = (c: RecordedCall) => String(c.body?.content ?? c.body?.data?.content ?? '');
const isAnswer = (token: string) => (c: RecordedCall) => isOriginalEdit(token)(c) && Array.isArray(c.body?.components) && c.body.components.length > 0;
const isRefusal = (c: RecordedCall) => c.body.type === 4 && /questions per minute/.test(contentOf(c));

describe.skipIf(skip)(`two npm start processes on shard slices sharing one Redis${skip ? ` (skipped: ${missing})` : ''}`, () => {
  let fixture: BuiltFixtureIndex;
  let openai: FakeOpenAI;
  let fake: FakeDiscord;
  let redis: RedisServer;
  let bots: RunningScript[] = [];
  let on: { guildId: string; channelId: string }[];

  const env = (shard: number): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    DISCORD_TOKEN: TOKEN,
    DISCORD_APP_ID: fake.appId,
    DISCORD_API_URL: fake.apiUrl,
    SHARD_IDS: String(shard),
    SHARD_COUNT: '2',
    REDIS_URL: redis.url,
    INDEX_DIR: fixture.dir,
    CACHE_DIR: path.join(fixture.root, 'cache'),
    FEEDBACK_LOG: path.join(fixture.root, `feedback-${shard}.jsonl`),
    EMBEDDER: 'lsa',
    ANSWER_MODE: 'llm',
    OPENAI_API_KEY: 'sk-test-two-processes',
    OPENAI_BASE_URL: openai.url,
    CHAT_MODEL: 'test-model',
    LLM_MAX_RETRIES: '0',
    ANSWER_WORKERS: '0',
    RATE_LIMIT_PER_MINUTE: '3',
    LOG_LEVEL: 'info',
    LOG_PRETTY: 'false',
  });
  const untilExit = <T>(waiting: Promise<T>, only = bots) => whileRunning(only, waiting);
  const ask = (user: string, shard: number, question = QUESTION) => fake.chatInput('ask', { question }, { id: user }, { channelId: on[shard]!.channelId });
  const answered = (token: string, only?: RunningScript[]) => untilExit(fake.waitFor(isAnswer(token), 20_000, `the answer of ${token}`), only);
  const callback = (id: string) => untilExit(fake.waitFor(isCallback(id), 20_000, `the reply to ${id}`));

  beforeAll(async () => {
    fixture = await buildFixtureCorpusIndex();
    [openai, fake, redis] = await Promise.all([startFakeOpenAI(), FakeDiscord.start({ maxConcurrency: 2 }), RedisServer.start()]);
    on = [0, 1].map((shard) => fake.addGuild({ shard, shards: 2 }));
    bots = [0, 1].map((shard) => startScript('src/main.ts', [], env(shard)));
    await untilExit(Promise.all([fake.waitForLive(90_000, 0), fake.waitForLive(90_000, 1)]));
  }, 120_000);
  afterAll(async () => {
    await Promise.all(bots.map((bot) => bot.stop('SIGKILL')));
    await Promise.all([fake?.close(), openai?.close(), redis?.stop()]);
    await fixture?.cleanup();
  });

  it("a user's rate limit holds across both processes", async () => {
    for (const shard of [0, 1, 0]) await answered(ask('8801', shard).token);
    expect(isRefusal(await callback(ask('8801', 1).id))).toBe(true);
    await answered(ask('8802', 1).token); // another user
  }, 60_000);

  it("a user's answer slots hold across both processes, and one vote per user per answer", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    openai.script('chat', [{ until: held }, { until: held }]);
    const atModel = () => openai.requests.filter((r) => r.route === 'chat').length;
    const before = atModel();
    const running = [ask('8811', 0), ask('8811', 0)];
    // Both of the user's slots are taken (their questions are at the model) before they ask on the other process.
    await untilExit(fake.waitFor(() => atModel() === before + 2, 20_000, 'both held questions at the model'));
    const waiting = ask('8811', 1);
    await untilExit(fake.waitFor((c) => isOriginalEdit(waiting.token)(c) && contentOf(c).includes('in line'), 20_000, 'the third question in line'));
    release();
    const answers = await Promise.all([...running, waiting].map(({ token }) => answered(token)));

    const buttons = (answers[0]!.body.components[0].components as { custom_id: string }[]).map((b) => b.custom_id);
    expect(contentOf(await callback(fake.button(buttons[0]!, { id: '8812' }, { channelId: on[0]!.channelId }).id))).toContain('Thanks for the 👍');
    expect(contentOf(await callback(fake.button(buttons[0]!, { id: '8812' }, { channelId: on[1]!.channelId }).id))).toContain('You already gave this answer a 👍');
  }, 60_000);

  it('Redis stopped: both answer on with a warning; the shared limit is back once Redis is', async () => {
    const since = bots.map((bot) => bot.stderr.length);
    await redis.stop();
    for (const shard of [0, 1, 0, 1]) await answered(ask('8821', shard).token);
    await untilExit(Promise.all(bots.map((bot, i) => bot.stderrMatches(/Redis is unreachable/, since[i]))));
    await redis.resume();
    await untilExit(Promise.all(bots.map((bot, i) => bot.stderrMatches(/Redis is reachable again/, since[i]))));
    for (const shard of [0, 1, 0]) await answered(ask('8822', shard).token);
    expect(isRefusal(await callback(ask('8822', 1).id))).toBe(true);
  }, 60_000);

  it("one process killed: the other's shard goes on answering", async () => {
    await bots[1]!.stop('SIGKILL');
    await answered(ask('8831', 0).token, [bots[0]!]);
    expect(bots[0]!.running()).toBe(true);
  }, 60_000);
});
