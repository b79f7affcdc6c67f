/**
 * A stand-in for the PDF worker that misbehaves on command, to show what the pool does when a
 * worker dies or hangs: the task's bytes start with `EXIT`, `HANG`, `THROW`, or anything else,
 * which comes back as the one page. It keeps the real worker's protocol (say when it starts).
 */
import type { PdfTask } from '../../src/index-build/sources/pdf-worker.js';

export default function faultyWorker({ bytes, started }: PdfTask): string[] {
  started.postMessage('started');
  started.close();
  const text = Buffer.from(bytes).toString('utf8');
  if (text.startsWith('EXIT')) process.exit(3);
  if (text.startsWith('HANG')) for (;;);
  if (text.startsWith('THROW')) throw new Error('cannot parse this one');
  return [text];
}
