/**
 * `npm run bench:index` — builds the REAL corpus (CORPUS_DIR, default ../shared/corpus) three times
 * into a temp index folder with a temp cache folder, each build in its own child process
 * (`node --expose-gc --import tsx src/cli/build-index.ts … --json`; see `collectGarbage`):
 *   1. a full build (cold cache: reads, chunks, trains the lsa embedder, embeds, writes);
 *   2. the same corpus again: nothing changed, so the build is skipped;
 *   3. `--force`: a rebuild that reuses the cached lsa model and chunk embeddings.
 * Prints wall time and peak RSS of each (from `/usr/bin/time -v`, else by polling VmHWM in
 * /proc/<pid>/status), the build's own summary (documents, chunks, skipped with reasons, per-stage
 * timings), and a final JSON line. Offline: always `--embedder lsa`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config.js';
import type { BuildSummary } from '../src/index-build/build.js';
import { stageTimes } from '../src/index-build/report.js';

const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });

const corpus = path.resolve(process.env.CORPUS_DIR ?? path.join(PROJECT_ROOT, '../shared/corpus'));
if (!existsSync(corpus)) {
  console.error(`Corpus not found at ${corpus}. Set CORPUS_DIR to the folder of submissions (raw/ + source/links/), e.g.\n  CORPUS_DIR=/path/to/corpus npm run bench:index`);
  process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), 'rfi-bench-index-'));
const out = path.join(work, 'index');
const cache = path.join(work, 'cache');
const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);

interface Run {
  wallMs: number;
  peakRssMb: number | null;
  rssMethod: string;
  summary: BuildSummary;
}

/** Peak RSS by polling /proc/<pid>/status (VmHWM is the high-water mark, so the last reading wins). */
function pollHighWater(pid: number): () => number | null {
  let kb: number | null = null;
  const read = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb = Math.max(kb ?? 0, Number(m[1]));
    } catch {
      // the process has exited
    }
  };
  read();
  const timer = setInterval(read, 50);
  return () => {
    clearInterval(timer);
    return kb === null ? null : kb / 1024;
  };
}

async function build(extra: string[]): Promise<Run> {
  const cli = [process.execPath, '--expose-gc', '--import', 'tsx', 'src/cli/build-index.ts', '--source', corpus, '--out', out, '--embedder', 'lsa', '--json', ...extra];
  const [command, ...args] = haveTime ? [TIME, '-v', ...cli] : cli;
  const started = performance.now();
  const child = spawn(command!, args, { cwd: PROJECT_ROOT, env: { ...process.env, CACHE_DIR: cache, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stopPolling = haveTime ? undefined : pollHighWater(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = Math.round(performance.now() - started);
  const polled = stopPolling?.();
  if (code !== 0) {
    console.error(stdout, stderr);
    throw new Error(`index build exited with ${code}`);
  }
  const timeKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  const peakRssMb = timeKb ? Number(timeKb) / 1024 : (polled ?? null);
  const summary = JSON.parse(stdout.trim().split('\n').at(-1)!) as BuildSummary;
  return { wallMs, peakRssMb: peakRssMb === null ? null : Math.round(peakRssMb), rssMethod: timeKb ? '/usr/bin/time -v' : 'VmHWM polling', summary };
}

function report(label: string, run: Run): void {
  const s = run.summary;
  const stages = stageTimes(s.timingsMs);
  console.log(`\n== ${label}`);
  console.log(`wall ${(run.wallMs / 1000).toFixed(1)} s (build itself ${(s.ms / 1000).toFixed(1)} s)   peak RSS ${run.peakRssMb ?? '?'} MB (${run.rssMethod})`);
  console.log(`${s.unchanged ? 'unchanged: build skipped' : 'built'}; documents ${s.documents}, chunks ${s.chunks}, embedder ${s.embedder}, cached embeddings ${s.cachedEmbeddings}`);
  console.log(`stages: ${stages || '(none: fingerprint matched)'}`);
  console.log(`summary: ${JSON.stringify({ documents: s.documents, chunks: s.chunks, skipped: s.skipped, unchanged: s.unchanged, cachedEmbeddings: s.cachedEmbeddings, timingsMs: s.timingsMs, ms: s.ms })}`);
}

console.log(`corpus ${corpus}\nindex ${out}\ncache ${cache}\nchild processes: node --expose-gc --import tsx src/cli/build-index.ts (--embedder lsa --json)`);
try {
  const first = await build([]);
  report('1. full build (empty cache)', first);
  const second = await build([]);
  report('2. second run, unchanged corpus', second);
  const third = await build(['--force']);
  report('3. --force rebuild (lsa model and embeddings from the cache)', third);
  console.log(
    JSON.stringify({
      bench: 'index-build',
      firstBuildMs: first.wallMs,
      firstPeakRssMb: first.peakRssMb,
      secondBuildMs: second.wallMs,
      secondUnchanged: second.summary.unchanged,
      forceBuildMs: third.wallMs,
      forcePeakRssMb: third.peakRssMb,
      forceCachedEmbeddings: third.summary.cachedEmbeddings,
      documents: first.summary.documents,
      chunks: first.summary.chunks,
      skipped: first.summary.skipped,
    }),
  );
} finally {
  if (values.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
