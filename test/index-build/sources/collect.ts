import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readSource, type ReadSourceOptions, type SkippedFile, type SourceDocument } from '../../../src/index-build/sources/index.js';

export interface Collected {
  docs: SourceDocument[];
  skipped: SkippedFile[];
  /** `document:<file>` / `skipped:<file>` in the order they came. */
  order: string[];
}

/** Read a whole source into arrays. */
export async function collect(source: string, options: ReadSourceOptions): Promise<Collected> {
  const result: Collected = { docs: [], skipped: [], order: [] };
  for await (const item of readSource(source, options)) {
    if (item.type === 'document') {
      result.docs.push(item.doc);
      result.order.push(`document:${item.doc.file}`);
    } else {
      result.skipped.push(item.skipped);
      result.order.push(`skipped:${item.skipped.file}`);
    }
  }
  return result;
}

/** A fresh temporary directory and a function that removes it. */
export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function reasonOf(collected: Collected, file: string): string | undefined {
  return collected.skipped.find((s) => s.file === file)?.reason;
}
