/**
 * What the bot's processes share through one Redis (REDIS_URL): each user's rate limits, their
 * running answers, the recent answers and their votes. While Redis is unreachable every piece
 * falls back to this process's memory (rate-limiter-flexible's insurance limiter for the limits),
 * so answers go on; the shared state is used again as soon as Redis is back.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { LimiterFactory } from './rate-limit.js';
import { MemorySlots, type Release, type UserSlots } from './user-slots.js';

/** Every key and channel the bot writes starts with this, so a Redis can be shared with other programs. */
export const PREFIX = 'rfi-bot:';
const RELEASED_CHANNEL = `${PREFIX}slot-released`;

/** Takes a slot when the user has fewer than ARGV[1]; the count lives ARGV[2] ms (a process that dies does not hold it forever). */
const TAKE_SLOT = `
local running = tonumber(redis.call('GET', KEYS[1]) or '0')
if running >= tonumber(ARGV[1]) then return 0 end
redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;
const RELEASE_SLOT = `
local left = redis.call('DECR', KEYS[1])
if left <= 0 then redis.call('DEL', KEYS[1]) end
redis.call('PUBLISH', ARGV[1], KEYS[1])
return left`;

/** Sets the user's vote on an answer unless it is already that one; returns the earlier vote ('' for none, '=' when unchanged). */
const CAST_VOTE = `
local previous = redis.call('HGET', KEYS[1], ARGV[1])
if previous == ARGV[2] then return '=' end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return previous or ''`;

interface SharedCommands {
  takeSlot(key: string, perUser: number, leaseMs: number): Promise<number>;
  releaseSlot(key: string, channel: string): Promise<number>;
  castVote(key: string, userId: string, vote: string, ttlSeconds: number): Promise<string>;
}
type SharedRedis = Redis & SharedCommands;

/** One connection for commands (failing at once while Redis is down) and one for the release notices. */
export interface RedisLink {
  client: SharedRedis;
  subscriber: Redis;
  /** Whether commands reach Redis now. */
  up(): boolean;
  close(): Promise<void>;
}

/**
 * Connects to `url`. An unreachable Redis does not stop the start: the bot runs on its own memory
 * with a warning and reconnects in the background, logging when Redis is back.
 */
export async function connectRedis(url: string, log: Logger): Promise<RedisLink> {
  const options = { lazyConnect: true, connectTimeout: 3_000, retryStrategy: (attempt: number) => Math.min(attempt * 250, 2_000) };
  // No offline queue: a command while Redis is down fails at once and the fallback answers.
  const client = new Redis(url, { ...options, enableOfflineQueue: false, maxRetriesPerRequest: 1 }) as SharedRedis;
  client.defineCommand('takeSlot', { numberOfKeys: 1, lua: TAKE_SLOT });
  client.defineCommand('releaseSlot', { numberOfKeys: 1, lua: RELEASE_SLOT });
  client.defineCommand('castVote', { numberOfKeys: 1, lua: CAST_VOTE });
  // The subscriber queues its SUBSCRIBE until connected, and ioredis renews it after a reconnect.
  const subscriber = new Redis(url, options);
  const where = redactedUrl(url);
  let up = false;
  let warned = false;
  client.on('ready', () => {
    if (warned) log.info({ redis: where }, 'Redis is reachable again: limits, answer slots and votes are shared again');
    up = true;
    warned = false;
  });
  const down = (error?: Error) => {
    up = false;
    if (warned) return;
    warned = true;
    log.warn({ redis: where, err: error?.message }, 'Redis is unreachable: limits, answer slots and votes are kept in this process until it is back');
  };
  client.on('error', (error: Error) => down(error));
  client.on('close', () => down());
  subscriber.on('error', () => undefined); // the command connection reports the outage
  await client.connect().catch((error: unknown) => down(error as Error));
  await subscriber.connect().catch(() => undefined);
  return {
    client,
    subscriber,
    up: () => up,
    async close() {
      client.disconnect();
      subscriber.disconnect();
    },
  };
}

/** A URL for the logs: the password left out. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL (unparsable)';
  }
}

/** Rate limiters kept in Redis, each with an in-memory insurance limiter that counts while Redis is down. */
export function redisLimiters(link: RedisLink): LimiterFactory {
  return (options) =>
    new RateLimiterRedis({
      ...options,
      keyPrefix: `${PREFIX}${options.keyPrefix ?? 'rate'}`,
      storeClient: link.client,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
}

/**
 * Each user's running answers counted in Redis, across every process. A slot is a lease of
 * `leaseMs` (longer than any answer may run), so a process that dies does not hold it. While Redis
 * is down, slots are taken in this process's memory and given back there.
 */
export class RedisSlots implements UserSlots {
  private readonly local: MemorySlots;

  constructor(
    private readonly link: RedisLink,
    private readonly perUser: number,
    private readonly leaseMs: number,
    private readonly log: Logger,
  ) {
    this.local = new MemorySlots(perUser);
  }

  async take(userId: string): Promise<Release | undefined> {
    const key = `${PREFIX}slots:${userId}`;
    let taken: number;
    try {
      taken = await this.link.client.takeSlot(key, this.perUser, this.leaseMs);
    } catch {
      return this.local.take(userId);
    }
    if (taken !== 1) return undefined;
    let given = false;
    return async () => {
      if (given) return;
      given = true;
      // Lost while Redis is down: the lease ends the slot instead.
      await this.link.client.releaseSlot(key, RELEASED_CHANNEL).catch((error: unknown) => this.log.debug({ err: error, userId }, 'answer slot left to expire'));
    };
  }

  onReleased(listener: () => void): void {
    this.link.subscriber.on('message', (channel: string) => {
      if (channel === RELEASED_CHANNEL) listener();
    });
    void this.link.subscriber.subscribe(RELEASED_CHANNEL).catch((error: unknown) => this.log.warn({ err: error }, 'could not listen for answer slots given back'));
  }
}
