import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAnswerService } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { PooledQaService } from '../../src/retrieval/pool/pooled-service.js';
import { silentLog } from '../../src/shared/log.js';
import { COVERAGE_FLOOR } from '../../src/retrieval/calibration.js';
import { openEngine } from '../../src/retrieval/engine.js';
import { ReloadingQaService } from '../../src/retrieval/reloading.js';
import { RetrievalService } from '../../src/retrieval/service.js';
import { damagedCopy, swapIn } from '../support/damaged-index.js';
import { recordingLog } from '../support/recording-log.js';
import { buildFixtureIndex, buildIndexIn, type FixtureIndex } from '../support/retrieval-helpers.js';

const open = async (dir: string) => new RetrievalService({ ...(await openEngine(dir)), coverageFloor: COVERAGE_FLOOR });

describe('a running service follows index rebuilds', () => {
  let fixture: FixtureIndex;
  let service: ReloadingQaService;
  const log = recordingLog();

  beforeAll(async () => {
    fixture = await buildFixtureIndex();
    service = await ReloadingQaService.start(fixture.dir, open, { pollMs: 60_000, log });
  });
  afterAll(async () => {
    service?.stop();
    await fixture?.cleanup();
  });

  it('keeps answering from the loaded index while nothing changed', async () => {
    expect(await service.check()).toBe(false);
    expect(service.stats().submissions).toBe(fixture.summary.documents);
  });

  it('loads a rebuilt index that adds a submission, and answers from it', async () => {
    const text = 'Zephyr Widgets urges a national sandbox for testing autonomous delivery drones over farmland.';
    await fs.writeFile(path.join(fixture.corpus.raw, 'Zephyr-Widgets-AI-RFI-2025.txt'), `${text}\n\n`);
    const before = service.stats();
    await buildIndexIn(fixture.root, fixture.corpus);
    expect(await service.check()).toBe(true);
    expect(service.stats().submissions).toBe(before.submissions + 1);
    expect(log.lines.map((l) => [l.level, l.message])).toContainEqual(['info', 'loaded the rebuilt index']);
    const passages = await service.search('autonomous delivery drones sandbox');
    expect(passages[0]?.docId).toBe('Zephyr-Widgets-AI-RFI-2025');
  });

  it('keeps the previous index when a rebuilt one cannot be loaded', async () => {
    const before = service.stats();
    const target = await fs.realpath(fixture.dir);
    const broken = `${target}-broken`;
    await fs.cp(target, broken, { recursive: true });
    await fs.writeFile(path.join(broken, 'chunks.json'), '{ not json');
    const link = `${fixture.dir}.tmp-link`;
    await fs.symlink(broken, link);
    await fs.rename(link, fixture.dir);
    expect(await service.check()).toBe(false);
    expect(service.stats()).toEqual(before);
    expect(log.lines.at(-1)).toMatchObject({ level: 'error', fields: { index: broken }, message: expect.stringContaining('could not be loaded') });
    expect((await service.search('autonomous delivery drones sandbox'))[0]?.docId).toBe('Zephyr-Widgets-AI-RFI-2025');
  });
});

describe('a service on the answer pool follows index rebuilds', () => {
  let fixture: FixtureIndex;
  let service: ReloadingQaService;
  const opened: PooledQaService[] = [];
  const openPooled = async (dir: string) => {
    const config = parseConfig({ LOG_LEVEL: 'silent', INDEX_DIR: dir, EMBEDDER: 'lsa', ANSWER_MODE: 'extractive', ANSWER_WORKERS: '1' });
    const pooled = (await createAnswerService(config, dir, silentLog)) as PooledQaService;
    opened.push(pooled);
    return pooled;
  };

  beforeAll(async () => {
    fixture = await buildFixtureIndex();
    service = await ReloadingQaService.start(fixture.dir, openPooled, { pollMs: 60_000 });
  });
  afterAll(async () => {
    await service?.close();
    await fixture?.cleanup();
  });

  it('answers a question asked before the swap from the old index, then stops the old workers', async () => {
    await fs.writeFile(path.join(fixture.corpus.raw, 'Zephyr-Widgets-AI-RFI-2025.txt'), 'Zephyr Widgets urges a national sandbox for testing autonomous delivery drones over farmland.\n\n');
    await buildIndexIn(fixture.root, fixture.corpus);
    const [old] = opened;
    const closing = vi.spyOn(old!, 'close');
    const inFlight = service.ask('What did Acme Robotics say about defense purchasing?');
    expect(await service.check()).toBe(true);
    expect((await inFlight).sources.length).toBeGreaterThan(0);
    expect(closing).toHaveBeenCalledTimes(1);
    await closing.mock.results[0]!.value;
    expect(old!.workers).toBe(0);
    expect((await service.search('autonomous delivery drones sandbox'))[0]?.docId).toBe('Zephyr-Widgets-AI-RFI-2025');
    expect(opened[1]!.workers).toBe(1);
  });

  it.each(['submissions.json', 'hnsw/hnswlib.index', 'bm25-postings.bin'])('ignores a rebuild whose %s holds 4 KB of garbage, names the file in the log, and keeps answering', async (file) => {
    const target = await fs.realpath(fixture.dir);
    const broken = await damagedCopy(fixture.dir, file);
    await swapIn(fixture.dir, broken);
    const errors: string[] = [];
    const opening = openPooled(broken).then(
      () => 'opened',
      (e: unknown) => (errors.push((e as Error).message), 'refused'),
    );
    expect(await opening).toBe('refused');
    expect(errors[0]).toContain(`is damaged: ${file} is not the file its build wrote`);
    expect(await service.check()).toBe(false);
    expect((await service.ask('What did Acme Robotics say about defense purchasing?')).sources.length).toBeGreaterThan(0);
    // Back to the good build for the next case.
    await swapIn(fixture.dir, target);
  });

});
