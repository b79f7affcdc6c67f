/** SHARDS as discord.js Client options: every shard in this one process. */
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/bot.js';
import { shardOptions, type ShardSetting } from '../../src/bot/sharding.js';
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
