/** Per-user limits on every command, button and message, checked before anything is created. */
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../support/fake-discord.js';
import { failOnUnhandledRejections, finalEdit, isCallback, postTo, startHarness, type Harness } from './harness.js';

/** An immediate ephemeral reply saying when to try again (served commands are deferred; served buttons carry passages). */
const isRefusal = (c: RecordedCall) => c.body.type === 4 && /Try again <t:\d+:R>/.test(String(c.body.data?.content));
const isThreadStart = (channelId: string) => (c: RecordedCall) => c.method === 'POST' && c.path.startsWith(`/channels/${channelId}/messages/`) && c.path.endsWith('/threads');

describe('rate limits', () => {
  const rejections = failOnUnhandledRejections();
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
    expect(rejections.errors).toEqual([]);
  });

  it('25 mentions in a burst: threads only for the admitted questions, one refusal in place, nothing else', async () => {
    h = await startHarness({ config: { rateLimitPerMinute: 3 } });
    const { fake } = h;
    const asked = Array.from({ length: 25 }, (_, i) => fake.userMessage(`burst question ${i}`, { mention: true, user: { id: '6101' } }).id as string);
    // Another user's question after the burst: once it is being answered, every burst message has reached a handler.
    const marker = fake.userMessage('a question from someone else', { mention: true, user: { id: '6102' } });
    await fake.waitFor(postTo(marker.id, (s) => s.includes('Sources')), 5_000, "the other user's answer");
    await h.bot.idle();

    const threads = fake.calls.filter(isThreadStart(fake.channelId)).map((c) => c.path.split('/')[4]);
    expect(threads.filter((id) => asked.includes(id!))).toHaveLength(3);
    expect(threads).toContain(marker.id);
    const replies = fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${fake.channelId}/messages` && asked.includes(c.body?.message_reference?.message_id));
    expect(replies).toHaveLength(1);
    expect(String(replies[0]!.body.content)).toMatch(/3 questions per minute\. You can ask again <t:\d+:R>/);
    expect(replies[0]!.body.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
    expect(h.qa.asks.filter((a) => a.question.startsWith('burst'))).toHaveLength(3);
  });

  it('/submission, /search, /stats, /help and buttons have per-user limits in proportion to their cost', async () => {
    h = await startHarness({ config: { rateLimitPerMinute: 2 } });
    const { fake } = h;
    const burst = async (count: number, send: () => { id: string }) => {
      const ids = Array.from({ length: count }, () => send().id);
      const replies = await Promise.all(ids.map((id) => fake.waitFor(isCallback(id), 5_000, `reply to ${id}`)));
      await h!.bot.idle();
      const refusals = replies.filter(isRefusal);
      return { served: replies.length - refusals.length, refusals };
    };
    const submissions = await burst(60, () => fake.chatInput('submission', { id: 'OpenAI-AI-RFI-2025' }, { id: '6201' }));
    expect(submissions.served).toBe(8); // lookups: 4 × RATE_LIMIT_PER_MINUTE
    expect(submissions.refusals[0]!.body.data.flags & 64).toBe(64);
    expect(String(submissions.refusals[0]!.body.data.content)).toMatch(/\/submission.*8 times a minute\. Try again <t:\d+:R>/);
    expect((await burst(10, () => fake.chatInput('search', { query: 'energy' }, { id: '6201' }))).served).toBe(0); // same budget, spent

    const light = await burst(30, () => fake.chatInput('stats', {}, { id: '6202' }));
    expect(light.served).toBe(20); // light requests: 10 × RATE_LIMIT_PER_MINUTE
    expect((await burst(3, () => fake.chatInput('help', {}, { id: '6202' }))).served).toBe(0);

    const { token } = fake.chatInput('ask', { question: 'buttons' }, { id: '6203' });
    const passages = (await finalEdit(fake, token)).body.components[0].components[2].custom_id as string;
    const clicks = await burst(25, () => fake.button(passages, { id: '6204' }));
    expect(clicks.served).toBe(20);
    expect(String(clicks.refusals[0]!.body.data.content)).toContain('Try again');

    // Another user is not affected.
    expect((await burst(1, () => fake.chatInput('submission', { id: 'OpenAI-AI-RFI-2025' }, { id: '6205' }))).served).toBe(1);
  });

  it('autocomplete: a flood from one user gets empty suggestions once 40 × RATE_LIMIT_PER_MINUTE are served; others still get theirs', async () => {
    h = await startHarness({ config: { rateLimitPerMinute: 1 } });
    const { fake } = h;
    const suggest = (user: string) => fake.autocomplete('submission', 'id', 'openai', {}, { id: user }).id as string;
    const ids = Array.from({ length: 50 }, () => suggest('6401'));
    const replies = await Promise.all(ids.map((id) => fake.waitFor(isCallback(id), 5_000, `suggestions for ${id}`)));
    expect(replies.every((r) => r.body.type === 8)).toBe(true);
    const sizes = replies.map((r) => (r.body.data.choices as unknown[]).length);
    expect(sizes.filter((n) => n > 0)).toHaveLength(40);
    expect(sizes.filter((n) => n === 0)).toHaveLength(10);
    const other = await fake.waitFor(isCallback(suggest('6402')));
    expect(other.body.data.choices.length).toBeGreaterThan(0);
  });

  it('/compare counts as two questions', async () => {
    h = await startHarness({ config: { rateLimitPerMinute: 3 } });
    const compare = h.fake.chatInput('compare', { submitters: 'OpenAI, Anthropic', question: 'chips' }, { id: '6301' });
    await finalEdit(h.fake, compare.token, (s) => s.includes('Compared on'));
    const ask = h.fake.chatInput('ask', { question: 'one more' }, { id: '6301' });
    await finalEdit(h.fake, ask.token);
    const refused = h.fake.chatInput('ask', { question: 'too many' }, { id: '6301' });
    expect(String((await h.fake.waitFor(isCallback(refused.id))).body.data.content)).toContain('3 questions per minute');
  });
});
