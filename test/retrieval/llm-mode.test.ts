/** LLM answers through RetrievalService: the real `openai` client against a local fake server. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createQaService } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { AnswerError } from '../../src/retrieval/chat/model.js';
import type { RetrievalService } from '../../src/retrieval/service.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { buildFixtureIndex, chatModel, openService, type FixtureIndex } from '../support/retrieval-helpers.js';

const ACME_QUESTION = 'What did Acme Robotics say about defense purchasing?';

let fixture: FixtureIndex;
let fake: FakeOpenAI;
let service: RetrievalService;

beforeAll(async () => {
  fixture = await buildFixtureIndex();
});
afterAll(async () => {
  await fixture?.cleanup();
});
beforeEach(async () => {
  fake = await startFakeOpenAI();
  service = await openService(fixture.dir, chatModel(fake.url, { timeoutMs: 2_000, maxRetries: 1 }));
});
afterEach(async () => {
  await fake.close();
});

const chatRequests = () => fake.requests.filter((r) => r.route === 'chat');
type Message = { role: string; content: string };
const messagesOf = (i: number) => (chatRequests()[i]?.body.messages ?? []) as Message[];
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as AnswerError);

describe('LLM mode', () => {
  it('returns the model answer with verified [1] citations and usage', async () => {
    fake.script('chat', [{ text: 'Acme Robotics wants the Pentagon to "buy commercial autonomy software by default" [1].' }]);
    const answer = await service.ask(ACME_QUESTION);
    expect(answer.mode).toBe('llm');
    expect(answer.notCovered).toBe(false);
    expect(answer.text).toBe('Acme Robotics wants the Pentagon to "buy commercial autonomy software by default" [1].');
    expect(answer.citations.total).toBeGreaterThan(0);
    expect(answer.citations.verified).toBe(answer.citations.total);
    expect(answer.sources).toHaveLength(1);
    expect(answer.sources[0]?.docId).toBe('Acme-Robotics-AI-RFI-2025');
    expect(answer.sources[0]?.text).toContain('buy commercial autonomy software by default');
    expect(answer.usage?.promptTokens).toBeGreaterThan(0);
    expect(answer.usage?.completionTokens).toBeGreaterThan(0);
    const body = chatRequests()[0]?.body;
    expect(body?.model).toBe('gpt-test');
    expect(chatRequests()).toHaveLength(1);
  });

  it('marks a fabricated quotation [unverified] and counts it as not verified', async () => {
    fake.script('chat', [{ text: 'Acme Robotics says "every robot should be banned from defense programs" [1].' }]);
    const answer = await service.ask(ACME_QUESTION);
    expect(answer.text).toContain('[unverified]');
    expect(answer.text).not.toMatch(/banned from defense programs" \[1\]/);
    expect(answer.citations.verified).toBeLessThan(answer.citations.total);
    expect(answer.citations.removed).toBeGreaterThan(0);
  });

  it('removes a citation of a source that does not exist', async () => {
    fake.script('chat', [{ text: 'Acme Robotics backs commercial software [1] and many other things [9].' }]);
    const answer = await service.ask(ACME_QUESTION);
    expect(answer.text).not.toContain('[9]');
    expect(answer.text).toContain('[1]');
    expect(answer.citations).toEqual({ total: 2, verified: 1, removed: 1 });
    expect(answer.sources.map((s) => s.n)).toEqual([1]);
  });

  it('retries a 429, then answers', async () => {
    fake.script('chat', [{ status: 429, headers: { 'retry-after': '0' } }, { text: 'Acme Robotics backs commercial software [1].' }]);
    const answer = await service.ask(ACME_QUESTION);
    expect(answer.text).toBe('Acme Robotics backs commercial software [1].');
    expect(chatRequests()).toHaveLength(2);
  });

  it('rejects with LLM_FAILED after a persistent 500', async () => {
    fake.script('chat', [0, 1, 2].map(() => ({ status: 500, headers: { 'retry-after-ms': '5' } })));
    const error = await failure(service.ask(ACME_QUESTION));
    expect(error).toBeInstanceOf(AnswerError);
    expect(error?.code).toBe('LLM_FAILED');
    expect(error?.status).toBe(500);
    expect(chatRequests()).toHaveLength(2);
  });

  it('rejects with LLM_TIMEOUT when the model answers too late', async () => {
    service = await openService(fixture.dir, chatModel(fake.url, { timeoutMs: 250, maxRetries: 1 }));
    fake.script('chat', [0, 1].map(() => ({ delayMs: 5_000, text: 'Too late [1].' })));
    const started = Date.now();
    const error = await failure(service.ask(ACME_QUESTION));
    expect(error).toBeInstanceOf(AnswerError);
    expect(error?.code).toBe('LLM_TIMEOUT');
    // Two attempts of 250 ms plus the client's back-off: well before the fake would answer.
    expect(Date.now() - started).toBeLessThan(4_500);
  });

  it('streams: onPartial grows several times and the final text equals the last partial', async () => {
    const text = 'Acme Robotics recommends that the Department of Defense "buy commercial autonomy software by default" [1]. It also cites the QUICKBUY Act [1].';
    fake.script('chat', [{ text }]);
    const partials: string[] = [];
    const answer = await service.ask(ACME_QUESTION, { onPartial: (soFar) => partials.push(soFar) });
    expect(partials.length).toBeGreaterThan(3);
    partials.forEach((p, i) => i > 0 && expect(p.startsWith(partials[i - 1]!)).toBe(true));
    expect(partials.at(-1)).toBe(text);
    expect(answer.text).toBe(partials.at(-1));
    expect(answer.citations.verified).toBe(answer.citations.total);
    expect(chatRequests()[0]?.body.stream).toBe(true);
  });

  it('streams a fabricated quote and marks it in the final text only', async () => {
    const text = 'Acme says "robots must never be bought by the Pentagon" [1].';
    fake.script('chat', [{ text }]);
    const partials: string[] = [];
    const answer = await service.ask(ACME_QUESTION, { onPartial: (soFar) => partials.push(soFar) });
    expect(partials.at(-1)).toBe(text);
    expect(answer.text).toBe(text.replace('[1]', '[unverified]'));
  });

  it('sends the injection attempt to the model only inside passage delimiters', async () => {
    fake.script('chat', [{ text: 'Jordan Analyst mentions AI model licensing [1].' }]);
    const answer = await service.ask('What did Jordan Analyst say about AI model licensing?');
    expect(answer.sources[0]?.docId).toBe('AI-RFI-2025-0106');
    const messages = messagesOf(0);
    const system = messages.find((m) => m.role === 'system')!;
    expect(system.content).toMatch(/untrusted data/);
    expect(system.content).not.toMatch(/Ignore previous instructions/i);
    const user = messages.at(-1)!;
    expect(user.role).toBe('user');
    const hits = [...user.content.matchAll(/Ignore previous instructions/g)].map((m) => m.index);
    expect(hits.length).toBeGreaterThan(0);
    for (const at of hits) {
      const before = user.content.slice(0, at);
      const opened = before.lastIndexOf('<passage n=');
      expect(opened).toBeGreaterThan(before.lastIndexOf('</passage>'));
      expect(user.content.indexOf('</passage>', at)).toBeGreaterThan(at);
      expect(before).toContain('<passages>');
      expect(before).not.toContain('</passages>');
    }
    // The question comes after the passages, outside them.
    const question = user.content.lastIndexOf('Question: What did Jordan Analyst say about AI model licensing?');
    expect(question).toBeGreaterThan(user.content.lastIndexOf('</passages>'));
    // The passage text cannot open or close passage elements: exactly one per source.
    expect(user.content.match(/<passage n=/g)?.length).toBe(user.content.match(/<\/passage>/g)?.length);
    expect(user.content.match(/<passages>/g)).toHaveLength(1);
  });

  it('translates a Chinese question into an English search query first, then answers in Chinese', async () => {
    fake.script('chat', [{ text: 'Quantum Chips H20 export controls' }, { text: 'Quantum Chips & Co 认为出口管制也应涵盖 "H20 accelerator" [1]。' }]);
    const answer = await service.ask('英特尔对H20出口管制有什么看法？');
    expect(chatRequests()).toHaveLength(2);
    const [system, user] = messagesOf(0);
    expect(system?.content).toMatch(/English search query/);
    expect(user?.content).toBe('英特尔对H20出口管制有什么看法？');
    expect(answer.language).toBe('zh');
    expect(answer.mode).toBe('llm');
    expect(answer.sources[0]?.docId).toBe('Quantum-Chips-AI-RFI-2025');
    expect(answer.sources[0]?.url).toMatch(/#page=2$/);
    const answerSystem = messagesOf(1).find((m) => m.role === 'system');
    expect(answerSystem?.content).toMatch(/language code "zh"/);
    expect(answer.citations.verified).toBe(answer.citations.total);
    expect(answer.notes.join(' ')).not.toMatch(/离线模式/);
  });

  it('answers a "did X discuss Y" whose answer is no without asking the model', async () => {
    const answer = await service.ask('Did Acme Robotics discuss export controls?');
    expect(chatRequests()).toHaveLength(0);
    expect(answer.notCovered).toBe(false);
    expect(answer.text).toMatch(/^No — Acme Robotics Inc\.'s submission does not mention export controls/);
  });

  it('gives a count from the categories without asking the model', async () => {
    const answer = await service.ask('How many companies submitted comments?');
    expect(chatRequests()).toHaveLength(0);
    expect(answer.text.split('\n')[0]).toMatch(/^2 submissions are in the Private Sector category of the NITRD respondent listing \(of \d+ submissions\)\.$/);
  });

  it('gives the model the passages as a reader sees them, PDF-split words re-joined', async () => {
    fake.script('chat', [{ text: 'Pat Example asks for paid training time [1].' }]);
    await service.ask('What did Pat Example say about training for teachers?');
    const user = messagesOf(0).at(-1)?.content ?? '';
    expect(user).toContain('paid training time');
    expect(user).not.toMatch(/Com m ent|Nam e:/);
  });

  it('passes the conversation history to the model on a follow-up', async () => {
    fake.script('chat', [{ text: 'They employ engineers [1].' }]);
    await service.ask('What about its engineers?', { history: [{ role: 'user', content: 'What did Acme Robotics recommend?' }, { role: 'assistant', content: 'Commercial software [1].' }] });
    const messages = messagesOf(0);
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(messages.at(-1)?.content).toContain('Acme Robotics');
  });

  it('is what createQaService builds from a parsed config in llm mode', async () => {
    const config = parseConfig({ INDEX_DIR: fixture.dir, EMBEDDER: 'lsa', ANSWER_MODE: 'llm', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, CHAT_MODEL: 'gpt-config', LLM_TIMEOUT_MS: '2000', LLM_MAX_RETRIES: '1', LOG_LEVEL: 'silent' });
    const configured = await createQaService(config);
    fake.script('chat', [{ text: 'Acme Robotics backs commercial software [1].' }]);
    const answer = await configured.ask(ACME_QUESTION);
    expect(answer.mode).toBe('llm');
    expect(chatRequests()[0]?.body.model).toBe('gpt-config');
    expect(answer.citations).toEqual({ total: 1, verified: 1, removed: 0 });
  });

  it('does not call the model for a question the submissions do not cover', async () => {
    const answer = await service.ask('What is the best recipe for sourdough bread?');
    expect(answer.notCovered).toBe(true);
    expect(chatRequests()).toHaveLength(0);
  });
});
