import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { QaService } from '../retrieval/types.js';
import type { Clock } from '../shared/clock.js';
import type { AnswerStore } from './answer-store.js';
import type { ConversationStore } from './conversations.js';
import type { FeedbackLog } from './feedback.js';
import type { BotMetrics } from './metrics.js';
import type { AnswerGate } from './gate.js';
import type { ChartRenderer } from './render/chart.js';
import type { RateCost, RateLimits } from './rate-limit.js';
import type { OpenReplies } from './open-replies.js';
import type { ShardSetting } from './sharding.js';
import type { ReplySurface } from './surface.js';

/** Everything the bot needs to know, as a plain object (filled from the parsed configuration by the composition root). */
export interface BotConfig {
  /** REST base override, e.g. `http://127.0.0.1:1234/api` for the fake Discord in tests. */
  apiUrl?: string;
  /** Gateway shards this process runs: unset = one, `auto` = Discord's recommended count, N = shards 0..N-1, or a slice `{ ids, count }`. */
  shards?: ShardSetting;
  /** Questions per user per minute; lighter requests get a multiple of it. */
  rateLimitPerMinute: number;
  maxConcurrentAnswers: number;
  maxQueue: number;
  answerTimeoutMs: number;
  feedbackLog: string;
  /** Minimum time between streaming edits of one message. */
  streamEditIntervalMs: number;
  /** How long `stop()` waits for in-flight answers. */
  shutdownGraceMs: number;
  /** Recent answers kept for buttons. */
  answerCacheSize: number;
  /** Messages of a conversation passed to the model as history. */
  historyMessages: number;
  /** Answers one user may have running at once; the rest of their questions wait in line. */
  maxAnswersPerUser: number;
}

/** What command handlers receive besides the interaction. */
export interface BotContext {
  qa: QaService;
  config: BotConfig;
  logger: Logger;
  clock: Clock;
  limits: RateLimits;
  gate: AnswerGate;
  answers: AnswerStore;
  feedback: FeedbackLog;
  conversations: ConversationStore;
  /** Draws the PNG charts attached to /stats and count answers. */
  renderChart: ChartRenderer;
  /** Replies still owed, told when the bot stops before finishing them. */
  replies: OpenReplies;
  /** Counts answers and refusals for /metrics. */
  metrics: BotMetrics;
  isStopping(): boolean;
}

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** What one use costs from the user's budget; all but light requests are refused while the bot stops. */
  cost: RateCost;
  /** Whether the reply should be visible only to the asker. */
  ephemeral?(interaction: ChatInputCommandInteraction): boolean;
  /** Runs after the reply was deferred; `surface` writes the reply. */
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext, surface: ReplySurface): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
