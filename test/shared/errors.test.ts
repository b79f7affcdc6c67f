import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GatewayClosedError } from '../../src/bot/bot.js';
import { BusyError } from '../../src/bot/gate.js';
import { AnswerTimeoutError } from '../../src/bot/timeout.js';
import { errorText } from '../../src/bot/user-messages.js';
import { ConfigError } from '../../src/config.js';
import { BuildError } from '../../src/index-build/embedder-setup.js';
import { RespondentsError } from '../../src/index-build/metadata/respondents-error.js';
import { PdfTimeoutError } from '../../src/index-build/sources/pdf-text.js';
import { SourceError } from '../../src/index-build/sources/source-error.js';
import { AnswerError } from '../../src/retrieval/chat/model.js';
import { EmbeddingError } from '../../src/retrieval/embedders/openai.js';
import { IndexError } from '../../src/retrieval/load-index.js';
import { QaError } from '../../src/retrieval/question/understand.js';
import { UsageError } from '../../src/shared/cli.js';
import { DiskFullError } from '../../src/shared/disk-full.js';
import { CodedError, codeOf } from '../../src/shared/errors.js';
import { projectRoot } from '../support/run-script.js';

const EVERY_ERROR: [string, CodedError][] = [
  ['UsageError', new UsageError('usage: …')],
  ['ConfigError', new ConfigError('Invalid configuration')],
  ['BuildError', new BuildError('NO_DOCUMENTS', 'no readable submissions')],
  ['RespondentsError', new RespondentsError('RESPONDENTS_NOT_FOUND', 'not found')],
  ['SourceError', new SourceError('SOURCE_NOT_FOUND', 'not found')],
  ['PdfTimeoutError', new PdfTimeoutError('timed out')],
  ['EmbeddingError', new EmbeddingError('failed', 400)],
  ['IndexError', new IndexError('NO_INDEX', 'no index')],
  ['QaError', new QaError('BAD_QUESTION', 'empty')],
  ['AnswerError', new AnswerError('LLM_FAILED', 'failed', 500)],
  ['AnswerTimeoutError', new AnswerTimeoutError(1_000)],
  ['BusyError', new BusyError('queue full')],
  ['GatewayClosedError', new GatewayClosedError(4014, 'disallowed intents')],
  ['DiskFullError', new DiskFullError('/index.builds/1', 'no space left on the device')],
];

describe('coded errors', () => {
  it.each(EVERY_ERROR)('%s is a CodedError with an UPPER_SNAKE code and its own name', (name, error) => {
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
    expect(codeOf(error)).toBe(error.code);
  });

  it('keeps the cause it was given', () => {
    const cause = new Error('socket hang up');
    expect(new AnswerError('LLM_FAILED', 'failed', undefined, { cause }).cause).toBe(cause);
  });

  it('gives no code for errors that are not ours, whatever fields they carry', () => {
    expect(codeOf(Object.assign(new Error('x'), { code: 'LLM_FAILED' }))).toBeUndefined();
    expect(codeOf({ code: 'BOT_BUSY' })).toBeUndefined();
    expect(codeOf(undefined)).toBeUndefined();
    expect(errorText(Object.assign(new Error('x'), { code: 'LLM_FAILED' }))).toMatch(/Something went wrong/);
    expect(errorText(new AnswerError('LLM_FAILED', 'failed'))).toMatch(/language model service failed/);
  });

  it('are the only error classes: every class in src that extends Error is CodedError', async () => {
    const files = (await fs.readdir(path.join(projectRoot, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts'));
    const declaring: string[] = [];
    for (const file of files) {
      const text = await fs.readFile(path.join(projectRoot, 'src', file), 'utf8');
      if (/\bextends Error\b/.test(text)) declaring.push(file.split(path.sep).join('/'));
    }
    expect(declaring).toEqual(['shared/errors.ts']);
  });
});
