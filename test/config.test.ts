/** The environment parsed once: what each SHARDS value means, and a clear error for the rest. */
import { describe, expect, it } from 'vitest';
import { botConfigFrom } from '../src/bot/config.js';
import { ConfigError, parseConfig } from '../src/config.js';

describe('SHARDS', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['  ', undefined],
    ['auto', 'auto'],
    ['1', 1],
    ['2', 2],
    [' 16 ', 16],
  ])('%j → %j', (value, expected) => {
    const config = parseConfig(value === undefined ? {} : { SHARDS: value });
    expect(config.SHARDS).toBe(expected);
    expect(botConfigFrom(config).shards).toBe(expected);
  });

  it.each(['0', '-1', '1.5', '2e1', '0x2', 'two', 'AUTO', '[0,1]', '2,3'])('refuses %j, naming the variable and what it accepts', (value) => {
    let error: unknown;
    try {
      parseConfig({ SHARDS: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe('BAD_CONFIG');
    expect((error as ConfigError).message).toMatch(/SHARDS: expected auto or a whole number of shards \(1 or more\)/);
  });
});
