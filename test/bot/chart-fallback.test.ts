import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, MAX_BARS, MAX_LABEL } from '../../src/bot/charts.js';
import { fakeAnswer } from '../support/fake-qa.js';
import type { ChartRenderer } from '../../src/bot/render/chart.js';
import { failOnUnhandledRejections, finalEdit, isOriginalEdit, startHarness, type Harness } from './harness.js';

/** A renderer whose behaviour each test chooses: failing, or producing too large a picture. */
let draw: ChartRenderer = async () => {
  throw new Error('canvas unavailable');
};

describe('when a chart cannot be drawn or sent, the reply carries its figures as text', () => {
  let h: Harness;
  const rejections = failOnUnhandledRejections();
  beforeAll(async () => {
    h = await startHarness({ renderChart: (chart) => draw(chart) });
  });
  afterAll(async () => {
    await h.close();
    rejections.dispose();
  });
  afterEach(() => expect(rejections.errors).toEqual([]));

  const chartWarnings = () => h.logs.filter((l) => l.level === 40 && l.msg.startsWith('chart could not be drawn'));

  it('a count answer: the shares as a line of text, the failure logged with the error', async () => {
    const { token } = h.fake.chatInput('ask', { question: 'how many mention open source? aggregate' });
    const edit = await finalEdit(h.fake, token);
    const content = String(edit.body.content);
    expect(content).toContain('📊 **812** submissions match “open source”');
    expect(content).toContain("📊 Share of each category's submissions that mention “open source”: Individuals 51% (512 of 1,000) · Private Sector 30% (300 of 1,001)");
    expect(content.indexOf('Share of each')).toBeLessThan(content.indexOf('**Sources**'));
    expect(h.fake.calls.filter((c) => c.path.includes(token) && c.files.length > 0)).toEqual([]);
    await h.bot.idle();
    expect(chartWarnings()).toEqual([expect.objectContaining({ command: 'ask', err: expect.objectContaining({ message: 'canvas unavailable' }) })]);
    expect(h.logs.some((l) => l.msg === 'answered' && l.chart === false)).toBe(true);
  });

  it('/stats: the text already lists every category, and the failure is logged', async () => {
    const before = chartWarnings().length;
    const { token } = h.fake.chatInput('stats');
    const edit = await h.fake.waitFor((c) => isOriginalEdit(token)(c) && String(c.body?.content).includes('By category'), 5_000, 'the /stats reply');
    for (const c of h.qa.stats().byCategory) expect(String(edit.body.content)).toContain(`${c.category}: ${c.submissions.toLocaleString('en-US')}`);
    expect(edit.files).toEqual([]);
    await h.bot.idle();
    expect(chartWarnings().slice(before)).toEqual([expect.objectContaining({ command: 'stats' })]);
  });

  it('bytes that are not a PNG are not attached as chart.png; the figures come as text', async () => {
    draw = async () => Buffer.from('0123456789abcdef');
    const { token } = h.fake.chatInput('ask', { question: 'count once more, aggregate' });
    const edit = await finalEdit(h.fake, token);
    expect(edit.files).toEqual([]);
    expect(String(edit.body.content)).toContain('Private Sector 30% (300 of 1,001)');
    await h.bot.idle();
    expect(chartWarnings().at(-1)?.err.message).toBe('the renderer returned 16 bytes that are not a PNG');
  });

  it('5,000 bars, some with 50,000-character labels: at most 12 short bars are drawn, and the reply stays one message', async () => {
    const seen: Parameters<ChartRenderer>[0][] = [];
    draw = async (chart) => (seen.push(chart), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]));
    const byCategory = Array.from({ length: 5_000 }, (_, i) => ({ category: i < 20 ? `${'L'.repeat(50_000)}${i}` : `Category ${i}`, submissions: 5_000 - i }));
    h.qa.on('many bars', async (q) => fakeAnswer(q, { aggregate: { query: '', submissions: 12_502_500, byCategory, submitters: [], campaigns: [] } }));
    const { token } = h.fake.chatInput('ask', { question: 'many bars please' });
    const edit = await finalEdit(h.fake, token);
    expect(edit.files).toHaveLength(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.bars).toHaveLength(MAX_BARS);
    expect(Math.max(...seen[0]!.bars.map((b) => b.label.length))).toBeLessThanOrEqual(MAX_LABEL);
    expect(seen[0]!.subtitle.at(-1)).toBe('4,988 more not drawn');
    // One message: no follow-ups, and the count's line names a dozen categories and how many more.
    expect(h.fake.calls.filter((c) => c.path.includes(token) && c.method === 'POST' && c.path.startsWith('/webhooks/'))).toEqual([]);
    expect(String(edit.body.content)).toContain('· and 4,988 more categories');
  });

  it('a picture over Discord’s 8 MB limit is not sent; the answer still arrives, with the figures', async () => {
    draw = async () => Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    const { token } = h.fake.chatInput('ask', { question: 'count again, aggregate' });
    const edit = await finalEdit(h.fake, token);
    expect(edit.files).toEqual([]);
    expect(String(edit.body.content)).toContain('Private Sector 30% (300 of 1,001)');
    await h.bot.idle();
    expect(chartWarnings().at(-1)?.err.message).toMatch(/over Discord's 8388608-byte limit/);
  });
});
