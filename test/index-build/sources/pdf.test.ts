import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_REASON, joinPages, pageOffsets } from '../../../src/index-build/sources/index.js';
import { pageTextFromItems, type PdfTextItem } from '../../../src/index-build/sources/pdf-page-text.js';
import { garbagePdf, makeBlankPdf, makePdf, truncate } from '../../support/pdf-fixtures.js';
import { collect, reasonOf, tempDir } from './collect.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('sources-pdf')));
afterAll(() => cleanup());

const put = (name: string, data: Buffer) => writeFile(path.join(dir, name), data);

describe('PDF sources', () => {
  it('extracts every page, in order, with lines on separate lines', async () => {
    await put('AI-RFI-2025-0001.pdf', await makePdf([['Page one title', 'first page body'], 'Second page text', 'Third and last']));
    const { docs, skipped } = await collect(path.join(dir, 'AI-RFI-2025-0001.pdf'), { cacheDir: dir });
    expect(skipped).toEqual([]);
    const [doc] = docs;
    expect(doc?.kind).toBe('pdf');
    expect(doc?.id).toBe('AI-RFI-2025-0001');
    expect(doc?.pages).toEqual(['Page one title\nfirst page body', 'Second page text', 'Third and last']);
    expect(doc?.text).toBe('Page one title\nfirst page body\n\nSecond page text\n\nThird and last\n\n');
    expect(doc?.text).toBe(joinPages(doc?.pages ?? []));
    const offsets = pageOffsets(doc?.pages ?? []);
    expect(doc?.text.slice(offsets[1], (offsets[1] ?? 0) + 16)).toBe('Second page text');
    expect(doc?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('skips corrupt, truncated and text-less PDFs with reasons, without throwing', async () => {
    const good = await makePdf(['a page that will be cut']);
    await put('garbage.pdf', garbagePdf());
    await put('truncated.pdf', truncate(good, 0.3));
    await put('blank.pdf', await makeBlankPdf());
    await put('zero.pdf', Buffer.alloc(0));
    const result = await collect(dir, { cacheDir: dir });
    expect(reasonOf(result, 'garbage.pdf')).toMatch(/^unreadable PDF: .+/);
    expect(reasonOf(result, 'truncated.pdf')).toMatch(/^unreadable PDF: .+/);
    expect(reasonOf(result, 'blank.pdf')).toBe(EMPTY_REASON);
    expect(reasonOf(result, 'zero.pdf')).toMatch(/^unreadable PDF: .+/);
    expect(result.docs.map((d) => d.id)).toEqual(['AI-RFI-2025-0001']);
  });
});

describe('PDF time limit', () => {
  it('gives up on a PDF that takes longer than pdfTimeoutMs', async () => {
    const { dir: slowDir, cleanup: done } = await tempDir('sources-pdf-slow');
    try {
      const pages = Array.from({ length: 200 }, (_, i) => `page ${i + 1}`);
      await writeFile(path.join(slowDir, 'slow.pdf'), await makePdf(pages));
      const result = await collect(slowDir, { cacheDir: slowDir, pdfTimeoutMs: 1 });
      expect(reasonOf(result, 'slow.pdf')).toBe('unreadable PDF: timed out after 1 ms');
    } finally {
      await done();
    }
  });
});

describe('pageTextFromItems', () => {
  const item = (str: string, x: number, y: number, width: number, hasEOL = false): PdfTextItem => ({
    str,
    hasEOL,
    width,
    height: 10,
    transform: [10, 0, 0, 10, x, y],
  });

  it('adds spaces across visible gaps and newlines where the baseline moves', () => {
    const text = pageTextFromItems([
      item('Hello', 0, 100, 25),
      item('world', 30, 100, 25),
      item('joined', 55, 100, 30),
      item('Next line', 0, 80, 45),
      item('', 0, 80, 0, true),
      item('After EOL', 0, 60, 45),
    ]);
    expect(text).toBe('Hello worldjoined\nNext line\nAfter EOL');
  });
});
