import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { QaService } from '../retrieval/types.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { CodedError } from '../shared/errors.js';
import { AnswerStore } from './answer-store.js';
import { ConversationStore } from './conversations.js';
import { FeedbackLog } from './feedback.js';
import { AnswerGate } from './gate.js';
import { healthOf, shardStates, type HealthReport } from './health.js';
import { handleInteraction } from './interaction-handler.js';
import { handleMessage } from './message-handler.js';
import { BotMetrics } from './metrics.js';
import { OpenReplies } from './open-replies.js';
import { RateLimits } from './rate-limit.js';
import { redisLimiters, RedisSlots, type RedisLink } from './redis.js';
import { renderChart, type ChartRenderer } from './render/chart.js';
import { shardOptions } from './sharding.js';
import { NO_MENTIONS } from './surface.js';
import type { BotConfig, BotContext } from './types.js';
import { RESTARTED_UNANSWERED } from './user-messages.js';

export interface BotDeps {
  qa: QaService;
  config: BotConfig;
  logger: Logger;
  clock?: Clock;
  /** Draws charts; defaults to chart.js on a Skia canvas. */
  renderChart?: ChartRenderer;
  /** Redis shared with the bot's other processes (REDIS_URL): limits, answer slots, answers and votes. */
  redis?: RedisLink;
  /** Where answers, refusals and the bot's state are counted for /metrics; defaults to a registry of its own. */
  metrics?: BotMetrics;
}

export interface Bot {
  client: Client;
  /** Logs in and resolves once the gateway is ready; rejects with a clear message on unrecoverable gateway closes. */
  start(token: string): Promise<void>;
  /** Resolves once no message or interaction handler is running (each handler logs its outcome before it ends). */
  idle(): Promise<void>;
  /**
   * Resolves when a shard closed for good after the start (a revoked token, 4004; sharding
   * required, 4011): the process can no longer answer on it and should exit for a supervisor to
   * restart it. Never resolves during `stop()`.
   */
  gatewayLost: Promise<GatewayClosedError>;
  /** Stops accepting questions, lets answers in flight finish (bounded), tells those still waiting to ask again, then disconnects. */
  stop(): Promise<void>;
  /** What /healthz reports: ready once started, with every shard of this process ready, and not stopping. */
  health(): HealthReport;
  metrics: BotMetrics;
}

const DISALLOWED_INTENTS = 4014;
const UNRECOVERABLE = new Set([4004, 4010, 4011, 4012, 4013, DISALLOWED_INTENTS]);

/** Discord closed the gateway for good (bad token, missing intent), at the start or later. */
export class GatewayClosedError extends CodedError<'GATEWAY_CLOSED'> {
  constructor(
    /** The gateway's close code, e.g. 4014 for a disallowed intent. */
    readonly closeCode: number,
    message: string,
  ) {
    super('GATEWAY_CLOSED', message);
  }
}

function clientOptions(config: BotConfig): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel, Partials.Message],
    allowedMentions: NO_MENTIONS,
    ...shardOptions(config.shards),
    ...(config.apiUrl ? { rest: { api: config.apiUrl, globalRequestsPerSecond: 1e6 } } : {}),
  };
}

function startError(code: number): GatewayClosedError {
  if (code === DISALLOWED_INTENTS) {
    return new GatewayClosedError(code, 'Discord refused the gateway connection (4014 Disallowed intent(s)). Enable the Message Content intent in the Developer Portal → Bot → Privileged Gateway Intents, then restart.');
  }
  return new GatewayClosedError(code, `Discord closed the gateway with code ${code}; check the bot token and intents.`);
}

/** How long a user's answer slot is held in Redis at most: past any answer, so a dead process does not keep it. */
const slotLeaseMs = (config: BotConfig) => 2 * config.answerTimeoutMs + 60_000;

export function createBot(deps: BotDeps): Bot {
  const { qa, config, redis } = deps;
  const log = deps.logger.child({ module: 'bot' });
  const clock = deps.clock ?? systemClock;
  const client = new Client(clientOptions(config));
  let stopping = false;
  let started = false;
  const metrics = deps.metrics ?? new BotMetrics();
  let loseGateway: (error: GatewayClosedError) => void = () => undefined;
  const gatewayLost = new Promise<GatewayClosedError>((resolve) => (loseGateway = resolve));
  const inFlight = new Set<Promise<void>>();
  const ctx: BotContext = {
    qa,
    config,
    logger: log,
    clock,
    limits: new RateLimits(config.rateLimitPerMinute, redis ? redisLimiters(redis) : undefined),
    gate: new AnswerGate(config.maxConcurrentAnswers, config.maxQueue, config.maxAnswersPerUser, redis ? new RedisSlots(redis, config.maxAnswersPerUser, slotLeaseMs(config), log) : undefined),
    answers: new AnswerStore(config.answerCacheSize, redis ? { link: redis, log } : undefined),
    feedback: new FeedbackLog(config.feedbackLog),
    conversations: new ConversationStore(config.historyMessages),
    renderChart: deps.renderChart ?? renderChart,
    replies: new OpenReplies(),
    metrics,
    isStopping: () => stopping,
  };
  metrics.watch({
    running: () => ctx.gate.active,
    queued: () => ctx.gate.queued,
    indexBuiltAt: () => qa.stats().builtAt,
    shards: () => shardStates(client),
    now: clock,
  });
  const health = () => healthOf({ started, stopping, shards: shardStates(client), indexBuiltAt: qa.stats().builtAt, now: clock() });

  const track = (work: Promise<void>, what: string) => {
    const guarded = work.catch((error: unknown) => log.error({ err: error, what }, 'unhandled error in handler'));
    inFlight.add(guarded);
    void guarded.finally(() => inFlight.delete(guarded));
  };

  client.on(Events.InteractionCreate, (interaction) => track(handleInteraction(interaction, ctx), 'interaction'));
  client.on(Events.MessageCreate, (message) => {
    if (client.user) track(handleMessage(message, ctx, client.user.id), 'message');
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'client error'));
  client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => log.info({ shardId, replayed }, 'gateway resumed'));
  client.rest.on('rateLimited', (info) => log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'Discord rate limit'));

  async function start(token: string): Promise<void> {
    const startedAt = clock();
    let onDisconnect: ((event: { code: number }) => void) | undefined;
    const failed = new Promise<never>((_, reject) => {
      onDisconnect = ({ code }) => {
        if (UNRECOVERABLE.has(code)) reject(startError(code));
      };
      client.on(Events.ShardDisconnect, onDisconnect);
    });
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    try {
      await Promise.race([Promise.all([client.login(token), ready]), failed]);
    } catch (error) {
      log.fatal({ err: error }, error instanceof Error ? error.message : 'could not connect to Discord');
      await client.destroy();
      throw error;
    } finally {
      if (onDisconnect) client.off(Events.ShardDisconnect, onDisconnect);
    }
    started = true;
    log.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.size, shardCount: client.options.shardCount, ms: clock() - startedAt }, 'bot ready');
    // discord.js reports a disconnect only when it will not reconnect the shard.
    client.on(Events.ShardDisconnect, ({ code }, shardId) => {
      if (stopping) return;
      log.error({ code, shardId }, 'gateway closed and will not reconnect');
      loseGateway(new GatewayClosedError(code, `Discord closed shard ${shardId} with code ${code} and it cannot reconnect; check the bot token and intents.`));
    });
  }

  async function idle(): Promise<void> {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  }

  async function stop(): Promise<void> {
    stopping = true;
    const deadline = performance.now() + config.shutdownGraceMs;
    log.info({ inFlight: inFlight.size }, 'stopping: finishing answers in flight');
    while (inFlight.size > 0 && performance.now() < deadline) {
      await Promise.race([Promise.allSettled([...inFlight]), sleep(Math.max(0, deadline - performance.now()))]);
    }
    if (inFlight.size > 0) {
      // Whoever still waits (answering, or in line) is told to ask again, not left on a progress line.
      const told = await ctx.replies.closeAll(RESTARTED_UNANSWERED, (error) => log.warn({ err: error }, 'could not tell a waiting asker about the restart'));
      log.warn({ inFlight: inFlight.size, told }, 'stopped with answers still in flight');
    }
    await client.destroy();
    log.info('bot stopped');
  }

  return { client, start, idle, stop, gatewayLost, health, metrics };
}
