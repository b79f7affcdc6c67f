/**
 * The chunks' HNSW graph made on a thread of its own (piscina, one task): linking 42,000 chunks
 * takes about 9 s of one core, which the build spends meanwhile on near-duplicates and on the
 * index's other files.
 */
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { PackedVectors } from '../retrieval/store/hnsw-graph.js';
import { siblingModule, workerExecArgv } from '../shared/worker-threads.js';
import type { GraphTask } from './graph-worker.js';

/**
 * Writes the graph of `vectors` to `file` on another thread; resolves once it is written. The
 * vectors' buffer is moved to that thread, so the caller must not use it afterwards. Aborting
 * `signal` stops the thread.
 */
export async function writeGraphInThread(vectors: PackedVectors, file: string, options: { signal?: AbortSignal; workerFile?: string } = {}): Promise<void> {
  const workerFile = options.workerFile ?? siblingModule(import.meta.url, 'graph-worker');
  const { signal } = options;
  const pool = new Piscina<GraphTask, void>({ filename: pathToFileURL(workerFile).href, execArgv: workerExecArgv(workerFile), minThreads: 0, maxThreads: 1 });
  // A thread that fails outside its task (its module not found) is told by the pool, not the task.
  const failed = new Promise<never>((_, reject) => pool.once('error', reject));
  failed.catch(() => undefined);
  try {
    await Promise.race([pool.run({ vectors, file }, { transferList: [vectors.values.buffer as ArrayBuffer], ...(signal ? { signal } : {}) }), failed]);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(`could not make the HNSW graph: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await pool.destroy().catch(() => undefined);
  }
}
