import OpenAI from 'openai';
import { useChatModel, type Config } from './config.js';
import { logger } from './logger.js';
import { OpenAIChatModel } from './retrieval/chat/openai.js';
import { COVERAGE_FLOOR } from './retrieval/calibration.js';
import { openRetriever } from './retrieval/engine.js';
import type { LoadOptions } from './retrieval/load-index.js';
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
  if (!useChatModel(config)) return undefined;
  return new OpenAIChatModel({
    client: new OpenAI({ apiKey: config.OPENAI_API_KEY ?? 'not-needed', ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}) }),
    model: config.CHAT_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
  });
}

/** The composition root: index, retriever and (when configured) the chat model, logging to `log`. */
export async function createQaService(config: Config, indexDir = config.INDEX_DIR, log: Log = logger()): Promise<RetrievalService> {
  const retriever = await openRetriever(indexDir, loadOptionsFrom(config, log));
  const chat = chatModelFrom(config);
  return new RetrievalService({ retriever, coverageFloor: COVERAGE_FLOOR, log, clock: Date.now, ...(chat ? { chat } : {}) });
}
