import type { Config } from '../config.js';
import type { BuildOptions } from './build.js';

/** Build options from the configuration, with command-line overrides. */
export function buildOptionsFrom(config: Config, overrides: Partial<BuildOptions> = {}): BuildOptions {
  return {
    source: config.CORPUS_SOURCE,
    ...(config.RESPONDENTS ? { respondents: config.RESPONDENTS } : {}),
    out: config.INDEX_DIR,
    embedder: config.EMBEDDER,
    cacheDir: config.CACHE_DIR,
    progress: true,
    openai: {
      ...(config.OPENAI_API_KEY ? { apiKey: config.OPENAI_API_KEY } : {}),
      ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
      model: config.OPENAI_EMBEDDING_MODEL,
      ...(config.OPENAI_EMBEDDING_DIMENSIONS ? { dimensions: config.OPENAI_EMBEDDING_DIMENSIONS } : {}),
      batchSize: config.EMBED_BATCH_SIZE,
      concurrency: config.EMBED_CONCURRENCY,
      timeoutMs: config.LLM_TIMEOUT_MS,
      maxRetries: config.LLM_MAX_RETRIES,
    },
    ...overrides,
  };
}
