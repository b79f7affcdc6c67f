/** PDFs shaped like the official ones: the fixture has the traits, and extraction reads them right. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_REASON, joinPages } from '../../../src/index-build/sources/index.js';
import { makeOfficialStylePdf } from '../../support/official-style-pdf.js';
import { collect, reasonOf, tempDir } from './collect.js';

const PAGE_ONE = ['Northfield Robotics — response to the “AI Action Plan” RFI', 'We ask for a clear, efficient, fair process: naïve rules fail.'];
const PAGE_THREE = ['Recommendation 2: fund the National AI Research Resource.', 'Contact: the office of the Chief Scientist.'];
const PAGE_FOUR = ['Appendix — 4 pages in all'];

let dir: string;
let cleanup: () => Promise<void>;
let pdf: Buffer;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('sources-official-pdf'));
  pdf = await makeOfficialStylePdf([PAGE_ONE, 'image', PAGE_THREE, PAGE_FOUR], { originalPageStart: 4312, bookmark: 'Northfield Robotics' });
});
afterAll(() => cleanup());

describe('the official-style fixture', () => {
  it('has the traits of the official PDFs', () => {
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toMatch(/\nxref\n0 \d+\n/); // a classic xref table, not an xref stream
    expect(raw).not.toContain('/XRef');
    expect(raw).not.toContain('/ObjStm');
    for (const trait of ['/Type0', '/CIDFontType2', '/Identity-H', '/ToUnicode', '/FontFile2', '/StructTreeRoot', '/MarkInfo', '/StructParents', '/S /P', '/Outlines', '/Subtype /Image']) {
      expect(raw, trait).toContain(trait);
    }
    expect(raw.match(/\/OriginalPageNumber \d+/g)).toEqual(['/OriginalPageNumber 4312', '/OriginalPageNumber 4313', '/OriginalPageNumber 4314', '/OriginalPageNumber 4315']);
    expect(raw.match(/\/Title/g)).toHaveLength(1); // one bookmark
    // No text in the clear: page contents (with their marked-content tags) are Flate-compressed.
    expect(raw).not.toContain('Recommendation');
    expect(raw).toMatch(/\/Filter \/FlateDecode/);
  });
});

describe('extracting official-style PDFs', () => {
  it('gives each page its text, in page order (not /OriginalPageNumber), and an image-only page as empty', async () => {
    await writeFile(path.join(dir, 'Northfield-Robotics-AI-RFI-2025.pdf'), pdf);
    const { docs, skipped } = await collect(path.join(dir, 'Northfield-Robotics-AI-RFI-2025.pdf'), { cacheDir: dir });
    expect(skipped).toEqual([]);
    const [doc] = docs;
    expect(doc?.pages).toEqual([PAGE_ONE.join('\n'), '', PAGE_THREE.join('\n'), PAGE_FOUR.join('\n')]);
    expect(doc?.text).toBe(joinPages(doc?.pages ?? []));
  });

  it('skips a PDF whose pages are all scanned images, with the empty reason', async () => {
    await writeFile(path.join(dir, 'Scanned-AI-RFI-2025.pdf'), await makeOfficialStylePdf(['image', 'image']));
    const result = await collect(path.join(dir, 'Scanned-AI-RFI-2025.pdf'), { cacheDir: dir });
    expect(result.docs).toEqual([]);
    expect(reasonOf(result, 'Scanned-AI-RFI-2025.pdf')).toBe(EMPTY_REASON);
  });
});
