import { createRequire } from 'node:module';
import type { ChartConfiguration, ChartItem, Plugin } from 'chart.js';
import type { BarChart } from './chart-data.js';
import { wrap } from './chart-data.js';

/** Draws a chart as PNG bytes. */
export type ChartRenderer = (chart: BarChart) => Promise<Buffer>;

export const CHART_WIDTH = 800;
/** The bars' fill, as drawn (tests look for it in the decoded picture). */
export const BAR_RGB = [78, 121, 167] as const;
const BAR = `rgb(${BAR_RGB.join(', ')})`;
const INK = '#1f2328';
const MUTED = '#57606a';
/** A family name of our own, so the font from the npm package is used and never a system font. */
const FAMILY = 'RFI Chart Sans';
const BAR_ROW = 46;
const LABEL_WIDTH = 26;

/** The picture's size: a fixed width, a height that grows with the bars and title lines. */
export function chartSize(chart: BarChart): { width: number; height: number } {
  const titleLines = chart.title.length + chart.subtitle.length;
  return { width: CHART_WIDTH, height: 70 + 24 * titleLines + BAR_ROW * Math.max(1, chart.bars.length) };
}

type Toolkit = Awaited<ReturnType<typeof load>>;
let toolkit: Promise<Toolkit> | undefined;

/** Loads chart.js, the Skia canvas and the font once, on the first chart (a failure is retried next time). */
async function load() {
  const [{ Chart, BarController, BarElement, CategoryScale, LinearScale, Title, SubTitle }, { createCanvas, GlobalFonts }] = await Promise.all([import('chart.js'), import('@napi-rs/canvas')]);
  const fonts = createRequire(import.meta.url);
  for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
    if (!GlobalFonts.registerFromPath(fonts.resolve(`dejavu-fonts-ttf/ttf/${file}`), FAMILY)) throw new Error(`could not load the chart font ${file}`);
  }
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, SubTitle);
  return { Chart, createCanvas };
}

/** A white background: Discord's dark theme would otherwise show dark text on dark grey. */
const background: Plugin<'bar'> = {
  id: 'background',
  beforeDraw({ ctx, width, height }) {
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Each bar's value printed just past its end. */
const valueLabels = (texts: string[]): Plugin<'bar'> => ({
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.font = `14px "${FAMILY}"`;
    ctx.fillStyle = INK;
    ctx.textBaseline = 'middle';
    for (const [i, bar] of chart.getDatasetMeta(0).data.entries()) ctx.fillText(texts[i] ?? '', bar.x + 6, bar.y);
    ctx.restore();
  },
});

function configuration(chart: BarChart): ChartConfiguration<'bar'> {
  const max = Math.max(...chart.bars.map((b) => b.value), 0);
  return {
    type: 'bar',
    data: {
      labels: chart.bars.map((b) => wrap(b.label, LABEL_WIDTH)),
      datasets: [{ data: chart.bars.map((b) => b.value), backgroundColor: BAR, barPercentage: 0.8, categoryPercentage: 0.9 }],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      layout: { padding: { top: 12, right: 24, bottom: 8, left: 12 } },
      font: { family: FAMILY },
      color: INK,
      scales: {
        // The longest bar takes about two-thirds of the width, leaving room for its printed value.
        x: {
          min: 0,
          max: max > 0 ? max / 0.66 : 1,
          grid: { color: '#e5e8eb' },
          border: { display: false },
          ticks: { color: MUTED, font: { size: 12 }, includeBounds: false, maxTicksLimit: 6, callback: (v) => axisLabel(Number(v), chart.scale) },
        },
        y: { grid: { display: false }, ticks: { color: INK, font: { size: 15 } } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { enabled: false },
        title: { display: true, text: chart.title, color: INK, align: 'start', font: { size: 18, weight: 'bold' }, padding: { top: 4, bottom: 4 } },
        subtitle: { display: true, text: chart.subtitle, color: MUTED, align: 'start', font: { size: 13 }, padding: { bottom: 12 } },
      },
    },
    plugins: [background, valueLabels(chart.bars.map((b) => b.text))],
  };
}

function axisLabel(value: number, scale: BarChart['scale']): string {
  return scale === 'share' ? `${Number((value * 100).toFixed(1))}%` : value.toLocaleString('en-US');
}

/** Horizontal bars with their values, drawn by chart.js on a Skia canvas (no system library or font needed). */
export const renderChart: ChartRenderer = async (chart) => {
  toolkit ??= load().catch((error: unknown) => {
    toolkit = undefined;
    throw error;
  });
  const { Chart, createCanvas } = await toolkit;
  const { width, height } = chartSize(chart);
  const canvas = createCanvas(width, height);
  const drawn = new Chart(canvas.getContext('2d') as unknown as ChartItem, configuration(chart));
  try {
    return await canvas.encode('png');
  } finally {
    drawn.destroy();
  }
};
