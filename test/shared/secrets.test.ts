/**
 * One scrubber for every text that leaves the process: the configured key and token are cut out
 * of the console chat, of Discord messages (through the real discord.js client against the fake
 * Discord) and of error messages on the command line, wherever an upstream server or a model repeats them.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/bot/console.js';
import { registerSecrets, scrubSecrets, secretScrubber } from '../../src/shared/secrets.js';
import { AnswerError } from '../../src/retrieval/chat/model.js';
import { FakeQa, fakeAnswer } from '../support/fake-qa.js';
import { finalEdit, startHarness, TOKEN, type Harness } from '../bot/harness.js';
import { runScript } from '../support/run-script.js';

const KEY = 'sk-test-scrub-0123456789abcdef';

/** A model that echoes the key in an error, and one that writes it into its answer. */
function leakyQa(): FakeQa {
  return new FakeQa()
    .on('leak-error', async () => {
      throw new AnswerError('LLM_FAILED', `Embedding failed: 401 Incorrect API key provided: ${KEY}. Token ${TOKEN}`);
    })
    .on('leak-text', async (q) => fakeAnswer(q, { text: `The key is ${KEY} and the token "${JSON.stringify(TOKEN).slice(1, -1)}" [1].` }));
}

beforeAll(() => {
  registerSecrets([KEY, TOKEN]);
});

describe('secretScrubber', () => {
  it('cuts each secret, also JSON-escaped, and leaves short placeholders alone', () => {
    const scrub = secretScrubber([KEY, 'abc', undefined]);
    expect(scrub(`a ${KEY} b ${JSON.stringify(KEY)} abc`)).toBe('a [redacted] b "[redacted]" abc');
    expect(scrubSecrets(`token ${TOKEN}`)).toBe('token [redacted]');
  });
});

describe('the console chat', () => {
  it('prints neither the key nor the token from an upstream error or a model answer', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk) => (text += String(chunk)));
    const done = runConsole(leakyQa(), { input, output });
    input.end('leak-error please\nleak-text please\n');
    await done;
    expect(text).toContain('Error: Embedding failed: 401 Incorrect API key provided: [redacted]');
    expect(text).toContain('The key is [redacted]');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(TOKEN);
  });
});

describe('Discord messages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ qa: leakyQa() });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('posts a model answer that contains the key without it', async () => {
    const { token } = h.fake.chatInput('ask', { question: 'leak-text please' });
    const content = String((await finalEdit(h.fake, token, (s) => s.includes('Sources'))).body.content);
    expect(content).toContain('[redacted]');
    expect(content).not.toContain(KEY);
    expect(content).not.toContain(TOKEN);
  });
});

describe('the command line', () => {
  it('prints an error that repeats the key without it', async () => {
    // The index folder names the key, as a path an operator pasted by mistake would: the error repeats it.
    const run = await runScript('src/cli/ask.ts', ['--index', `/nonexistent/${KEY}`, 'What did Acme say?'], { PATH: process.env.PATH, OPENAI_API_KEY: KEY, LOG_LEVEL: 'silent' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[redacted]');
    expect(run.stderr).not.toContain(KEY);
  }, 60_000);
});
