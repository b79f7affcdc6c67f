/**
 * The answer pool: the real pipeline on piscina worker threads over the fixture index in shared
 * memory, compared call by call with the same pipeline on the calling thread.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerService, createQaService } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { loadSnapshot, PooledQaService } from '../../src/retrieval/pool/pooled-service.js';
import { COVERAGE_FLOOR } from '../../src/retrieval/calibration.js';
import type { RetrievalService } from '../../src/retrieval/service.js';
import type { QaService } from '../../src/retrieval/types.js';
import { codeOf } from '../../src/shared/errors.js';
import { silentLog } from '../../src/shared/log.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { recordingLog } from '../support/recording-log.js';
import { buildFixtureCorpusIndex, type BuiltFixtureIndex } from '../support/index-fixture.js';

const offline = (dir: string, workers: string) => parseConfig({ LOG_LEVEL: 'silent', INDEX_DIR: dir, EMBEDDER: 'lsa', ANSWER_MODE: 'extractive', ANSWER_WORKERS: workers });

const dyingWorkerFile = fileURLToPath(new URL('../support/dying-answer-worker.ts', import.meta.url));

let fixture: BuiltFixtureIndex;
let pooled: QaService;
let local: RetrievalService;

beforeAll(async () => {
  fixture = await buildFixtureCorpusIndex();
  [pooled, local] = await Promise.all([createAnswerService(offline(fixture.dir, '2'), fixture.dir, silentLog), createQaService(offline(fixture.dir, '0'), fixture.dir, silentLog)]);
});
afterAll(async () => {
  await pooled?.close?.();
  await fixture?.cleanup();
});

describe('the answer pool (ANSWER_WORKERS=2)', () => {
  it('runs its workers apart from the calling thread, with the index in shared memory', async () => {
    expect(pooled).toBeInstanceOf(PooledQaService);
    expect((pooled as PooledQaService).workers).toBe(2);
    const snapshot = await loadSnapshot({ dir: fixture.dir });
    const bulk = [snapshot.chunks.text, snapshot.chunks.offsets, snapshot.chunks.vectors, snapshot.chunkDoc, snapshot.firstChunk, snapshot.bm25.docs, snapshot.bm25.freqs, snapshot.bm25.offsets, snapshot.bm25.lengths];
    for (const array of bulk) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(snapshot.embedder.kind).toBe('lsa');
    if (snapshot.embedder.kind === 'lsa') expect(snapshot.embedder.model.termVectors.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('answers exactly as the pipeline on the calling thread does: questions, counts, Chinese, search, submissions, comparisons, claims', async () => {
    const questions = ['What did Acme Robotics say about defense purchasing?', 'How many submissions mention the ELVIS Act?', 'Acme Robotics 对国防采购说了什么？', 'Did Acme Robotics say anything about fishing quotas?'];
    const answers = [];
    for (const question of questions) {
      const [a, b] = await Promise.all([pooled.ask(question), local.ask(question)]);
      expect(a).toEqual({ ...b, ms: a.ms });
      answers.push(a);
    }
    expect(answers.slice(0, 3).map((a) => a.sources.length > 0)).toEqual([true, true, true]);
    const many = await Promise.all(questions.map((q) => pooled.ask(q))); // at once, over both workers
    expect(many.map((a) => a.text)).toEqual(await Promise.all(questions.map(async (q) => (await local.ask(q)).text)));
    expect(await pooled.search('export controls', { k: 4 })).toEqual(await local.search('export controls', { k: 4 }));
    const docId = local.stats().submissions > 0 ? local.suggestDocIds('acme', 1)[0]!.id : '';
    expect(await pooled.submission(docId)).toEqual(await local.submission(docId));
    expect(await pooled.submission('no-such-submission')).toBeUndefined();
    const compared = await pooled.compare(['Acme Robotics', 'Nobody Inc'], 'What about defense purchasing?');
    const expected = await local.compare(['Acme Robotics', 'Nobody Inc'], 'What about defense purchasing?');
    expect(compared.sides.map((s) => ('answer' in s && s.answer ? s.answer.text : s.missing))).toEqual(expected.sides.map((s) => ('answer' in s && s.answer ? s.answer.text : s.missing)));
    const claim = 'Acme Robotics said the Department of Defense should buy commercial autonomy software by default';
    const checked = await pooled.checkClaim(claim);
    expect(checked).toEqual({ ...(await local.checkClaim(claim)), ms: checked.ms });
    // The quick lookups are answered on the calling thread, from the same shared index.
    expect(pooled.stats()).toEqual(local.stats());
    expect(pooled.categories()).toEqual(local.categories());
    expect(pooled.suggestSubmitters('acm', 3)).toEqual(local.suggestSubmitters('acm', 3));
    expect(pooled.campaigns()).toEqual(local.campaigns());
  });

  it('rejects a bad question with the same coded error, and goes on answering', async () => {
    const error = await pooled.ask('   ').catch((e: unknown) => e);
    const expected = await local.ask('   ').catch((e: unknown) => e);
    expect(codeOf(error)).toBe('BAD_QUESTION');
    expect((error as Error).message).toBe((expected as Error).message);
    expect((await pooled.ask('What did Acme Robotics say about defense purchasing?')).sources.length).toBeGreaterThan(0);
  });

  it('refuses to start over an index whose files are gone, saying which', async () => {
    const snapshot = await loadSnapshot({ dir: fixture.dir });
    const error = await PooledQaService.start({ ...snapshot, dir: `${fixture.dir}-moved` }, { workers: 1, coverageFloor: COVERAGE_FLOOR }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/-moved/);
  });

  it('fails the question whose worker dies with an error, and answers the next ones on a new worker', async () => {
    const snapshot = await loadSnapshot({ dir: fixture.dir });
    const dying = await PooledQaService.start(snapshot, { workers: 1, coverageFloor: COVERAGE_FLOOR, workerFile: dyingWorkerFile });
    try {
      const question = 'What did Acme Robotics say about defense purchasing?';
      const lost = await dying.ask(`EXIT ${question}`).catch((e: unknown) => e);
      expect(lost).toBeInstanceOf(Error);
      expect(codeOf(lost)).toBeUndefined(); // the user gets the generic "something went wrong" message
      const expected = (await local.ask(question)).text;
      expect((await Promise.all([dying.ask(question), dying.ask(question)])).map((a) => a.text)).toEqual([expected, expected]);
      expect(dying.workers).toBe(1);
    } finally {
      await dying.close();
    }
  });

  it('answers the other questions a dying worker held on a fresh worker, and logs the retry', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'rfi-dying-'));
    process.env.DYING_WORKER_MARKER = path.join(root, 'died');
    const log = recordingLog();
    const snapshot = await loadSnapshot({ dir: fixture.dir });
    const dying = await PooledQaService.start(snapshot, { workers: 1, tasksPerWorker: 4, coverageFloor: COVERAGE_FLOOR, workerFile: dyingWorkerFile, log });
    try {
      const questions = ['What did Acme Robotics say about defense purchasing?', 'Acme Robotics 对国防采购说了什么？'];
      const bystanders = questions.map((q) => dying.ask(`HOLD ${q}`));
      const culprit = await dying.ask('EXIT after 2').catch((e: unknown) => e);
      expect((culprit as Error).message).toBe('the question that ended a thread'); // its retry, on a fresh thread
      const answers = await Promise.all(bystanders);
      expect(answers.map((a) => a.text)).toEqual(await Promise.all(questions.map(async (q) => (await local.ask(q)).text)));
      expect(log.lines.filter((l) => l.message.startsWith('an answer thread died'))).toHaveLength(3);
    } finally {
      delete process.env.DYING_WORKER_MARKER;
      await dying.close();
      await fs.rm(root, { recursive: true, force: true });
    }
  });

  it('is closed while a thread that replaces a dead one reads the index, and the process lives on', async () => {
    const snapshot = await loadSnapshot({ dir: fixture.dir });
    const dying = await PooledQaService.start(snapshot, { workers: 1, coverageFloor: COVERAGE_FLOOR, workerFile: dyingWorkerFile });
    // The question and its retry end two threads; the pool starts a third at once, and is closed.
    expect(await dying.ask('EXIT now').catch((e: unknown) => (e as Error).message)).toMatch(/worker exited with code: 3/);
    await dying.close();
    expect(dying.workers).toBe(0);
  });

  it('loads no index that is missing, with the loader\'s own error', async () => {
    const error = await createAnswerService(offline(`${fixture.dir}-missing`, '1'), `${fixture.dir}-missing`, silentLog).catch((e: unknown) => e);
    expect(codeOf(error)).toBe('NO_INDEX');
    expect((error as Error).name).toBe('IndexError');
  });
});

describe('the answer pool with a chat model (local OpenAI-compatible server)', () => {
  let openai: FakeOpenAI;
  let llm: QaService;
  const log = recordingLog();
  beforeAll(async () => {
    openai = await startFakeOpenAI();
    const config = parseConfig({ LOG_LEVEL: 'silent', INDEX_DIR: fixture.dir, EMBEDDER: 'lsa', ANSWER_MODE: 'llm', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: openai.url, CHAT_MODEL: 'test-model', LLM_TIMEOUT_MS: '5000', LLM_MAX_RETRIES: '0', ANSWER_WORKERS: '1' });
    llm = await createAnswerService(config, fixture.dir, log);
  });
  afterAll(async () => {
    await llm?.close?.();
    await openai?.close();
  });

  it('streams partial answers from the worker to the caller', async () => {
    openai.script('chat', [{ text: 'Acme Robotics recommends that the Department of Defense buy commercial autonomy software by default [1].', chunkDelayMs: 20 }]);
    const partials: string[] = [];
    const answer = await llm.ask('What did Acme Robotics say about defense purchasing?', { onPartial: (text) => partials.push(text) });
    expect(answer.mode).toBe('llm');
    expect(partials.length).toBeGreaterThanOrEqual(2);
    expect(partials.at(-1)!.length).toBeGreaterThan(partials[0]!.length);
    expect(answer.text).toContain('commercial autonomy software');
  });

  it('rejects at once with the signal\'s reason when the caller aborts, and the worker goes on', async () => {
    openai.script('chat', [{ delayMs: 3_000 }]);
    const controller = new AbortController();
    const reason = new Error('the caller gave up');
    const arrived = openai.nextRequest('chat');
    const pending = llm.ask('What did Acme Robotics say about defense purchasing?', { signal: controller.signal });
    await arrived; // the worker is waiting on the model
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    openai.script('chat', [{ text: 'Acme Robotics wants commercial software bought by default [1].' }]);
    expect((await llm.ask('What did Acme Robotics say about defense purchasing?')).text).toContain('commercial software');
  });

  it('reports a failing model with its coded error, and the worker\'s log line reaches the caller\'s log', async () => {
    openai.script('chat', [{ status: 500 }]);
    const error = await llm.ask('What did Acme Robotics say about engineers?').catch((e: unknown) => e);
    expect(codeOf(error)).toBe('LLM_FAILED');
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'warn', fields: expect.objectContaining({ code: 'LLM_FAILED', status: 500 }) }));
  });
});
