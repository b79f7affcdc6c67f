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
  const started = ctx.clock();
  try {
    const png = await withTimeout(CHART_TIMEOUT_MS, () => ctx.renderChart(chart));
    if (png.length > MAX_ATTACHMENT_BYTES) throw new Error(`the chart is ${png.length} bytes, over Discord's ${MAX_ATTACHMENT_BYTES}-byte limit`);
    ctx.logger.debug({ ...who, bytes: png.length, ms: ctx.clock() - started }, 'chart drawn');
    return { files: [{ attachment: png, name: CHART_FILE_NAME, description: truncate(chart.description, DESCRIPTION_MAX) }] };
  } catch (error) {
    ctx.logger.warn({ err: error, ...who }, 'chart could not be drawn; the reply carries its figures as text');
    return { files: [], ...(chart.fallback ? { fallback: chart.fallback } : {}) };
  }
}
