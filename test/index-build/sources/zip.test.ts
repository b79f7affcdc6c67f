import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource, SourceError } from '../../../src/index-build/sources/index.js';
import { makePdf } from '../../support/pdf-fixtures.js';
import { makeZip, renameEntry, setDeclaredSize } from '../../support/zip-fixtures.js';
import { collect, reasonOf, tempDir } from './collect.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('sources-zip')));
afterAll(() => cleanup());

async function zipFile(name: string, data: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, data);
  return file;
}

describe('zip sources', () => {
  it('reads PDFs and text from nested directories, in entry order', async () => {
    const zip = await makeZip([
      { name: 'responses/b/Zeta-AI-RFI-2025.pdf', data: await makePdf(['Zeta one', 'Zeta two']) },
      { name: 'responses/a/AI-RFI-2025-0100.txt', data: 'plain text submission' },
      { name: 'Alpha-RFI-2025.pdf', data: await makePdf(['Alpha only page']), compress: false },
      { name: 'README.md', data: 'ignored' },
      { name: 'responses/a/AI-RFI-2025-0100.pdf', data: await makePdf(['same id again']) },
    ]);
    const result = await collect(await zipFile('good.zip', zip), { cacheDir: dir });
    expect(result.order).toEqual([
      'document:responses/b/Zeta-AI-RFI-2025.pdf',
      'document:responses/a/AI-RFI-2025-0100.txt',
      'document:Alpha-RFI-2025.pdf',
      'skipped:responses/a/AI-RFI-2025-0100.pdf',
    ]);
    expect(result.docs[0]?.pages).toEqual(['Zeta one', 'Zeta two']);
    expect(result.docs[0]?.id).toBe('Zeta-AI-RFI-2025');
    expect(result.docs[1]?.text).toBe('plain text submission');
    expect(result.docs[2]?.pages).toEqual(['Alpha only page']);
    expect(reasonOf(result, 'responses/a/AI-RFI-2025-0100.pdf')).toBe('duplicate id');
  });

  it('tells the number of entries before the first item, for the progress bar', async () => {
    const zip = await makeZip([
      { name: 'A-RFI-2025.txt', data: 'a' },
      { name: 'B-RFI-2025.txt', data: 'b' },
      { name: 'notes.md', data: 'not read, but an entry' },
    ]);
    const events: string[] = [];
    for await (const item of readSource(await zipFile('count.zip', zip), { cacheDir: dir, onTotal: (n) => events.push(`total ${n}`) })) {
      events.push(item.type);
    }
    expect(events).toEqual(['total 3', 'document', 'document']);
  });

  it('skips entries whose path is absolute or escapes the root, writing nothing', async () => {
    let zip = await makeZip([
      { name: 'zz/evil.txt', data: 'escaped!' },
      { name: 'a/zz/zz/deep.txt', data: 'escaped twice' },
      { name: '_abs.txt', data: 'absolute' },
      { name: 'ok/zz/fine.txt', data: 'stays inside' },
      { name: 'Good.txt', data: 'good' },
    ]);
    zip = renameEntry(zip, 'zz/evil.txt', '../evil.txt');
    zip = renameEntry(zip, 'a/zz/zz/deep.txt', 'a/../../deep.txt');
    zip = renameEntry(zip, '_abs.txt', '/abs.txt');
    zip = renameEntry(zip, 'ok/zz/fine.txt', 'ok/../fine.txt');
    const own = await tempDir('sources-zip-slip');
    const inner = path.join(own.dir, 'inner');
    await mkdir(inner);
    await writeFile(path.join(inner, 'evil.zip'), zip);
    const result = await collect(path.join(inner, 'evil.zip'), { cacheDir: inner });
    expect(result.skipped).toEqual([
      { id: 'evil', file: '../evil.txt', reason: 'unsafe path in zip' },
      { id: 'deep', file: 'a/../../deep.txt', reason: 'unsafe path in zip' },
      { id: 'abs', file: '/abs.txt', reason: 'unsafe path in zip' },
    ]);
    expect(result.docs.map((d) => d.file)).toEqual(['fine.txt', 'Good.txt']);
    expect(await readdir(own.dir)).toEqual(['inner']);
    expect(await readdir(inner)).toEqual(['evil.zip']);
    await own.cleanup();
  });

  it('skips entries that are too large, by header or by bytes actually read', async () => {
    let zip = await makeZip([
      { name: 'Big.txt', data: 'b'.repeat(5000) },
      { name: 'Liar.txt', data: 'l'.repeat(5000) },
      { name: 'Small.txt', data: 'small' },
    ]);
    zip = setDeclaredSize(zip, 'Liar.txt', 10);
    const result = await collect(await zipFile('sizes.zip', zip), { cacheDir: dir, maxFileBytes: 1000 });
    expect(reasonOf(result, 'Big.txt')).toBe('too large (5000 bytes)');
    expect(reasonOf(result, 'Liar.txt')).toMatch(/^(too large|corrupt zip entry)/);
    expect(result.docs.map((d) => d.text)).toEqual(['small']);
  });

  it('throws ZIP_CORRUPT, naming the file, for garbage and truncated zips', async () => {
    const garbage = await zipFile('garbage.zip', Buffer.from('this is not a zip at all'.repeat(50)));
    const good = await makeZip([{ name: 'A.txt', data: 'a'.repeat(3000), compress: false }]);
    const truncated = await zipFile('truncated.zip', good.subarray(0, Math.floor(good.length / 2)));
    for (const file of [garbage, truncated]) {
      const error = await collect(file, { cacheDir: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SourceError);
      expect(error).toMatchObject({ code: 'ZIP_CORRUPT' });
      expect((error as Error).message).toContain(file);
    }
  });
});
