import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddingError, MAX_INPUT_CHARS, OpenAIEmbedder, type OpenAIEmbedderOptions } from '../../../src/retrieval/embedders/openai.js';
import { fakeVector, startFakeOpenAI, type FakeOpenAI } from '../../support/fake-openai.js';

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  await fake.close();
});

const make = (options: Partial<OpenAIEmbedderOptions> = {}) =>
  new OpenAIEmbedder({ apiKey: 'test-key', baseURL: fake.url, model: 'text-embedding-3-small', timeoutMs: 2_000, maxRetries: 2, ...options });

const docs = (n: number) => Array.from({ length: n }, (_, i) => `document number ${i}`);
const embeddingRequests = () => fake.requests.filter((r) => r.route === 'embeddings');

describe('OpenAIEmbedder', () => {
  it('batches inputs into ceil(n / batchSize) requests and keeps order', async () => {
    const embedder = make({ batchSize: 3 });
    const input = docs(10);
    const vectors = await embedder.embedDocuments(input);
    expect(embeddingRequests().map((r) => (r.body.input as string[]).length)).toEqual([3, 3, 3, 1]);
    expect(vectors).toHaveLength(10);
    vectors.forEach((v, i) => expect(v).toEqual(fakeVector(input[i] as string, 8)));
    expect(embedder.dimensions).toBe(8);
    expect(embedder.id).toBe('openai:text-embedding-3-small');
    expect(embeddingRequests()[0]?.headers.authorization).toBe('Bearer test-key');
  });

  it('preserves order when batches finish out of order and data comes back shuffled', async () => {
    fake.script('embeddings', [{ delayMs: 150, reverse: true }, { delayMs: 80 }, { delayMs: 0, reverse: true }]);
    const input = docs(9);
    const vectors = await make({ batchSize: 3, concurrency: 3 }).embedDocuments(input);
    vectors.forEach((v, i) => expect(v).toEqual(fakeVector(input[i] as string, 8)));
  });

  it('respects the concurrency limit', async () => {
    fake.defaults.delayMs = 40;
    await make({ batchSize: 1, concurrency: 3 }).embedDocuments(docs(12));
    expect(embeddingRequests()).toHaveLength(12);
    expect(fake.maxInFlight.embeddings).toBe(3);
  });

  it('sends dimensions, replaces empty strings and truncates long inputs', async () => {
    const embedder = make({ dimensions: 4 });
    expect(embedder.dimensions).toBe(4);
    const vectors = await embedder.embedDocuments(['', 'x'.repeat(MAX_INPUT_CHARS + 500)]);
    const body = embeddingRequests()[0]?.body;
    expect(body?.dimensions).toBe(4);
    expect(body?.model).toBe('text-embedding-3-small');
    expect(body?.input).toEqual([' ', 'x'.repeat(MAX_INPUT_CHARS)]);
    expect(vectors[0]).toHaveLength(4);
    expect(await embedder.embedQuery('hello')).toEqual(fakeVector('hello', 4));
  });

  it('waits for Retry-After on 429, then succeeds', async () => {
    fake.script('embeddings', [{ status: 429, headers: { 'retry-after': '1' } }]);
    const vectors = await make().embedDocuments(['a question']);
    expect(vectors[0]).toEqual(fakeVector('a question', 8));
    const [first, second] = embeddingRequests();
    expect(embeddingRequests()).toHaveLength(2);
    // The default first backoff is at most 0.5 s, so a gap of ~1 s shows the header was honoured.
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('retries a 500, then succeeds', async () => {
    fake.script('embeddings', [{ status: 500, headers: { 'retry-after-ms': '10' } }]);
    const vectors = await make().embedDocuments(['x', 'y']);
    expect(vectors).toEqual([fakeVector('x', 8), fakeVector('y', 8)]);
    expect(embeddingRequests()).toHaveLength(2);
  });

  it('does not retry a 400 and throws a clear error', async () => {
    fake.script('embeddings', [{ status: 400 }]);
    const error = await make().embedDocuments(['x']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddingError);
    expect((error as EmbeddingError).status).toBe(400);
    const message = (error as Error).message;
    expect(message).toContain('text-embedding-3-small');
    expect(message).toContain(new URL(fake.url).host);
    expect(message).toContain('status 400');
    expect(embeddingRequests()).toHaveLength(1);
  });

  it('gives up after maxRetries persistent 500s', async () => {
    fake.script('embeddings', Array.from({ length: 3 }, () => ({ status: 503, headers: { 'retry-after-ms': '5' } })));
    const error = await make({ maxRetries: 2 }).embedDocuments(['x']).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/text-embedding-3-small.*status 503/);
    expect(embeddingRequests()).toHaveLength(3);
  });
});
