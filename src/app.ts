import fs from 'node:fs/promises';
import os from 'node:os';
import { useChatModel, type Config } from './config.js';
import { logger } from './logger.js';
import { openAIChatModel, type OpenAIChatModel, type OpenAIChatSettings } from './retrieval/chat/openai.js';
import { COVERAGE_FLOOR } from './retrieval/calibration.js';
import { openEngine } from './retrieval/engine.js';
import type { LoadOptions } from './retrieval/load-index.js';
import { loadSnapshot, PooledQaService } from './retrieval/pool/pooled-service.js';
import type { QaService } from './retrieval/types.js';
import { RetrievalService } from './retrieval/service.js';
import type { Log } from './shared/log.js';

export function loadOptionsFrom(config: Config, log: Log = logger()): LoadOptions {
  return {
    expectEmbedder: config.EMBEDDER,
    openai: {
      apiKey: config.OPENAI_API_KEY ?? '',
      ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
      timeoutMs: config.LLM_TIMEOUT_MS,
      maxRetries: config.LLM_MAX_RETRIES,
      log,
    },
  };
}

/** The chat model the configuration asks for, if any. */
export function chatModelFrom(config: Config): OpenAIChatModel | undefined {
  const settings = chatSettingsFrom(config);
  return settings ? openAIChatModel(settings) : undefined;
}

/** The chat model's settings, for worker threads that make their own client; undefined without one. */
export function chatSettingsFrom(config: Config): OpenAIChatSettings | undefined {
  if (!useChatModel(config)) return undefined;
  return {
    apiKey: config.OPENAI_API_KEY ?? 'not-needed',
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
    model: config.CHAT_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
  };
}

/** ANSWER_WORKERS as a number of threads: auto is one per core the process may use, at most 4. */
export function answerWorkers(config: Config): number {
  return config.ANSWER_WORKERS === 'auto' ? Math.min(4, Math.max(1, os.availableParallelism())) : config.ANSWER_WORKERS;
}

/**
 * The service the bot answers with: on ANSWER_WORKERS threads that share one copy of the index
 * (the gateway's event loop only relays), or in this thread when ANSWER_WORKERS is 0.
 */
export async function createAnswerService(config: Config, indexDir = config.INDEX_DIR, log: Log = logger()): Promise<QaService> {
  const workers = answerWorkers(config);
  if (workers === 0) return createQaService(config, indexDir, log);
  const load = loadOptionsFrom(config, log);
  // Worker threads get the embedding API's settings as data: no logger or clock crosses threads.
  const { log: _log, clock: _clock, ...openai } = load.openai ?? { apiKey: '', timeoutMs: 0 };
  // The build's real folder: worker threads read its graph file, and a rebuild moves the link.
  const dir = await fs.realpath(indexDir).catch(() => indexDir);
  const snapshot = await loadSnapshot({ dir, openai, ...(load.expectEmbedder ? { expectEmbedder: load.expectEmbedder } : {}) });
  const chat = chatSettingsFrom(config);
  return PooledQaService.start(snapshot, { workers, tasksPerWorker: config.MAX_CONCURRENT_ANSWERS, coverageFloor: COVERAGE_FLOOR, log, ...(chat ? { chat } : {}) });
}

/** The composition root: index, engine and (when configured) the chat model, logging to `log`. */
export async function createQaService(config: Config, indexDir = config.INDEX_DIR, log: Log = logger()): Promise<RetrievalService> {
  const engine = await openEngine(indexDir, loadOptionsFrom(config, log));
  const chat = chatModelFrom(config);
  return new RetrievalService({ ...engine, coverageFloor: COVERAGE_FLOOR, log, clock: Date.now, ...(chat ? { chat } : {}) });
}
