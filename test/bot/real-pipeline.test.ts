/**
 * End to end with nothing faked but Discord: the fixture corpus is indexed by the real build
 * (offline lsa embedder), answered by the real RetrievalService from src/app.ts, and served by the
 * real discord.js client logged in to the local fake Discord.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { aggregateChart } from '../../src/bot/render/chart-data.js';
import { BAR_RGB, chartSize } from '../../src/bot/render/chart.js';
import type { Answer, QaService } from '../../src/retrieval/types.js';
import type { RecordedCall } from '../support/fake-discord.js';
import { buildFixtureCorpusIndex, openRealQa, type BuiltFixtureIndex } from '../support/index-fixture.js';
import { barLengths, decodePng } from '../support/png.js';
import { failOnUnhandledRejections, isCallback, isOriginalEdit, messageBodies, postTo, startHarness, type Harness } from './harness.js';

/** The final edit of an interaction's reply: the one that carries the buttons. */
const isFinalEdit = (token: string) => (c: RecordedCall) => isOriginalEdit(token)(c) && Array.isArray(c.body?.components) && c.body.components.length > 0;
const contentOf = (c: RecordedCall) => String(c.body?.content ?? '');
const finalReply = async (h: Harness, token: string, timeoutMs = 10_000) => contentOf(await h.fake.waitFor(isFinalEdit(token), timeoutMs, `final reply ${token}`));
/** A command reply without buttons (search, submission, stats): the first edit that satisfies `done`. */
const replyWhere = async (h: Harness, token: string, done: (s: string) => boolean, timeoutMs = 10_000) =>
  contentOf(await h.fake.waitFor((c) => isOriginalEdit(token)(c) && done(contentOf(c)), timeoutMs, `reply ${token}`));

const PDF = 'https://files.nitrd.gov/90-fr-9088/';

// The same tests with answers on the gateway's thread and on the answer pool (two worker threads).
describe.each([
  { where: 'on the gateway thread', workers: 0 },
  { where: 'on the answer pool', workers: 2 },
])('the bot over the real retrieval pipeline (fixture corpus index), answering $where', ({ workers }) => {
  let fixture: BuiltFixtureIndex;
  let qa: QaService;
  let h: Harness;
  const rejections = failOnUnhandledRejections();

  beforeAll(async () => {
    fixture = await buildFixtureCorpusIndex();
    qa = await openRealQa(fixture.dir, workers);
    h = await startHarness({ qa, config: { answerTimeoutMs: 20_000 } });
  });
  afterAll(async () => {
    await h?.close();
    await qa?.close?.();
    await fixture?.cleanup();
    rejections.dispose();
  });
  afterEach(() => expect(rejections.errors).toEqual([]));

  it('built the fixture index offline', () => {
    expect(fixture.summary.documents).toBeGreaterThanOrEqual(10);
    expect(fixture.summary.embedder).toMatch(/^lsa-/);
    expect(qa.stats().submissions).toBe(fixture.summary.documents);
  });

  it('/ask about Acme Robotics: verbatim quote, page-exact source line, mentions disabled', async () => {
    const { id, token } = h.fake.chatInput('ask', { question: 'What did Acme Robotics say about defense purchasing?' });
    expect((await h.fake.waitFor(isCallback(id))).body.type).toBe(5);
    const final = await h.fake.waitFor(isFinalEdit(token), 10_000);
    const content = contentOf(final);
    // The quote is the submission's own sentences, character for character.
    expect(content).toMatch(/^"Acme Robotics recommends that the Department of Defense buy commercial autonomy software by default\.[^"\n]*" \[1\]$/m);
    // `[1] Acme Robotics Inc. — Private Sector — p. N — <…pdf#page=N>`, the page in the text and in the link agreeing.
    const line = /^\[1\] Acme Robotics Inc\. — Private Sector — p\. (\d+) — <https:\/\/files\.nitrd\.gov\/90-fr-9088\/Acme-Robotics-AI-RFI-2025\.pdf#page=(\d+)>$/m.exec(content);
    expect(line, content).not.toBeNull();
    expect(line![1]).toBe(line![2]);
    expect(final.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(content).not.toContain('do not appear to cover');
  });

  it('/search about rural broadband returns the markup comment, neutralised and escaped', async () => {
    const { token } = h.fake.chatInput('search', { query: 'rural broadband for farmers' });
    const content = await replyWhere(h, token, (s) => s.includes('Best passages'));
    expect(content).toContain(`[1] Casey Markup — Individuals — p. 1 — <${PDF}AI-RFI-2025-0107.pdf#page=1>`);
    expect(content).toContain('\\*\\*Read this now\\*\\*');
    expect(content).toContain('@\u200beveryone');
    expect(content).toContain('<\u200b@123456789>');
    expect(content).not.toMatch(/@everyone/);
    expect(content).not.toMatch(/<@\d/);
  });

  it('/submission autocompletes "acme" and shows submitter, category and PDF link', async () => {
    const ac = h.fake.autocomplete('submission', 'id', 'acme');
    const callback = await h.fake.waitFor(isCallback(ac.id));
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices.map((c) => c.value)).toContain('Acme-Robotics-AI-RFI-2025');
    expect(choices.find((c) => c.value === 'Acme-Robotics-AI-RFI-2025')?.name).toContain('Acme Robotics Inc.');

    const { token } = h.fake.chatInput('submission', { id: 'Acme-Robotics-AI-RFI-2025' });
    const content = await replyWhere(h, token, (s) => s.includes('PDF'));
    expect(content).toContain('**Acme Robotics Inc.** (Acme-Robotics-AI-RFI-2025)');
    expect(content).toContain('Category: Private Sector');
    expect(content).toContain(`PDF: <${PDF}Acme-Robotics-AI-RFI-2025.pdf>`);
    expect(content).toContain('Most representative passages');
  });

  it('/stats shows the document count and the embedder', async () => {
    const stats = qa.stats();
    const { token } = h.fake.chatInput('stats');
    const content = await replyWhere(h, token, (s) => s.includes('Indexed'));
    expect(content).toContain(`**Indexed:** ${stats.submissions} submissions`);
    expect(content).toContain(`${stats.skipped} skipped`);
    expect(content).toContain(`**Embedder:** ${stats.embedder} (${stats.dimensions} dimensions)`);
    expect(content).toContain('Private Sector: 2');
  });

  it('a count answer carries a chart of each category\'s share, from the real counts and totals', async () => {
    const ask = vi.spyOn(qa, 'ask');
    try {
      const { token } = h.fake.chatInput('ask', { question: 'How many submissions mention the ELVIS Act?' });
      const final = await h.fake.waitFor(isFinalEdit(token), 10_000);
      const aggregate = (await ask.mock.results[0]!.value as Answer).aggregate!;
      const chart = aggregateChart(aggregate, qa.stats().byCategory)!;
      expect(chart.bars.length).toBeGreaterThan(0);
      expect(final.files.map((f) => f.name)).toEqual(['chart.png']);
      const png = decodePng(final.files[0]!.data);
      expect({ width: png.width, height: png.height }).toEqual(chartSize(chart));
      expect(barLengths(png, BAR_RGB)).toHaveLength(chart.bars.length);
      expect(final.body.attachments[0].description).toContain(chart.bars[0]!.text);
    } finally {
      ask.mockRestore();
    }
  });

  it('/compare shows both submitters with their own sources', async () => {
    const { token } = h.fake.chatInput('compare', { submitters: 'Acme Robotics, Grid Power Association', question: 'What do they recommend?' });
    const content = await finalReply(h, token);
    expect(content).toContain('**Compared on** “What do they recommend?”');
    expect(content).toContain('## Acme Robotics Inc. — Private Sector');
    expect(content).toContain('## Grid Power Association — Industry/Professional/Scientific Associations');
    expect(content).toContain(`<${PDF}Acme-Robotics-AI-RFI-2025.pdf`);
    expect(content).toContain(`<${PDF}Grid-Power-Association-AI-RFI-2025.pdf`);
  });

  it('a mention opens a thread and is answered there; the follow-up in the thread is answered with the history', async () => {
    const ask = vi.spyOn(qa, 'ask');
    try {
      const q1 = 'What does the Grid Power Association say about data centers?';
      const asked = h.fake.userMessage(q1, { mention: true, user: { id: '3001' } });
      const thread = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${h.fake.channelId}/messages/${asked.id}/threads`);
      expect(thread.body.name).toBe(q1);
      const threadId = asked.id;
      const first = await h.fake.waitFor(postTo(threadId, (s) => s.includes('Sources')), 10_000);
      expect(contentOf(first)).toContain('"Data centers could consume 9 percent of US electricity generation by 2030, compared with about 4 percent today."');
      expect(contentOf(first)).toMatch(/^\[1\] Grid Power Association — Industry\/Professional\/Scientific Associations — <https:\/\/files\.nitrd\.gov\/90-fr-9088\/Grid-Power-Association-AI-RFI-2025\.pdf/m);
      expect(first.body.allowed_mentions).toMatchObject({ parse: [] });

      // "they" only means the Grid Power Association through the conversation so far
      // (alone, the question retrieves the voice actors' form letter).
      const before = h.fake.calls.length;
      h.fake.userMessage('What do they ask for?', { channelId: threadId, user: { id: '3001' } });
      const second = await h.fake.waitFor(postTo(threadId, (s) => s.includes('Sources')), 10_000, 'follow-up answer', before);
      const [question, options] = ask.mock.calls.at(-1)!;
      expect(question).toBe('What do they ask for?');
      expect(options?.history).toEqual([
        { role: 'user', content: q1 },
        { role: 'assistant', content: expect.stringContaining('Data centers could consume 9 percent') },
      ]);
      const content = contentOf(second);
      expect(content).toMatch(/^\[1\] Grid Power Association — /m);
      expect(content).not.toContain('voice actor');
    } finally {
      ask.mockRestore();
    }
  });

  // Known retrieval bug (reported): with history, the previous question's terms outweigh the
  // follow-up's own topic, so "its engineers" gets the earlier defense-purchasing quotes again,
  // although the same question without history finds the engineers sentence. Flip to `it` once fixed.
  it('a follow-up on a new topic in the thread is answered on that topic, about the same submitter', async () => {
    const asked = h.fake.userMessage('What did Acme Robotics say about defense purchasing?', { mention: true, user: { id: '3002' } });
    const threadId = asked.id;
    await h.fake.waitFor(postTo(threadId, (s) => s.includes('Sources')), 10_000);
    const before = h.fake.calls.length;
    h.fake.userMessage('What about its engineers?', { channelId: threadId, user: { id: '3002' } });
    const second = contentOf(await h.fake.waitFor(postTo(threadId, (s) => s.includes('Sources')), 10_000, 'follow-up answer', before));
    expect(second).toContain('"We employ 1,700 engineers across four states and train each of them on safety."');
    expect(second).toMatch(/^\[1\] Acme Robotics Inc\. — Private Sector — p\. \d+ — <https:\/\/files\.nitrd\.gov\/90-fr-9088\/Acme-Robotics-AI-RFI-2025\.pdf#page=\d+>$/m);
  });

  it('/ask about an organisation that did not submit says so', async () => {
    const { token } = h.fake.chatInput('ask', { question: "What did Oracle's submission say?" });
    const content = await finalReply(h, token);
    expect(content).toContain('No submission from Oracle is in the corpus');
    expect(content).not.toMatch(/^\[1\]/m);
  });

  it('a bad question (empty, too long, no words) gets its reason and is logged as info, not as an error', async () => {
    const replies: string[] = [];
    for (const question of [' ', 'a'.repeat(1500)]) {
      const { token } = h.fake.chatInput('ask', { question });
      replies.push(await replyWhere(h, token, (s) => s.startsWith('❓')));
    }
    const mention = h.fake.userMessage('???', { mention: true, user: { id: '3003' } });
    replies.push(contentOf(await h.fake.waitFor(postTo(mention.id, (s) => s.startsWith('❓')), 10_000, 'refusal in the thread')));
    expect(replies).toEqual([expect.stringContaining('The question is empty'), expect.stringContaining('1500 characters long'), expect.stringContaining('no words')]);
    await h.bot.idle();
    const failures = h.logs.filter((l) => l.msg === 'answer failed');
    expect(failures.map((l) => [l.code, l.level])).toEqual([['BAD_QUESTION', 30], ['BAD_QUESTION', 30], ['BAD_QUESTION', 30]]);
  });

  it('no message body ever pings or carries a raw @everyone', () => {
    const bodies = messageBodies(h.fake);
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) {
      expect(body.allowed_mentions?.parse).toEqual([]);
      expect(String(body.content)).not.toMatch(/@(everyone|here)/);
    }
  });
});
