/** The respondent listing shipped in data/respondents.json: public metadata only, small, complete. */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/shared/categories.js';
import { parseListing, SHIPPED_RESPONDENTS } from '../../../src/index-build/metadata/respondent-listing.js';
import { loadRespondents } from '../../../src/index-build/metadata/respondents.js';
import { corpusDir, describeCorpus } from '../../support/corpus.js';

const shipped = async () => parseListing(JSON.parse(await readFile(SHIPPED_RESPONDENTS, 'utf8')), SHIPPED_RESPONDENTS);

describe('the shipped respondent listing', () => {
  it('is small and holds only names, categories and PDF links', async () => {
    expect((await stat(SHIPPED_RESPONDENTS)).size).toBeLessThan(1024 * 1024);
    const listing = await shipped();
    for (const row of listing.respondents) {
      expect(Object.keys(row).every((key) => ['id', 'name', 'category', 'pdf'].includes(key)), row.id).toBe(true);
      expect(row.name.length, row.id).toBeLessThanOrEqual(500); // the longest lists the member organisations of a coalition
      expect(row.name, row.id).not.toMatch(/\n/);
      expect(CATEGORIES, row.id).toContain(row.category);
    }
  });

  it('lists the 10,065 PDFs of the official page, with counts that add up, and says where it came from', async () => {
    const listing = await shipped();
    expect(listing.respondents).toHaveLength(10_065);
    expect(new Set(listing.respondents.map((r) => r.id)).size).toBe(10_065);
    expect(listing.counts).toEqual({
      Academia: 82,
      Individuals: 9_309,
      'Industry/Professional/Scientific Associations': 178,
      'Non-Federal Government': 10,
      'Non-Profit': 194,
      'Private Sector': 292,
    });
    expect(listing.source.files?.map((f) => f.name)).toHaveLength(6);
    expect(listing.source.note).toContain('nitrd.gov');
    expect(Number.isNaN(Date.parse(listing.source.retrieved))).toBe(false);
    // Names and links of a few public rows.
    const table = await loadRespondents(SHIPPED_RESPONDENTS);
    expect(table.lookup('ARNI-AI-RFI-2025')).toEqual({
      docId: 'ARNI-AI-RFI-2025',
      name: 'AI Institute for Artificial and Natural Intelligence',
      category: 'Academia',
      pdfUrl: 'https://files.nitrd.gov/90-fr-9088/ARNI-AI-RFI-2025.pdf',
    });
    expect(table.lookup('Maja-Smoljanović-AI-RFI-2025')?.docId).toBe('Maja-Smoljanovic-AI-RFI-2025');
  });
});

describeCorpus('the shipped listing against the corpus tables', () => {
  it('has exactly the rows of the tables it was made from', async () => {
    const links = path.join(corpusDir, 'source', 'links');
    const [fromTables, fromShipped] = await Promise.all([loadRespondents(links), loadRespondents(SHIPPED_RESPONDENTS)]);
    expect(fromShipped.byDocId.size).toBe(fromTables.byDocId.size);
    for (const [id, row] of fromTables.byDocId) expect(fromShipped.byDocId.get(id), id).toEqual(row);
    const listing = await shipped();
    for (const file of listing.source.files ?? []) {
      const hash = createHash('sha256').update(await readFile(path.join(links, file.name))).digest('hex');
      expect(hash, file.name).toBe(file.sha256);
    }
  });
});
