import yazl from 'yazl';

export interface ZipFixtureEntry {
  name: string;
  data: string | Uint8Array;
  compress?: boolean;
}

/** A zip (made with yazl) holding the given entries, in order. */
export function makeZip(entries: readonly ZipFixtureEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data) : Buffer.from(entry.data);
    zip.addBuffer(data, entry.name, { compress: entry.compress ?? true, mtime: new Date(2025, 2, 15) });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * Rename an entry by rewriting its name bytes in place (local and central headers). yazl refuses
 * unsafe names such as `../evil.txt`, so tests make `zz/evil.txt` and rename it. Same length only.
 */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  const a = Buffer.from(from);
  const b = Buffer.from(to);
  if (a.length !== b.length) throw new Error('renameEntry: names must have the same byte length');
  const out = Buffer.from(zip);
  let replaced = 0;
  for (let at = out.indexOf(a); at !== -1; at = out.indexOf(a, at + a.length)) {
    b.copy(out, at);
    replaced++;
  }
  if (replaced === 0) throw new Error(`renameEntry: ${from} not found`);
  return out;
}

const CENTRAL_HEADER = 0x02014b50;

/** Make the central directory lie about an entry's uncompressed size. */
export function setDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (out.readUInt32LE(at) !== CENTRAL_HEADER) continue;
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      out.writeUInt32LE(size, at + 24);
      return out;
    }
  }
  throw new Error(`setDeclaredSize: ${name} not found`);
}
