/**
 * The real answer worker, except that a question starting with `EXIT` ends its thread mid-task
 * (as a crash or running out of memory would), to show what the pool does when a worker dies.
 *
 * To have bystanders on the dying thread for certain: while the file named by DYING_WORKER_MARKER
 * does not exist, a question starting with `HOLD ` waits on its thread, and `EXIT after N` waits
 * until N questions are held, creates the file and ends the thread. On a fresh thread (the file
 * exists) `HOLD ` questions are answered at once, without the prefix, and `EXIT` fails with an
 * error instead.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import run from '../../src/retrieval/pool/worker.js';
import type { Task } from '../../src/retrieval/pool/protocol.js';

let held = 0;

export default async function dyingWorker(task: Task) {
  const marker = process.env.DYING_WORKER_MARKER;
  const question = task.method === 'ask' ? String(task.args[0]) : '';
  if (question.startsWith('EXIT')) {
    // A fresh thread: the crash does not repeat, the question fails as an error would.
    if (marker && existsSync(marker)) throw new Error('the question that ended a thread');
    const bystanders = Number(/^EXIT after (\d+)/.exec(question)?.[1] ?? 0);
    while (held < bystanders) await nextTurn();
    if (marker) writeFileSync(marker, 'died');
    process.exit(3);
  }
  if (question.startsWith('HOLD ')) {
    if (marker && !existsSync(marker)) {
      held += 1;
      await new Promise(() => undefined); // ended with the thread
    }
    return run({ ...task, args: [question.slice('HOLD '.length), ...task.args.slice(1)] });
  }
  return run(task);
}
