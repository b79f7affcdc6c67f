const WINDOW_MS = 60_000;

export type RateDecision = { ok: true } | { ok: false; retryAt: number };

/** Per-user sliding-window limit: at most `perMinute` questions in any 60 seconds. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly clock: () => number,
  ) {}

  /** Records a question for `userId` if allowed. */
  take(userId: string): RateDecision {
    const now = this.clock();
    const recent = (this.hits.get(userId) ?? []).filter((t) => t > now - WINDOW_MS);
    if (recent.length >= this.perMinute) {
      this.hits.set(userId, recent);
      return { ok: false, retryAt: (recent[0] ?? now) + WINDOW_MS };
    }
    recent.push(now);
    this.hits.set(userId, recent);
    if (this.hits.size > 10_000) this.sweep(now);
    return { ok: true };
  }

  private sweep(now: number): void {
    for (const [user, times] of this.hits) {
      if (times.every((t) => t <= now - WINDOW_MS)) this.hits.delete(user);
    }
  }
}
