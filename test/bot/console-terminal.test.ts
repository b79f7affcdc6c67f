/**
 * `npm start` without a Discord token, at a terminal: the console chat, with the log lines it
 * prints in between human-readable, not JSON. A terminal is given by util-linux `script`.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { buildFixtureCorpusIndex, type BuiltFixtureIndex } from '../support/index-fixture.js';
import { projectRoot } from '../support/run-script.js';

const hasScript = /util-linux/.test(spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout ?? '');
const describeTerminal = hasScript || process.env.CI ? describe : describe.skip;

describeTerminal('the console chat at a terminal', () => {
  let fixture: BuiltFixtureIndex;
  let openai: FakeOpenAI;
  beforeAll(async () => {
    fixture = await buildFixtureCorpusIndex();
    openai = await startFakeOpenAI();
  });
  afterAll(async () => {
    await openai?.close();
    await fixture?.cleanup();
  });

  it('shows log lines human-readable, never as raw JSON', async () => {
    openai.defaults.answer = 'Acme wants commercial software by default [1].';
    const command = `${JSON.stringify(process.execPath)} --import tsx src/main.ts`;
    const child = spawn('script', ['-qefc', command, '/dev/null'], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH,
        TERM: 'dumb',
        INDEX_DIR: fixture.dir,
        CACHE_DIR: path.join(fixture.root, 'cache'),
        EMBEDDER: 'lsa',
        ANSWER_MODE: 'llm',
        OPENAI_API_KEY: 'sk-test-terminal-0123456789',
        OPENAI_BASE_URL: openai.url,
        CHAT_MODEL: 'test-model',
        LLM_MAX_RETRIES: '0',
        LOG_LEVEL: 'info',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    const answered = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        screen += chunk.toString();
        if (screen.includes('Sources:')) resolve();
      });
      child.on('close', (code) => reject(new Error(`the console ended (${code}) before answering:\n${screen}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write('What did Acme Robotics say about defense purchasing?\n');
    await answered;
    child.stdin.write('/quit\n');
    expect(await exited).toBe(0);
    expect(screen).toContain('Acme wants commercial software by default [1].');
    expect(screen).toMatch(/INFO.*llm answer/);
    expect(screen).not.toMatch(/\{"level":\d+/);
    expect(screen).not.toContain('sk-test-terminal-0123456789');
  }, 60_000);
});
