import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderContents, tempRoot, type TempRoot } from '../support/build-helpers.js';
import { lastLine, runScript, type ScriptRun } from '../support/run-script.js';
import { itOnSmallDisk, PAGE, runScriptOnSmallDisk, tmpfsBytes } from '../support/small-disk.js';
import { writeFixtureCorpus, type FixtureCorpus } from '../support/fixture-corpus.js';
import { EMPTY_REASON } from '../../src/index-build/sources/index.js';
import { loadIndex } from '../../src/retrieval/load-index.js';

let root: TempRoot;
let corpus: FixtureCorpus;

const BUILD_CLI = 'src/cli/build-index.ts';

/** The environment of the `npm run index` runs: caches and default paths in the temp folder, never data/. */
function cliEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    LOG_LEVEL: 'silent',
    CACHE_DIR: path.join(root.dir, 'cache'),
    INDEX_DIR: path.join(root.dir, 'default-index'),
    CORPUS_SOURCE: path.join(root.dir, 'no-default-source'),
    RESPONDENTS: '',
    EMBEDDER: 'lsa',
    OPENAI_API_KEY: '',
    ...env,
  };
}

/** Runs the real `npm run index` entry point with the given arguments. */
function runCli(args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  return runScript(BUILD_CLI, args, cliEnv(env));
}

const STACK_FRAME = /^\s+at /m;

beforeAll(async () => {
  root = await tempRoot('cli');
  corpus = await writeFixtureCorpus(root.dir);
});
afterAll(() => root.cleanup());

describe('npm run index (src/cli/build-index.ts)', () => {
  it('builds, then reports an unchanged index, with a JSON summary as the last stdout line', async () => {
    const out = path.join(root.dir, 'index');
    const first = await runCli(['--source', corpus.dir, '--out', out, '--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Built index at ${out}`);
    const summary = JSON.parse(lastLine(first.stdout)) as Record<string, unknown>;
    expect(summary).toMatchObject({ documents: corpus.documents - 2, unchanged: false, out });
    expect(summary.chunks).toEqual(expect.any(Number));
    expect(summary.chunks as number).toBeGreaterThanOrEqual(corpus.documents - 2);
    expect(summary.embedder).toMatch(/^lsa-/);
    // Categories come from the fixture's own source/links/ tables.
    expect(summary.categories).toEqual({
      Individuals: 7,
      'Private Sector': 2,
      Academia: 1,
      'Industry/Professional/Scientific Associations': 1,
      'Non-Federal Government': 1,
      'Non-Profit': 1,
    });
    expect(summary.respondents).toBe(corpus.links);
    expect(summary.warnings).toEqual([]);
    expect(summary.ms).toEqual(expect.any(Number));
    const skipped = summary.skipped as { id: string; reason: string }[];
    expect(skipped.map((s) => Object.keys(s).sort())).toEqual([['id', 'reason'], ['id', 'reason']]);
    expect(skipped.map((s) => s.id).sort()).toEqual(['AFL-AI-RFI-2025', 'AOA-AI-RFI-2025']);
    expect(skipped.every((s) => s.reason === EMPTY_REASON)).toBe(true);

    // The index is where --out said, and the caches went to CACHE_DIR, not the project's data/.
    expect((await loadIndex(out)).docs).toHaveLength(corpus.documents - 2);
    expect(await fs.readdir(path.join(root.dir, 'cache'))).toContain('lsa');
    await expect(fs.stat(path.join(root.dir, 'default-index'))).rejects.toMatchObject({ code: 'ENOENT' });

    const second = await runCli(['--source', corpus.dir, '--out', out, '--json']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('up to date');
    expect(JSON.parse(lastLine(second.stdout))).toMatchObject({ unchanged: true, documents: summary.documents, chunks: summary.chunks });

    // The source readers log through the logger the entry point hands them (JSON lines: stderr is no terminal).
    const logged = await runCli(['--source', corpus.dir, '--out', out, '--json'], { LOG_LEVEL: 'debug' });
    expect(logged.code).toBe(0);
    const lines = logged.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string; documents?: number; id?: string });
    expect(lines.find((l) => l.msg === 'source read')).toMatchObject({ documents: summary.documents, skipped: 2 });
    expect(lines.filter((l) => l.msg === 'skipped source file').map((l) => l.id).sort()).toEqual(['AFL-AI-RFI-2025', 'AOA-AI-RFI-2025']);
  });

  it('exits 1 with a clear message and no stack trace for bad arguments, a missing key or a missing source', async () => {
    const missing = path.join(root.dir, 'no-such-corpus');
    // Five processes at once: each one loads the whole build tool, which is most of its time.
    const [embedder, unknown, noKey, noSource, workers] = await Promise.all([
      runCli(['--source', corpus.dir, '--embedder', 'nope']),
      runCli(['--source', corpus.dir, '--bogus']),
      runCli(['--source', corpus.dir, '--out', path.join(root.dir, 'openai-index'), '--embedder', 'openai']),
      runCli(['--source', missing, '--out', path.join(root.dir, 'missing-index'), '--json']),
      runCli(['--source', corpus.dir, '--pdf-workers', '0']),
    ]);
    for (const run of [embedder, unknown, noKey, noSource, workers]) {
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/^error: /);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.stdout).toBe('');
    }
    expect(embedder.stderr).toContain('--embedder must be lsa or openai, not "nope"');
    expect(unknown.stderr).toContain("'--bogus'");
    expect(unknown.stderr).toContain('usage: npm run index');
    expect(noKey.stderr).toContain('OPENAI_API_KEY');
    expect(noSource.stderr.trim()).toBe(`error: Source not found: ${missing}`);
    expect(workers.stderr).toContain('--pdf-workers must be a whole number above 0, not "0"');
    for (const dir of ['openai-index', 'missing-index']) {
      await expect(fs.stat(path.join(root.dir, dir))).rejects.toMatchObject({ code: 'ENOENT' });
    }
  });
});

describe('npm run index on a disk that fills up', () => {
  let previous: Promise<string> | undefined;

  /** A folder holding a good index built the usual way (`index`, a link into `index.builds/`): the one a failed build must keep. */
  function previousIndex(): Promise<string> {
    previous ??= (async () => {
      const dir = path.join(root.dir, 'previous');
      const run = await runCli(['--source', corpus.dir, '--out', path.join(dir, 'index')]);
      if (run.code !== 0) throw new Error(`the previous index could not be built: ${run.stderr}`);
      return dir;
    })();
    return previous;
  }

  /** Builds again, with --force, into `index` on a small disk that starts with `seed`'s contents; returns the run and what the disk held after it. */
  async function rebuildOnSmallDisk(name: string, seed: string, options: string): Promise<{ run: ScriptRun; out: string; after: string }> {
    const mountPoint = path.join(root.dir, name);
    const after = path.join(root.dir, `${name}-after`);
    await fs.mkdir(mountPoint);
    await fs.mkdir(after);
    const out = path.join(mountPoint, 'index');
    const run = await runScriptOnSmallDisk({ options, mountPoint, seed, copyOut: after }, BUILD_CLI, ['--source', corpus.dir, '--out', out, '--force'], cliEnv());
    return { run, out, after };
  }

  itOnSmallDisk(
    'says the disk is full and where when it fills while the index is written, keeps the previous index and removes the unfinished build',
    async () => {
      const seed = await previousIndex();
      // Room for the previous index and two pages more: the new build runs out in its first files (the HNSW store).
      const { run, out, after } = await rebuildOnSmallDisk('full-disk', seed, `size=${(await tmpfsBytes(seed)) + 2 * PAGE}`);

      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.stderr).toMatch(/^error: the disk is full \(no space left on the device\) while writing to /);
      // The folder of the new build, on the small disk: the failure came while writing the index.
      expect(run.stderr).toContain(`while writing to ${out}.builds${path.sep}`);
      expect(run.stderr).toContain(`the previous index at ${out} is untouched and still in use, and the unfinished build was removed`);
      // The disk holds what it held before, file for file: the old index, and nothing of the new build.
      expect(await folderContents(after)).toEqual(await folderContents(seed));
      expect((await loadIndex(path.join(after, 'index'))).docs).toHaveLength(corpus.documents - 2);
    },
    60_000,
  );

  itOnSmallDisk(
    'keeps an index folder from before symlinked builds where it is when no file is left for the link that would replace it',
    async () => {
      const seed = path.join(root.dir, 'previous-folder');
      const previousFolder = path.join(seed, 'index');
      await fs.cp(await fs.realpath(path.join(await previousIndex(), 'index')), previousFolder, { recursive: true });
      // A tmpfs counts one inode for its root and one for each file and folder: room for the old
      // index, a folder of builds and a whole new build, and none for the link that swaps it in.
      const entries = (await fs.readdir(previousFolder, { recursive: true })).length + 1;
      const inodes = 1 + entries + 1 + entries;
      const { run, out, after } = await rebuildOnSmallDisk('no-inodes-left', seed, `size=${4 * (await tmpfsBytes(seed))},nr_inodes=${inodes}`);

      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.stderr).toContain(`the disk is full (no space left on the device) while writing to ${out}.link-`);
      expect(run.stderr).toContain(`the previous index at ${out} is untouched and still in use`);
      // The old folder as it was; beside it the folder of builds, empty again.
      expect(await folderContents(after)).toEqual({ ...(await folderContents(seed)), 'index.builds': 'folder' });
      expect((await loadIndex(path.join(after, 'index'))).docs).toHaveLength(corpus.documents - 2);
    },
    60_000,
  );
});
