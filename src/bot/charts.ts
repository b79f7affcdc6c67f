import type { AttachmentPayload } from 'discord.js';
import type { Answer } from '../retrieval/types.js';
import { aggregateChart, type BarChart } from './render/chart-data.js';
import { truncate } from './render/escape.js';
import { withTimeout } from './timeout.js';
import type { BotContext } from './types.js';

/** Discord's upload limit per file for a server without boosts; charts are far smaller (tens of KB). */
export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
export const CHART_FILE_NAME = 'chart.png';
/** A chart that takes longer than this is given up for its text. */
const CHART_TIMEOUT_MS = 5_000;
/** Discord's limit on an attachment's description (alt text). */
const DESCRIPTION_MAX = 1_024;

/** At most this many bars are drawn (the largest, in the chart's order); the rest are counted in the subtitle. */
export const MAX_BARS = 12;
/** A bar's label is cut to this many characters; a title or subtitle line to `MAX_LINE`, and at most `MAX_LINES` of each. */
export const MAX_LABEL = 40;
const MAX_LINE = 120;
const MAX_LINES = 3;
/** The figures given as text when the chart cannot be sent stay within one line of a message. */
export const MAX_FALLBACK = 1_500;
/** The first bytes of every PNG file. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** `chart` within what is drawn in bounded time and sent in one message: bars, labels and lines capped. */
export function boundedChart(chart: BarChart): BarChart {
  const more = chart.bars.length - MAX_BARS;
  const lines = (text: string[]) => text.slice(0, MAX_LINES).map((l) => truncate(l, MAX_LINE));
  return {
    ...chart,
    title: lines(chart.title),
    subtitle: lines(more > 0 ? [...chart.subtitle.slice(0, MAX_LINES - 1), `${more.toLocaleString('en-US')} more not drawn`] : chart.subtitle),
    bars: chart.bars.slice(0, MAX_BARS).map((b) => ({ ...b, label: truncate(b.label, MAX_LABEL), text: truncate(b.text, MAX_LABEL) })),
    ...(chart.fallback ? { fallback: truncate(chart.fallback, MAX_FALLBACK) } : {}),
  };
}

/** What a chart adds to a reply: the PNG to attach, or, when it could not be drawn, the figures as text. */
export interface ChartReply {
  files: AttachmentPayload[];
  fallback?: string;
}

/** The chart a count answer carries, if any: shares per category need each category's total from the index. */
export function answerChart(ctx: BotContext, answer: Answer): BarChart | undefined {
  return answer.aggregate ? aggregateChart(answer.aggregate, ctx.qa.stats().byCategory) : undefined;
}

/** Draws `chart`; a failure (or an oversized picture) is logged and the reply falls back to text. */
export async function chartReply(ctx: BotContext, chart: BarChart | undefined, who: object): Promise<ChartReply> {
  if (!chart) return { files: [] };
  chart = boundedChart(chart);
  const started = ctx.clock();
  try {
    const drawn = chart;
    const png = await withTimeout(CHART_TIMEOUT_MS, () => ctx.renderChart(drawn));
    if (png.length > MAX_ATTACHMENT_BYTES) throw new Error(`the chart is ${png.length} bytes, over Discord's ${MAX_ATTACHMENT_BYTES}-byte limit`);
    if (!png.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) throw new Error(`the renderer returned ${png.length} bytes that are not a PNG`);
    ctx.logger.debug({ ...who, bytes: png.length, ms: ctx.clock() - started }, 'chart drawn');
    return { files: [{ attachment: png, name: CHART_FILE_NAME, description: truncate(chart.description, DESCRIPTION_MAX) }] };
  } catch (error) {
    ctx.logger.warn({ err: error, ...who }, 'chart could not be drawn; the reply carries its figures as text');
    return { files: [], ...(chart.fallback ? { fallback: chart.fallback } : {}) };
  }
}
