import { describe, expect, it } from 'vitest';
import { aggregateChart, percent, statsChart, wrap } from '../../src/bot/render/chart-data.js';
import type { Aggregate } from '../../src/retrieval/types.js';

const totals = [
  { category: 'Individuals', submissions: 7_000 },
  { category: 'Private Sector', submissions: 1_200 },
  { category: 'Academia', submissions: 400 },
];
const aggregate = (overrides: Partial<Aggregate>): Aggregate => ({ query: 'open source', submissions: 0, byCategory: [], submitters: [], campaigns: [], ...overrides });

describe('what a chart shows', () => {
  it('writes shares as people do', () => {
    expect([0.512, 0.0731, 0.1, 0.0004, 0, 1].map(percent)).toEqual(['51%', '7.3%', '10%', '<0.1%', '0%', '100%']);
  });

  it('wraps long category names after a slash or at spaces', () => {
    expect(wrap('Industry/Professional/Scientific Associations', 26)).toEqual(['Industry/Professional/', 'Scientific Associations']);
    expect(wrap('Private Sector', 26)).toEqual(['Private Sector']);
  });

  it('/stats: every category, most submissions first, with where the categories come from', () => {
    const chart = statsChart({ submissions: 8_600, chunks: 1, byCategory: [totals[2]!, totals[0]!, totals[1]!], embedder: 'x', dimensions: 1, builtAt: '', skipped: 0 });
    expect(chart.bars.map((b) => [b.label, b.value, b.text])).toEqual([['Individuals', 7000, '7,000'], ['Private Sector', 1200, '1,200'], ['Academia', 400, '400']]);
    expect(chart.subtitle.join(' ')).toContain('NITRD respondent listing');
    expect(chart.fallback).toBeUndefined(); // the /stats text lists the same counts
  });

  it('a topic: matches ÷ the category total, highest share first, categories without a known total left out', () => {
    const chart = aggregateChart(
      aggregate({ submissions: 421, byCategory: [{ category: 'Individuals', submissions: 350 }, { category: 'Private Sector', submissions: 60 }, { category: 'Unknown', submissions: 11 }] }),
      totals,
    )!;
    expect(chart.scale).toBe('share');
    expect(chart.title.join(' ')).toBe("Share of each category's submissions that mention “open source”");
    expect(chart.bars.map((b) => [b.label, b.value, b.text])).toEqual([['Individuals', 0.05, '5% (350 of 7,000)'], ['Private Sector', 0.05, '5% (60 of 1,200)']]);
    expect(chart.fallback).toBe("📊 Share of each category's submissions that mention “open source”: Individuals 5% (350 of 7,000) · Private Sector 5% (60 of 1,200)");
  });

  it('a share never passes 100%, and nothing is drawn for no match', () => {
    expect(aggregateChart(aggregate({ submissions: 500, byCategory: [{ category: 'Academia', submissions: 500 }] }), totals)!.bars[0]).toMatchObject({ value: 1, text: '100% (500 of 400)' });
    expect(aggregateChart(aggregate({ submissions: 0, byCategory: [] }), totals)).toBeUndefined();
  });

  it('a count without a topic: the counts by category, unless only one category was counted', () => {
    const two = aggregateChart(aggregate({ query: '', submissions: 1_600, byCategory: [{ category: 'Academia', submissions: 400 }, { category: 'Private Sector', submissions: 1_200 }] }), totals)!;
    expect(two.scale).toBe('count');
    expect(two.bars.map((b) => b.label)).toEqual(['Private Sector', 'Academia']);
    expect(aggregateChart(aggregate({ query: '', submissions: 400, byCategory: [{ category: 'Academia', submissions: 400 }] }), totals)).toBeUndefined();
  });

  it('a topic the chart font cannot draw is named in general words; the text line keeps it, escaped', () => {
    const chart = aggregateChart(aggregate({ query: '开源 **model** @everyone', submissions: 5, byCategory: [{ category: 'Academia', submissions: 5 }] }), totals)!;
    expect(chart.title.join(' ')).toBe("Share of each category's submissions that mention the topic asked about");
    expect(chart.fallback).toContain('“开源 \\*\\*model\\*\\* @\u200beveryone”');
  });

  it('a long topic wraps over title lines', () => {
    const chart = aggregateChart(aggregate({ query: 'export controls on advanced semiconductor manufacturing equipment', submissions: 5, byCategory: [{ category: 'Academia', submissions: 5 }] }), totals)!;
    expect(chart.title.length).toBe(2);
    expect(chart.title.every((line) => line.length <= 64)).toBe(true);
  });
});
