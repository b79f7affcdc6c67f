import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { DiskFullError } from '../../shared/disk-full.js';
import { byteProgress } from './download-progress.js';
import { SourceError } from './source-error.js';

export interface AttemptOptions {
  fetchImpl: typeof fetch;
  progress: boolean;
  signal?: AbortSignal;
}

/** `done`: the `.part` file holds the whole body. `retry`: a transient failure; try again later. */
export type AttemptOutcome = { kind: 'done' } | { kind: 'retry'; reason: string; retryAfterMs?: number };

/** One GET of `url` into `partPath`, resuming with a Range request when a partial file exists. */
export async function downloadAttempt(url: string, partPath: string, options: AttemptOptions): Promise<AttemptOutcome> {
  const offset = await fileSize(partPath);
  let response: Response;
  try {
    response = await options.fetchImpl(url, {
      headers: offset > 0 ? { range: `bytes=${offset}-` } : {},
      signal: options.signal,
    });
  } catch (error) {
    options.signal?.throwIfAborted();
    return { kind: 'retry', reason: `network error: ${messageOf(error)}` };
  }
  const { status } = response;
  if (status === 429 || status >= 500) {
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'retry', reason: `HTTP ${status}`, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
  }
  if (status === 416 && offset > 0) {
    await response.body?.cancel().catch(() => undefined);
    await rm(partPath, { force: true });
    return { kind: 'retry', reason: 'HTTP 416 for the partial download; restarting', retryAfterMs: 0 };
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new SourceError('DOWNLOAD_FAILED', `Download of ${url} failed: HTTP ${status} ${response.statusText}`.trim());
  }

  let start = 0;
  let total: number | undefined;
  if (status === 206) {
    const range = parseContentRange(response.headers.get('content-range'));
    if (!range || range.start !== offset) {
      await response.body.cancel().catch(() => undefined);
      await rm(partPath, { force: true });
      return { kind: 'retry', reason: 'unexpected Content-Range; restarting', retryAfterMs: 0 };
    }
    start = offset;
    total = range.total;
  } else {
    const length = Number(response.headers.get('content-length') ?? NaN);
    total = Number.isFinite(length) ? length : undefined;
  }

  const bar = byteProgress(options.progress, 'download');
  let written = start;
  bar.start(total, written);
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      written += chunk.length;
      bar.update(written);
      callback(null, chunk);
    },
  });
  try {
    const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    await pipeline(body, counter, createWriteStream(partPath, { flags: start > 0 ? 'a' : 'w' }));
  } catch (error) {
    options.signal?.throwIfAborted();
    // A full disk is no lost connection: trying again would only fail again, after a wait.
    const full = DiskFullError.from(error, partPath);
    if (full) throw full;
    return { kind: 'retry', reason: `connection lost after ${written} bytes: ${messageOf(error)}` };
  } finally {
    bar.stop();
  }
  const size = await fileSize(partPath);
  if (total !== undefined && size !== total) return { kind: 'retry', reason: `incomplete: ${size} of ${total} bytes` };
  return { kind: 'done' };
}

async function fileSize(file: string): Promise<number> {
  return stat(file).then((s) => s.size, () => 0);
}

function parseContentRange(header: string | null): { start: number; total?: number } | undefined {
  const match = /^bytes\s+(\d+)-(\d+)\/(\d+|\*)$/i.exec(header?.trim() ?? '');
  if (!match) return undefined;
  return { start: Number(match[1]), total: match[3] === '*' ? undefined : Number(match[3]) };
}

/** Retry-After as seconds or an HTTP date, capped at five minutes. */
export function retryAfterMs(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 300_000) : undefined;
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return message + cause;
}
