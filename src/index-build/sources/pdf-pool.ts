/**
 * PDF text extraction on a pool of worker threads (piscina), one PDF per task. A PDF that
 * throws, runs out of time or kills its worker (out of memory, a crash) rejects only its own
 * task; the pool replaces the worker and goes on with the others.
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { siblingModule, workerExecArgv } from '../../shared/worker-threads.js';
import { PdfTimeoutError } from './pdf-text.js';
import type { PdfTask } from './pdf-worker.js';

/** Extracts the page texts of one PDF; rejects when it cannot. */
export interface PdfExtractor {
  readonly workers: number;
  extract(bytes: Uint8Array, timeoutMs: number): Promise<string[]>;
  close(): Promise<void>;
}

/** Heap limit of one worker: a PDF that needs more costs only its own file. */
const WORKER_HEAP_MB = 2048;
/** How long after its own time limit (counted from the start of its task) a worker that does not answer is stopped. */
const HARD_STOP_GRACE_MS = 2_000;

/** How long a shared pool is kept after its last use, warm for the next source read in the same process. */
const IDLE_MS = 60_000;

/** One worker per core the process may use. */
export function defaultPdfWorkers(): number {
  return Math.max(1, os.availableParallelism());
}

export interface PdfPoolOptions {
  /** Worker threads; default one per core. */
  workers?: number;
  /** The worker module (absolute path); default `pdf-worker` beside this file. */
  workerFile?: string;
  /** How long after its time limit an unanswered task has its worker stopped. Default 2 s. */
  hardStopGraceMs?: number;
}


export function createPdfPool(options: PdfPoolOptions = {}): PdfExtractor {
  const workers = Math.max(1, options.workers ?? defaultPdfWorkers());
  const workerFile = options.workerFile ?? siblingModule(import.meta.url, 'pdf-worker');
  const grace = options.hardStopGraceMs ?? HARD_STOP_GRACE_MS;
  const pool = new Piscina<PdfTask, string[]>({
    filename: pathToFileURL(workerFile).href,
    execArgv: workerExecArgv(workerFile),
    // All threads stay up (piscina replaces a lost one only down to minThreads); idle ones never
    // keep the process up, and a shared pool is closed after a minute unused (see below).
    minThreads: workers,
    maxThreads: workers,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return {
    workers,
    async extract(bytes, timeoutMs) {
      const copy = new Uint8Array(bytes); // its own buffer, moved to the worker without a second copy
      const { port1: started, port2 } = new MessageChannel();
      const stop = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      started.once('message', () => {
        timer = setTimeout(() => stop.abort(), timeoutMs + grace);
      });
      try {
        return await pool.run({ bytes: copy, timeoutMs, started: port2 }, { signal: stop.signal, transferList: [copy.buffer, port2] });
      } catch (error) {
        if (stop.signal.aborted) throw new PdfTimeoutError(`timed out after ${timeoutMs} ms`);
        throw error;
      } finally {
        clearTimeout(timer);
        started.close();
      }
    },
    close: () => pool.destroy(),
  };
}

const shared = new Map<number, { pool: PdfExtractor; users: number; closing?: NodeJS.Timeout }>();

/**
 * The process's pool of `workers` threads, made on first use and kept for a minute after its
 * last user releases it: a second read in the same process (a re-run of the build that finds
 * nothing changed) finds its workers warm. Call the returned `release` when done.
 */
export function acquirePdfPool(workers = defaultPdfWorkers()): { pool: PdfExtractor; release(): void } {
  let entry = shared.get(workers);
  if (!entry) {
    entry = { pool: createPdfPool({ workers }), users: 0 };
    shared.set(workers, entry);
  }
  const held = entry;
  clearTimeout(held.closing);
  held.users++;
  let released = false;
  return {
    pool: held.pool,
    release() {
      if (released) return;
      released = true;
      if (--held.users > 0) return;
      held.closing = setTimeout(() => {
        shared.delete(workers);
        void held.pool.close();
      }, IDLE_MS).unref();
    },
  };
}
