/** FEEDBACK_LOG is checked when the bot starts: a path it could not append to is refused with a clear message, before anything connects. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFeedbackLog } from '../../src/bot/feedback.js';
import { runScript } from '../support/run-script.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rfi-feedback-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checkFeedbackLog', () => {
  it('creates an ordinary path (and its folders) and leaves what is there', async () => {
    const file = path.join(dir, 'nested', 'feedback.jsonl');
    await checkFeedbackLog(file);
    await writeFile(file, '{"vote":"up"}\n', { flag: 'a' });
    await checkFeedbackLog(file);
    expect(await readFile(file, 'utf8')).toBe('{"vote":"up"}\n');
  });

  it('refuses a path under /proc at once, naming the setting', async () => {
    await expect(checkFeedbackLog('/proc/rfi-bot/feedback.jsonl')).rejects.toMatchObject({ code: 'BAD_CONFIG', message: expect.stringMatching(/^FEEDBACK_LOG=\/proc\/rfi-bot\/feedback\.jsonl is under \/proc/) });
  });

  it('refuses a path whose folder is a file, with the reason', async () => {
    const blocker = path.join(dir, 'a-file');
    await writeFile(blocker, 'x');
    await expect(checkFeedbackLog(path.join(blocker, 'feedback.jsonl'))).rejects.toMatchObject({ code: 'BAD_CONFIG', message: expect.stringMatching(/cannot be written \((ENOTDIR|EEXIST)\)/) });
  });
});

describe('npm start with a FEEDBACK_LOG it cannot write', () => {
  it('exits 1 with the message and no stack trace, before loading the index or connecting', async () => {
    const run = await runScript('src/main.ts', [], {
      PATH: process.env.PATH,
      DISCORD_TOKEN: 'fake-token-never-used',
      INDEX_DIR: path.join(dir, 'no-index-here'),
      FEEDBACK_LOG: '/proc/rfi-bot/feedback.jsonl',
      LOG_LEVEL: 'silent',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: FEEDBACK_LOG=/proc/rfi-bot/feedback.jsonl is under /proc');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toContain('No index at');
  }, 60_000);
});
