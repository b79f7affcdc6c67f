import { appendFile, mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { CodedError } from '../shared/errors.js';

/** Trees of the kernel and devices: a file there is no log (mkdir under /proc can spin). */
const SYSTEM_TREES = ['/proc', '/sys', '/dev'];

/**
 * Refuses a FEEDBACK_LOG the bot could not append to, at start-up rather than at the first vote:
 * under a system tree, or a file that cannot be created and opened for appending.
 */
export async function checkFeedbackLog(file: string): Promise<void> {
  const resolved = path.resolve(file);
  const tree = SYSTEM_TREES.find((root) => resolved === root || resolved.startsWith(`${root}/`));
  if (tree) throw new CodedError('BAD_CONFIG', `FEEDBACK_LOG=${file} is under ${tree}, which holds no ordinary files. Set FEEDBACK_LOG to a file the bot may create, e.g. data/feedback.jsonl.`);
  try {
    await mkdir(path.dirname(resolved), { recursive: true });
    await (await open(resolved, 'a')).close();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CodedError('BAD_CONFIG', `FEEDBACK_LOG=${file} cannot be written (${reason}). Set FEEDBACK_LOG to a file the bot may create and append to, e.g. data/feedback.jsonl.`, { cause: error });
  }
}

export interface FeedbackRecord {
  ts: string;
  answerId: string;
  userId: string;
  vote: 'up' | 'down';
  /** The same user's earlier vote on this answer, which this line replaces (the last line counts). */
  replaces?: 'up' | 'down';
  question: string | null;
  sources: string[];
  mode: string | null;
}

/** Append-only JSON-lines feedback file; writes are serialised so lines never interleave. */
export class FeedbackLog {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  append(record: FeedbackRecord): Promise<void> {
    const line = `${JSON.stringify(record)}\n`;
    const write = this.tail.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, line, 'utf8');
    });
    this.tail = write.catch(() => undefined);
    return write;
  }
}
