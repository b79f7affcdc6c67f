import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { createLogger, loggerOptionsFrom } from '../src/logger.js';

const KEY = 'sk-live-abcdefghijklmnop';
const TOKEN = 'MTIz.discord"token\\part';

function capture(pretty = false) {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => (text += String(chunk)));
  const log = createLogger({ level: 'info', pretty, secrets: [KEY, TOKEN, 'short', undefined], destination: stream });
  return { log, text: () => text };
}

describe('createLogger', () => {
  it('cuts configured secrets out of messages, fields and serialised errors, not only out of named fields', () => {
    const { log, text } = capture();
    const upstream = new Error(`401 Incorrect API key provided: ${KEY}`);
    log.warn({ err: new Error('wrapped', { cause: upstream }), detail: { echoed: `Bearer ${KEY}` }, list: [TOKEN] }, `request with ${KEY} failed`);
    log.error(String(upstream));
    log.info({ token: 'any value', password: 'short' }, 'short values are placeholders: short');
    const out = text();
    expect(out).not.toContain(KEY);
    expect(out).not.toContain('discord');
    expect(out.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(6);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].msg).toBe('request with [redacted] failed');
    expect(lines[0].err.stack).toContain('Incorrect API key provided: [redacted]');
    expect(lines[1].msg).toBe('Error: 401 Incorrect API key provided: [redacted]');
    expect(lines[2]).toMatchObject({ token: '[redacted]', password: 'short', msg: 'short values are placeholders: short' });
  });

  it('pretty mode writes human-readable lines, scrubbed too', () => {
    const { log, text } = capture(true);
    log.info({ userId: '42' }, `answered with ${KEY}`);
    expect(text()).toMatch(/INFO.*answered with \[redacted\]/);
    expect(text()).toContain('userId: "42"');
    expect(text()).not.toMatch(/^\{"level"/m);
  });
});

describe('loggerOptionsFrom', () => {
  it('is human-readable on a terminal or with LOG_PRETTY, JSON otherwise; the configured secrets are scrubbed', () => {
    const config = parseConfig({ OPENAI_API_KEY: KEY, DISCORD_TOKEN: TOKEN });
    expect(loggerOptionsFrom(config, { isTTY: true }).pretty).toBe(true);
    expect(loggerOptionsFrom(config, { isTTY: false }).pretty).toBe(false);
    expect(loggerOptionsFrom(config, {}).pretty).toBe(false);
    expect(loggerOptionsFrom(parseConfig({ LOG_PRETTY: 'true' }), { isTTY: false }).pretty).toBe(true);
    // An explicit false is JSON even on a terminal (a log collector reading a pseudo-terminal).
    expect(loggerOptionsFrom(parseConfig({ LOG_PRETTY: 'false' }), { isTTY: true }).pretty).toBe(false);
    expect(loggerOptionsFrom(config, {}).secrets).toEqual([KEY, TOKEN]);
  });
});
