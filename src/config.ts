import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { CodedError } from './shared/errors.js';
import { registerSecrets } from './shared/secrets.js';
import { OFFICIAL_ZIP_URL, PROJECT_ROOT } from './shared/project.js';

export { OFFICIAL_PDF_BASE, OFFICIAL_ZIP_URL, PROJECT_ROOT } from './shared/project.js';

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optStr = () => z.preprocess(blankToUndefined, z.string().optional());
const str = (fallback: string) => z.preprocess(blankToUndefined, z.string().default(fallback));
const int = (fallback: number, min = 0) =>
  z.preprocess(blankToUndefined, z.coerce.number().int().min(min).default(fallback));
/** true or false, or undefined when unset (the caller decides). */
const optionalBool = () =>
  z.preprocess(
    blankToUndefined,
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'])
      .transform((v) => v === 'true' || v === '1' || v === 'yes')
      .optional(),
  );

export const configSchema = z.object({
  /** Where `npm run index` reads submissions: folder, .zip, or http(s) URL of a zip. */
  CORPUS_SOURCE: str(OFFICIAL_ZIP_URL),
  /**
   * The NITRD respondent listing (names, categories): a file, a folder of the page's tables, or
   * an http(s) URL of the page. Unset: the source's own source/links/, else the listing shipped
   * in data/respondents.json.
   */
  RESPONDENTS: optStr(),
  INDEX_DIR: str('data/index'),
  /** How often the running bot looks for a rebuilt index to load. */
  INDEX_RELOAD_SECONDS: int(30, 1),
  CACHE_DIR: str('data/cache'),
  EMBEDDER: z.preprocess(blankToUndefined, z.enum(['lsa', 'openai']).default('lsa')),
  OPENAI_API_KEY: optStr(),
  OPENAI_BASE_URL: optStr(),
  OPENAI_EMBEDDING_MODEL: str('text-embedding-3-small'),
  OPENAI_EMBEDDING_DIMENSIONS: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
  CHAT_MODEL: str('gpt-4o-mini'),
  /** Set to use a chat model for answers; defaults to on when OPENAI_API_KEY is set. */
  ANSWER_MODE: z.preprocess(blankToUndefined, z.enum(['auto', 'extractive', 'llm']).default('auto')),
  LLM_TIMEOUT_MS: int(60_000, 1),
  LLM_MAX_RETRIES: int(3),
  EMBED_BATCH_SIZE: int(128, 1),
  EMBED_CONCURRENCY: int(4, 1),
  DISCORD_TOKEN: optStr(),
  DISCORD_APP_ID: optStr(),
  DISCORD_GUILD_ID: optStr(),
  /** Override of the Discord REST base (tests point it at a local fake). */
  DISCORD_API_URL: optStr(),
  /** Gateway shards of the one bot process: unset = one, `auto` = Discord's recommended count, N = shards 0..N-1. */
  SHARDS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^(auto|[1-9]\d*)$/, 'expected auto or a whole number of shards (1 or more)')
      .transform((v) => (v === 'auto' ? ('auto' as const) : Number(v)))
      .optional(),
  ),
  /** This process's slice of the shards, e.g. `0,1` (with SHARD_COUNT=4): other processes run the others. */
  SHARD_IDS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+(\s*,\s*\d+)*$/, 'expected shard ids separated by commas, e.g. 0,1')
      .transform((v) => [...new Set(v.split(',').map(Number))].sort((a, b) => a - b))
      .optional(),
  ),
  /** How many shards the bot has over all its processes (with SHARD_IDS). */
  SHARD_COUNT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).optional()),
  /** A Redis server shared by the bot's processes: user limits, answer slots, answers and votes. Unset: all in memory. */
  REDIS_URL: optStr(),
  RATE_LIMIT_PER_MINUTE: int(6, 1),
  MAX_CONCURRENT_ANSWERS: int(4, 1),
  /** Threads that search and compose answers off the gateway's event loop: a number (0: on the main thread) or auto (one per core, at most 4). */
  ANSWER_WORKERS: z.preprocess(blankToUndefined, z.union([z.literal('auto'), z.coerce.number().int().min(0).max(64)]).default('auto')),
  MAX_QUEUE: int(100, 0),
  ANSWER_TIMEOUT_MS: int(90_000, 1),
  FEEDBACK_LOG: str('data/feedback.jsonl'),
  /** Set: the bot serves /healthz and /metrics (Prometheus) over HTTP on this port. */
  METRICS_PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(65535).optional()),
  /** The address that port listens on: loopback unless a scraper elsewhere must reach it (0.0.0.0 in a container). */
  METRICS_HOST: str('127.0.0.1'),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  /** Unset: human-readable on a terminal, JSON otherwise; true or false decide either way. */
  LOG_PRETTY: optionalBool(),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends CodedError<'BAD_CONFIG'> {
  constructor(message: string) {
    super('BAD_CONFIG', message);
  }
}

/** Parse an environment object. Paths are resolved against the project root. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`);
  }
  const config = result.data;
  const conflicts = shardConflicts(config);
  if (conflicts.length > 0) throw new ConfigError(`Invalid configuration:\n${conflicts.map((line) => `  ${line}`).join('\n')}\nSee .env.example for every variable.`);
  const resolve = (p: string) => (path.isAbsolute(p) ? p : path.resolve(PROJECT_ROOT, p));
  return {
    ...config,
    INDEX_DIR: resolve(config.INDEX_DIR),
    CACHE_DIR: resolve(config.CACHE_DIR),
    FEEDBACK_LOG: resolve(config.FEEDBACK_LOG),
    CORPUS_SOURCE: /^https?:\/\//i.test(config.CORPUS_SOURCE) ? config.CORPUS_SOURCE : resolve(config.CORPUS_SOURCE),
    RESPONDENTS: config.RESPONDENTS === undefined || /^https?:\/\//i.test(config.RESPONDENTS) ? config.RESPONDENTS : resolve(config.RESPONDENTS),
  };
}

/** SHARD_IDS and SHARD_COUNT go together, name shards that exist, and replace SHARDS. */
function shardConflicts(config: Config): string[] {
  const { SHARD_IDS: ids, SHARD_COUNT: count, SHARDS: shards } = config;
  if (ids === undefined && count === undefined) return [];
  if (ids === undefined) return ['SHARD_COUNT: set SHARD_IDS too (the shards this process runs, e.g. 0,1)'];
  if (count === undefined) return ['SHARD_IDS: set SHARD_COUNT too (how many shards all processes run together)'];
  const problems: string[] = [];
  if (shards !== undefined) problems.push('SHARDS: leave it unset when SHARD_IDS and SHARD_COUNT give this process its shards');
  const outside = ids.filter((id) => id >= count);
  if (outside.length > 0) problems.push(`SHARD_IDS: shard ${outside.join(', ')} does not exist with SHARD_COUNT=${count} (ids run from 0 to ${count - 1})`);
  return problems;
}

/** The password in a URL such as REDIS_URL, kept out of every log and message. */
function passwordIn(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

let cached: Config | undefined;

/** The process configuration: `.env` (if present) plus the environment, parsed once. */
export function getConfig(): Config {
  if (!cached) {
    loadDotenv({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });
    cached = parseConfig(process.env);
    registerSecrets([cached.OPENAI_API_KEY, cached.DISCORD_TOKEN, passwordIn(cached.REDIS_URL)]);
  }
  return cached;
}

/** Whether answers should come from a chat model. */
export function useChatModel(config: Config): boolean {
  if (config.ANSWER_MODE === 'extractive') return false;
  if (config.ANSWER_MODE === 'llm') return true;
  return config.OPENAI_API_KEY !== undefined;
}
