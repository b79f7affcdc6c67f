/**
 * Loads an index and puts it in shared memory, on a thread of its own that then exits: the
 * loader's working memory (the parsed JSON, the HNSW store's copy of every text) goes with the
 * thread instead of staying in the main thread's heap, which grows but seldom shrinks.
 */
import { loadIndex, type LoadOptions } from '../load-index.js';
import type { OpenAIEmbedderOptions } from '../embedders/openai.js';
import { errorData, type ErrorData } from './protocol.js';
import { snapshotIndex, type IndexSnapshot } from './snapshot.js';

export interface SnapshotTask {
  dir: string;
  expectEmbedder?: LoadOptions['expectEmbedder'];
  /** The embedding API's settings, as data (no logger or clock crosses threads). */
  openai?: Omit<OpenAIEmbedderOptions, 'log' | 'clock' | 'model'>;
}

export default async function snapshot(task: SnapshotTask): Promise<{ ok: true; snapshot: IndexSnapshot } | { ok: false; error: ErrorData }> {
  try {
    const index = await loadIndex(task.dir, { ...(task.expectEmbedder ? { expectEmbedder: task.expectEmbedder } : {}), ...(task.openai ? { openai: task.openai } : {}) });
    return { ok: true, snapshot: snapshotIndex(index, task.openai) };
  } catch (error) {
    return { ok: false, error: errorData(error) };
  }
}
