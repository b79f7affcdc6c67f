/** Starting worker threads from this project's modules, built (`.js`) or run from sources (`.ts`). */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The module `name` beside `selfUrl` (an `import.meta.url`), with the same extension: `.ts` from sources, `.js` when built. */
export function siblingModule(selfUrl: string, name: string): string {
  const self = fileURLToPath(selfUrl);
  return path.join(path.dirname(self), `${name}${path.extname(self)}`);
}

/** A `.ts` worker needs tsx in its thread; under tsx the workers inherit it, under the test runner they do not. */
export function workerExecArgv(workerFile: string): string[] {
  // Process-wide V8 flags (--expose-gc, for measuring memory) are refused by worker threads.
  const own = process.execArgv.filter((arg) => !/^--expose[-_]gc$/.test(arg));
  if (path.extname(workerFile) !== '.ts' || own.some((arg) => arg.includes('tsx'))) return own;
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return [...own, '--import', tsx];
}
