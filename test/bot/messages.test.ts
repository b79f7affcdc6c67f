import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { failOnUnhandledRejections, postTo, startHarness, type Harness } from './harness.js';

const answered = (s: string) => s.includes('Sources');

describe('mentions, threads, replies and DMs', () => {
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

  it('answers a mention in a new thread; a follow-up in the thread carries the history', async () => {
    const asked = h.fake.userMessage('What do labs say about chips?', { mention: true, user: { id: '2001' } });
    const threadCall = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${h.fake.channelId}/messages/${asked.id}/threads`);
    expect(threadCall.body.name).toBe('What do labs say about chips?');
    const threadId = asked.id;
    const answer = await h.fake.waitFor(postTo(threadId, answered));
    expect(answer.body.allowed_mentions.parse).toEqual([]);
    expect(h.qa.asks.at(-1)?.question).toBe('What do labs say about chips?');

    h.fake.userMessage('And what about energy?', { channelId: threadId, user: { id: '2001' } });
    await h.fake.waitFor(() => h.qa.asks.at(-1)?.question === 'And what about energy?');
    expect(h.qa.histories.at(-1)).toEqual([
      { role: 'user', content: 'What do labs say about chips?' },
      { role: 'assistant', content: expect.stringContaining('export controls') },
    ]);
    await h.fake.waitFor((c) => postTo(threadId, answered)(c) && c !== answer);
  });

  it('replies in place when a thread cannot be created', async () => {
    h.fake.failThreads = true;
    try {
      const asked = h.fake.userMessage('no threads here?', { mention: true });
      const reply = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${h.fake.channelId}/messages` && c.body?.message_reference?.message_id === asked.id);
      expect(reply.body.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
      await h.fake.waitFor(postTo(h.fake.channelId, answered));
    } finally {
      h.fake.failThreads = false;
    }
  });

  it('a reply to the bot continues the conversation', async () => {
    const before = h.qa.asks.length;
    h.fake.userMessage('first question about safety', { channelId: h.fake.forumlessChannelId, mention: true });
    await h.fake.waitFor(() => h.qa.asks.length > before);
    const botAnswer = await h.fake.waitFor(postTo(h.fake.forumlessChannelId, answered));
    const botMessage = h.fake.messagesIn(h.fake.forumlessChannelId).find((m) => m.author.bot && m.id);
    expect(botMessage).toBeDefined();
    h.fake.userMessage('why?', { channelId: h.fake.forumlessChannelId, replyTo: { ...botMessage, content: String(botAnswer.body.content) } });
    await h.fake.waitFor(() => h.qa.asks.at(-1)?.question === 'why?');
    expect(h.qa.histories.at(-1)?.[0]).toEqual({ role: 'user', content: 'first question about safety' });
    expect(h.qa.histories.at(-1)?.length).toBe(2);
  });

  it('answers DMs and keeps the DM conversation', async () => {
    h.fake.userMessage('dm question one', { dm: true, user: { id: '3001' } });
    await h.fake.waitFor(postTo(h.fake.dmChannelId, answered));
    const mark = h.fake.calls.length;
    h.fake.userMessage('dm question two', { dm: true, user: { id: '3001' } });
    await h.fake.waitFor(postTo(h.fake.dmChannelId, answered), 3_000, 'second DM answer', mark);
    expect(h.qa.asks.at(-1)?.question).toBe('dm question two');
    expect(h.qa.histories.at(-1)?.[0]).toEqual({ role: 'user', content: 'dm question one' });
  });

  it('ignores other bots and plain chatter', async () => {
    const before = h.qa.asks.length;
    const calls = h.fake.calls.length;
    h.fake.userMessage('I am a bot asking', { mention: true, user: { id: '4001', bot: true } });
    h.fake.userMessage('just chatting, no mention');
    // A DM after them: once it is answered, both earlier messages have been handled.
    h.fake.userMessage('a question after the chatter', { dm: true, user: { id: '4002' } });
    await h.fake.waitFor(postTo(h.fake.dmChannelId, (s) => s.includes('Sources')), 3_000, 'the DM answer', calls);
    await h.bot.idle();
    expect(h.qa.asks.slice(before).map((a) => a.question)).toEqual(['a question after the chatter']);
    expect(h.fake.calls.slice(calls).every((c) => c.path.startsWith(`/channels/${h.fake.dmChannelId}/`))).toBe(true);
  });

  it('splits a long answer into messages ≤ 2,000 characters, buttons on the last', async () => {
    const mark = h.fake.calls.length;
    const before = h.fake.messagesIn(h.fake.dmChannelId).length;
    h.fake.userMessage('give me the long answer', { dm: true, user: { id: '3002' } });
    await h.fake.waitFor(postTo(h.fake.dmChannelId, answered), 3_000, 'last part', mark);
    const parts = h.fake.messagesIn(h.fake.dmChannelId).slice(before).filter((m) => m.author.bot);
    const contents = parts.map((m) => String(m.content));
    expect(contents.length).toBeGreaterThan(1);
    for (const content of contents) expect(content.length).toBeLessThanOrEqual(2000);
    const joined = contents.join('\n\n');
    for (let i = 1; i <= 12; i++) expect(joined).toContain(`Paragraph ${i}:`);
    expect(contents.at(-1)).toContain('[1] OpenAI — Private Sector — p. 4 — <https://');
    const withButtons = parts.filter((m) => m.components?.length);
    expect(withButtons.length).toBe(1);
    expect(withButtons[0]).toBe(parts.at(-1));
  });

  it('escapes hostile passage text: no pings, no formatting', async () => {
    const { token } = h.fake.chatInput('ask', { question: 'everyone ping test' });
    const edit = await h.fake.waitFor((c) => c.method === 'PATCH' && c.path.endsWith(`/${token}/messages/@original`) && String(c.body?.content).includes('Sources'));
    const content = String(edit.body.content);
    expect(content).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(content).not.toMatch(/(^|[^\u200b])@here/);
    expect(content).not.toMatch(/<@\d/);
    expect(content).toContain('\\*\\*bold\\*\\*');
    expect(content).toContain('Evil \\*\\*Corp\\*\\*');
    expect(edit.body.allowed_mentions.parse).toEqual([]);
    const passagesButton = (edit.body.components[0].components as { custom_id: string }[]).find((b) => b.custom_id.startsWith('pass:'));
    const click = h.fake.button(passagesButton!.custom_id);
    const callback = await h.fake.waitFor((c) => c.method === 'POST' && c.path.startsWith(`/interactions/${click.id}/`));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & 64).toBe(64);
    const passages = String(callback.body.data.content);
    expect(passages).toContain('\\[x](http:\u200b//evil.example)');
    expect(passages).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(passages).not.toMatch(/<@&?\d/);
  });
});
