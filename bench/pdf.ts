/**
 * `npm run bench:pdf -- [--docs N] [--pages P] [--workers 1,2] [--rounds R]`: PDF text extraction speed,
 * in pages per second, on 1 and on 2 worker threads. The official zip of PDFs is not reachable
 * from the development machines, so this generates N PDFs of P pages (38 lines a page) shaped
 * like the official ones (subset TrueType font with ToUnicode, Flate contents, structure tree,
 * bookmark) and times `readSource` over the folder. The first round includes the workers' start-up
 * (the pool then stays warm in the process, as for a re-run of the build). The worker counts
 * take turns for R rounds (the machine is shared; turns spread the noise) and the median is kept.
 * First it measures how much CPU two threads really get here (plain arithmetic on 1 and on 2
 * threads): on a shared machine 2 workers can only be as fast as that allows.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { readSource } from '../src/index-build/sources/index.js';
import { makeOfficialStylePdf } from '../test/support/official-style-pdf.js';

const { values } = parseArgs({
  options: { docs: { type: 'string', default: '250' }, pages: { type: 'string', default: '4' }, workers: { type: 'string', default: '1,2' }, rounds: { type: 'string', default: '3' } },
});
const docs = Number(values.docs);
const pages = Number(values.pages);
const workerCounts = values.workers.split(',').map(Number);
const rounds = Number(values.rounds);
if (![docs, pages, rounds, ...workerCounts].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('usage: npm run bench:pdf -- [--docs N] [--pages P] [--workers 1,2] [--rounds R]');
  process.exit(1);
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rfi-bench-pdf-'));
try {
  const line = 'The Action Plan should invest in compute, energy and talent so that American research leads.';
  for (let d = 0; d < docs; d++) {
    const content = Array.from({ length: pages }, (_, p) => Array.from({ length: 38 }, (_, l) => `${line} ${d}.${p}.${l}`));
    await fs.writeFile(path.join(dir, `DOC-${d}.pdf`), await makeOfficialStylePdf(content));
  }
  const parallel = await parallelCpu();
  console.log(`CPU available to 2 threads: ${parallel}× one thread's (2.0 on an idle 2-core machine)`);
  const runs = new Map<number, { ms: number; docs: number; pages: number }[]>(workerCounts.map((w) => [w, []]));
  for (let round = 0; round < rounds; round++) {
    for (const workers of workerCounts) {
      const run = await timeRead(dir, workers);
      runs.get(workers)!.push(run);
      console.log(`round ${round + 1}, ${workers} worker${workers === 1 ? '' : 's'}: ${run.docs}/${docs} PDFs, ${run.pages} pages in ${(run.ms / 1000).toFixed(1)} s`);
    }
  }
  const results = workerCounts.map((workers) => {
    const sorted = [...runs.get(workers)!].sort((a, b) => a.ms - b.ms);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const pagesPerSecond = +(median.pages / (median.ms / 1000)).toFixed(1);
    console.log(`${workers} worker${workers === 1 ? '' : 's'}: ${pagesPerSecond} pages/s (median of ${rounds}, ${median.pages} pages)`);
    return { workers, ...median, ms: Math.round(median.ms), pagesPerSecond };
  });
  console.log(JSON.stringify({ bench: 'pdf', cores: os.availableParallelism(), parallelCpu: parallel, rounds, results }));
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}

async function timeRead(folder: string, workers: number): Promise<{ ms: number; docs: number; pages: number }> {
  const started = performance.now();
  let read = 0;
  let pagesRead = 0;
  for await (const item of readSource(folder, { cacheDir: path.join(folder, 'cache'), pdfWorkers: workers })) {
    if (item.type !== 'document') continue;
    read++;
    pagesRead += item.doc.pages?.length ?? 0;
  }
  return { ms: performance.now() - started, docs: read, pages: pagesRead };
}

/** Work done by 2 spinning threads over work done by 1, in the same time. */
async function parallelCpu(): Promise<number> {
  const spin = `const { parentPort } = require('node:worker_threads'); let x = 0, n = 0; const t = Date.now();
    while (Date.now() - t < 1500) { for (let i = 0; i < 1e5; i++) x += Math.sqrt(i); n++; } parentPort.postMessage(n + (x < 0 ? 1 : 0));`;
  const work = async (threads: number) =>
    (await Promise.all(Array.from({ length: threads }, () => new Promise<number>((resolve) => new Worker(spin, { eval: true }).once('message', resolve))))).reduce((a, b) => a + b, 0);
  const one = await work(1);
  return +((await work(2)) / one).toFixed(2);
}
