/**
 * The bot with answers from a chat model: the real discord.js client against the local fake
 * Discord, the real RetrievalService over the fixture index, and the real openai client against
 * a local OpenAI-compatible server. Streaming, a failing model and a model that never answers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createQaService } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { RecordedCall } from '../support/fake-discord.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { buildFixtureCorpusIndex, type BuiltFixtureIndex } from '../support/index-fixture.js';
import { failOnUnhandledRejections, isOriginalEdit, startHarness, type Harness } from './harness.js';

const contentOf = (c: RecordedCall) => String(c.body?.content ?? '');
const QUOTE = '"Acme Robotics recommends that the Department of Defense buy commercial autonomy software by default." [1]';

describe('the bot answering with a chat model (local OpenAI-compatible server)', () => {
  let fixture: BuiltFixtureIndex;
  let openai: FakeOpenAI;
  let h: Harness;
  const rejections = failOnUnhandledRejections();

  beforeAll(async () => {
    fixture = await buildFixtureCorpusIndex();
    openai = await startFakeOpenAI();
    const config = parseConfig({
      LOG_LEVEL: 'silent',
      INDEX_DIR: fixture.dir,
      EMBEDDER: 'lsa',
      ANSWER_MODE: 'llm',
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: openai.url,
      CHAT_MODEL: 'test-model',
      LLM_TIMEOUT_MS: '1500',
      LLM_MAX_RETRIES: '0',
    });
    const qa = await createQaService(config, fixture.dir);
    h = await startHarness({ qa, config: { answerTimeoutMs: 20_000, streamEditIntervalMs: 50 } });
  });
  afterAll(async () => {
    await h?.close();
    await openai?.close();
    await fixture?.cleanup();
    rejections.dispose();
  });
  afterEach(() => expect(rejections.errors).toEqual([]));

  it('streams the answer by editing the reply, then posts it with verified sources', async () => {
    openai.script('chat', [{ text: `Acme wants commercial software to be the default: ${QUOTE} It also cites the QUICKBUY Act [1].`, chunkDelayMs: 30 }]);
    const { token } = h.fake.chatInput('ask', { question: 'What did Acme Robotics say about defense purchasing?' });
    const final = await h.fake.waitFor((c) => isOriginalEdit(token)(c) && Array.isArray(c.body?.components) && c.body.components.length > 0, 15_000, 'final');
    const edits = h.fake.calls.filter(isOriginalEdit(token)).map(contentOf);
    expect(edits.filter((e) => e.includes('writing…')).length).toBeGreaterThanOrEqual(2);
    expect(contentOf(final)).toContain('Acme wants commercial software to be the default');
    expect(contentOf(final)).toMatch(/\[1\] Acme Robotics Inc\. — Private Sector/);
    expect(contentOf(final)).not.toContain('could not be verified');
    const chat = openai.requests.filter((r) => r.route === 'chat').at(-1)!;
    expect((chat.body as { stream?: boolean }).stream).toBe(true);
  });

  it('marks a quote the model made up', async () => {
    openai.script('chat', [{ text: 'Acme said "robots should replace every soldier by next year" [1].' }]);
    const { token } = h.fake.chatInput('ask', { question: 'What did Acme Robotics say about defense purchasing?' });
    const final = await h.fake.waitFor((c) => isOriginalEdit(token)(c) && Array.isArray(c.body?.components) && c.body.components.length > 0, 15_000, 'final');
    expect(contentOf(final)).toContain('could not be verified');
    expect(contentOf(final)).toContain('[unverified]');
  });

  it('says so plainly when the model service fails (500)', async () => {
    openai.script('chat', [{ status: 500 }]);
    const { token } = h.fake.chatInput('ask', { question: 'What did Acme Robotics say about engineers?' });
    const reply = await h.fake.waitFor((c) => isOriginalEdit(token)(c) && contentOf(c).includes('language model'), 15_000, 'error');
    expect(contentOf(reply)).toContain('failed to answer');
  });

  it('says so plainly when the model does not answer in time', async () => {
    openai.script('chat', [{ delayMs: 4_000 }]);
    const { token } = h.fake.chatInput('ask', { question: 'What did Acme Robotics say about safety training?' });
    const reply = await h.fake.waitFor((c) => isOriginalEdit(token)(c) && contentOf(c).includes('language model'), 15_000, 'timeout');
    expect(contentOf(reply)).toContain('took too long');
  });
});
