/**
 * The real answer worker, except that a question starting with `EXIT` ends its thread mid-task
 * (as a crash or running out of memory would), to show what the pool does when a worker dies.
 */
import run from '../../src/retrieval/pool/worker.js';
import type { Task } from '../../src/retrieval/pool/protocol.js';

export default function dyingWorker(task: Task) {
  if (task.method === 'ask' && String(task.args[0]).startsWith('EXIT')) process.exit(3);
  return run(task);
}
