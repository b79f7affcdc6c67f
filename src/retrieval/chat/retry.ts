/**
 * Retries of requests to an OpenAI-compatible server, done here rather than by the `openai` client
 * (created with `maxRetries: 0`): the client sleeps for the whole of a server's Retry-After (an
 * hour, if asked) and its sleep ignores the abort signal, which wedged every answer thread on one
 * `429 Retry-After: 3600`. Here a wait is honoured only up to `MAX_RETRY_AFTER_MS`, every wait ends
 * with the caller's signal, and a longer wait is reported with its length.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { CodedError } from '../../shared/errors.js';

/** The longest server-asked wait honoured before a retry; a longer one fails the request at once. */
export const MAX_RETRY_AFTER_MS = 20_000;
/** Waits between retries when the server names none: 0.5 s doubling up to 8 s, less up to a quarter (jitter). */
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/** A server asked to wait longer than is honoured: how long, in milliseconds. */
export class WaitTooLong extends CodedError<'WAIT_TOO_LONG'> {
  constructor(
    readonly waitMs: number,
    options: { cause: unknown },
  ) {
    super('WAIT_TOO_LONG', `the server asks to wait ${Math.round(waitMs / 1000)} s`, options);
  }
}

/** What a failed attempt says about retrying: whether it is worth it, and the wait its server asked for. */
export interface Failure {
  retryable: boolean;
  waitMs?: number;
}

/** A `Retry-After` value (seconds, or an HTTP date) in milliseconds from `now`. */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface RetryOptions {
  maxRetries: number;
  /** How the client's errors read (the adapter over the client knows its error classes). */
  classify: (error: unknown) => Failure;
  signal?: AbortSignal;
  maxWaitMs?: number;
}

/**
 * `attempt` until it succeeds, fails with an error not worth retrying, or `maxRetries` retries are
 * spent. A server-asked wait above `maxWaitMs` rejects with `WaitTooLong` (retries left or not);
 * an aborted signal ends any wait at once with its reason.
 */
export async function withRetries<T>(attempt: () => Promise<T>, { maxRetries, classify, signal, maxWaitMs = MAX_RETRY_AFTER_MS }: RetryOptions): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      const failure = classify(error);
      if (failure.waitMs !== undefined && failure.waitMs > maxWaitMs) throw new WaitTooLong(failure.waitMs, { cause: error });
      if (!failure.retryable || retry >= maxRetries || signal?.aborted) throw error;
      const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** retry, MAX_BACKOFF_MS) * (1 - Math.random() * 0.25);
      await sleep(failure.waitMs ?? backoff, undefined, signal ? { signal } : {});
    }
  }
}
