import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AnswerStore } from '../../src/bot/answer-store.js';
import type { FeedbackRecord } from '../../src/bot/feedback.js';
import { failOnUnhandledRejections, finalEdit, isCallback, postTo, startHarness, type Harness } from './harness.js';

/** The custom ids of the buttons under a message body: [👍, 👎, Show passages]. */
const buttonIds = (body: { components: { components: { custom_id: string }[] }[] }) => body.components[0]!.components.map((b) => b.custom_id);

describe('answer buttons', () => {
  let h: Harness;
  const rejections = failOnUnhandledRejections();
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
    rejections.dispose();
  });
  afterEach(() => expect(rejections.errors).toEqual([]));

  const click = async (customId: string, userId: string) => {
    const { id } = h.fake.button(customId, { id: userId });
    const reply = await h.fake.waitFor(isCallback(id), 3_000, `reply to ${customId}`);
    await h.bot.idle();
    return { content: String(reply.body.data.content), ephemeral: (reply.body.data.flags & 64) === 64 };
  };
  const feedbackLines = async (answerId: string): Promise<FeedbackRecord[]> => {
    const text = await readFile(h.config.feedbackLog, 'utf8').catch(() => '');
    return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as FeedbackRecord).filter((r) => r.answerId === answerId);
  };

  it("a private answer's buttons serve only its asker", async () => {
    const { token } = h.fake.chatInput('ask', { question: 'private one', private: true }, { id: '7101' });
    const [up, , passages] = buttonIds((await finalEdit(h.fake, token)).body);
    const stranger = await click(passages!, '7102');
    expect(stranger.ephemeral).toBe(true);
    expect(stranger.content).toContain('Only the person who asked');
    expect(stranger.content).not.toContain('export controls');
    expect((await click(up!, '7102')).content).toContain('Only the person who asked');
    expect(await feedbackLines(up!.split(':')[2]!)).toEqual([]);
    expect((await click(passages!, '7101')).content).toContain('We support export controls on advanced chips.');
  });

  it("a DM answer's buttons serve only its asker", async () => {
    const mark = h.fake.calls.length;
    h.fake.userMessage('dm answer with buttons', { dm: true, user: { id: '7201' } });
    const answer = await h.fake.waitFor((c) => postTo(h.fake.dmChannelId, (s) => s.includes('Sources'))(c) && c.body?.components?.length > 0, 3_000, 'DM answer', mark);
    const passages = buttonIds(answer.body)[2]!;
    expect((await click(passages, '7202')).content).toContain('Only the person who asked');
    expect((await click(passages, '7201')).content).toContain('We support export controls on advanced chips.');
  });

  it('one vote per user per answer: repeats are not recorded again, a changed vote replaces the earlier one', async () => {
    const { token } = h.fake.chatInput('ask', { question: 'vote on me' }, { id: '7301' });
    const [up, down] = buttonIds((await finalEdit(h.fake, token)).body);
    const answerId = up!.split(':')[2]!;
    const replies: string[] = [];
    for (let i = 0; i < 50; i++) replies.push((await click(up!, '7302')).content);
    expect(replies[0]).toContain('recorded');
    expect(new Set(replies.slice(1))).toEqual(new Set([expect.stringContaining('already')]));
    expect(await click(down!, '7302')).toMatchObject({ content: expect.stringContaining('changed') });
    await click(up!, '7303');
    const lines = await feedbackLines(answerId);
    expect(lines.map((l) => [l.userId, l.vote, l.replaces ?? null])).toEqual([
      ['7302', 'up', null],
      ['7302', 'down', 'up'],
      ['7303', 'up', null],
    ]);
  });

  it('unknown and forged answer ids are refused, nothing recorded', async () => {
    const before = await readFile(h.config.feedbackLog, 'utf8').catch(() => '');
    for (const customId of ['fb:up:__proto__', 'fb:down:constructor', 'fb:up:AAAAAAAA', 'pass:__proto__', 'pass:hasOwnProperty', 'fb:sideways:x', 'nonsense']) {
      const reply = await click(customId, '7401');
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).not.toMatch(/thanks|recorded/i);
      expect(reply.content).toMatch(/unknown|too old|not recognised/i);
    }
    expect(await readFile(h.config.feedbackLog, 'utf8').catch(() => '')).toBe(before);
  });
});

describe('AnswerStore', () => {
  it('keeps the most recently used answers up to its capacity', async () => {
    const store = new AnswerStore(2);
    const entry = { question: 'q', mode: 'extractive', userId: 'u', private: false, passages: [] };
    const [a, b] = [store.add(entry), store.add(entry)];
    expect(await store.get(a.id)).toBe(a); // a is now the most recent
    const c = store.add(entry);
    expect(await Promise.all([store.get(a.id), store.get(b.id), store.get(c.id)])).toEqual([a, undefined, c]);
  });

  it('keeps one vote per user per answer: the same vote is no news, another replaces it, undo puts the earlier one back', async () => {
    const store = new AnswerStore(2);
    expect(await store.cast('a1', 'u', 'up')).toEqual({ same: false });
    expect(await store.cast('a1', 'u', 'up')).toEqual({ same: true });
    expect(await store.cast('a1', 'u', 'down')).toEqual({ same: false, previous: 'up' });
    await store.undo('a1', 'u', 'up');
    expect(await store.cast('a1', 'u', 'up')).toEqual({ same: true });
    expect(await store.cast('a1', 'other', 'up')).toEqual({ same: false });
  });
});
