import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGraphInThread } from '../../src/index-build/graph-thread.js';
import { buildHnswGraph, packVectors, readHnswGraph } from '../../src/retrieval/store/hnsw-graph.js';
import { workerExecArgv } from '../../src/shared/worker-threads.js';

const DIMENSIONS = 16;
/** Seeded vectors, so that the two graphs are made from the same points in the same order. */
function vectors(count: number): number[][] {
  let state = 11;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5;
  return Array.from({ length: count }, () => Array.from({ length: DIMENSIONS }, next));
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rfi-graph-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('the HNSW graph made on a thread of its own', () => {
  it('writes the graph the build would make in its own thread: the same neighbours for every query', async () => {
    const points = vectors(300);
    const file = path.join(dir, 'graph');
    const packed = packVectors(points, DIMENSIONS);
    await writeGraphInThread(packed, file);
    expect(packed.values.length).toBe(0); // its buffer moved to the thread
    const threaded = readHnswGraph(file, DIMENSIONS);
    const local = buildHnswGraph(packVectors(points, DIMENSIONS));
    expect(threaded.getCurrentCount()).toBe(300);
    for (const query of vectors(20).map((v) => v.map((x) => -x))) {
      expect(threaded.searchKnn(query, 5).neighbors).toEqual(local.searchKnn(query, 5).neighbors);
    }
  });

  it('fails with a clear error when the file cannot be written (hnswlib itself says nothing)', async () => {
    await expect(writeGraphInThread(packVectors(vectors(10), DIMENSIONS), path.join(dir, 'no-such-folder', 'graph'))).rejects.toThrow(/could not make the HNSW graph: the graph could not be written/);
  });

  it('fails with a clear error, not a crash, when its thread cannot start', async () => {
    await expect(writeGraphInThread(packVectors(vectors(10), DIMENSIONS), path.join(dir, 'unused'), { workerFile: path.join(dir, 'missing-worker.ts') })).rejects.toThrow(/could not make the HNSW graph: Cannot find module/);
  });

  it('stops when told to', async () => {
    const stop = new AbortController();
    const writing = writeGraphInThread(packVectors(vectors(20_000), DIMENSIONS), path.join(dir, 'stopped'), { signal: stop.signal });
    stop.abort();
    await expect(writing).rejects.toThrow(/abort/i);
  });
});

describe('the flags a worker thread is started with', () => {
  it('leaves out the process-wide ones a thread refuses (the heap sizes, --expose-gc) and keeps the rest', () => {
    const given = ['--expose-gc', '--max-old-space-size=640', '--max_semi_space_size=32', '--import', 'tsx', '--enable-source-maps'];
    expect(workerExecArgv('/somewhere/worker.js', given)).toEqual(['--import', 'tsx', '--enable-source-maps']);
  });
});
