import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOptions, rawFiles, serveFiles, tempRoot, type StaticServer, type TempRoot } from '../support/build-helpers.js';
import { writeFixtureCorpus, type FixtureCorpus } from '../support/fixture-corpus.js';
import { garbagePdf } from '../support/pdf-fixtures.js';
import { makeZip, renameEntry } from '../support/zip-fixtures.js';
import { buildIndex, type BuildSummary } from '../../src/index-build/build.js';
import { EMPTY_REASON } from '../../src/index-build/sources/index.js';
import { loadIndex } from '../../src/retrieval/load-index.js';

let root: TempRoot;
let corpus: FixtureCorpus;
let zip: Buffer;
let server: StaticServer;
/** The folder build of the same corpus, without the respondent tables (a zip has none). */
let reference: BuildSummary;
let builds = 0;

/** Build `source` into a new out folder with a new cache (respondent tables from the fixture). */
function build(source: string) {
  const n = ++builds;
  return buildIndex(
    buildOptions(root.dir, source, { out: path.join(root.dir, `index-${n}`), cacheDir: path.join(root.dir, `cache-${n}`), respondents: corpus.links }),
  );
}

const ids = async (out: string) => (await loadIndex(out)).docs.map((d) => d.id).sort();

beforeAll(async () => {
  root = await tempRoot('build-sources');
  corpus = await writeFixtureCorpus(root.dir);
  zip = await makeZip((await rawFiles(corpus.raw)).map(({ name, data }) => ({ name: `responses/${name}`, data })));
  server = await serveFiles({ '/90-fr-9088-combined-responses.zip': zip });
  reference = await build(corpus.raw);
});
afterAll(async () => {
  await server.close();
  await root.cleanup();
});

describe('building from each kind of source', () => {
  it('builds the same documents from a .zip of the submissions', async () => {
    const file = path.join(root.dir, 'responses.zip');
    await fs.writeFile(file, zip);
    const summary = await build(file);
    expect(summary.documents).toBe(reference.documents);
    expect(summary.documents).toBe(corpus.documents - 2);
    expect(summary.chunks).toBe(reference.chunks);
    expect(summary.skipped.map((s) => s.reason)).toEqual([EMPTY_REASON, EMPTY_REASON]);
    expect(await ids(summary.out)).toEqual(await ids(reference.out));
    const index = await loadIndex(summary.out);
    expect(index.manifest.source.location).toBe(file);
    expect(index.manifest.skipped.map((s) => s.file).sort()).toEqual(['responses/AFL-AI-RFI-2025.txt', 'responses/AOA-AI-RFI-2025.pdf']);
    // Metadata still comes from the respondent tables.
    expect(index.docs[index.docIndex.get('Quantum-Chips-AI-RFI-2025')!]!.submitter).toBe('Quantum Chips & Co');
  });

  it('downloads an http URL of the zip into the cache and builds the same documents', async () => {
    const url = `${server.url}/90-fr-9088-combined-responses.zip`;
    const summary = await build(url);
    expect(summary.documents).toBe(reference.documents);
    expect(await ids(summary.out)).toEqual(await ids(reference.out));
    expect(server.seen).toEqual(['/90-fr-9088-combined-responses.zip']);
    const cached = path.join(root.dir, `cache-${builds}`, 'downloads', '90-fr-9088-combined-responses.zip');
    expect((await fs.readFile(cached)).equals(zip)).toBe(true);
    expect((await loadIndex(summary.out)).manifest.source.location).toBe(url);
  });

  it('skips a zip entry with an unsafe path and indexes the rest', async () => {
    const entries = (await rawFiles(corpus.raw)).map(({ name, data }) => ({ name, data }));
    const evil = await makeZip([...entries, { name: 'zz/evil.txt', data: 'This text must never be indexed: it escapes the zip folder.' }]);
    const file = path.join(root.dir, 'evil.zip');
    await fs.writeFile(file, renameEntry(evil, 'zz/evil.txt', '../evil.txt'));
    const summary = await build(file);
    expect(summary.skipped).toContainEqual({ id: 'evil', reason: 'unsafe path in zip' });
    expect(summary.skipped).toHaveLength(3);
    expect(summary.documents).toBe(reference.documents);
    expect(await ids(summary.out)).not.toContain('evil');
    await expect(fs.stat(path.join(root.dir, 'evil.txt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('skips a corrupt PDF and a non-UTF-8 .txt with their reasons and indexes the others', async () => {
    const folder = path.join(root.dir, 'mixed');
    await fs.cp(corpus.raw, folder, { recursive: true });
    await fs.writeFile(path.join(folder, 'Broken-AI-RFI-2025.pdf'), garbagePdf());
    await fs.writeFile(path.join(folder, 'Latin1-AI-RFI-2025.txt'), Buffer.from('Caf\xe9 owners d\xe9pend on r\xe9sum\xe9 tools.', 'latin1'));
    const summary = await build(folder);
    const reason = (id: string) => summary.skipped.find((s) => s.id === id)?.reason;
    expect(reason('Broken-AI-RFI-2025')).toMatch(/^unreadable PDF: /);
    expect(reason('Latin1-AI-RFI-2025')).toBe('not UTF-8');
    expect(reason('AOA-AI-RFI-2025')).toBe(EMPTY_REASON);
    expect(summary.skipped).toHaveLength(4);
    expect(summary.documents).toBe(reference.documents);
    expect(await ids(summary.out)).toEqual(await ids(reference.out));
    const manifest = (await loadIndex(summary.out)).manifest;
    expect(manifest.counts.skipped).toBe(4);
    expect(manifest.skipped.find((s) => s.id === 'Latin1-AI-RFI-2025')?.file).toBe('Latin1-AI-RFI-2025.txt');
  });

  it('builds a source of a single short .txt file', async () => {
    const file = path.join(root.dir, 'One-Letter-AI-RFI-2025.txt');
    await fs.writeFile(file, 'We support open model weights and ask for clear export rules for research laboratories.\n');
    const summary = await build(file);
    expect(summary).toMatchObject({ documents: 1, chunks: 1, skipped: [] });
    const index = await loadIndex(summary.out);
    expect(index.store.text(0)).toBe('We support open model weights and ask for clear export rules for research laboratories.');
    expect((await index.embedder.embedQuery('export rules'))).toHaveLength(summary.dimensions);
  });

  it('fails with a clear error when nothing is readable, and for a missing source', async () => {
    const empty = path.join(root.dir, 'only-blank');
    await fs.mkdir(empty);
    await fs.writeFile(path.join(empty, 'Blank-AI-RFI-2025.txt'), '   \n');
    await expect(build(empty)).rejects.toMatchObject({ code: 'NO_DOCUMENTS', message: expect.stringContaining('1 skipped') });
    const missing = path.join(root.dir, 'no-such-folder');
    await expect(build(missing)).rejects.toMatchObject({ code: 'SOURCE_NOT_FOUND', message: expect.stringContaining(missing) });
  });
});
