import path from 'node:path';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** Open a zip for lazy, one-at-a-time entry reading. File names are left raw (see `entryPath`). */
export function openZip(zipPath: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    );
  });
}

/** The next entry, or null at the end of the central directory. */
export function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const done = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => (done(), resolve(entry));
    const onEnd = () => (done(), resolve(null));
    const onError = (error: Error) => (done(), reject(error));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** The entry's decoded name (UTF-8 flag / Info-ZIP unicode path / CP437), backslashes as slashes. */
export function entryName(entry: Entry): string {
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
}

/** The normalised relative path of an entry, or undefined when it is absolute or escapes the root. */
export function safeEntryPath(name: string): string | undefined {
  if (name.includes('\0')) return undefined;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return undefined;
  const normal = path.posix.normalize(name);
  if (normal === '..' || normal.startsWith('../') || normal.startsWith('/')) return undefined;
  return normal;
}

export type EntryBytes = { ok: true; bytes: Buffer } | { ok: false; tooLarge: boolean; message: string };

/** Read an entry into memory, counting the bytes really inflated (headers can lie). */
export function readEntryBytes(zip: ZipFile, entry: Entry, maxBytes: number): Promise<EntryBytes> {
  return new Promise((resolve) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return resolve({ ok: false, tooLarge: false, message: error.message });
      const chunks: Buffer[] = [];
      let count = 0;
      stream.on('data', (chunk: Buffer) => {
        count += chunk.length;
        if (count > maxBytes) {
          stream.destroy();
          resolve({ ok: false, tooLarge: true, message: `more than ${maxBytes} bytes` });
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (streamError) => resolve({ ok: false, tooLarge: false, message: streamError.message }));
      stream.on('end', () => resolve({ ok: true, bytes: Buffer.concat(chunks, count) }));
    });
  });
}
