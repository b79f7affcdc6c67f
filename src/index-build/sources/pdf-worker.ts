/** The worker side of the PDF pool: one task is one PDF, answered with its page texts. */
import type { MessagePort } from 'node:worker_threads';
import { extractPdfPages } from './pdf-text.js';

export interface PdfTask {
  bytes: Uint8Array;
  timeoutMs: number;
  /** Told first thing, so the pool's time limit counts from the start of the work, not the queue. */
  started: MessagePort;
}

export default function extractTask({ bytes, timeoutMs, started }: PdfTask): Promise<string[]> {
  started.postMessage('started');
  started.close();
  return extractPdfPages(bytes, timeoutMs);
}
