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
export function workerExecArgv(workerFile: string, execArgv: readonly string[] = process.execArgv): string[] {
  // Worker threads refuse process-wide flags: --expose-gc (for measuring memory, and the build's
  // collections) and the heap sizes (a thread has its own `resourceLimits`).
  const own = execArgv.filter((arg) => !/^--(expose[-_]gc|max[-_]old[-_]space[-_]size(=.*)?|max[-_]semi[-_]space[-_]size(=.*)?)$/.test(arg));
  if (path.extname(workerFile) !== '.ts' || own.some((arg) => arg.includes('tsx'))) return own;
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return [...own, '--import', tsx];
}
