/**
 * The QaService on a pool of worker threads (piscina): questions are searched and answered off
 * the caller's event loop (the Discord gateway's), on every core, over one copy of the index in
 * shared memory. The quick lookups (statistics, autocomplete, campaigns, categories) are answered
 * on the caller's thread from the same shared index.
 *
 * Partial answers and log lines come back over a MessagePort per call; aborting a call's signal
 * rejects it at once with the signal's reason and tells its worker to stop.
 */
import { MessageChannel } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { CodedError } from '../../shared/errors.js';
import { silentLog, type Log } from '../../shared/log.js';
import { siblingModule, workerExecArgv } from '../../shared/worker-threads.js';
import { engineFor } from '../engine.js';
import { RetrievalService } from '../service.js';
import type { NearestSearch } from '../store/hnsw.js';
import type { Answer, AskOptions, CampaignList, ClaimCheck, Comparison, IndexStats, Passage, QaService, SearchOptions, SubmissionSummary } from '../types.js';
import { errorFrom, type ChatSettings, type Outcome, type PooledMethod, type Task, type WorkerInit, type WorkerMessage } from './protocol.js';
import { indexFromSnapshot, type IndexSnapshot } from './snapshot.js';
import type snapshotInThread from './snapshot-worker.js';
import type { SnapshotTask } from './snapshot-worker.js';

export interface PoolOptions {
  /** Worker threads (at least 1). */
  workers: number;
  /** Calls one worker takes at once: more than one lets a worker go on while others wait on the chat model. */
  tasksPerWorker?: number;
  chat?: ChatSettings;
  coverageFloor: number;
  log?: Log;
  /** The worker module; default `worker` beside this file. */
  workerFile?: string;
}

export class PooledQaService implements QaService {
  private readonly local: RetrievalService;
  private readonly log: Log;
  private closing = false;

  private constructor(
    private readonly pool: Piscina<Task, Outcome>,
    snapshot: IndexSnapshot,
    options: PoolOptions,
  ) {
    this.log = options.log ?? silentLog;
    this.local = new RetrievalService({ ...engineFor(indexFromSnapshot(snapshot, searchOnWorkers, this.log)), coverageFloor: options.coverageFloor, log: this.log });
  }

  /** Starts the workers over `snapshot`; resolves once every one has loaded it (rejects if one cannot). */
  static async start(snapshot: IndexSnapshot, options: PoolOptions): Promise<PooledQaService> {
    const workers = Math.max(1, Math.floor(options.workers));
    const workerFile = options.workerFile ?? siblingModule(import.meta.url, 'worker');
    const init: WorkerInit = { snapshot, coverageFloor: options.coverageFloor, ...(options.chat ? { chat: options.chat } : {}) };
    const pool = new Piscina<Task, Outcome>({
      filename: pathToFileURL(workerFile).href,
      execArgv: workerExecArgv(workerFile),
      workerData: init,
      minThreads: workers,
      maxThreads: workers,
      concurrentTasksPerWorker: Math.max(1, options.tasksPerWorker ?? 4),
      idleTimeout: Number.POSITIVE_INFINITY,
      // A smaller nursery per thread: about 40 MB less memory with two threads (npm run bench:load:
      // peak 941 → 877 MB), answers no slower.
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    try {
      // A first call on every thread: each has read the index before the first question, and a
      // worker that cannot start fails here rather than on a user's question.
      await Promise.all(Array.from({ length: workers }, () => runTask(pool, 'ready', [])));
    } catch (error) {
      await pool.destroy();
      throw error;
    }
    return new PooledQaService(pool, snapshot, options);
  }

  /** Worker threads running. */
  get workers(): number {
    return this.pool.threads.length;
  }

  /** Stops the workers once the calls in flight are answered. */
  close(): Promise<void> {
    this.closing = true;
    return this.pool.close();
  }

  ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const { onPartial, signal, ...rest } = options;
    return this.call('ask', [question, rest], signal, onPartial) as Promise<Answer>;
  }

  search(query: string, options: SearchOptions = {}): Promise<Passage[]> {
    return this.call('search', [query, options]) as Promise<Passage[]>;
  }

  submission(docId: string): Promise<SubmissionSummary | undefined> {
    return this.call('submission', [docId]) as Promise<SubmissionSummary | undefined>;
  }

  compare(submitters: string[], question: string, options: Pick<AskOptions, 'signal'> = {}): Promise<Comparison> {
    return this.call('compare', [submitters, question, {}], options.signal) as Promise<Comparison>;
  }

  checkClaim(claim: string, options: Pick<AskOptions, 'submitter' | 'signal'> = {}): Promise<ClaimCheck> {
    const { signal, ...rest } = options;
    return this.call('checkClaim', [claim, rest], signal) as Promise<ClaimCheck>;
  }

  campaigns(options?: { topic?: string; id?: string; limit?: number }): CampaignList {
    return this.local.campaigns(options);
  }
  stats(): IndexStats {
    return this.local.stats();
  }
  suggestSubmitters(fragment: string, limit: number) {
    return this.local.suggestSubmitters(fragment, limit);
  }
  suggestDocIds(fragment: string, limit: number) {
    return this.local.suggestDocIds(fragment, limit);
  }
  categories(): string[] {
    return this.local.categories();
  }

  /**
   * Runs one call on the pool. A thread that dies (a crash, running out of memory) fails every
   * call it holds, though only one of them may have caused it: each is tried once more on a fresh
   * thread. A call that fails again, the culprit among them, fails with the thread's error.
   */
  private async call(method: PooledMethod, args: unknown[], signal?: AbortSignal, onPartial?: (text: string) => void): Promise<unknown> {
    try {
      return await this.attempt(method, args, signal, onPartial);
    } catch (error) {
      if (!(error instanceof ThreadLost) || this.closing) throw error instanceof ThreadLost ? error.cause : error;
      this.log.warn({ method, err: (error.cause as Error).message }, 'an answer thread died: trying its call once more on a fresh thread');
      try {
        return await this.attempt(method, args, signal, onPartial);
      } catch (again) {
        throw again instanceof ThreadLost ? again.cause : again;
      }
    }
  }

  private async attempt(method: PooledMethod, args: unknown[], signal?: AbortSignal, onPartial?: (text: string) => void): Promise<unknown> {
    signal?.throwIfAborted();
    const { port1: here, port2: there } = new MessageChannel();
    let ended: () => void = () => undefined;
    const end = new Promise<void>((resolve) => (ended = resolve));
    here.on('message', (message: WorkerMessage) => {
      if (message.type === 'partial') onPartial?.(message.text);
      else if (message.type === 'log') this.log[message.level](message.fields, message.message);
      else ended();
    });
    here.once('close', () => ended());
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        here.postMessage({ type: 'abort' });
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    // Errors inside a task come back as outcomes; the pool itself rejects only when the thread is gone.
    const running = this.pool.run({ method, args, port: there, stream: onPartial !== undefined }, { transferList: [there] }).catch((error: unknown) => {
      throw new ThreadLost(error);
    });
    try {
      const outcome = await Promise.race([running, aborted]);
      // The result comes by another channel: the task's last partial and log lines may still be on their way.
      await Promise.race([end, aborted]);
      if (!outcome.ok) throw errorFrom(outcome.error);
      return outcome.value;
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      here.close();
    }
  }
}

/** The pool lost the thread a call ran on (`cause`: the pool's error); never leaves this module. */
class ThreadLost extends CodedError<'ANSWER_THREAD_LOST'> {
  constructor(cause: unknown) {
    super('ANSWER_THREAD_LOST', 'answer thread lost', { cause });
  }
}

/** The calling thread's lookups never search by vector; the graph is read by the workers alone. */
const searchOnWorkers: NearestSearch = () => Promise.reject(new Error('nearest-neighbour search runs on the answer threads'));

/** Loads the index in `task.dir` into shared memory, on a thread that exits when done (see snapshot-worker). */
export async function loadSnapshot(task: SnapshotTask): Promise<IndexSnapshot> {
  const workerFile = siblingModule(import.meta.url, 'snapshot-worker');
  const pool = new Piscina<SnapshotTask, Awaited<ReturnType<typeof snapshotInThread>>>({ filename: pathToFileURL(workerFile).href, execArgv: workerExecArgv(workerFile), minThreads: 0, maxThreads: 1 });
  try {
    const outcome = await pool.run(task);
    if (!outcome.ok) throw errorFrom(outcome.error);
    return outcome.snapshot;
  } finally {
    await pool.destroy();
  }
}

/** One call on the pool, without partials or abort. */
async function runTask(pool: Piscina<Task, Outcome>, method: PooledMethod, args: unknown[]): Promise<unknown> {
  const { port1: here, port2: there } = new MessageChannel();
  try {
    const outcome = await pool.run({ method, args, port: there, stream: false }, { transferList: [there] });
    if (!outcome.ok) throw errorFrom(outcome.error);
    return outcome.value;
  } finally {
    here.close();
  }
}
