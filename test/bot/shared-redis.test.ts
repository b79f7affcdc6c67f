/**
 * Two bots, each running one shard of two (SHARD_IDS=0 and SHARD_IDS=1 of SHARD_COUNT=2), the real
 * discord.js client against one fake Discord, sharing one real Redis: a user's rate limit, their
 * answer slots and their vote hold across both, and an outage of Redis stops no answer.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot.js';
import { connectRedis, type RedisLink } from '../../src/bot/redis.js';
import type { BotConfig } from '../../src/bot/types.js';
import { FakeDiscord, type RecordedCall } from '../support/fake-discord.js';
import { FakeQa, fakeAnswer } from '../support/fake-qa.js';
import { RedisServer, redisMissing } from '../support/redis-server.js';
import { TOKEN, failOnUnhandledRejections, finalEdit, isCallback, isOriginalEdit, memoryLogger, testConfig } from './harness.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const missing = redisMissing();
// Under CI Redis is installed by .ci/run: a missing server fails there instead of skipping.
const skip = missing !== undefined && !process.env.CI;
// eslint-disable-next-line no-console -- the skip must be visible to whoever runs the tests
if (skip) console.warn(`skipping the shared-Redis tests: ${missing}`);

interface Process {
  bot: Bot;
  qa: FakeQa;
  link: RedisLink;
  logs: any[];
}
type Place = { guildId: string; channelId: string };

const isRefusal = (c: RecordedCall) => c.body.type === 4 && /questions per minute/.test(String(c.body.data?.content));
const inLine = (fake: FakeDiscord, token: string) => (c: RecordedCall) => isOriginalEdit(token)(c) && String(c.body.content).includes('in line');

describe.skipIf(skip)(`two bot processes sharing one Redis${skip ? ` (skipped: ${missing})` : ''}`, () => {
  const rejections = failOnUnhandledRejections();
  let redis: RedisServer;
  let fake: FakeDiscord;
  let on: Place[];
  let processes: Process[] = [];

  beforeAll(async () => {
    redis = await RedisServer.start();
  });
  afterAll(async () => {
    await redis?.stop();
    rejections.dispose();
  });
  afterEach(async () => {
    for (const p of processes) {
      await p.bot.stop();
      await p.link.close();
    }
    processes = [];
    await fake?.close();
    expect(rejections.errors).toEqual([]);
  });

  /** The fake with a guild on each of two shards, and a bot process per shard. */
  async function startBoth(config: Partial<BotConfig>): Promise<[Process, Process]> {
    fake = await FakeDiscord.start({ maxConcurrency: 2, requireMessageContent: true });
    on = [0, 1].map((shard) => fake.addGuild({ shard, shards: 2 }));
    processes = await Promise.all(
      [0, 1].map(async (shard) => {
        const logs: any[] = [];
        const logger = memoryLogger(logs);
        const link = await connectRedis(redis.url, logger);
        const qa = new FakeQa();
        const bot = createBot({ qa, config: testConfig({ apiUrl: fake.apiUrl, shards: { ids: [shard], count: 2 }, ...config }), logger, redis: link });
        await bot.start(TOKEN);
        return { bot, qa, link, logs };
      }),
    );
    expect(fake.gateway.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    return processes as [Process, Process];
  }
  const ask = (question: string, user: string, shard: number) => fake.chatInput('ask', { question }, { id: user }, { channelId: on[shard]!.channelId });

  it("one user's rate limit counts their questions on both processes together; another user is not affected", async () => {
    const [zero, one] = await startBoth({ rateLimitPerMinute: 2 });
    await finalEdit(fake, ask('first, on shard 0', '7701', 0).token);
    await finalEdit(fake, ask('second, on shard 1', '7701', 1).token);
    const third = ask('third, on shard 0', '7701', 0);
    expect(isRefusal(await fake.waitFor(isCallback(third.id)))).toBe(true);
    await finalEdit(fake, ask('someone else', '7702', 1).token);
    expect([zero.qa.asks.length, one.qa.asks.length]).toEqual([1, 2]);
  });

  it("a user's answer slots are shared: a question on the other process waits in line until their running answer ends there", async () => {
    const [zero] = await startBoth({ maxAnswersPerUser: 1 });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    zero.qa.on('held', async (q) => (await held, fakeAnswer(q)));
    const running = ask('held on shard 0', '7711', 0);
    await fake.waitFor(() => zero.qa.asks.length === 1);
    const waiting = ask('asked on shard 1 meanwhile', '7711', 1);
    await fake.waitFor(inLine(fake, waiting.token));
    await finalEdit(fake, ask('another user on shard 1', '7712', 1).token);
    release();
    await finalEdit(fake, running.token);
    // The slot given back on process 0 is announced through Redis, and process 1 starts the answer.
    await finalEdit(fake, waiting.token);
  });

  it('one vote per user per answer across both processes', async () => {
    await startBoth({});
    const { token } = ask('vote on me', '7721', 0);
    const ids = ((await finalEdit(fake, token)).body.components[0].components as { custom_id: string }[]).map((b) => b.custom_id);
    const up = fake.button(ids[0]!, { id: '7722' }, { channelId: on[0]!.channelId });
    expect(String((await fake.waitFor(isCallback(up.id))).body.data.content)).toContain('Thanks for the 👍');
    // The same button reaching the other process (the answer's guild moved to its shard, or a restart).
    const again = fake.button(ids[0]!, { id: '7722' }, { channelId: on[1]!.channelId });
    expect(String((await fake.waitFor(isCallback(again.id))).body.data.content)).toContain('You already gave this answer a 👍');
    const down = fake.button(ids[1]!, { id: '7722' }, { channelId: on[1]!.channelId });
    expect(String((await fake.waitFor(isCallback(down.id))).body.data.content)).toContain('your vote is changed to 👎');
  });

  it('Redis stopped mid-run: both go on answering under their own limits with a warning, and share them again once it is back', async () => {
    const [zero, one] = await startBoth({ rateLimitPerMinute: 2 });
    await redis.stop();
    try {
      // Each process counts alone now: two questions on each are answered.
      for (const shard of [0, 1, 0, 1]) await finalEdit(fake, ask(`during the outage on shard ${shard}`, '7731', shard).token);
      for (const p of [zero, one]) expect(p.logs.some((l) => l.level === 40 && /Redis is unreachable/.test(l.msg))).toBe(true);
    } finally {
      await redis.resume();
    }
    await Promise.all([zero, one].map((p) => fake.waitFor(() => p.logs.some((l) => /Redis is reachable again/.test(l.msg)), 10_000, 'the reconnection')));
    await finalEdit(fake, ask('after the outage, on shard 0', '7732', 0).token);
    await finalEdit(fake, ask('after the outage, on shard 1', '7732', 1).token);
    const over = ask('one too many, on shard 0', '7732', 0);
    expect(isRefusal(await fake.waitFor(isCallback(over.id)))).toBe(true);
  }, 30_000);
});
