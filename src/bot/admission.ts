import { COSTS, type RateCost, type RateKind } from './rate-limit.js';
import type { BotContext } from './types.js';
import { RESTARTING, rateLimited, tooFast } from './user-messages.js';

export interface Refusal {
  reason: 'stopping' | 'rate';
  text: string;
}

/** What users read for each budget that is not questions. */
const BUDGET_NAMES: Record<Exclude<RateKind, 'answer'>, string> = {
  lookup: '/search and /submission',
  light: '/stats, /help and the answer buttons',
  suggest: 'suggestions',
};

/**
 * The one admission check for commands, buttons and messages, made before anything is created:
 * while the bot stops only light requests run, and each request is charged to its user's budget.
 */
export async function admit(ctx: BotContext, who: { command: string; userId: string }, cost: RateCost = COSTS.answer): Promise<Refusal | undefined> {
  if (ctx.isStopping() && cost.kind !== 'light') {
    ctx.metrics.refused('stopping', cost.kind);
    return { reason: 'stopping', text: RESTARTING };
  }
  const decision = await ctx.limits.take(who.userId, cost);
  if (decision.ok) return undefined;
  ctx.metrics.refused('rate', cost.kind);
  ctx.logger.info({ ...who, kind: cost.kind, retryAt: decision.retryAt }, 'rate limited');
  const text = cost.kind === 'answer' ? rateLimited(decision.perMinute, decision.retryAt) : tooFast(BUDGET_NAMES[cost.kind], decision.perMinute, decision.retryAt);
  return { reason: 'rate', text };
}
