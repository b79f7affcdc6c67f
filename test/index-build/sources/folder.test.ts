import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_REASON, SourceError } from '../../../src/index-build/sources/index.js';
import { makePdf } from '../../support/pdf-fixtures.js';
import { makeZip } from '../../support/zip-fixtures.js';
import { collect, reasonOf, tempDir, type Collected } from './collect.js';

let dir: string;
let cleanup: () => Promise<void>;
let result: Collected;
const plain = 'PUBLIC SUBMISSION\nOrganization: Example Org\n\nWe support open models.\n';

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('sources-folder'));
  const put = async (name: string, data: string | Buffer) => {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), data);
  };
  await put('AI-RFI-2025-0002.txt', plain);
  await put('sub/deeper/Org-AI-RFI-2025.pdf', await makePdf(['Org page one', 'Org page two']));
  await put('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Text after a BOM')]));
  await put('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])); // "Café" in Latin-1
  await put('empty.txt', '  \n\t\n');
  await put('Dup-AI-RFI-2025.pdf', await makePdf(['the PDF copy']));
  await put('Dup-AI-RFI-2025.txt', 'the text copy');
  await put('same-bytes-a.txt', plain);
  await put('notes.md', '# not a submission');
  await put('big.txt', 'x'.repeat(200_000));
  await put('Cafe\u0301.txt', 'decomposed name'); // NFD file name
  await put('inner.zip', await makeZip([{ name: 'zipped/From-Zip.txt', data: 'from a zip in the folder' }]));
  result = await collect(dir, { cacheDir: dir, maxFileBytes: 100_000 });
});
afterAll(() => cleanup());

describe('folder sources', () => {
  it('yields supported files sorted by path, reading zips in place and ignoring other files', () => {
    expect(result.order).toEqual([
      'document:AI-RFI-2025-0002.txt',
      'document:Cafe\u0301.txt',
      'document:Dup-AI-RFI-2025.pdf',
      'skipped:Dup-AI-RFI-2025.txt',
      'skipped:big.txt',
      'document:bom.txt',
      'skipped:empty.txt',
      'document:inner.zip/zipped/From-Zip.txt',
      'skipped:latin1.txt',
      'document:same-bytes-a.txt',
      'document:sub/deeper/Org-AI-RFI-2025.pdf',
    ]);
  });

  it('gives each skipped file its reason', () => {
    expect(reasonOf(result, 'Dup-AI-RFI-2025.txt')).toBe('duplicate id');
    expect(reasonOf(result, 'big.txt')).toBe('too large (200000 bytes)');
    expect(reasonOf(result, 'empty.txt')).toBe(EMPTY_REASON);
    expect(reasonOf(result, 'latin1.txt')).toBe('not UTF-8');
  });

  it('reads text, ids, hashes and sizes', () => {
    const byFile = new Map(result.docs.map((d) => [d.file, d]));
    const txt = byFile.get('AI-RFI-2025-0002.txt');
    expect(txt).toEqual({
      id: 'AI-RFI-2025-0002',
      file: 'AI-RFI-2025-0002.txt',
      kind: 'txt',
      text: plain,
      sha256: createHash('sha256').update(plain).digest('hex'),
      bytes: Buffer.byteLength(plain),
    });
    expect(byFile.get('bom.txt')?.text).toBe('Text after a BOM');
    expect(byFile.get('bom.txt')?.bytes).toBe(19);
    expect(byFile.get('Cafe\u0301.txt')?.id).toBe('Caf\u00e9');
    expect(byFile.get('sub/deeper/Org-AI-RFI-2025.pdf')?.pages).toEqual(['Org page one', 'Org page two']);
    expect(byFile.get('inner.zip/zipped/From-Zip.txt')?.id).toBe('From-Zip');
  });

  it('keeps identical bytes filed under different ids', () => {
    const same = result.docs.filter((d) => d.text === plain).map((d) => d.id);
    expect(same).toEqual(['AI-RFI-2025-0002', 'same-bytes-a']);
  });

  it('throws a coded SourceError for a missing or unsupported source', async () => {
    await expect(collect(path.join(dir, 'missing'), { cacheDir: dir })).rejects.toMatchObject({ code: 'SOURCE_NOT_FOUND' });
    await expect(collect(path.join(dir, 'notes.md'), { cacheDir: dir })).rejects.toBeInstanceOf(SourceError);
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(collect(dir, { cacheDir: dir, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
