/**
 * The default path: the official zip holds only PDFs and RESPONDENTS is unset, so names and
 * categories come from the listing shipped in data/respondents.json. Run through the real
 * `npm run index` entry point, whose JSON summary carries `categories`.
 */
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseListing, SHIPPED_RESPONDENTS, type Listing } from '../../src/index-build/metadata/respondent-listing.js';
import { loadIndex } from '../../src/retrieval/load-index.js';
import { tempRoot, type TempRoot } from '../support/build-helpers.js';
import { makeOfficialStylePdf } from '../support/official-style-pdf.js';
import { lastLine, runScript } from '../support/run-script.js';
import { makeZip } from '../support/zip-fixtures.js';

interface Summary {
  documents: number;
  categories: Record<string, number>;
  respondents?: string;
  warnings: string[];
}

let root: TempRoot;
let listing: Listing;
/** Three listed respondents of each category, by id. */
let chosen: Listing['respondents'];

function runIndex(source: string, out: string, env: Record<string, string> = {}) {
  return runScript('src/cli/build-index.ts', ['--source', source, '--out', out, '--json', '--pdf-workers', '2'], {
    ...process.env,
    LOG_LEVEL: 'silent',
    CACHE_DIR: path.join(root.dir, 'cache'),
    INDEX_DIR: path.join(root.dir, 'default-index'),
    RESPONDENTS: '',
    EMBEDDER: 'lsa',
    OPENAI_API_KEY: '',
    ...env,
  });
}

/** A zip of official-style PDFs, one per id, in a folder as in the combined download. */
async function pdfZip(file: string, ids: readonly string[]): Promise<string> {
  const entries = [];
  for (const [n, id] of ids.entries()) {
    const pdf = await makeOfficialStylePdf(
      [[`Response ${id} to the AI Action Plan.`, 'We recommend open research compute for universities.'], 'image', [`Page three of ${id}: energy permitting for data centers.`]],
      { originalPageStart: 1000 + 3 * n },
    );
    entries.push({ name: `90-fr-9088-combined-responses/${id}.pdf`, data: pdf });
  }
  const zip = path.join(root.dir, file);
  await fs.writeFile(zip, await makeZip(entries));
  return zip;
}

beforeAll(async () => {
  root = await tempRoot('default-listing');
  listing = parseListing(JSON.parse(await fs.readFile(SHIPPED_RESPONDENTS, 'utf8')), SHIPPED_RESPONDENTS);
  chosen = Object.keys(listing.counts).flatMap((category) => listing.respondents.filter((r) => r.category === category).slice(0, 3));
});
afterAll(() => root.cleanup());

describe('a zip of PDFs with RESPONDENTS unset', () => {
  it('takes categories and names from the shipped listing, and reports the categories', async () => {
    const ids = [...chosen.map((r) => r.id), 'ARNI-AI-RFI-2025'];
    const out = path.join(root.dir, 'index');
    const run = await runIndex(await pdfZip('listed.zip', ids), out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(lastLine(run.stdout)) as Summary;
    expect(summary.documents).toBe(ids.length);
    expect(summary.respondents).toBe(SHIPPED_RESPONDENTS);
    expect(summary.warnings).toEqual([]);
    const expected: Record<string, number> = {};
    for (const id of ids) {
      const category = listing.respondents.find((r) => r.id === id)!.category;
      expected[category] = (expected[category] ?? 0) + 1;
    }
    expect(summary.categories).toEqual(expected);
    expect(summary.categories.Academia).toBe(4);
    expect(summary.categories).not.toHaveProperty('Uncategorized');
    expect(run.stdout).toContain(`names and categories from: ${SHIPPED_RESPONDENTS}`);

    const index = await loadIndex(out);
    expect(index.manifest.source.respondents).toBe(SHIPPED_RESPONDENTS);
    const meta = (id: string) => index.docs[index.docIndex.get(id)!]!;
    expect(meta('ARNI-AI-RFI-2025')).toMatchObject({ submitter: 'AI Institute for Artificial and Natural Intelligence', category: 'Academia', pages: 3 });
    for (const r of chosen) expect(meta(r.id), r.id).toMatchObject({ submitter: r.name, respondentName: r.name, category: r.category });
    // Pages are counted in the file (the scanned page 2 included), not by /OriginalPageNumber.
    const d = index.docIndex.get('ARNI-AI-RFI-2025')!;
    const chunks = Array.from({ length: index.firstChunk[d + 1]! - index.firstChunk[d]! }, (_, i) => index.firstChunk[d]! + i);
    expect(chunks.map((c) => [index.chunkPage[c], index.store.text(c).slice(0, 14)])).toEqual([
      [1, 'Response ARNI-'],
      [3, 'Page three of '],
    ]);
  }, 120_000);

  it('warns loudly when more than 5% of the submissions are not in the listing', async () => {
    const ids = [...chosen.slice(0, 6).map((r) => r.id), 'Unlisted-One-AI-RFI-2025'];
    const run = await runIndex(await pdfZip('unlisted.zip', ids), path.join(root.dir, 'unlisted-index'));
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(lastLine(run.stdout)) as Summary;
    expect(summary.categories.Uncategorized).toBe(1);
    expect(summary.warnings).toHaveLength(1);
    expect(summary.warnings[0]).toMatch(/^1 of 7 submissions \(14\.3%\) are uncategorised: the respondent listing \(.+\) does not list them/);
    expect(run.stderr).toContain(`WARNING: ${summary.warnings[0]}`);
    expect(run.stdout).toContain(`WARNING: ${summary.warnings[0]}`);
  }, 120_000);
});

describe('RESPONDENTS pointing at a newer listing', () => {
  let server: http.Server;
  let page: string;
  beforeAll(async () => {
    const rows = chosen.map((r) => `<tr><td><a href="https://files.nitrd.gov/90-fr-9088/${encodeURIComponent(r.id)}.pdf">${r.name} (renamed)</a></td></tr>`).join('');
    const html = `<!DOCTYPE html><html><body><h2>Private Sector</h2><table>${rows}</table></body></html>`;
    server = http.createServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(html));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    page = `http://127.0.0.1:${(server.address() as AddressInfo).port}/90-fr-9088-responses/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('uses that listing (here the URL of a page) instead of the shipped one', async () => {
    const out = path.join(root.dir, 'newer-index');
    const run = await runIndex(await pdfZip('newer.zip', chosen.slice(0, 4).map((r) => r.id)), out, { RESPONDENTS: page });
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(lastLine(run.stdout)) as Summary;
    expect(summary.respondents).toBe(page);
    expect(summary.categories).toEqual({ 'Private Sector': 4 });
    const index = await loadIndex(out);
    expect(index.docs[index.docIndex.get(chosen[0]!.id)!]!.submitter).toBe(`${chosen[0]!.name} (renamed)`);
  }, 120_000);
});
