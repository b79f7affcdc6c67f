/** The respondent listing read from a whole HTML page, from a shipped listing, and over HTTP. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatListing, listingOf } from '../../../src/index-build/metadata/respondent-listing.js';
import { loadRespondents, parseRespondentTable } from '../../../src/index-build/metadata/respondents.js';

const BASE = 'https://files.nitrd.gov/90-fr-9088/';
const link = (doc: string, name: string) =>
  `<tr role="row"><td class="sorting_1"><a href="${BASE}${doc}.pdf" target="_blank" class="noExitNotifier">${name}</a></td></tr>`;

/** A whole page: headings name the categories; one table sits in a tab panel named by its id; broken markup on the way. */
const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>90 FR 9088 Responses | NITRD</title>
<script>var x = "<a href='${BASE}Not-A-Row.pdf'>in a script</a>";</script></head>
<body><nav><a href="/about">About</a><a href="${BASE}90-fr-9088-combined-responses.zip">All responses (zip)</a></nav>
<main><h1>Responses to the AI Action Plan RFI</h1>
<p>Published April 24, 2025.</p>
<h2 id="acad">Academia</h2>
<table class="display"><thead><tr><th>Respondent</th></tr></thead><tbody>
${link('Northfield-University-AI-RFI-2025', 'Northfield <em>University</em>')}
${link('AI-RFI-2025-1398', 'AI in Education at Oxford University')}
</tbody></table>
<h3>Private Sector Responses</h3>
<table><tbody>${link('Quantum-Chips-AI-RFI-2025', 'Quantum Chips &amp; Co')}${link('Caf%C3%A9-Group-AI-RFI-2025', 'Caf&eacute; Group')}<tr><td>no link here</td></tr>
</tbody></table>
<div class="tab-pane" id="non-profit"><table><tbody>${link('Child-Safety-Alliance-AI-RFI-2025', 'Child Safety &#8220;Alliance&#8221;')}</tbody></table></div>
<h2>Individuals</h2>
<table><tbody>${link('AI-RFI-2025-0101', 'Pat Example')}<tr><td><a href="${BASE}AI-RFI-2025-0102.pdf">Anonymous</td></tr>
</tbody></table>
</main></body></html>`;

describe('a whole responses page', () => {
  it('reads every PDF row with the category of its heading or panel, entities and inner markup decoded', () => {
    const rows = parseRespondentTable(PAGE, 'Uncategorized');
    expect(rows.map((r) => [r.docId, r.name, r.category])).toEqual([
      ['Northfield-University-AI-RFI-2025', 'Northfield University', 'Academia'],
      ['AI-RFI-2025-1398', 'AI in Education at Oxford University', 'Academia'],
      ['Quantum-Chips-AI-RFI-2025', 'Quantum Chips & Co', 'Private Sector'],
      ['Café-Group-AI-RFI-2025', 'Café Group', 'Private Sector'],
      ['Child-Safety-Alliance-AI-RFI-2025', 'Child Safety “Alliance”', 'Non-Profit'],
      ['AI-RFI-2025-0101', 'Pat Example', 'Individuals'],
      ['AI-RFI-2025-0102', 'Anonymous', 'Individuals'],
    ]);
    expect(rows[0]?.pdfUrl).toBe(`${BASE}Northfield-University-AI-RFI-2025.pdf`);
  });

  it('gives rows under no category heading the fallback category', () => {
    const rows = parseRespondentTable(`<html><body><h2>Responses</h2><table>${link('X-AI-RFI-2025', 'X')}</table></body></html>`, 'Uncategorized');
    expect(rows.map((r) => r.category)).toEqual(['Uncategorized']);
  });
});

describe('the shipped listing format', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'respondent-listing-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('round-trips the rows of a page, PDF links included', async () => {
    const rows = parseRespondentTable(PAGE, 'Uncategorized');
    const listing = listingOf(rows, { from: 'test page', kind: 'page', retrieved: '2025-04-24T00:00:00.000Z' });
    expect(listing.counts).toEqual({ Academia: 2, Individuals: 2, 'Non-Profit': 1, 'Private Sector': 2 });
    const file = path.join(dir, 'respondents.json');
    await writeFile(file, formatListing(listing));
    const table = await loadRespondents(file);
    expect([...table.byDocId.values()].sort((a, b) => (a.docId < b.docId ? -1 : 1))).toEqual([...rows].sort((a, b) => (a.docId < b.docId ? -1 : 1)));
    expect(table.listing).toEqual({ from: 'test page', kind: 'page', retrieved: '2025-04-24T00:00:00.000Z' });
  });

  it('refuses a listing that does not match its format, and a missing path, with clear errors', async () => {
    const file = path.join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ format: 1, respondents: [{ id: 'A', name: 'A' }] }));
    await expect(loadRespondents(file)).rejects.toMatchObject({ code: 'BAD_RESPONDENTS', message: expect.stringContaining(`${file} is not a respondent listing`) });
    const missing = path.join(dir, 'nowhere');
    await expect(loadRespondents(missing)).rejects.toMatchObject({ code: 'RESPONDENTS_NOT_FOUND', message: `Respondent listing not found: ${missing}` });
  });
});

describe('a listing URL', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/responses/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      res.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads the page from the URL', async () => {
    const table = await loadRespondents(`${base}/responses/`);
    expect(table.byDocId.size).toBe(7);
    expect(table.lookup('Quantum-Chips-AI-RFI-2025')?.category).toBe('Private Sector');
    expect(table.files).toEqual([`${base}/responses/`]);
  });

  it('fails with the HTTP status for a page that is not there', async () => {
    await expect(loadRespondents(`${base}/gone/`)).rejects.toMatchObject({ code: 'RESPONDENTS_DOWNLOAD_FAILED', message: expect.stringContaining('HTTP 404') });
  });
});
