import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aggregateChart, statsChart } from '../../src/bot/render/chart-data.js';
import { BAR_RGB, CHART_WIDTH, chartSize } from '../../src/bot/render/chart.js';
import type { Aggregate, IndexStats } from '../../src/retrieval/types.js';
import { FakeQa, fakeAnswer } from '../support/fake-qa.js';
import type { RecordedCall } from '../support/fake-discord.js';
import { barLengths, countColour, decodePng } from '../support/png.js';
import { failOnUnhandledRejections, finalEdit, isOriginalEdit, postTo, startHarness, type Harness } from './harness.js';

const KB = 1024;
const WHITE = [255, 255, 255] as const;

/** Category totals far apart (made up), so a share and a count order the bars differently. */
const TOTALS = [
  { category: 'Individuals', submissions: 7_000 },
  { category: 'Private Sector', submissions: 1_200 },
  { category: 'Non-Profit', submissions: 700 },
  { category: 'Industry/Professional/Scientific Associations', submissions: 500 },
  { category: 'Academia', submissions: 400 },
  { category: 'Non-Federal Government', submissions: 268 },
];

class ChartQa extends FakeQa {
  override stats(): IndexStats {
    return { ...super.stats(), byCategory: TOTALS };
  }
}

/** The chart uploaded with a call: one PNG named chart.png, announced in payload_json. */
function uploadedChart(call: RecordedCall) {
  expect(call.files.map((f) => f.name)).toEqual(['chart.png']);
  const [file] = call.files;
  expect(file!.contentType).toBe('image/png');
  expect(call.body.attachments).toEqual([{ id: '0', description: expect.stringMatching(/^Bar chart of /) }]);
  return { bytes: file!.data, png: decodePng(file!.data), description: String(call.body.attachments[0].description) };
}

describe('charts attached to /stats and count answers, through the real client', () => {
  let h: Harness;
  const rejections = failOnUnhandledRejections();
  beforeAll(async () => {
    h = await startHarness({ qa: new ChartQa() });
  });
  afterAll(async () => {
    await h.close();
    rejections.dispose();
  });
  afterEach(() => expect(rejections.errors).toEqual([]));

  it('/stats: bars of submissions by category in the same message as the text', async () => {
    const { token } = h.fake.chatInput('stats');
    const edit = await h.fake.waitFor((c) => isOriginalEdit(token)(c) && c.files.length > 0, 5_000, 'the /stats reply with its chart');
    expect(String(edit.body.content)).toContain('**By category**');
    const { bytes, png, description } = uploadedChart(edit);
    const stats = h.qa.stats();
    expect({ width: png.width, height: png.height }).toEqual(chartSize(statsChart(stats)));
    expect(png.width).toBe(CHART_WIDTH);
    expect(bytes.length).toBeLessThan(200 * KB);
    expect(countColour(png, WHITE)).toBeLessThan(png.width * png.height);
    // One bar per category, longest first; lengths in proportion to the counts.
    const lengths = barLengths(png, BAR_RGB);
    const counts = [...stats.byCategory].sort((a, b) => b.submissions - a.submissions).map((c) => c.submissions);
    expect(lengths).toHaveLength(counts.length);
    for (const [i, length] of lengths.entries()) expect(length / lengths[0]!).toBeCloseTo(counts[i]! / counts[0]!, 1);
    expect(description).toContain('Industry/Professional/Scientific Associations 500');
  });

  it('a count answer about a topic: the share of each category that mentions it, with the answer', async () => {
    const { token } = h.fake.chatInput('ask', { question: 'how many mention open source? aggregate' });
    const edit = await finalEdit(h.fake, token);
    expect(String(edit.body.content)).toContain('📊 **812** submissions match “open source”');
    const { png, bytes } = uploadedChart(edit);
    const answer = await h.qa.ask('aggregate');
    const chart = aggregateChart(answer.aggregate!, h.qa.stats().byCategory)!;
    expect({ width: png.width, height: png.height }).toEqual(chartSize(chart));
    expect(bytes.length).toBeLessThan(200 * KB);
    // Private Sector: 300 of 1,200 (25%) above Individuals: 512 of 7,000 (7.3%), though fewer matches.
    const [first, second] = barLengths(png, BAR_RGB);
    expect(second! / first!).toBeCloseTo(512 / 7000 / (300 / 1200), 1);
    expect(chart.bars.map((b) => b.text)).toEqual(['25% (300 of 1,200)', '7.3% (512 of 7,000)']);
    // Only the first message of the reply carries it.
    expect(h.fake.calls.filter((c) => c.path.includes(token) && c.files.length > 0)).toHaveLength(1);
  });

  it('a count answer by mention gets its chart on the answer in the new thread', async () => {
    const asked = h.fake.userMessage('how many submissions mention open source, aggregate', { mention: true });
    const call = await h.fake.waitFor(postTo(asked.id, (s) => s.includes('Sources')), 5_000, 'the answer in the thread');
    expect(call.method).toBe('PATCH'); // the placeholder, edited into the answer with its chart
    expect(barLengths(uploadedChart(call).png, BAR_RGB)).toHaveLength(2);
  });

  it('an answer without counts, and a count with nothing to draw, carry no file', async () => {
    const plain = h.fake.chatInput('ask', { question: 'What about export controls?' });
    await finalEdit(h.fake, plain.token);
    const single: Aggregate = { query: '', submissions: 3, byCategory: [{ category: 'Academia', submissions: 3 }], submitters: [], campaigns: [] };
    h.qa.on('one category', async (q) => fakeAnswer(q, { aggregate: single }));
    const counted = h.fake.chatInput('ask', { question: 'how many from one category' });
    await finalEdit(h.fake, counted.token);
    expect(h.fake.calls.filter((c) => (c.path.includes(plain.token) || c.path.includes(counted.token)) && c.files.length > 0)).toEqual([]);
  });
});
