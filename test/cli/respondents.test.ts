import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index-build/metadata/respondent-listing.js';
import { loadRespondents } from '../../src/index-build/metadata/respondents.js';
import { sha256, tempRoot, type TempRoot } from '../support/build-helpers.js';
import { writeFixtureCorpus, type FixtureCorpus } from '../support/fixture-corpus.js';
import { lastLine, runScript } from '../support/run-script.js';

let root: TempRoot;
let corpus: FixtureCorpus;
let server: http.Server;
let base: string;

const PAGE = `<!DOCTYPE html><html><head><title>Responses</title></head><body>
<h2>Academia</h2><table><tr><td><a href="https://files.nitrd.gov/90-fr-9088/Northfield-University-AI-RFI-2025.pdf">Northfield University</a></td></tr></table>
<h2>Individuals</h2><table><tr><td><a href="https://files.nitrd.gov/90-fr-9088/AI-RFI-2025-0101.pdf">Pat Example</a></td></tr></table>
</body></html>`;

const run = (args: string[]) => runScript('src/cli/respondents.ts', args, { ...process.env, LOG_LEVEL: 'silent' });

beforeAll(async () => {
  root = await tempRoot('respondents-cli');
  corpus = await writeFixtureCorpus(root.dir);
  server = http.createServer((req, res) => {
    if (req.url === '/responses/') return void res.writeHead(200, { 'content-type': 'text/html', 'last-modified': 'Thu, 24 Apr 2025 12:00:00 GMT' }).end(PAGE);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await root.cleanup();
});

describe('npm run respondents (src/cli/respondents.ts)', () => {
  it('writes a listing from a folder of tables, recording their names, hashes and the note', async () => {
    const out = path.join(root.dir, 'from-tables.json');
    const result = await run(['--from', corpus.links, '--out', out, '--note', 'fixture tables', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(lastLine(result.stdout)) as { respondents: number; counts: Record<string, number> };
    const listing = parseListing(JSON.parse(await fs.readFile(out, 'utf8')), out);
    expect(summary.respondents).toBe(listing.respondents.length);
    expect(listing.source).toMatchObject({ from: 'links', kind: 'tables', note: 'fixture tables' });
    const names = (await fs.readdir(corpus.links)).sort();
    expect(listing.source.files?.map((f) => f.name)).toEqual(names);
    for (const file of listing.source.files ?? []) expect(file.sha256).toBe(sha256(await fs.readFile(path.join(corpus.links, file.name))));
    // The listing reads back as the same table as the tables themselves.
    const [tables, written] = await Promise.all([loadRespondents(corpus.links), loadRespondents(out)]);
    expect(Object.fromEntries(written.byDocId)).toEqual(Object.fromEntries(tables.byDocId));
    expect(summary.counts).toEqual(listing.counts);
  });

  it('writes a listing from the URL of a whole page, recording the URL and its Last-Modified', async () => {
    const out = path.join(root.dir, 'from-page.json');
    const result = await run(['--from', `${base}/responses/`, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Wrote 2 respondents');
    const listing = parseListing(JSON.parse(await fs.readFile(out, 'utf8')), out);
    expect(listing.source).toMatchObject({ from: `${base}/responses/`, kind: 'page', lastModified: 'Thu, 24 Apr 2025 12:00:00 GMT' });
    expect(listing.respondents).toEqual([
      { id: 'Northfield-University-AI-RFI-2025', name: 'Northfield University', category: 'Academia' },
      { id: 'AI-RFI-2025-0101', name: 'Pat Example', category: 'Individuals' },
    ]);
  });

  it('exits 1 with usage or a clear message, writing nothing, for bad arguments, no rows or a missing page', async () => {
    const empty = path.join(root.dir, 'empty-tables');
    await fs.mkdir(empty);
    await fs.writeFile(path.join(empty, 'academia_links.txt'), '<tr><td>no links</td></tr>');
    const out = path.join(root.dir, 'never.json');
    const [noFrom, noRows, gone] = await Promise.all([run(['--out', out]), run(['--from', empty, '--out', out]), run(['--from', `${base}/gone/`, '--out', out])]);
    for (const r of [noFrom, noRows, gone]) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
    expect(noFrom.stderr).toContain('usage: npm run respondents');
    expect(noRows.stderr).toContain(`no respondent rows (links to PDFs) found in ${empty}`);
    expect(gone.stderr).toContain('HTTP 404');
    await expect(fs.stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
