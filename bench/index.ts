/**
 * `npm run bench -- [--index DIR]`: the retrieval bench, then the load bench, each in its own
 * process (so one's memory does not show in the other's RSS). The index build bench is separate
 * (`npm run bench:index`, several minutes: it builds the full corpus three times).
 */
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../src/config.js';

const args = process.argv.slice(2);
const benches = [
  { name: 'retrieval', file: 'bench/retrieval.ts' },
  { name: 'load', file: 'bench/load.ts' },
];

console.log('Benches: retrieval, then load. (Index build: `npm run bench:index`, not run here.)');
let failed = 0;
for (const { name, file } of benches) {
  console.log(`\n===== ${name}: node --import tsx ${file} ${args.join(' ')}`.trimEnd());
  const run = spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.log(`${name} bench exited with ${run.status ?? run.signal}`);
  }
}
process.exit(failed ? 1 : 0);
