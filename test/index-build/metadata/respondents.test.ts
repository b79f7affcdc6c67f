import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  categoryFromFileName,
  docIdFromPdfUrl,
  loadRespondents,
  matchKey,
  parseRespondentTable,
} from '../../../src/index-build/metadata/respondents.js';

const BASE = 'https://files.nitrd.gov/90-fr-9088/';

function htmlRow(doc: string, name: string, parity: 'odd' | 'even' = 'odd'): string {
  const url = `${BASE}${doc}.pdf`;
  return (
    `<tr role="row" class="${parity}"><td class=" priority-4 details-control"></td><td class="sorting_1">` +
    `<a href="${url}" target="_blank" class="noExitNotifier" title="${url}" onclick="trackDownloadLink('${url}'); ">` +
    `${name}</a></td></tr>`
  );
}

const HTML_TABLE = [
  htmlRow('Widget-Makers-AI-RFI-2025', 'Widget Makers &amp; Sons'),
  htmlRow('AI-RFI-2025-0042', 'O&#39;Brien &quot;Labs&quot; &#x2014; R&amp;D', 'even'),
  htmlRow('Caf%C3%A9-Group-AI-RFI-2025', '  Caf&eacute;\n  Group  '),
  htmlRow('Widget-Makers-AI-RFI-2025', 'Widget Makers again', 'even'),
].join('');

const JSON_TABLE = JSON.stringify(
  [
    { title: `${BASE}AI-RFI-2025-0007.pdf`, name: 'A concerned citizen' },
    { title: `${BASE}Anonymous-AI-RFI-2025-(3).pdf`, name: 'Anonymous' },
    { title: `${BASE}Zo%C3%AB-Ng-AI-RFI-2025.pdf`, name: 'Zoë "Z" Ng' },
    { title: 'not a pdf link', name: 'Ignored' },
  ],
  null,
  4,
);

describe('parseRespondentTable', () => {
  it('reads HTML rows, decoding entities and whitespace', () => {
    const rows = parseRespondentTable(HTML_TABLE, 'Private Sector');
    expect(rows.map((r) => r.name)).toEqual([
      'Widget Makers & Sons',
      'O\'Brien "Labs" \u2014 R&D',
      'Café Group',
      'Widget Makers again',
    ]);
    expect(rows[0]).toEqual({
      docId: 'Widget-Makers-AI-RFI-2025',
      name: 'Widget Makers & Sons',
      category: 'Private Sector',
      pdfUrl: `${BASE}Widget-Makers-AI-RFI-2025.pdf`,
    });
    expect(rows[2]?.docId).toBe('Café-Group-AI-RFI-2025');
  });

  it('reads the JSON form and skips rows without a PDF link', () => {
    const rows = parseRespondentTable(JSON_TABLE, 'Individuals');
    expect(rows.map((r) => [r.docId, r.name])).toEqual([
      ['AI-RFI-2025-0007', 'A concerned citizen'],
      ['Anonymous-AI-RFI-2025-(3)', 'Anonymous'],
      ['Zoë-Ng-AI-RFI-2025', 'Zoë "Z" Ng'],
    ]);
  });

  it('returns nothing for content without rows', () => {
    expect(parseRespondentTable('', 'X')).toEqual([]);
    expect(parseRespondentTable('[not json', 'X')).toEqual([]);
    expect(parseRespondentTable('<tr><td>no link</td></tr>', 'X')).toEqual([]);
  });
});

describe('helpers', () => {
  it('maps file names to categories and never throws on unknown names', () => {
    expect(categoryFromFileName('/x/academia_links.txt')).toBe('Academia');
    expect(categoryFromFileName('individuals_links.txt')).toBe('Individuals');
    expect(categoryFromFileName('industry-professional-scientificassoc_links.txt')).toBe(
      'Industry/Professional/Scientific Associations',
    );
    expect(categoryFromFileName('non-federal_links.txt')).toBe('Non-Federal Government');
    expect(categoryFromFileName('non-profit_links.txt')).toBe('Non-Profit');
    expect(categoryFromFileName('private-sector_links.txt')).toBe('Private Sector');
    expect(categoryFromFileName('federal-agency_links.txt')).toBe('Federal Agency');
    expect(categoryFromFileName('.txt')).toBe('Unknown');
  });

  it('derives doc ids from URLs', () => {
    expect(docIdFromPdfUrl(`${BASE}Anonymous-AI-RFI-2025-(12).pdf`)).toBe('Anonymous-AI-RFI-2025-(12)');
    expect(docIdFromPdfUrl(`${BASE}Bad%E0%A4%A.pdf`)).toBe('Bad%E0%A4%A');
    expect(docIdFromPdfUrl(`${BASE}page.html`)).toBeUndefined();
    // NFD input comes out NFC.
    expect(docIdFromPdfUrl(`${BASE}Jose\u0301.pdf`)).toBe('José');
  });

  it('matchKey ignores diacritics and case', () => {
    expect(matchKey('Ana-Marković-AI-RFI-2025')).toBe(matchKey('ana-markovic-ai-rfi-2025'));
    expect(matchKey('Ana-Markovi\u0107')).toBe('ana-markovic');
  });
});

describe('loadRespondents', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'respondents-'));
    await writeFile(path.join(dir, 'private-sector_links.txt'), HTML_TABLE);
    await writeFile(path.join(dir, 'individuals_links.txt'), JSON_TABLE);
    await writeFile(
      path.join(dir, 'new-kind_links.txt'),
      htmlRow('Ana-Markovic-AI-RFI-2025', 'Ana Marković') + htmlRow('AI-RFI-2025-0007', 'Listed twice'),
    );
    await writeFile(path.join(dir, 'notes.md'), 'not a table');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads every table in a folder, counting rows and duplicates', async () => {
    const table = await loadRespondents(dir);
    expect(table.files.map((f) => path.basename(f))).toEqual([
      'individuals_links.txt',
      'new-kind_links.txt',
      'private-sector_links.txt',
    ]);
    expect(table.rows).toBe(9);
    expect(table.duplicates).toBe(2);
    expect(table.byDocId.size).toBe(7);
    // The first listing wins (files are read in name order).
    expect(table.byDocId.get('AI-RFI-2025-0007')?.category).toBe('Individuals');
    expect(table.byDocId.get('Ana-Markovic-AI-RFI-2025')?.category).toBe('New Kind');
  });

  it('looks up by exact id or by accent-insensitive key', async () => {
    const table = await loadRespondents(dir);
    expect(table.lookup('Ana-Marković-AI-RFI-2025')?.name).toBe('Ana Marković');
    expect(table.lookup('Widget-Makers-AI-RFI-2025')?.name).toBe('Widget Makers & Sons');
    expect(table.lookup('Missing-AI-RFI-2025')).toBeUndefined();
  });

  it('reads a single file', async () => {
    const table = await loadRespondents(path.join(dir, 'individuals_links.txt'));
    expect(table.rows).toBe(3);
    expect(table.files).toHaveLength(1);
  });
});
