/**
 * The sha256 of every file of an index folder, recorded in its manifest by the build and checked
 * on every load: a file damaged after the build (garbage written into it, cut short, replaced) is
 * refused with its name before anything parses it, in the thread that loads it, so that no parser
 * (hnswlib's native one least of all) ever reads it.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The sha256 of one file, read as a stream. */
export async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The sha256 of every file under `dir` but `except`, by its path relative to `dir` ('/'-separated), sorted. */
export async function folderChecksums(dir: string, except: readonly string[]): Promise<Record<string, string>> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => !except.includes(f))
    .sort();
  const out: Record<string, string> = {};
  for (const file of files) out[file] = await fileSha256(path.join(dir, file));
  return out;
}

/** The first recorded file that is missing or whose content no longer has its recorded sha256, if any. */
export async function damagedFile(dir: string, recorded: Readonly<Record<string, string>>): Promise<{ file: string; reason: 'missing' | 'changed' } | undefined> {
  for (const [file, sha256] of Object.entries(recorded)) {
    const actual = await fileSha256(path.join(dir, file)).catch(() => undefined);
    if (actual === undefined) return { file, reason: 'missing' };
    if (actual !== sha256) return { file, reason: 'changed' };
  }
  return undefined;
}
