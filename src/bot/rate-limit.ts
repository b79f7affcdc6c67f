import { RateLimiterMemory, RateLimiterRes, type IRateLimiterOptions, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** Kinds of request, each with its own per-user budget per minute. */
export type RateKind = 'answer' | 'lookup' | 'light' | 'suggest';

export interface RateCost {
  kind: RateKind;
  points: number;
}

/** What each request costs. */
export const COSTS = {
  /** /ask, mentions, DMs and thread follow-ups: retrieval and perhaps a model call. */
  answer: { kind: 'answer', points: 1 },
  /** /compare: an answer per submitter. */
  compare: { kind: 'answer', points: 2 },
  /** /search and /submission: retrieval only. */
  lookup: { kind: 'lookup', points: 1 },
  /** /stats, /help, buttons, empty mentions: no retrieval. */
  light: { kind: 'light', points: 1 },
  /** One autocomplete request: a keystroke in a submitter or id option. */
  suggest: { kind: 'suggest', points: 1 },
} as const satisfies Record<string, RateCost>;

/** Budgets per minute as multiples of RATE_LIMIT_PER_MINUTE (the questions a user may ask). */
const BUDGET_FACTOR: Record<RateKind, number> = { answer: 1, lookup: 4, light: 10, suggest: 40 };
const WINDOW_SECONDS = 60;

export type RateDecision = { ok: true } | { ok: false; retryAt: number; perMinute: number };

/**
 * Makes the limiter of one budget. The default keeps counts in memory; a shared store
 * (rate-limiter-flexible's Redis, Postgres, … limiters take the same options) keeps the budgets
 * across shards.
 */
export type LimiterFactory = (options: IRateLimiterOptions) => RateLimiterAbstract;
const inMemory: LimiterFactory = (options) => new RateLimiterMemory(options);

/** Per-user budgets per minute, in proportion to what requests cost. */
export class RateLimits {
  private readonly limiters: Record<RateKind, RateLimiterAbstract>;
  /** One refusal notice per user per minute in channels: a flood is not answered message by message. */
  private readonly notices: RateLimiterAbstract;

  constructor(
    readonly questionsPerMinute: number,
    makeLimiter: LimiterFactory = inMemory,
  ) {
    const limiter = (kind: RateKind) =>
      makeLimiter({ keyPrefix: `rate-${kind}`, points: questionsPerMinute * BUDGET_FACTOR[kind], duration: WINDOW_SECONDS });
    this.limiters = { answer: limiter('answer'), lookup: limiter('lookup'), light: limiter('light'), suggest: limiter('suggest') };
    this.notices = makeLimiter({ keyPrefix: 'rate-notice', points: 1, duration: WINDOW_SECONDS });
  }

  perMinute(kind: RateKind): number {
    return this.questionsPerMinute * BUDGET_FACTOR[kind];
  }

  /** Spends `cost` from the user's budget if it allows; otherwise says when it will. */
  async take(userId: string, cost: RateCost): Promise<RateDecision> {
    const msBeforeNext = await spend(this.limiters[cost.kind], userId, cost.points);
    return msBeforeNext === undefined ? { ok: true } : { ok: false, retryAt: Date.now() + msBeforeNext, perMinute: this.perMinute(cost.kind) };
  }

  /** Whether a refusal should be shown to this user now (at most once a minute). */
  async shouldNotify(userId: string): Promise<boolean> {
    return (await spend(this.notices, userId, 1)) === undefined;
  }
}

/** Consumes points; undefined when allowed, else the milliseconds until the budget refills. */
async function spend(limiter: RateLimiterAbstract, key: string, points: number): Promise<number | undefined> {
  try {
    await limiter.consume(key, points);
    return undefined;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection.msBeforeNext;
    throw rejection; // a store failure, not a refusal
  }
}
