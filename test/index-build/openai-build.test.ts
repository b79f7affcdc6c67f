import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildOptions, openaiSettings, tempRoot, type TempRoot } from '../support/build-helpers.js';
import { fakeVector, startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { writeFixtureCorpus, type FixtureCorpus } from '../support/fixture-corpus.js';
import { buildIndex, type BuildOptions } from '../../src/index-build/build.js';
import type { OpenAISettings } from '../../src/index-build/embedder-setup.js';
import { IndexError, loadIndex, type LoadedIndex } from '../../src/retrieval/load-index.js';
import { MANIFEST_FILE, manifestSchema } from '../../src/shared/manifest.js';

const MODEL = 'text-embedding-test';

let root: TempRoot;
let corpus: FixtureCorpus;
let fake: FakeOpenAI;
let builds = 0;

function settings(overrides: Partial<OpenAISettings> = {}): OpenAISettings {
  return openaiSettings({ apiKey: 'test-key', baseURL: fake.url, model: MODEL, batchSize: 4, concurrency: 2, maxRetries: 0, ...overrides });
}

/** An openai build into a new out folder (and, unless given, a new cache). */
function openaiBuild(overrides: Partial<BuildOptions> = {}, openai: Partial<OpenAISettings> = {}): BuildOptions {
  const n = ++builds;
  return buildOptions(root.dir, corpus.dir, {
    embedder: 'openai',
    out: path.join(root.dir, `index-${n}`),
    cacheDir: path.join(root.dir, `cache-${n}`),
    openai: settings(openai),
    ...overrides,
  });
}

const embeddingRequests = () => fake.requests.filter((r) => r.route === 'embeddings');
const inputsOf = (r: { body: Record<string, unknown> }) => r.body.input as string[];

/** Every stored chunk vector is the one the server returns for some text sent to it, at `dims`. */
function expectServerVectors(index: LoadedIndex, sent: string[], dims: number): void {
  const expected = sent.map((text) => fakeVector(text, dims));
  for (let c = 0; c < index.chunkDoc.length; c++) {
    const vector = index.store.vector(c);
    expect(vector, `chunk ${c}`).toHaveLength(dims);
    const match = expected.some((e) => e.every((v, i) => Math.abs(v - vector[i]!) < 1e-5));
    expect(match, `chunk ${c} has a vector the server never returned`).toBe(true);
  }
}

beforeAll(async () => {
  root = await tempRoot('openai-build');
  corpus = await writeFixtureCorpus(root.dir);
  fake = await startFakeOpenAI();
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.defaults.dimensions = 8;
});
afterAll(async () => {
  await fake.close();
  await root.cleanup();
});

describe('building with the openai embedder against an OpenAI-compatible server', () => {
  it('builds in batches and records the embedder in the manifest', async () => {
    const options = openaiBuild();
    const summary = await buildIndex(options);
    expect(summary).toMatchObject({ documents: corpus.documents - 2, embedder: `openai:${MODEL}`, dimensions: 8, cachedEmbeddings: 0 });

    const manifest = manifestSchema.parse(JSON.parse(await fs.readFile(path.join(options.out, MANIFEST_FILE), 'utf8')));
    expect(manifest.embedder).toEqual({ id: `openai:${MODEL}`, kind: 'openai', dimensions: 8, model: MODEL });

    // One probe for the size, then the chunks in batches of at most batchSize.
    const requests = embeddingRequests();
    expect(inputsOf(requests[0]!)).toEqual(['dimension probe']);
    const batches = requests.slice(1).map(inputsOf);
    expect(batches.length).toBe(Math.ceil(summary.chunks / 4));
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(4);
    expect(batches.some((b) => b.length > 1)).toBe(true);
    expect(batches.flat()).toHaveLength(summary.chunks);
    for (const r of requests) {
      expect(r.body.model).toBe(MODEL);
      expect(r.headers.authorization).toBe('Bearer test-key');
    }
    expect(fake.maxInFlight.embeddings).toBeLessThanOrEqual(2);

    const index = await loadIndex(options.out, { expectEmbedder: 'openai', openai: { apiKey: 'test-key', baseURL: fake.url, timeoutMs: 5_000 } });
    expect(index.chunkDoc.length).toBe(summary.chunks);
    expectServerVectors(index, batches.flat(), 8);
    // The loaded index embeds questions with the same model, at the same server.
    const before = embeddingRequests().length;
    expect(await index.embedder.embedQuery('export controls on accelerators')).toHaveLength(8);
    expect(embeddingRequests()).toHaveLength(before + 1);
    expect(embeddingRequests().at(-1)!.body.model).toBe(MODEL);

    // Loading it needs a key, and it is refused where lsa is expected.
    const noKey = await loadIndex(options.out).catch((e: unknown) => e);
    expect(noKey).toBeInstanceOf(IndexError);
    expect(noKey).toMatchObject({ code: 'EMBEDDER_MISMATCH', message: expect.stringContaining('OPENAI_API_KEY') });
    const wrong = await loadIndex(options.out, { expectEmbedder: 'lsa' }).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: 'EMBEDDER_MISMATCH', message: expect.stringContaining('npm run index -- --embedder lsa') });

    // A forced rebuild takes every chunk from the embedding cache: only the probe is sent.
    fake.requests.length = 0;
    const again = await buildIndex({ ...options, force: true });
    expect(again.cachedEmbeddings).toBe(again.chunks);
    expect(embeddingRequests().map(inputsOf)).toEqual([['dimension probe']]);
  });

  it('retries a 429 and still builds', async () => {
    fake.script('embeddings', [{ status: 429, headers: { 'retry-after-ms': '10' } }]);
    const summary = await buildIndex(openaiBuild({}, { maxRetries: 2, dimensions: 8 }));
    expect(summary.documents).toBe(corpus.documents - 2);
    expect(summary.cachedEmbeddings).toBe(0);
    // With the size given there is no probe: the chunk batches plus the one retried request.
    expect(embeddingRequests()).toHaveLength(Math.ceil(summary.chunks / 4) + 1);
    const batches = embeddingRequests().map((r) => JSON.stringify(inputsOf(r)));
    expect(batches.filter((b, i) => batches.indexOf(b) !== i)).toHaveLength(1); // the one batch sent twice
    for (const r of embeddingRequests()) expect(r.body.dimensions).toBe(8);
  });

  it('fails with a clear error when no API key is configured', async () => {
    const options = openaiBuild({}, { apiKey: undefined });
    await expect(buildIndex(options)).rejects.toMatchObject({ code: 'NO_API_KEY', message: expect.stringContaining('OPENAI_API_KEY') });
    await expect(fs.stat(options.out)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(embeddingRequests()).toHaveLength(0);
  });

  it('rebuilds with the right vectors when the requested dimensions change (same out, same cache)', async () => {
    const shared = { out: path.join(root.dir, 'index-dims'), cacheDir: path.join(root.dir, 'cache-dims') };
    const small = await buildIndex(openaiBuild(shared, { dimensions: 8 }));
    expect(small.dimensions).toBe(8);
    const sent8 = embeddingRequests().flatMap(inputsOf);
    const load = () => loadIndex(shared.out, { openai: { apiKey: 'test-key', baseURL: fake.url, timeoutMs: 5_000 } });

    fake.requests.length = 0;
    const large = await buildIndex(openaiBuild(shared, { dimensions: 16 }));
    expect(large.unchanged).toBe(false);
    expect(large.dimensions).toBe(16);
    expect(large.cachedEmbeddings).toBe(0);
    const sent16 = embeddingRequests().flatMap(inputsOf);
    expect(sent16).toHaveLength(large.chunks);
    const index = await load();
    expect(index.manifest.embedder.dimensions).toBe(16);
    expectServerVectors(index, sent16, 16);

    // Back to 8: whatever comes from the cache is still a vector the server gave at 8 dimensions.
    fake.requests.length = 0;
    const back = await buildIndex(openaiBuild(shared, { dimensions: 8 }));
    expect(back.unchanged).toBe(false);
    expect(back.dimensions).toBe(8);
    const sentAgain = embeddingRequests().flatMap(inputsOf);
    expect(back.cachedEmbeddings + sentAgain.length).toBe(back.chunks);
    expectServerVectors(await load(), [...sent8, ...sentAgain], 8);
  });
});
