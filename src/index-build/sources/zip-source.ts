import path from 'node:path';
import type { ZipFile } from 'yauzl';
import { silentLog, type Log } from '../../shared/log.js';
import { documentId, fileKind } from './file-names.js';
import { SourceError } from './source-error.js';
import type { RawItem } from './types.js';
import { entryName, nextEntry, openZip, readEntryBytes, safeEntryPath } from './zip-file.js';

export interface ZipReadOptions {
  maxFileBytes: number;
  /** Prepended to entry paths in `file` (e.g. the zip's own path inside a folder source). */
  label?: string;
  signal?: AbortSignal;
  /** Told the number of entries (folders included) once the central directory is read. */
  onEntries?: (entries: number) => void;
  /** Entries that are neither .txt nor .pdf are logged at debug level. */
  log?: Log;
}

/**
 * The .txt and .pdf entries of a zip, in entry order, read into memory. Unsafe paths and
 * oversized or unreadable entries come out as skipped items; a zip that cannot be read throws.
 */
export async function* readZip(zipPath: string, options: ZipReadOptions): AsyncGenerator<RawItem> {
  let zip: ZipFile;
  try {
    zip = await openZip(zipPath);
  } catch (error) {
    throw corrupt(zipPath, error);
  }
  options.onEntries?.(zip.entryCount);
  const prefix = options.label ? `${options.label}/` : '';
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      const entry = await nextEntry(zip).catch((error: unknown) => {
        throw corrupt(zipPath, error);
      });
      if (!entry) return;
      const name = entryName(entry);
      if (name.endsWith('/')) continue; // directory
      const safe = safeEntryPath(name);
      const skip = (reason: string, file = `${prefix}${name}`): RawItem => ({
        type: 'skipped',
        skipped: { id: documentId(name), file, reason },
      });
      if (safe === undefined) {
        yield skip('unsafe path in zip');
        continue;
      }
      const kind = fileKind(safe);
      if (kind !== 'txt' && kind !== 'pdf') {
        (options.log ?? silentLog).debug({ zip: zipPath, entry: safe }, 'ignoring zip entry that is neither .txt nor .pdf');
        continue;
      }
      const file = `${prefix}${safe}`;
      if (entry.uncompressedSize > options.maxFileBytes) {
        yield skip(`too large (${entry.uncompressedSize} bytes)`, file);
        continue;
      }
      const read = await readEntryBytes(zip, entry, options.maxFileBytes);
      if (read.ok) yield { type: 'raw', name: path.posix.basename(safe), file, bytes: read.bytes };
      else yield skip(read.tooLarge ? `too large (${read.message})` : `corrupt zip entry: ${read.message}`, file);
    }
  } finally {
    zip.close();
  }
}

function corrupt(zipPath: string, error: unknown): SourceError {
  const message = error instanceof Error ? error.message : String(error);
  return new SourceError('ZIP_CORRUPT', `Cannot read zip ${zipPath}: ${message}`, { cause: error });
}
