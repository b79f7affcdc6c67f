/**
 * Where the real corpus lives for tests, and a `describe` that runs only when it is there.
 * A user's machine has no corpus: those suites are skipped with a visible message. In CI
 * (`CI` set) a missing corpus is a failure, not a skip.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const corpusDir = process.env.CORPUS_DIR ?? path.resolve(projectRoot, '../shared/corpus');
export const corpusAvailable = existsSync(corpusDir);

let warned = false;

/** `describe` when the corpus folder exists; a failing suite in CI; otherwise a visible skip. */
export function describeCorpus(name: string, fn: () => void): void {
  if (corpusAvailable) {
    describe(name, fn);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('needs the corpus', () => {
        throw new Error(`corpus not found at ${corpusDir}; CI must have it`);
      });
    });
    return;
  }
  if (!warned) {
    warned = true;
    // eslint-disable-next-line no-console -- the skip must be visible to whoever runs the tests
    console.warn(`skipping corpus tests: corpus not found at ${corpusDir} (set CORPUS_DIR)`);
  }
  describe.skip(`${name} (corpus not found at ${corpusDir})`, fn);
}
