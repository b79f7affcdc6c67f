import type { ClientOptions } from 'discord.js';

/**
 * The gateway shards this process runs: Discord's recommendation, a fixed count (all in this
 * process), or a slice of them (`ids` out of `count`), the others running in other processes.
 */
export type ShardSetting = 'auto' | number | { ids: number[]; count: number };

/**
 * The Client's sharding options: discord.js's internal sharding over the shards of this process,
 * which share its rate limits, answer gate and loaded index (and, with REDIS_URL, share the
 * limits with the other processes' slices).
 *
 * Unset still passes the default (shard 0 of 1) explicitly: given no `shards`, the Client parses
 * the environment variable SHARDS itself as JSON (a ShardingManager sets it for its children),
 * and our own SHARDS (empty, `auto`, `2`) is not that.
 */
export function shardOptions(shards: ShardSetting | undefined): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (shards === undefined) return { shards: [0], shardCount: 1 };
  if (shards === 'auto') return { shards: 'auto' };
  if (typeof shards === 'object') return { shards: shards.ids, shardCount: shards.count };
  return { shards: Array.from({ length: shards }, (_, id) => id), shardCount: shards };
}
