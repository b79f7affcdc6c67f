import type { Answer, AskOptions, Passage, Turn } from '../retrieval/types.js';
import { codeOf } from '../shared/errors.js';
import { answerChart, chartReply } from './charts.js';
import { answerButtons } from './components.js';
import { listReply } from './list-file.js';
import { partialText, progressText, queuedText, renderAnswer } from './render/answer.js';
import { deliver, type ReplySurface } from './surface.js';
import { ThrottledEditor } from './throttle.js';
import { checkAsAnswer, renderCheck } from './render/check.js';
import { withTimeout } from './timeout.js';
import type { BotContext } from './types.js';
import { errorText } from './user-messages.js';

/** Who asked what, for logs and feedback. */
export interface AskContext {
  command: string;
  userId: string;
  guildId: string | null;
  /** The answer is seen only by the asker (a private /ask, a DM). */
  private?: boolean;
}

/**
 * Shows progress, waits for a slot in the global gate, runs `task` under the answer timeout,
 * and streams partial text into the first message at a throttled rate.
 */
export async function runGuarded<T>(
  ctx: BotContext,
  surface: ReplySurface,
  who: AskContext,
  task: (signal: AbortSignal, onPartial: (text: string) => void) => Promise<T>,
): Promise<T> {
  await surface.edit({ content: progressText(ctx.qa.stats().submissions), components: [] });
  return ctx.gate.run(
    who.userId,
    async () => {
      const editor = new ThrottledEditor((text) => surface.edit({ content: partialText(text), components: [] }), {
        intervalMs: ctx.config.streamEditIntervalMs,
        onError: (error) => ctx.logger.warn({ err: error, ...who }, 'streaming edit failed'),
        clock: ctx.clock,
      });
      try {
        return await withTimeout(ctx.config.answerTimeoutMs, (signal) => task(signal, (text) => editor.push(text)));
      } finally {
        await editor.stop();
      }
    },
    (position) => {
      surface.edit({ content: queuedText(position), components: [] }).catch(() => undefined);
    },
  );
}

/**
 * Runs one question from its progress line to its answer delivered, and counts it for /metrics
 * when it fails; `deliverAnswer` counts it when it is delivered, so each question counts once.
 */
export async function counted<T>(ctx: BotContext, answering: () => Promise<T>): Promise<T> {
  try {
    return await answering();
  } catch (error) {
    ctx.metrics.failed(error);
    throw error;
  }
}

/**
 * Keeps the answer for its buttons, sends it (split as needed) with its chart and its whole list
 * as CSV, when it has them, and logs and counts the latency. `text` replaces the rendered answer (a
 * comparison).
 */
export async function deliverAnswer(
  ctx: BotContext,
  surface: ReplySurface,
  who: AskContext,
  question: string,
  answer: Answer,
  startedAt: number,
  text?: string,
  passages: Passage[] = answer.sources,
): Promise<string[]> {
  const stored = ctx.answers.add({ question, mode: answer.mode, userId: who.userId, private: who.private ?? false, passages });
  const chart = await chartReply(ctx, answerChart(ctx, answer), who);
  const list = listReply(answer);
  if (list.leftOff) ctx.logger.warn({ ...who, listed: answer.listed?.length }, `list not attached: ${list.leftOff}`);
  const body = text === undefined ? renderAnswer(answer, [chart.fallback, list.note]) : [text, chart.fallback].filter(Boolean).join('\n\n');
  const ids = await deliver(surface, body, [answerButtons(stored.id)], [...chart.files, ...list.files]);
  const ms = ctx.clock() - startedAt;
  ctx.metrics.answered(answer, ms / 1000);
  ctx.logger.info(
    {
      ...who,
      answerId: stored.id,
      ms,
      mode: answer.mode,
      sources: answer.sources.length,
      verified: answer.citations.verified,
      citations: answer.citations.total,
      notCovered: answer.notCovered,
      chart: chart.files.length > 0,
      list: list.files.length > 0,
    },
    'answered',
  );
  return ids;
}

/** The whole `ask` flow shared by `/ask`, mentions, threads and DMs. */
export async function askAndDeliver(
  ctx: BotContext,
  surface: ReplySurface,
  who: AskContext,
  question: string,
  options: Omit<AskOptions, 'signal' | 'onPartial'> & { history?: Turn[] },
): Promise<{ answer: Answer; messageIds: string[] }> {
  const startedAt = ctx.clock();
  return counted(ctx, async () => {
    const answer = await runGuarded(ctx, surface, who, (signal, onPartial) => ctx.qa.ask(question, { ...options, signal, onPartial }));
    const messageIds = await deliverAnswer(ctx, surface, who, question, answer, startedAt);
    return { answer, messageIds };
  });
}

/** The whole `check` flow shared by `/check` and "check: …" messages. */
export async function checkAndDeliver(
  ctx: BotContext,
  surface: ReplySurface,
  who: AskContext,
  claim: string,
  options: { submitter?: string | undefined },
): Promise<{ answer: Answer; messageIds: string[] }> {
  const startedAt = ctx.clock();
  return counted(ctx, async () => {
    const check = await runGuarded(ctx, surface, who, (signal) => ctx.qa.checkClaim(claim, { ...(options.submitter ? { submitter: options.submitter } : {}), signal }));
    const answer = checkAsAnswer(check);
    const messageIds = await deliverAnswer(ctx, surface, who, claim, answer, startedAt, renderCheck(check));
    return { answer, messageIds };
  });
}

/** The user's own mistake is info, an upstream or load condition a warning, anything else the bot's error. */
function levelOf(code: string | undefined): 'info' | 'warn' | 'error' {
  if (code === 'BAD_QUESTION') return 'info';
  if (code !== undefined && /^(LLM_|ANSWER_TIMEOUT|BOT_BUSY)/.test(code)) return 'warn';
  return 'error';
}

/** One error boundary for every answer path: log with context, tell the user what to do. */
export async function reportFailure(
  ctx: BotContext,
  surface: ReplySurface,
  who: AskContext,
  error: unknown,
): Promise<void> {
  const code = codeOf(error);
  ctx.logger[levelOf(code)]({ err: error, code, ...who }, 'answer failed');
  try {
    await surface.edit({ content: errorText(error), components: [] });
  } catch (replyError) {
    ctx.logger.error({ err: replyError, ...who }, 'could not report the failure to the user');
  }
}
