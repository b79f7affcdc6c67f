/** Damaged copies of a built index, and swapping one in under a running service as a rebuild does. */
import fs from 'node:fs/promises';
import path from 'node:path';

/** A copy of the index at `dir` (a link or a folder) with 4 KB of garbage in the middle of `file`. */
export async function damagedCopy(dir: string, file: string): Promise<string> {
  const good = await fs.realpath(dir);
  const copy = `${good}-damaged-${file.replace(/\W/g, '-')}`;
  await fs.cp(good, copy, { recursive: true });
  const bytes = await fs.readFile(path.join(copy, file));
  const middle = Math.floor(bytes.length / 2);
  bytes.fill(0x7b, Math.max(0, middle - 2048), Math.min(bytes.length, middle + 2048));
  await fs.writeFile(path.join(copy, file), bytes);
  return copy;
}

/** Points the index link at `target` in one rename, as a rebuild does. */
export async function swapIn(link: string, target: string): Promise<void> {
  const next = `${link}.next`;
  await fs.symlink(target, next);
  await fs.rename(next, link);
}
