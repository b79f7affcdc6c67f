import type { ClientOptions } from 'discord.js';

/** How many gateway shards the one bot process runs: Discord's recommendation, or a fixed count. */
export type ShardSetting = 'auto' | number;

/**
 * The Client's sharding options. All shards run in this process (discord.js's internal
 * sharding), so the rate limits, the answer gate and the loaded index are shared by them.
 *
 * Unset still passes the default (shard 0 of 1) explicitly: given no `shards`, the Client parses
 * the environment variable SHARDS itself as JSON (a ShardingManager sets it for its children),
 * and our own SHARDS (empty, `auto`, `2`) is not that.
 */
export function shardOptions(shards: ShardSetting | undefined): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (shards === undefined) return { shards: [0], shardCount: 1 };
  if (shards === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: shards }, (_, id) => id), shardCount: shards };
}
