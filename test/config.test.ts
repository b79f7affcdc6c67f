/** The environment parsed once: what each SHARDS and ANSWER_WORKERS value means, and a clear error for the rest. */
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { answerWorkers } from '../src/app.js';
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

describe('ANSWER_WORKERS', () => {
  it.each([
    [undefined, 'auto'],
    ['', 'auto'],
    ['auto', 'auto'],
    ['0', 0],
    ['3', 3],
  ])('%j → %j', (value, expected) => {
    expect(parseConfig(value === undefined ? {} : { ANSWER_WORKERS: value }).ANSWER_WORKERS).toBe(expected);
  });

  it('makes auto one thread per core, at most 4, and a number that many', () => {
    const cores = Math.min(4, Math.max(1, os.availableParallelism()));
    expect(answerWorkers(parseConfig({}))).toBe(cores);
    expect(answerWorkers(parseConfig({ ANSWER_WORKERS: '0' }))).toBe(0);
    expect(answerWorkers(parseConfig({ ANSWER_WORKERS: '3' }))).toBe(3);
  });

  it.each(['-1', '1.5', 'many', '65'])('refuses %j, naming the variable', (value) => {
    expect(() => parseConfig({ ANSWER_WORKERS: value })).toThrow(ConfigError);
    expect(() => parseConfig({ ANSWER_WORKERS: value })).toThrow(/ANSWER_WORKERS/);
  });
});

describe('METRICS_PORT and METRICS_HOST', () => {
  it('serves nothing unless METRICS_PORT is set, on the loopback address unless METRICS_HOST says otherwise', () => {
    for (const unset of [{}, { METRICS_PORT: ' ', METRICS_HOST: '' }]) {
      const config = parseConfig(unset);
      expect(config.METRICS_PORT).toBeUndefined();
      expect(config.METRICS_HOST).toBe('127.0.0.1');
    }
    expect(parseConfig({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' })).toMatchObject({ METRICS_PORT: 9464, METRICS_HOST: '0.0.0.0' });
    expect(parseConfig({ METRICS_PORT: '65535' }).METRICS_PORT).toBe(65535);
  });

  it.each(['0', '65536', '-1', '94.64', 'prometheus'])('refuses METRICS_PORT=%j, naming the variable', (value) => {
    expect(() => parseConfig({ METRICS_PORT: value })).toThrow(/METRICS_PORT/);
  });
});
