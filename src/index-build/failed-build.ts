import fs from 'node:fs/promises';
import { DiskFullError } from '../shared/disk-full.js';
import { validManifest } from '../shared/manifest.js';

/** Where a build is writing: its caches first, then its own folder beside the index. */
export interface Writing {
  folder: string;
  /** The build's own folder once made: never a usable index until swapped in, so removed on failure. */
  unfinished?: string;
}

/**
 * Cleans up after a failed build and returns the error to throw. The unfinished folder is
 * removed (best effort: a build that filled the disk must not keep it full), and a full disk
 * is said plainly: where, and what became of the index the bot uses.
 */
export async function afterFailedBuild(error: unknown, out: string, writing: Writing): Promise<unknown> {
  const removed = writing.unfinished === undefined || (await removeFolder(writing.unfinished));
  const full = DiskFullError.from(error, writing.folder);
  if (!full) return error;
  const index = (await validManifest(out)) ? `the previous index at ${out} is untouched and still in use` : `no index was written to ${out}`;
  const cleanup = removed ? (writing.unfinished ? ', and the unfinished build was removed' : '') : `; the unfinished build at ${writing.unfinished} could not be removed, delete it to free its space`;
  return full.advise(`${index}${cleanup}. Free some space on that disk and build again.`);
}

async function removeFolder(dir: string): Promise<boolean> {
  return fs.rm(dir, { recursive: true, force: true }).then(
    () => true,
    () => false,
  );
}
