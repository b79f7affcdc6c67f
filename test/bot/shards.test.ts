/**
 * SHARDS: the real client runs several gateway shards against the fake Discord, which serves each
 * guild's events on the shard that owns it. Limits and the answer gate live in the one process,
 * so they count a user's requests whichever shard brought them.
 */
import { Status } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotConfig } from '../../src/bot/types.js';
import type { FakeDiscordOptions, RecordedCall } from '../support/fake-discord.js';
import { fakeAnswer } from '../support/fake-qa.js';
import { failOnUnhandledRejections, finalEdit, isCallback, isOriginalEdit, postTo, startHarness, type Harness } from './harness.js';

type Place = { guildId: string; channelId: string };

/** Starts the bot with `config.shards` and one guild on each of the first `shards` shards. */
async function startSharded(shards: number, config: Partial<BotConfig>, fake: FakeDiscordOptions = {}): Promise<{ h: Harness; on: Place[] }> {
  const on: Place[] = [];
  // max_concurrency = shards: every shard identifies at once, not one per 5 s.
  const h = await startHarness({
    config,
    fake: { maxConcurrency: shards, ...fake },
    beforeLogin: (f) => on.push(...Array.from({ length: shards }, (_, shard) => f.addGuild({ shard, shards }))),
  });
  return { h, on };
}

/** The shard whose connection carried an interaction. */
const shardOfInteraction = (h: Harness, id: string) => h.fake.gateway.sent.find((s) => s.t === 'INTERACTION_CREATE' && s.d.id === id)?.shard;
const isRefusal = (c: RecordedCall) => c.body.type === 4 && /questions per minute/.test(String(c.body.data?.content));

describe('sharding', () => {
  const rejections = failOnUnhandledRejections();
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
    expect(rejections.errors).toEqual([]);
  });

  it('SHARDS=2: two connections, [0,2] and [1,2]; /ask and a mention are answered in a guild on each', async () => {
    const started = await startSharded(2, { shards: 2 });
    h = started.h;
    const { fake, bot } = h;
    expect(fake.gateway.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    started.on.forEach(({ guildId }, shard) => expect(bot.client.guilds.cache.get(guildId)?.shardId).toBe(shard));

    for (const [shard, { channelId }] of started.on.entries()) {
      const ask = fake.chatInput('ask', { question: `asked on shard ${shard}` }, { id: '9001' }, { channelId });
      await finalEdit(fake, ask.token);
      expect(shardOfInteraction(h, ask.id)).toBe(shard);
      const mention = fake.userMessage(`mentioned on shard ${shard}`, { mention: true, channelId, user: { id: '9002' } });
      await fake.waitFor(postTo(mention.id, (s) => s.includes('Sources')), 3_000, `answer in the thread on shard ${shard}`);
      expect(fake.gateway.sent.find((s) => s.t === 'MESSAGE_CREATE' && s.d.id === mention.id)?.shard).toBe(shard);
    }
  });

  it("SHARDS=auto: as many shards as GET /gateway/bot recommends", async () => {
    const started = await startSharded(3, { shards: 'auto' }, { recommendedShards: 3 });
    h = started.h;
    expect(h.fake.gateway.identifies.map((i) => i.shard).sort()).toEqual([[0, 3], [1, 3], [2, 3]]);
    expect(h.bot.client.options.shardCount).toBe(3);
    expect(h.logs.find((l) => l.msg === 'bot ready')).toMatchObject({ shards: 3, shardCount: 3 });
    const ask = h.fake.chatInput('ask', { question: 'on the last shard' }, { id: '9101' }, { channelId: started.on[2]!.channelId });
    await finalEdit(h.fake, ask.token);
    expect(shardOfInteraction(h, ask.id)).toBe(2);
  });

  it("one user's rate limit counts their questions on every shard together", async () => {
    const started = await startSharded(2, { shards: 2, rateLimitPerMinute: 2 });
    h = started.h;
    const { fake } = h;
    const [zero, one] = started.on as [Place, Place];
    const ask = (place: Place, question: string, userId = '9201') => fake.chatInput('ask', { question }, { id: userId }, { channelId: place.channelId });

    const served = [ask(zero, 'first, shard 0'), ask(one, 'second, shard 1')];
    for (const { token } of served) await finalEdit(fake, token);
    const refused = [ask(one, 'third, shard 1'), ask(zero, 'fourth, shard 0')];
    for (const { id } of refused) expect(isRefusal(await fake.waitFor(isCallback(id)))).toBe(true);
    expect([...served, ...refused].map(({ id }) => shardOfInteraction(h!, id))).toEqual([0, 1, 1, 0]);
    expect(h.qa.asks.map((a) => a.question)).toEqual(['first, shard 0', 'second, shard 1']);

    // Another user, on either shard, is not affected.
    await finalEdit(fake, ask(one, 'someone else', '9202').token);
  });

  it("the answer gate holds one user's answers from both shards to their share", async () => {
    const started = await startSharded(2, { shards: 2, maxConcurrentAnswers: 4, maxAnswersPerUser: 2 });
    h = started.h;
    const { fake, qa } = h;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    qa.on('held', async (q) => (await held, fakeAnswer(q)));
    const heavy = [0, 1, 0, 1].map((shard, i) => fake.chatInput('ask', { question: `held ${i}` }, { id: '9301' }, { channelId: started.on[shard]!.channelId }));
    expect(heavy.map(({ id }) => shardOfInteraction(h!, id))).toEqual([0, 1, 0, 1]);

    const running = () => qa.asks.filter((a) => a.question.startsWith('held')).length;
    const queued = () => heavy.filter(({ token }) => fake.calls.some((c) => isOriginalEdit(token)(c) && String(c.body.content).includes('in line')));
    await fake.waitFor(() => running() === 2, 3_000, 'two held answers running');
    await fake.waitFor(() => queued().length === 2, 3_000, 'two queued notices');

    // Two slots are free, but not for that user: another user is answered at once.
    await finalEdit(fake, fake.chatInput('ask', { question: 'quick one' }, { id: '9302' }, { channelId: started.on[1]!.channelId }).token);
    expect(running()).toBe(2);

    release();
    for (const { token } of heavy) await finalEdit(fake, token, undefined, 5_000);
    expect(running()).toBe(4);
  });

  it('a dropped shard does not stop the other from answering, and resumes its session', async () => {
    const started = await startSharded(2, { shards: 2 });
    h = started.h;
    const { fake } = h;
    const [zero, one] = started.on as [Place, Place];
    fake.gateway.hold(1); // shard 1's RESUME is left unanswered: it stays down until released
    fake.gateway.drop('terminate', 1);
    // The client has seen the drop once it reconnects and asks to resume.
    await fake.waitFor(() => fake.gateway.resumes.some((r) => r.shard === 1), 5_000, 'shard 1 reconnecting to resume');
    expect(h.bot.client.ws.shards.get(1)?.status).not.toBe(Status.Ready);

    const onZero = fake.chatInput('ask', { question: 'while shard 1 is down' }, { id: '9401' }, { channelId: zero.channelId });
    await finalEdit(fake, onZero.token);
    const onOne = fake.chatInput('ask', { question: 'sent to shard 1 while down' }, { id: '9402' }, { channelId: one.channelId });
    expect(fake.gateway.isLive(1)).toBe(false);
    expect(shardOfInteraction(h, onOne.id)).toBeUndefined(); // waiting for shard 1

    fake.gateway.release(1);
    await finalEdit(fake, onOne.token);
    expect(shardOfInteraction(h, onOne.id)).toBe(1);
    expect(fake.gateway.resumes.map((r) => r.shard)).toEqual([1]);
    expect(fake.gateway.identifies.map((i) => i.shard[0]).sort()).toEqual([0, 1]);
    const again = fake.chatInput('ask', { question: 'shard 0 still there' }, { id: '9401' }, { channelId: zero.channelId });
    await finalEdit(fake, again.token);
  });
});
