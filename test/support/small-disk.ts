/**
 * A disk that fills up on purpose: a small tmpfs mounted in a private user and mount namespace
 * (Linux `unshare -rm`), seen only by the command run there. Where the system does not allow
 * that (another OS, namespaces forbidden in a container), the tests that need it are skipped
 * with the reason in their title and on the console: never passed without running.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { runCommand, scriptArgs, type ScriptRun } from './run-script.js';

export interface SmallDisk {
  /** tmpfs mount options: `size=72k`, `size=1m,nr_inodes=36`. */
  options: string;
  /** An existing empty folder the tmpfs is mounted on. */
  mountPoint: string;
  /** Its contents are copied onto the disk, links kept, before the command runs. */
  seed: string;
  /** The disk's contents are copied here after the command: the tmpfs ends with the namespace. */
  copyOut: string;
}

/** tmpfs charges whole pages: a file of 1 byte takes one. */
export const PAGE = 4096;

/** Exit code of the script itself failing (mount, copy), so a broken setup never looks like the command's failure. */
export const SETUP_FAILED = 97;

const ON_SMALL_DISK = `
mount -t tmpfs -o "$1" tmpfs "$2" || exit ${SETUP_FAILED}
cp -a "$3/." "$2/" || exit ${SETUP_FAILED}
disk=$2 copy_out=$4
shift 4
"$@"
code=$?
cp -a "$disk/." "$copy_out/" || exit ${SETUP_FAILED}
exit $code`;

/** Runs one of the project's entry points (as `runScript` does) with `disk` mounted. */
export function runScriptOnSmallDisk(disk: SmallDisk, script: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptRun> {
  const { options, mountPoint, seed, copyOut } = disk;
  return runCommand('unshare', ['-rm', 'sh', '-c', ON_SMALL_DISK, 'sh', options, mountPoint, seed, copyOut, process.execPath, ...scriptArgs(script, args)], env);
}

/** Why no small disk can be mounted here, found by mounting one; undefined when it can. */
async function probe(): Promise<string | undefined> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rfi-small-disk-probe-'));
  try {
    const run = await runCommand('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$1"', 'sh', dir], process.env).catch((error: Error) => ({ code: null, stderr: error.message }));
    return run.code === 0 ? undefined : `unshare -rm with a tmpfs mount is not allowed here (${run.stderr.trim() || `exit code ${run.code}`})`;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const unavailable = await probe();
if (unavailable) {
  // eslint-disable-next-line no-console -- the skip must be visible to whoever runs the tests
  console.warn(`skipping the full-disk tests: ${unavailable}`);
}

/** `it` where a small disk can be mounted; elsewhere a skip that says why. */
export function itOnSmallDisk(name: string, fn: () => Promise<void>, timeout?: number): void {
  if (unavailable) it.skip(`${name} (skipped: ${unavailable})`, fn);
  else it(name, fn, timeout);
}

/** The bytes a tmpfs needs for the files under `dir`: whole pages each (folders and short links take none). */
export async function tmpfsBytes(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const sizes = await Promise.all(files.map(async (file) => (await fs.stat(file)).size));
  return sizes.reduce((sum, size) => sum + Math.ceil(size / PAGE) * PAGE, 0);
}
