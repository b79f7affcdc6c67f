import { watch, type FSWatcher } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFolders, buildOptions, linkTarget, openaiSettings, strayLinks, tempRoot, type TempRoot } from '../support/build-helpers.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { writeFixtureCorpus, type FixtureCorpus } from '../support/fixture-corpus.js';
import { buildIndex, type BuildSummary } from '../../src/index-build/build.js';
import { loadIndex } from '../../src/retrieval/load-index.js';

let root: TempRoot;
let corpus: FixtureCorpus;
let out: string;
let good: BuildSummary;
let fake: FakeOpenAI;

/** The state a reader sees: where the link points, which builds exist, what loads. */
async function snapshot() {
  const index = await loadIndex(out);
  return {
    target: await linkTarget(out),
    builds: await buildFolders(out),
    stray: await strayLinks(out),
    counts: index.manifest.counts,
    builtAt: index.manifest.builtAt,
    docs: index.docs.map((d) => d.id),
    firstChunk: index.store.text(0),
  };
}

beforeAll(async () => {
  root = await tempRoot('swap');
  corpus = await writeFixtureCorpus(root.dir);
  out = path.join(root.dir, 'index');
  good = await buildIndex(buildOptions(root.dir, corpus.dir));
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
  await root.cleanup();
});

describe('a failed build leaves the previous index in place', () => {
  it('keeps serving the old index when embedding fails (server answers 500, no retries)', async () => {
    const before = await snapshot();
    expect(before.builds).toHaveLength(1);
    expect(before.counts.documents).toBe(good.documents);

    fake.script('embeddings', Array.from({ length: 50 }, () => ({ status: 500 })));
    const failing = buildIndex(
      buildOptions(root.dir, corpus.dir, {
        embedder: 'openai',
        openai: openaiSettings({ apiKey: 'test-key', baseURL: fake.url, model: 'text-embedding-test', dimensions: 8, batchSize: 4, maxRetries: 0 }),
      }),
    );
    await expect(failing).rejects.toThrow(/status 500/);
    expect(fake.requests.filter((r) => r.route === 'embeddings').length).toBeGreaterThan(0);

    expect(await snapshot()).toEqual(before);
  });

  it('removes the half-written build folder when the build is aborted while writing', async () => {
    const before = await snapshot();
    const builds = `${out}.builds`;
    const controller = new AbortController();
    const seen: string[] = [];
    // Abort as soon as the new build folder appears: the build is then in its write stage.
    const watcher: FSWatcher = watch(builds, (_event, name) => {
      if (name && !before.builds.includes(name.toString())) {
        seen.push(name.toString());
        controller.abort();
      }
    });
    try {
      const failing = buildIndex(buildOptions(root.dir, corpus.dir, { force: true, signal: controller.signal }));
      await expect(failing).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      watcher.close();
    }
    expect(seen.length).toBeGreaterThan(0); // the staging folder did exist…
    for (const name of seen) await expect(fs.stat(path.join(builds, name))).rejects.toMatchObject({ code: 'ENOENT' }); // …and is gone
    expect(await snapshot()).toEqual(before);
  });

  it('stops at once when the signal is already aborted, writing nothing', async () => {
    const before = await snapshot();
    const failing = buildIndex(buildOptions(root.dir, corpus.dir, { force: true, signal: AbortSignal.abort() }));
    await expect(failing).rejects.toMatchObject({ name: 'AbortError' });
    expect(await snapshot()).toEqual(before);
  });

  it('still swaps in the next successful build', async () => {
    const before = await snapshot();
    const next = await buildIndex(buildOptions(root.dir, corpus.dir, { force: true }));
    expect(next.unchanged).toBe(false);
    const after = await snapshot();
    expect(after.target).not.toBe(before.target);
    expect(after.builds).toEqual([...before.builds, path.basename(after.target)].sort());
    expect(after.counts).toEqual(before.counts);
    expect(after.stray).toEqual([]);
  });
});

describe('a killed build', () => {
  it('does not count as the previous build: the last good one is kept and the leftovers removed', async () => {
    const before = await snapshot();
    const builds = `${out}.builds`;
    // What SIGKILL leaves in a staging folder: nothing yet, half the files, or a manifest cut short.
    const leftovers = { 'killed-empty': {}, 'killed-half': { 'chunks.json': '{"doc":[1,' }, 'killed-manifest': { 'manifest.json': '{"format": 2, "too' } };
    for (const [name, files] of Object.entries(leftovers)) {
      await fs.mkdir(path.join(builds, name));
      for (const [file, text] of Object.entries(files)) await fs.writeFile(path.join(builds, name, file), text);
    }
    await buildIndex(buildOptions(root.dir, corpus.dir, { force: true }));
    const after = await snapshot();
    expect(after.builds).toEqual([path.basename(before.target), path.basename(after.target)].sort());
    expect(after.counts).toEqual(before.counts);
  });
});

describe('the out folder', () => {
  it('refuses to replace a folder that is not an index, leaving it untouched', async () => {
    const notIndex = path.join(root.dir, 'my-notes');
    await fs.mkdir(notIndex);
    await fs.writeFile(path.join(notIndex, 'notes.txt'), 'keep me');
    const failing = buildIndex(buildOptions(root.dir, corpus.dir, { out: notIndex }));
    await expect(failing).rejects.toMatchObject({ code: 'BAD_ARGUMENT', message: expect.stringContaining(notIndex) });
    expect(await fs.readdir(notIndex)).toEqual(['notes.txt']);
    expect(await fs.readFile(path.join(notIndex, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(await buildFolders(notIndex)).toEqual([]); // the finished build was removed again
  });

  it('takes over an index folder from before symlinked builds, keeping it as the previous build', async () => {
    const legacy = path.join(root.dir, 'legacy-index');
    await fs.cp(await fs.realpath(out), legacy, { recursive: true });
    const summary = await buildIndex(buildOptions(root.dir, corpus.dir, { out: legacy, force: true }));
    expect((await fs.lstat(legacy)).isSymbolicLink()).toBe(true);
    expect((await loadIndex(legacy)).docs).toHaveLength(summary.documents);
    const kept = await buildFolders(legacy);
    expect(kept).toHaveLength(2);
    expect(kept.filter((name) => name.startsWith('previous-'))).toHaveLength(1);
  });
});
