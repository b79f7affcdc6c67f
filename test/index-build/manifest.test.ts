import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOptions, tempRoot, type TempRoot } from '../support/build-helpers.js';
import { writeFixtureCorpus } from '../support/fixture-corpus.js';
import { buildIndex, type BuildSummary } from '../../src/index-build/build.js';
import { IndexError, loadIndex } from '../../src/retrieval/load-index.js';
import { INDEX_FORMAT, MANIFEST_FILE } from '../../src/shared/manifest.js';
import { SENTENCE_SPLITTER_VERSION } from '../../src/retrieval/answer/sentences.js';

let root: TempRoot;
let out: string;
let summary: BuildSummary;
let copies = 0;

/** A private copy of the built index (the real folder, not the link), changed by `damage`. */
async function damagedCopy(damage: (dir: string, manifest: Record<string, unknown>) => Promise<unknown> | unknown): Promise<string> {
  const dir = path.join(root.dir, `copy-${++copies}`);
  await fs.cp(await fs.realpath(out), dir, { recursive: true });
  const manifest = JSON.parse(await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as Record<string, unknown>;
  await damage(dir, manifest);
  return dir;
}

const writeManifest = (dir: string, manifest: unknown) => fs.writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest));

async function loadError(dir: string, options: Parameters<typeof loadIndex>[1] = {}): Promise<IndexError> {
  const error = await loadIndex(dir, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IndexError);
  return error as IndexError;
}

beforeAll(async () => {
  root = await tempRoot('manifest');
  const corpus = await writeFixtureCorpus(root.dir);
  out = path.join(root.dir, 'index');
  summary = await buildIndex(buildOptions(root.dir, corpus.dir));
});
afterAll(() => root.cleanup());

describe('loadIndex checks the manifest before using an index', () => {
  it('loads the index it was built as, and accepts a matching expected embedder', async () => {
    const index = await loadIndex(out, { expectEmbedder: 'lsa' });
    expect(index.manifest.embedder.id).toBe(summary.embedder);
    expect(index.docs).toHaveLength(summary.documents);
  });

  it('refuses an lsa index when the configuration asks for openai, naming both and the rebuild command', async () => {
    const error = await loadError(out, { expectEmbedder: 'openai' });
    expect(error.code).toBe('EMBEDDER_MISMATCH');
    expect(error.message).toContain('lsa embedder');
    expect(error.message).toContain(summary.embedder);
    expect(error.message).toContain('EMBEDDER=openai');
    expect(error.message).toContain('npm run index -- --embedder openai');
    expect(error.message).toContain('EMBEDDER=lsa');
  });

  it('refuses an index whose glossary links were derived from another glossary', async () => {
    const dir = await damagedCopy((d, manifest) => writeManifest(d, { ...manifest, glossary: { links: 'another-glossary' } }));
    const error = await loadError(dir);
    expect(error.code).toBe('BAD_INDEX');
    expect(error.message).toContain('another version of the glossary');
    expect(error.message).toContain('npm run index');
  });

  it('records the sentence splitter the sentence table was read with', async () => {
    expect((await loadIndex(out)).manifest.sentenceSplitter).toBe(SENTENCE_SPLITTER_VERSION);
  });

  it('refuses an index whose sentence table was read with another sentence splitter, saying how to rebuild', async () => {
    const dir = await damagedCopy((d, manifest) => writeManifest(d, { ...manifest, sentenceSplitter: SENTENCE_SPLITTER_VERSION + 1 }));
    const error = await loadError(dir);
    expect(error.code).toBe('BAD_INDEX');
    expect(error.message).toContain('another sentence splitter');
    expect(error.message).toContain(`v${SENTENCE_SPLITTER_VERSION + 1}, now v${SENTENCE_SPLITTER_VERSION}`);
    expect(error.message).toContain('npm run index');
  });

  it('reads the glossary links the build derived from the corpus', async () => {
    const index = await loadIndex(out);
    expect(index.manifest.glossary.links).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(index.glossaryLinks)).toEqual(['organisations', 'aliases']);
  });

  it('reports a manifest that is not JSON as BAD_INDEX with the rebuild command', async () => {
    const dir = await damagedCopy((d) => fs.writeFile(path.join(d, MANIFEST_FILE), '{"format": 1, "embedder": {'));
    const error = await loadError(dir);
    expect(error.code).toBe('BAD_INDEX');
    expect(error.message).toContain('not valid JSON');
    expect(error.message).toContain(dir);
    expect(error.message).toContain('npm run index -- --force');
  });

  it('reports an unknown format number as BAD_INDEX', async () => {
    const dir = await damagedCopy((d, m) => writeManifest(d, { ...m, format: INDEX_FORMAT + 1 }));
    const error = await loadError(dir);
    expect(error.code).toBe('BAD_INDEX');
    expect(error.message).toMatch(/unknown or damaged manifest/);
    expect(error.message).toContain('npm run index -- --force');
  });

  it('reports a manifest missing its embedder as BAD_INDEX', async () => {
    const dir = await damagedCopy((d, m) => writeManifest(d, { ...m, embedder: undefined }));
    expect((await loadError(dir)).code).toBe('BAD_INDEX');
  });

  it('reports a manifest naming another model than the one stored as BAD_INDEX', async () => {
    const dir = await damagedCopy((d, m) => writeManifest(d, { ...m, embedder: { ...(m.embedder as object), id: 'lsa-d16-000000000000' } }));
    const error = await loadError(dir);
    expect(error.code).toBe('BAD_INDEX');
    expect(error.message).toContain('lsa-d16-000000000000');
  });

  it('reports a missing data file as BAD_INDEX', async () => {
    const dir = await damagedCopy((d) => fs.rm(path.join(d, 'chunks.json')));
    const error = await loadError(dir);
    expect(error.code).toBe('BAD_INDEX');
    expect(error.message).toContain('chunks.json');
  });

  /** Garbage written over the middle of a file (its size kept), or the file cut to half its size. */
  const garble = async (file: string) => {
    const bytes = await fs.readFile(file);
    const at = Math.floor(bytes.length / 2);
    bytes.fill(0x5a, Math.max(0, at - 2048), Math.min(bytes.length, at + 2048));
    await fs.writeFile(file, bytes);
  };
  const halve = async (file: string) => fs.truncate(file, Math.floor((await fs.stat(file)).size / 2));

  it.each([
    ['submissions.json', garble],
    ['bm25-postings.bin', halve],
    ['bm25-postings.bin', garble],
    ['bm25-terms.json', garble],
    ['lsa/vocabulary.json', garble],
    ['lsa/term-vectors.f32', garble],
    ['hnsw/hnswlib.index', garble],
    ['sentences.bin', halve],
  ])('refuses an index whose %s was damaged after the build, naming the file, before any parser reads it', async (file, damage) => {
    const dir = await damagedCopy((d) => damage(path.join(d, file)));
    const error = await loadError(dir);
    expect(error.code).toBe('BAD_INDEX');
    expect(error.message).toContain(`The index at ${dir} is damaged: ${file} is not the file its build wrote`);
    expect(error.message).toContain('npm run index -- --force');
  });

  it('records the sha256 of every file but the manifest', async () => {
    const index = await loadIndex(out);
    expect(Object.keys(index.manifest.files)).toEqual(expect.arrayContaining(['submissions.json', 'chunks.json', 'bm25-postings.bin', 'hnsw/hnswlib.index', 'lsa/vocabulary.json']));
    expect(Object.keys(index.manifest.files)).not.toContain(MANIFEST_FILE);
  });

  it('reports a missing index as NO_INDEX naming `npm run index`', async () => {
    const missing = path.join(root.dir, 'no-such-index');
    const error = await loadError(missing);
    expect(error.code).toBe('NO_INDEX');
    expect(error.message).toContain(missing);
    expect(error.message).toContain('npm run index');
  });

  it('treats a folder without a manifest (an unfinished build) as no index', async () => {
    const dir = await damagedCopy((d) => fs.rm(path.join(d, MANIFEST_FILE)));
    expect((await loadError(dir)).code).toBe('NO_INDEX');
  });
});
