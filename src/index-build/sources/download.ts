import { access, mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { silentLog, type Log } from '../../shared/log.js';
import { downloadAttempt } from './download-attempt.js';
import { SourceError } from './source-error.js';

export interface DownloadOptions {
  cacheDir: string;
  progress?: boolean;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  retries?: number;
  retryDelayMs?: number;
  /** Where reuse, retries and completion are logged; nothing is logged without it. */
  log?: Log;
}

const MAX_BACKOFF_MS = 60_000;

/**
 * Download `url` to `<cacheDir>/downloads/<name>` (via `<name>.part`, resumed with Range requests)
 * and return the path. A finished download is reused without touching the network.
 */
export async function downloadToCache(url: string, options: DownloadOptions): Promise<string> {
  const dir = path.join(options.cacheDir, 'downloads');
  const finalPath = path.join(dir, cacheFileName(url));
  const log = options.log ?? silentLog;
  const about = { url, file: finalPath };
  if (await exists(finalPath)) {
    log.info(about, 'reusing downloaded file');
    return finalPath;
  }
  await mkdir(dir, { recursive: true });
  const partPath = `${finalPath}.part`;
  const retries = options.retries ?? 5;
  const baseDelay = options.retryDelayMs ?? 1000;
  const attemptOptions = { fetchImpl: options.fetchImpl ?? fetch, progress: options.progress ?? false, signal: options.signal };
  for (let attempt = 0; ; attempt++) {
    options.signal?.throwIfAborted();
    const outcome = await downloadAttempt(url, partPath, attemptOptions);
    if (outcome.kind === 'done') {
      await rename(partPath, finalPath);
      log.info({ ...about, attempts: attempt + 1 }, 'download complete');
      return finalPath;
    }
    if (attempt >= retries) {
      throw new SourceError('DOWNLOAD_FAILED', `Download of ${url} failed after ${attempt + 1} attempts: ${outcome.reason}`);
    }
    const delay = outcome.retryAfterMs ?? Math.min(baseDelay * 2 ** attempt, MAX_BACKOFF_MS);
    log.warn({ ...about, attempt: attempt + 1, reason: outcome.reason, delayMs: delay }, 'download attempt failed; retrying');
    await sleep(delay, undefined, { signal: options.signal });
  }
}

/** A safe file name from the last segment of the URL path. */
export function cacheFileName(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // keep it encoded
  }
  const safe = decoded.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '');
  return safe === '' ? 'download' : safe;
}

function exists(file: string): Promise<boolean> {
  return access(file).then(() => true, () => false);
}
