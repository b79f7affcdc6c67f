import { describe, expect, it } from 'vitest';
import type { BarChart } from '../../src/bot/render/chart-data.js';
import { BAR_RGB, CHART_WIDTH, chartSize, renderChart } from '../../src/bot/render/chart.js';
import { barLengths, darkPixels, decodePng } from '../support/png.js';

const twelve: BarChart = {
  title: ["Share of each category's submissions that mention “export controls on advanced", 'semiconductor manufacturing equipment”'],
  subtitle: ['1,234 matching submissions; share = matches ÷ all submissions of the category', 'Categories: the NITRD respondent listing'],
  bars: Array.from({ length: 12 }, (_, i) => ({ label: i === 0 ? 'Industry/Professional/Scientific Associations' : `Category ${i + 1}`, value: (12 - i) / 20, text: `${(12 - i) * 5}% (${12 - i} of 20)` })),
  scale: 'share',
  description: 'test chart',
};

describe('drawing a chart (chart.js on a Skia canvas, font from the npm package)', () => {
  it('a PNG of the configured size, well under Discord limits, with every bar in order and its text drawn', async () => {
    const bytes = await renderChart(twelve);
    const png = decodePng(bytes);
    expect({ width: png.width, height: png.height }).toEqual(chartSize(twelve));
    expect(png.width).toBe(CHART_WIDTH);
    expect(bytes.length).toBeLessThan(200 * 1024);
    const lengths = barLengths(png, BAR_RGB);
    expect(lengths).toHaveLength(12);
    for (const [i, length] of lengths.entries()) expect(length / lengths[0]!).toBeCloseTo((12 - i) / 12, 1);
    // Text: the title band, the category labels left of the bars, the values right of the shortest bar.
    expect(darkPixels(png, { x0: 0, y0: 0, x1: png.width, y1: 40 })).toBeGreaterThan(500);
    expect(darkPixels(png, { x0: 0, y0: 120, x1: 150, y1: png.height - 40 })).toBeGreaterThan(1_000);
    expect(darkPixels(png, { x0: 200, y0: png.height - 75, x1: png.width, y1: png.height - 40 })).toBeGreaterThan(100);
  });

  it('grows with the bars and the title lines', () => {
    const two = { ...twelve, title: ['One line'], subtitle: ['One line'], bars: twelve.bars.slice(0, 2) };
    expect(chartSize(two).height).toBeLessThan(chartSize(twelve).height);
    expect(chartSize(two).width).toBe(CHART_WIDTH);
  });
});
