import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/bot/deploy.js';
import { ANSWER_TEXT, fakeAnswer } from '../support/fake-qa.js';
import { TOKEN, failOnUnhandledRejections, finalEdit, isCallback, isOriginalEdit, messageBodies, startHarness, type Harness } from './harness.js';

describe('slash commands against the fake Discord', () => {
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

  it('identifies with the minimal intents', () => {
    const intents = Number(h.fake.gateway.identifies[0].intents);
    expect(intents).toBe((1 << 0) | (1 << 9) | (1 << 15) | (1 << 12));
  });

  it('/ask defers, then edits the reply with the answer and numbered sources, mentions disabled', async () => {
    const { id, token } = h.fake.chatInput('ask', { question: 'What about export controls?' });
    const callback = await h.fake.waitFor(isCallback(id));
    expect(callback.body.type).toBe(5);
    const edit = await finalEdit(h.fake, token);
    const content = String(edit.body.content);
    expect(content).toContain('export controls on advanced chips [1]');
    expect(content).toContain('[1] OpenAI — Private Sector — p. 4 — <https://files.nitrd.gov/90-fr-9088/OpenAI-AI-RFI-2025.pdf#page=4>');
    expect(content).toContain('[2] Civic Coalition 42 — Private Sector — <https://files.nitrd.gov/90-fr-9088/AI-RFI-2025-0042.pdf> (+36 similar submissions)');
    expect(edit.body.allowed_mentions.parse).toEqual([]);
    expect(edit.body.components[0].components.map((b: { custom_id: string }) => b.custom_id.split(':')[0])).toEqual(['fb', 'fb', 'pass']);
    const progress = h.fake.calls.find((c) => isOriginalEdit(token)(c) && String(c.body.content).includes('Searching 10,068 submissions'));
    expect(progress).toBeDefined();
    await h.bot.idle(); // the handler logs after the final edit has been acknowledged
    expect(h.logs.some((l) => l.msg === 'answered' && l.command === 'ask' && typeof l.ms === 'number' && l.verified === 2)).toBe(true);
    expect(h.qa.asks.at(-1)?.options.signal).toBeInstanceOf(AbortSignal);
  });

  it('/ask passes category and submitter filters; private replies are ephemeral', async () => {
    const { id, token } = h.fake.chatInput('ask', { question: 'filters?', category: 'Academia', submitter: 'OpenAI', private: true });
    const callback = await h.fake.waitFor(isCallback(id));
    expect(callback.body.data.flags & 64).toBe(64);
    await finalEdit(h.fake, token);
    const last = h.qa.asks.at(-1)?.options;
    expect(last?.category).toBe('Academia');
    expect(last?.submitter).toBe('OpenAI');
  });

  it('/ask streamed: each partial text is shown as an edit, then the final answer', async () => {
    // Each partial text is pushed once the previous one has been shown, so the edits do not depend on
    // timing (the spacing of edits is ThrottledEditor's, tested on its own).
    let token = '';
    const partialEdits = () => h.fake.calls.filter((c) => isOriginalEdit(token)(c) && String(c.body.content).includes('writing…'));
    const words = ANSWER_TEXT.split(' ');
    h.qa.on('paced', async (q, o) => {
      for (let i = 1; i <= 3; i++) {
        o.onPartial?.(words.slice(0, Math.ceil((words.length * i) / 3)).join(' '));
        await h.fake.waitFor(() => partialEdits().length >= i, 3_000, `streamed edit ${i}`);
      }
      return fakeAnswer(q, { mode: 'llm' });
    });
    ({ token } = h.fake.chatInput('ask', { question: 'paced stream please' }));
    await finalEdit(h.fake, token);
    const edits = h.fake.calls.filter(isOriginalEdit(token));
    const partial = partialEdits();
    expect(partial).toHaveLength(3);
    expect(String(partial[0]!.body.content)).toContain('Most AI companies');
    expect(String(partial[2]!.body.content)).toContain('safety testing [2]');
    expect(String(edits.at(-1)?.body.content)).toContain('safety testing [2]');
  });

  it('shows warnings, notes and aggregate counts', async () => {
    const a = h.fake.chatInput('ask', { question: 'unverified one' });
    const content = String((await finalEdit(h.fake, a.token)).body.content);
    expect(content).toContain('2 citation(s) could not be verified and were removed');
    expect(content).toContain('-# Chinese question handled offline');
    const b = h.fake.chatInput('ask', { question: 'uncovered topic' });
    expect(String((await finalEdit(h.fake, b.token, (s) => s.includes('No sources'))).body.content)).toContain('do not appear to cover');
    const c = h.fake.chatInput('ask', { question: 'aggregate count' });
    const counts = String((await finalEdit(h.fake, c.token)).body.content);
    expect(counts).toMatch(/📊 \*\*812\*\* submissions match .*Individuals 512.*1 form-letter campaign \(largest 1,200\)/);
    expect(counts).toContain('Among them: Meta; Open \\*\\*Source\\*\\* Group; …');
  });

  it('/search lists the best passages', async () => {
    const { token } = h.fake.chatInput('search', { query: 'energy' });
    const edit = await finalEdit(h.fake, token, (s) => s.includes('Best passages'));
    expect(String(edit.body.content)).toContain('> Passage about energy from OpenAI.');
  });

  it('/submission autocompletes ids (≤25 choices) and shows the submission', async () => {
    const ac = h.fake.autocomplete('submission', 'id', 'AI-RFI-2025-00');
    const callback = await h.fake.waitFor(isCallback(ac.id));
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBe(25);
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    const { token } = h.fake.chatInput('submission', { id: choices[0]!.value });
    const content = String((await finalEdit(h.fake, token, (s) => s.includes('PDF'))).body.content);
    expect(content).toContain('Category: ');
    expect(content).toContain('9 pages, 23,456 characters');
    expect(content).toContain(`<https://files.nitrd.gov/90-fr-9088/${choices[0]!.value}.pdf>`);
    expect(content).toContain('Most representative passages');
  });

  it('/ask submitter autocomplete over 10,000 names answers in < 500 ms', async () => {
    const started = Date.now();
    const ac = h.fake.autocomplete('ask', 'submitter', 'labs 1', { question: 'x' });
    const callback = await h.fake.waitFor(isCallback(ac.id), 500);
    expect(Date.now() - started).toBeLessThan(500);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]!.name).toMatch(/Labs 1.* \(.+\)$/);
  });

  it('/compare parses 2–4 names and renders each side with sources', async () => {
    const { token } = h.fake.chatInput('compare', { submitters: 'OpenAI; Anthropic, Nobody Inc', question: 'chips' });
    const content = String((await finalEdit(h.fake, token, (s) => s.includes('Compared on'))).body.content);
    expect(content).toContain('## OpenAI');
    expect(content).toContain('OpenAI position on this [1]');
    expect(content).toContain('## Anthropic');
    expect(content).toContain('No submission from “Nobody Inc” was found.');
    const bad = h.fake.chatInput('compare', { submitters: 'OpenAI', question: 'chips' });
    expect(String((await finalEdit(h.fake, bad.token, (s) => s.includes('2 to 4'))).body.content)).toContain('got 1');
  });

  it('/stats and /help', async () => {
    const s = h.fake.chatInput('stats');
    const stats = String((await finalEdit(h.fake, s.token, (c) => c.includes('Indexed'))).body.content);
    expect(stats).toContain('10,068 submissions');
    expect(stats).toContain('lsa-256');
    expect(stats).toContain('<t:1746100800:f>');
    const help = h.fake.chatInput('help');
    const helpCallback = await h.fake.waitFor(isCallback(help.id));
    expect(helpCallback.body.data.flags & 64).toBe(64);
    expect(String((await finalEdit(h.fake, help.token, (c) => c.includes('/compare'))).body.content)).toContain('/ask');
  });

  it('echoes over-long input shortened: every message stays under 2,000 characters', async () => {
    const long = `${'Forged input that no Discord client would send '.repeat(120)}END`;
    const mark = h.fake.calls.length;
    const submission = h.fake.chatInput('submission', { id: long });
    const missing = String((await finalEdit(h.fake, submission.token, (s) => s.includes('No submission'))).body.content);
    const search = h.fake.chatInput('search', { query: long });
    const found = String((await finalEdit(h.fake, search.token, (s) => s.includes('Best passages'))).body.content);
    const compare = h.fake.chatInput('compare', { submitters: `OpenAI, ${long}`, question: long });
    const compared = String((await finalEdit(h.fake, compare.token, (s) => s.includes('Compared on'))).body.content);
    await h.bot.idle();
    for (const echoed of [missing, found, compared]) {
      expect(echoed).toContain('Forged input that no Discord client would send');
      expect(echoed).toContain('…');
      expect(echoed).not.toContain('END');
    }
    expect(messageBodies(h.fake, mark).every((b) => b.content.length <= 2000)).toBe(true);
    expect(h.fake.calls.slice(mark).filter((c) => c.path.includes(search.token) && c.method === 'POST' && c.path.startsWith('/webhooks/'))).toEqual([]);
  });

  it('never lets a message ping anyone', () => {
    const bodies = messageBodies(h.fake);
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) {
      expect(body.allowed_mentions.parse).toEqual([]);
      expect(body.allowed_mentions.replied_user).not.toBe(true);
    }
  });

  it('deploys the registry to a guild via REST', async () => {
    const names = await deployCommands({ token: TOKEN, appId: h.fake.appId, guildId: h.fake.guildId, apiUrl: h.fake.apiUrl });
    expect(names).toEqual(['ask', 'check', 'search', 'submission', 'compare', 'campaigns', 'stats', 'help']);
    const put = await h.fake.waitFor((c) => c.method === 'PUT');
    expect(put.path).toBe(`/applications/${h.fake.appId}/guilds/${h.fake.guildId}/commands`);
    const ask = put.body.find((c: { name: string }) => c.name === 'ask');
    expect(ask.options.find((o: { name: string }) => o.name === 'category').choices).toHaveLength(6);
    expect(ask.options.find((o: { name: string }) => o.name === 'submitter').autocomplete).toBe(true);
  });

  it('never logs the token', () => {
    expect(JSON.stringify(h.logs)).not.toContain('never-log-me');
  });
});
