import type { Config } from '../config.js';
import type { BotConfig } from './types.js';

/** Bot settings that are not environment variables. */
export const BOT_DEFAULTS = {
  streamEditIntervalMs: 1_200,
  shutdownGraceMs: 30_000,
  answerCacheSize: 500,
  historyMessages: 20,
  maxAnswersPerUser: 2,
} as const;

/** Builds the bot's settings from the parsed process configuration. */
export function botConfigFrom(config: Config): BotConfig {
  return {
    apiUrl: config.DISCORD_API_URL,
    ...(config.SHARD_IDS && config.SHARD_COUNT ? { shards: { ids: config.SHARD_IDS, count: config.SHARD_COUNT } } : config.SHARDS === undefined ? {} : { shards: config.SHARDS }),
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    maxConcurrentAnswers: config.MAX_CONCURRENT_ANSWERS,
    maxQueue: config.MAX_QUEUE,
    answerTimeoutMs: config.ANSWER_TIMEOUT_MS,
    feedbackLog: config.FEEDBACK_LOG,
    ...BOT_DEFAULTS,
  };
}
