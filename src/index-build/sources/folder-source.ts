import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Log } from '../../shared/log.js';
import { documentId, fileKind, toPosix } from './file-names.js';
import type { RawItem } from './types.js';
import { readZip } from './zip-source.js';

export interface FolderReadOptions {
  maxFileBytes: number;
  signal?: AbortSignal;
  log?: Log;
}

/** A supported file found in a folder, or a path that was skipped with its reason. */
export interface FolderEntry {
  /** POSIX path relative to the folder. */
  file: string;
  skip?: string;
}

const inside = (root: string, target: string) => target === root || target.startsWith(`${root}${path.sep}`);

/**
 * Every .txt, .pdf and .zip file under `root`, sorted by code point. Symbolic links are followed
 * only to files inside the folder: links that lead outside it, loops, dangling links and links to
 * folders (which are read under their own path anyway) come out as skipped entries.
 */
export async function listFolder(root: string): Promise<FolderEntry[]> {
  const rootReal = await realpath(root);
  const found: FolderEntry[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const file = toPosix(path.relative(root, full));
      if (entry.isDirectory()) await walk(full);
      else if (entry.isSymbolicLink()) {
        const skip = await linkProblem(full, dir, rootReal);
        if (skip) found.push({ file, skip });
        else if (fileKind(entry.name)) found.push({ file });
      } else if (fileKind(entry.name)) found.push({ file });
    }
  };
  await walk(root);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Why a symbolic link is not followed, or undefined for a link to a file inside the folder. */
async function linkProblem(link: string, dir: string, rootReal: string): Promise<string | undefined> {
  let target: string;
  try {
    target = await realpath(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'symbolic link loop';
    if (code === 'ENOENT') return 'dangling symbolic link (its target does not exist)';
    return `unreadable symbolic link: ${(error as Error).message}`;
  }
  if (!inside(rootReal, target)) return 'symbolic link to outside the source folder';
  if (!(await stat(target)).isDirectory()) return undefined;
  if (inside(target, await realpath(dir))) return 'symbolic link loop';
  return `symbolic link to a folder already read (${toPosix(path.relative(rootReal, target))})`;
}

/** The files of a folder in path order; zips inside it are read in place, entry by entry. */
export async function* readFolder(root: string, options: FolderReadOptions): AsyncGenerator<RawItem> {
  for (const { file, skip } of await listFolder(root)) {
    options.signal?.throwIfAborted();
    const full = path.join(root, file);
    const name = path.posix.basename(file);
    if (skip) {
      yield { type: 'skipped', skipped: { id: documentId(name), file, reason: skip } };
      continue;
    }
    if (fileKind(name) === 'zip') {
      yield* readZip(full, { maxFileBytes: options.maxFileBytes, label: file, signal: options.signal, ...(options.log ? { log: options.log } : {}) });
      continue;
    }
    yield await readFolderFile(full, file, options.maxFileBytes);
  }
}

/** One .txt or .pdf file read into memory, unless it is too large or unreadable. */
export async function readFolderFile(full: string, file: string, maxFileBytes: number): Promise<RawItem> {
  const name = path.posix.basename(file);
  const skip = (reason: string): RawItem => ({ type: 'skipped', skipped: { id: documentId(name), file, reason } });
  try {
    const { size } = await stat(full);
    if (size > maxFileBytes) return skip(`too large (${size} bytes)`);
    return { type: 'raw', name, file, bytes: await readFile(full) };
  } catch (error) {
    return skip(`unreadable file: ${error instanceof Error ? error.message : String(error)}`);
  }
}
