/**
 * `npm start` (src/main.ts, a real process on one answer thread) when a damaged index reaches it:
 * a rebuild swapped in under the running bot, and a cold start on a damaged copy. The two files
 * whose damage used to end the process from inside hnswlib-node's loader are the cases.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type RecordedCall } from '../support/fake-discord.js';
import { buildFixtureCorpusIndex, type BuiltFixtureIndex } from '../support/index-fixture.js';
import { damagedCopy, swapIn } from '../support/damaged-index.js';
import { startScript, whileRunning, type RunningScript } from '../support/run-script.js';
import { TOKEN, isOriginalEdit } from './harness.js';

const DAMAGED = ['submissions.json', 'bm25-postings.bin'] as const;

function botEnv(fixture: BuiltFixtureIndex, fake: FakeDiscord, indexDir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    DISCORD_TOKEN: TOKEN,
    DISCORD_APP_ID: fake.appId,
    DISCORD_API_URL: fake.apiUrl,
    INDEX_DIR: indexDir,
    INDEX_RELOAD_SECONDS: '1',
    CACHE_DIR: path.join(fixture.root, 'cache'),
    FEEDBACK_LOG: path.join(fixture.root, 'feedback.jsonl'),
    EMBEDDER: 'lsa',
    ANSWER_MODE: 'extractive',
    ANSWER_WORKERS: '1',
    LOG_LEVEL: 'info',
    LOG_PRETTY: 'false',
  };
}

const isAnswer = (token: string) => (c: RecordedCall) => isOriginalEdit(token)(c) && String(c.body?.content ?? '').includes('Sources');

describe('npm start when a damaged rebuild is swapped in under it', () => {
  let fixture: BuiltFixtureIndex;
  let fake: FakeDiscord;
  let bot: RunningScript;
  let link: string;
  const untilExit = <T>(waiting: Promise<T>) => whileRunning(bot, waiting);
  const answered = async (question: string) => {
    const { token } = fake.chatInput('ask', { question });
    return untilExit(fake.waitFor(isAnswer(token), 20_000, `the answer to "${question}"`));
  };

  beforeAll(async () => {
    fixture = await buildFixtureCorpusIndex();
    link = path.join(fixture.root, 'live-index');
    await fs.symlink(await fs.realpath(fixture.dir), link);
    fake = await FakeDiscord.start();
    bot = startScript('src/main.ts', [], botEnv(fixture, fake, link));
    await untilExit(fake.waitForLive(60_000));
  }, 90_000);
  afterAll(async () => {
    await bot?.stop('SIGKILL');
    await fake?.close();
    await fixture?.cleanup();
  });

  it.each(DAMAGED)('refuses a rebuild whose %s is damaged, names the file, and goes on answering from the loaded index', async (file) => {
    await answered('What did Acme Robotics say about defense purchasing?');
    const since = bot.stderr.length;
    await swapIn(link, await damagedCopy(fixture.dir, file));
    const refusal = await untilExit(bot.stderrMatches(/\{[^\n]*could not be loaded[^\n]*\}/, since));
    expect(JSON.parse(refusal)).toMatchObject({ level: 50, err: expect.stringContaining(`${file} is not the file its build wrote`) });
    await answered('What did Acme Robotics say about defense purchasing?');
    expect(bot.running()).toBe(true);
  }, 60_000);

  it('takes the good build again when it is swapped back', async () => {
    const since = bot.stderr.length;
    await swapIn(link, await fs.realpath(fixture.dir));
    await untilExit(bot.stderrMatches(/loaded the rebuilt index/, since));
    await answered('What did Acme Robotics say about defense purchasing?');
    expect(bot.stderr).not.toMatch(/FATAL ERROR|napi_throw/);
  }, 60_000);
});

describe('npm start on a damaged index (one answer thread)', () => {
  it.each(DAMAGED)('exits with code 1 and a message naming %s, never a crash', async (file) => {
    const fixture = await buildFixtureCorpusIndex();
    const fake = await FakeDiscord.start();
    try {
      const bot = startScript('src/main.ts', [], botEnv(fixture, fake, await damagedCopy(fixture.dir, file)));
      expect(await bot.exited).toBe(1);
      expect(bot.stderr).toContain(`${file} is not the file its build wrote`);
      expect(bot.stderr).not.toMatch(/FATAL ERROR|napi_throw|\n {4}at /);
    } finally {
      await fake.close();
      await fixture.cleanup();
    }
  }, 60_000);
});
