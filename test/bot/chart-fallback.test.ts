import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../src/bot/charts.js';
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
