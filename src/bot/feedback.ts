import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

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
