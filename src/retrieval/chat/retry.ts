/**
 * Retries of requests to an OpenAI-compatible server, done here rather than by the `openai` client
 * (created with `maxRetries: 0`): the client sleeps for the whole of a server's Retry-After (an
 * hour, if asked) and its sleep ignores the abort signal, which wedged every answer thread on one
 * `429 Retry-After: 3600`. Here a wait is honoured only up to `MAX_RETRY_AFTER_MS`, every wait ends
 * with the caller's signal, and a longer wait is reported with its length.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { APIConnectionError, APIError } from 'openai';

/** The longest server-asked wait honoured before a retry; a longer one fails the request at once. */
export const MAX_RETRY_AFTER_MS = 20_000;
/** Waits between retries when the server names none: 0.5 s doubling up to 8 s, less up to a quarter (jitter). */
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/** A server asked to wait longer than is honoured: how long, in milliseconds. */
export class WaitTooLong extends Error {
  constructor(
    readonly waitMs: number,
    options: { cause: unknown },
  ) {
    super(`the server asks to wait ${Math.round(waitMs / 1000)} s`, options);
  }
}

/** The wait a server's response asks for (`retry-after-ms`, `retry-after` in seconds or as a date), if any. */
export function askedWaitMs(error: unknown, now = Date.now()): number | undefined {
  const headers = error instanceof APIError ? error.headers : undefined;
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const after = headers?.get('retry-after');
  if (!after) return undefined;
  const seconds = Number.parseFloat(after);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** What the client would retry: a timeout or a dropped connection, 408, 409, 429 and 5xx. */
function retryable(error: unknown): boolean {
  if (error instanceof APIError && error.status !== undefined) return error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500;
  return error instanceof APIConnectionError;
}

export interface RetryOptions {
  maxRetries: number;
  signal?: AbortSignal;
  maxWaitMs?: number;
}

/**
 * `attempt` until it succeeds, fails with an error not worth retrying, or `maxRetries` retries are
 * spent. A server-asked wait above `maxWaitMs` rejects with `WaitTooLong` (retries left or not);
 * an aborted signal ends any wait at once with its reason.
 */
export async function withRetries<T>(attempt: () => Promise<T>, { maxRetries, signal, maxWaitMs = MAX_RETRY_AFTER_MS }: RetryOptions): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      const asked = askedWaitMs(error);
      if (asked !== undefined && asked > maxWaitMs) throw new WaitTooLong(asked, { cause: error });
      if (!retryable(error) || retry >= maxRetries || signal?.aborted) throw error;
      const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** retry, MAX_BACKOFF_MS) * (1 - Math.random() * 0.25);
      await sleep(asked ?? backoff, undefined, signal ? { signal } : {});
    }
  }
}
