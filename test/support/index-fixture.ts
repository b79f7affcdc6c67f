/**
 * A real index of the authored fixture corpus, built in a temp folder with the offline (lsa)
 * embedder, and the real RetrievalService over it, composed exactly as the bot's entry point does.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createAnswerService, createQaService } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { buildIndex, type BuildSummary } from '../../src/index-build/build.js';
import { buildOptionsFrom } from '../../src/index-build/options.js';
import type { QaService } from '../../src/retrieval/types.js';
import { silentLog } from '../../src/shared/log.js';
import { writeFixtureCorpus, type FixtureCorpus } from './fixture-corpus.js';

export interface BuiltFixtureIndex {
  /** Temp folder holding the corpus, the embedding cache and the index. */
  root: string;
  corpus: FixtureCorpus;
  /** The index folder. */
  dir: string;
  summary: BuildSummary;
  cleanup(): Promise<void>;
}

/** Builds the fixture corpus into `<tmp>/index` (cache in `<tmp>/cache`), offline. */
export async function buildFixtureCorpusIndex(): Promise<BuiltFixtureIndex> {
  process.env.LOG_LEVEL ??= 'silent'; // the build logs through the process logger
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'rfi-pipeline-'));
  const corpus = await writeFixtureCorpus(root);
  const dir = path.join(root, 'index');
  // No OPENAI_* from the developer's environment: the build must stay offline.
  const config = parseConfig({ LOG_LEVEL: 'silent', EMBEDDER: 'lsa' });
  const summary = await buildIndex(
    buildOptionsFrom(config, { source: corpus.dir, out: dir, embedder: 'lsa', cacheDir: path.join(root, 'cache'), progress: false }),
  );
  return { root, corpus, dir, summary, cleanup: () => fs.rm(root, { recursive: true, force: true }) };
}

/**
 * The real QaService over `dir`, as `src/main.ts` composes it: on `workers` answer threads, or on
 * the calling thread with 0. Extractive answers: the chat model is switched off so a developer's
 * OPENAI_API_KEY cannot make the test call the network.
 */
export async function openRealQa(dir: string, workers = 0): Promise<QaService> {
  const config = parseConfig({ ...process.env, INDEX_DIR: dir, LOG_LEVEL: 'silent', EMBEDDER: 'lsa', ANSWER_MODE: 'extractive', ANSWER_WORKERS: String(workers) });
  return workers === 0 ? createQaService(config, dir, silentLog) : createAnswerService(config, dir, silentLog);
}
