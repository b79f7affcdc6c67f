import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { acquirePdfPool, createPdfPool, defaultPdfWorkers } from '../../../src/index-build/sources/pdf-pool.js';
import { PdfTimeoutError } from '../../../src/index-build/sources/pdf-text.js';
import { garbagePdf, truncate } from '../../support/pdf-fixtures.js';
import { makeOfficialStylePdf } from '../../support/official-style-pdf.js';
import { collect, reasonOf, tempDir } from './collect.js';

const faultyWorker = fileURLToPath(new URL('../../support/faulty-pdf-worker.ts', import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the PDF worker pool', () => {
  it('is sized to the machine by default', () => {
    const pool = createPdfPool();
    expect(pool.workers).toBe(defaultPdfWorkers());
    expect(defaultPdfWorkers()).toBeGreaterThanOrEqual(1);
    return pool.close();
  });

  it('loses only the task whose worker exits, throws or hangs, and goes on with the others', async () => {
    const pool = createPdfPool({ workers: 2, workerFile: faultyWorker, hardStopGraceMs: 0 });
    try {
      const inputs = ['first', 'EXIT now', 'second', 'HANG forever', 'third', 'THROW it', 'fourth'];
      const results = await Promise.allSettled(inputs.map((text) => pool.extract(bytes(text), 300)));
      const outcome = results.map((r) => (r.status === 'fulfilled' ? r.value[0] : (r.reason as Error).message));
      expect(outcome[0]).toBe('first');
      expect(outcome[1]).toMatch(/exit/i);
      expect(outcome[2]).toBe('second');
      expect(outcome[3]).toBe('timed out after 300 ms');
      expect(results[3]).toMatchObject({ status: 'rejected', reason: expect.any(PdfTimeoutError) });
      expect(outcome[4]).toBe('third');
      expect(outcome[5]).toBe('cannot parse this one');
      expect(outcome[6]).toBe('fourth');
      // The pool is still usable after losing two workers.
      expect(await pool.extract(bytes('after'), 300)).toEqual(['after']);
    } finally {
      await pool.close();
    }
  });
});

describe('the shared pool', () => {
  it('is the same pool while in use and for a minute after, then a new one', async () => {
    vi.useFakeTimers();
    try {
      const a = acquirePdfPool(1);
      const b = acquirePdfPool(1);
      expect(b.pool).toBe(a.pool);
      a.release();
      b.release();
      vi.advanceTimersByTime(59_000);
      const c = acquirePdfPool(1); // still warm
      expect(c.pool).toBe(a.pool);
      c.release();
      vi.advanceTimersByTime(60_000);
      const d = acquirePdfPool(1);
      expect(d.pool).not.toBe(a.pool);
      d.release();
      vi.advanceTimersByTime(60_000); // closes it and forgets it
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('reading PDFs on two workers', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir('sources-pool')));
  afterAll(() => cleanup());

  it('keeps source order, and a corrupt PDF costs only that file', async () => {
    const names: string[] = [];
    for (let n = 1; n <= 6; n++) {
      const name = `Org-${n}-AI-RFI-2025.pdf`;
      names.push(name);
      await writeFile(path.join(dir, name), await makeOfficialStylePdf([[`Organisation ${n}, page one.`], [`Organisation ${n}, page two.`]]));
    }
    await writeFile(path.join(dir, 'Org-3a-AI-RFI-2025.pdf'), garbagePdf());
    await writeFile(path.join(dir, 'Org-5a-AI-RFI-2025.pdf'), truncate(await makeOfficialStylePdf([['cut short']]), 0.4));
    let total: number | undefined;
    const result = await collect(dir, { cacheDir: dir, pdfWorkers: 2, onTotal: (n) => (total = n) });
    expect(total).toBe(8);
    expect(result.order).toEqual([
      'document:Org-1-AI-RFI-2025.pdf',
      'document:Org-2-AI-RFI-2025.pdf',
      'document:Org-3-AI-RFI-2025.pdf',
      'skipped:Org-3a-AI-RFI-2025.pdf',
      'document:Org-4-AI-RFI-2025.pdf',
      'document:Org-5-AI-RFI-2025.pdf',
      'skipped:Org-5a-AI-RFI-2025.pdf',
      'document:Org-6-AI-RFI-2025.pdf',
    ]);
    expect(reasonOf(result, 'Org-3a-AI-RFI-2025.pdf')).toMatch(/^unreadable PDF: .+/);
    expect(reasonOf(result, 'Org-5a-AI-RFI-2025.pdf')).toMatch(/^unreadable PDF: .+/);
    for (const [i, doc] of result.docs.entries()) {
      expect(doc.pages).toEqual([`Organisation ${i + 1}, page one.`, `Organisation ${i + 1}, page two.`]);
    }
  });
});
