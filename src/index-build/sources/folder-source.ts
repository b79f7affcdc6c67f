import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { documentId, fileKind, toPosix } from './file-names.js';
import type { RawItem } from './types.js';
import { readZip } from './zip-source.js';

export interface FolderReadOptions {
  maxFileBytes: number;
  signal?: AbortSignal;
}

/** Every .txt, .pdf and .zip file under `root`, as POSIX paths relative to it, sorted by code point. */
export async function listFolder(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(full)).isDirectory());
      if (isDir) await walk(full);
      else if (fileKind(entry.name)) found.push(toPosix(path.relative(root, full)));
    }
  };
  await walk(root);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The files of a folder in path order; zips inside it are read in place, entry by entry. */
export async function* readFolder(root: string, options: FolderReadOptions): AsyncGenerator<RawItem> {
  for (const file of await listFolder(root)) {
    options.signal?.throwIfAborted();
    const full = path.join(root, file);
    const name = path.posix.basename(file);
    if (fileKind(name) === 'zip') {
      yield* readZip(full, { maxFileBytes: options.maxFileBytes, label: file, signal: options.signal });
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
