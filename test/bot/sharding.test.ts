/** SHARDS as discord.js Client options: every shard in this one process. */
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/bot.js';
import { botConfigFrom } from '../../src/bot/config.js';
import { shardOptions, type ShardSetting } from '../../src/bot/sharding.js';
import { parseConfig } from '../../src/config.js';
import { FakeQa } from '../support/fake-qa.js';
import { memoryLogger, testConfig } from './harness.js';

function clientFor(shards: ShardSetting | undefined) {
  return createBot({ qa: new FakeQa(), config: testConfig(shards === undefined ? {} : { shards }), logger: memoryLogger([]) }).client;
}

describe('sharding options', () => {
  const saved = process.env.SHARDS;
  afterEach(() => {
    if (saved === undefined) delete process.env.SHARDS;
    else process.env.SHARDS = saved;
  });

  it('maps unset, auto and N to the Client options', () => {
    expect(shardOptions(undefined)).toEqual({ shards: [0], shardCount: 1 });
    expect(shardOptions('auto')).toEqual({ shards: 'auto' });
    expect(shardOptions(3)).toEqual({ shards: [0, 1, 2], shardCount: 3 });
    const client = clientFor(2);
    expect(client.options.shards).toEqual([0, 1]);
    expect(client.options.shardCount).toBe(2);
  });

  it('SHARD_IDS with SHARD_COUNT: this process runs its slice of the shards', () => {
    const config = botConfigFrom(parseConfig({ SHARD_IDS: '3, 1,1', SHARD_COUNT: '4' }));
    expect(config.shards).toEqual({ ids: [1, 3], count: 4 });
    expect(shardOptions(config.shards)).toEqual({ shards: [1, 3], shardCount: 4 });
    const client = clientFor({ ids: [1, 3], count: 4 });
    expect(client.options.shards).toEqual([1, 3]);
    expect(client.options.shardCount).toBe(4);
  });

  it.each([
    [{ SHARD_IDS: '0,1' }, 'SHARD_IDS: set SHARD_COUNT too'],
    [{ SHARD_COUNT: '2' }, 'SHARD_COUNT: set SHARD_IDS too'],
    [{ SHARD_IDS: '1,4', SHARD_COUNT: '4' }, 'shard 4 does not exist with SHARD_COUNT=4'],
    [{ SHARD_IDS: '0', SHARD_COUNT: '2', SHARDS: '2' }, 'SHARDS: leave it unset'],
    [{ SHARD_IDS: 'one', SHARD_COUNT: '2' }, 'expected shard ids separated by commas'],
  ])('refuses the slice %j with a clear message', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
  });

  // discord.js reads process.env.SHARDS as JSON when it is given no shards (a ShardingManager
  // sets it for its children); our SHARDS, loaded into process.env from .env, must not reach it.
  it.each(['', 'auto', '2'])('SHARDS=%j in the environment reaches the Client only through the config', (value) => {
    process.env.SHARDS = value;
    const client = clientFor(undefined);
    expect(client.options.shards).toEqual([0]);
    expect(client.options.shardCount).toBe(1);
    expect(clientFor('auto').options.shards).toBe('auto');
  });
});
