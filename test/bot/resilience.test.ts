import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/bot.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { FakeQa, fakeAnswer } from '../support/fake-qa.js';
import { TOKEN, failOnUnhandledRejections, finalEdit, isCallback, isOriginalEdit, memoryLogger, postTo, startHarness, testConfig, type Harness } from './harness.js';

describe('limits, failures, reconnects and shutdown', () => {
  const rejections = failOnUnhandledRejections();
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
    expect(rejections.errors).toEqual([]);
  });

  it('rate limit: a friendly ephemeral message with a Discord timestamp', async () => {
    h = await startHarness({ config: { rateLimitPerMinute: 2 } });
    for (const q of ['one', 'two']) await finalEdit(h.fake, h.fake.chatInput('ask', { question: q }, { id: '5001' }).token);
    const third = h.fake.chatInput('ask', { question: 'three' }, { id: '5001' });
    const reply = await h.fake.waitFor(isCallback(third.id));
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags & 64).toBe(64);
    expect(reply.body.data.content).toMatch(/2 questions per minute\. You can ask again <t:\d+:R>/);
    // another user is not affected
    await finalEdit(h.fake, h.fake.chatInput('ask', { question: 'other user' }, { id: '5002' }).token);
  });

  it('LLM failure and LLM time-out: helpful text and a log line', async () => {
    h = await startHarness();
    const failed = h.fake.chatInput('ask', { question: 'please fail' });
    const failEdit = await finalEdit(h.fake, failed.token, (s) => s.includes('language model service failed'));
    expect(failEdit.body.allowed_mentions.parse).toEqual([]);
    const slow = h.fake.chatInput('ask', { question: 'llmtimeout' });
    await finalEdit(h.fake, slow.token, (s) => s.includes('took too long'));
    expect(h.logs.filter((l) => l.msg === 'answer failed').map((l) => l.code)).toEqual(['LLM_FAILED', 'LLM_TIMEOUT']);
  });

  it('answer timeout aborts the QA call and says what to do', async () => {
    h = await startHarness({ config: { answerTimeoutMs: 150 } });
    const { token } = h.fake.chatInput('ask', { question: 'hang forever' });
    const edit = await finalEdit(h.fake, token, (s) => s.includes('was stopped'));
    expect(String(edit.body.content)).toContain('/search');
    expect(h.qa.asks.at(-1)?.options.signal?.aborted).toBe(true);
    expect(h.logs.some((l) => l.msg === 'answer failed' && l.code === 'ANSWER_TIMEOUT' && l.command === 'ask')).toBe(true);
  });

  it('/submission has a deadline too: a lookup that never returns is stopped and said so', async () => {
    const qa = new FakeQa();
    qa.submission = () => new Promise(() => undefined);
    h = await startHarness({ qa, config: { answerTimeoutMs: 150 } });
    const { token } = h.fake.chatInput('submission', { id: 'AI-RFI-2025-0001' });
    const edit = await finalEdit(h.fake, token, (s) => s.includes('was stopped'));
    expect(String(edit.body.content)).toMatch(/took longer than/);
  });

  it('queue: over capacity → queued message, full queue → polite busy', async () => {
    h = await startHarness({ config: { maxConcurrentAnswers: 1, maxQueue: 1 } });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    h.qa.on('held', async (q) => (await held, fakeAnswer(q)));
    const a = h.fake.chatInput('ask', { question: 'held a' }, { id: '6001' });
    await h.fake.waitFor(() => h!.qa.asks.length === 1);
    const b = h.fake.chatInput('ask', { question: 'held b' }, { id: '6002' });
    await h.fake.waitFor((c) => isOriginalEdit(b.token)(c) && String(c.body.content).includes('number 1 in line'));
    const c = h.fake.chatInput('ask', { question: 'held c' }, { id: '6003' });
    await finalEdit(h.fake, c.token, (s) => s.includes('busy'));
    release();
    await finalEdit(h.fake, a.token);
    await finalEdit(h.fake, b.token);
  });

  it('gateway dropped mid-session (abrupt, then 4000): resumes and still answers', async () => {
    h = await startHarness();
    await finalEdit(h.fake, h.fake.chatInput('ask', { question: 'before drop' }).token);
    h.fake.gateway.drop('terminate');
    const afterDrop = h.fake.chatInput('ask', { question: 'after drop' });
    await finalEdit(h.fake, afterDrop.token, undefined, 8_000);
    expect(h.fake.gateway.resumes.length + h.fake.gateway.identifies.length - 1).toBeGreaterThanOrEqual(1);
    h.fake.gateway.drop(4000);
    await h.fake.waitForLive(8_000);
    await finalEdit(h.fake, h.fake.chatInput('ask', { question: 'after 4000' }).token, undefined, 8_000);
  }, 20_000);

  it('a shard closed for good after the start (4004): gatewayLost says so with the code, and a resumable close does not', async () => {
    h = await startHarness();
    h.fake.gateway.drop(4000);
    await h.fake.waitForLive(8_000);
    await finalEdit(h.fake, h.fake.chatInput('ask', { question: 'after 4000' }).token, undefined, 8_000);
    h.fake.gateway.drop(4004);
    const lost = await h.bot.gatewayLost;
    expect(lost.closeCode).toBe(4004);
    expect(lost.message).toMatch(/closed shard 0 with code 4004 and it cannot reconnect/);
    expect(h.logs.filter((l) => l.msg === 'gateway closed and will not reconnect')).toHaveLength(1);
  }, 20_000);

  it('missing MessageContent intent (4014): start fails with the clear message', async () => {
    const fake = await FakeDiscord.start({ requireMessageContent: true });
    try {
      const logs: unknown[] = [];
      const bot = createBot({ qa: new FakeQa(), config: testConfig({ apiUrl: fake.apiUrl }), logger: memoryLogger(logs) });
      // Simulate a portal without the privileged intent: drop MessageContent from IDENTIFY.
      bot.client.options.intents = bot.client.options.intents.remove('MessageContent');
      await expect(bot.start(TOKEN)).rejects.toThrow(/Enable the Message Content intent in the Developer Portal → Bot → Privileged Gateway Intents/);
      expect(JSON.stringify(logs)).toContain('4014');
      expect(JSON.stringify(logs)).not.toContain('never-log-me');
    } finally {
      await fake.close();
    }
  });

  it('stop() while answering: the answer completes, new questions get the polite refusal', async () => {
    h = await startHarness();
    h.qa.slowMs = 400;
    const inFlight = h.fake.chatInput('ask', { question: 'slow in flight' });
    await h.fake.waitFor(() => h!.qa.asks.length === 1);
    const stopping = h.bot.stop();
    const late = h.fake.chatInput('ask', { question: 'too late' }, { id: '7002' });
    const refusal = await h.fake.waitFor(isCallback(late.id));
    expect(refusal.body.data.content).toContain('restarting');
    const lateDm = h.fake.userMessage('dm after stop', { dm: true, user: { id: '7003' } });
    await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${h!.fake.dmChannelId}/messages` && String(c.body?.content).includes('restarting'));
    expect(lateDm).toBeDefined();
    await finalEdit(h.fake, inFlight.token);
    await stopping;
    expect(h.qa.asks.length).toBe(1);
    await h.fake.close();
    h = undefined;
  });

  it('stop() when answers outlast the grace period: everyone still waiting, answering or in line, is told to ask again', async () => {
    h = await startHarness({ config: { maxConcurrentAnswers: 1, shutdownGraceMs: 200 } });
    h.qa.on('held', () => new Promise(() => undefined)); // a model that never finishes
    const running = h.fake.chatInput('ask', { question: 'held running' }, { id: '7101' });
    await h.fake.waitFor(() => h!.qa.asks.length === 1);
    const queued = h.fake.chatInput('ask', { question: 'held queued' }, { id: '7102' });
    await h.fake.waitFor((c) => isOriginalEdit(queued.token)(c) && String(c.body.content).includes('number 1 in line'));
    h.fake.userMessage('held in a DM', { dm: true, user: { id: '7103' } });
    await h.fake.waitFor(postTo(h.fake.dmChannelId, (s) => s.includes('number 2 in line')));
    await h.bot.stop();
    const told = (s: string) => s.includes('could not finish this answer. Please ask again');
    for (const token of [running.token, queued.token]) await finalEdit(h.fake, token, told);
    await h.fake.waitFor(postTo(h.fake.dmChannelId, told));
    expect(h.logs.find((l) => l.msg === 'stopped with answers still in flight')).toMatchObject({ inFlight: 3, told: 3 });
    await h.fake.close();
    h = undefined;
  });

  it('👍 appends one feedback line; 👎 from another user too', async () => {
    h = await startHarness();
    const { token } = h.fake.chatInput('ask', { question: 'feedback please' });
    const edit = await finalEdit(h.fake, token);
    const ids = (edit.body.components[0].components as { custom_id: string }[]).map((b) => b.custom_id);
    const up = h.fake.button(ids[0]!, { id: '8001' });
    const ack = await h.fake.waitFor(isCallback(up.id));
    expect(ack.body.data.flags & 64).toBe(64);
    const down = h.fake.button(ids[1]!, { id: '8002' });
    await h.fake.waitFor(isCallback(down.id));
    const lines = (await readFile(h.config.feedbackLog, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ answerId: ids[0]!.split(':')[2], userId: '8001', vote: 'up', question: 'feedback please', sources: ['OpenAI-AI-RFI-2025', 'AI-RFI-2025-0042'], mode: 'extractive' });
    expect(typeof lines[0].ts).toBe('string');
    expect(lines[1]).toMatchObject({ vote: 'down', userId: '8002' });
  });
});
