/** OpenAI (or any OpenAI-compatible server) embeddings, behind LangChain's `Embeddings` interface. */
import { Embeddings } from '@langchain/core/embeddings';
import OpenAI, { APIConnectionTimeoutError, APIError } from 'openai';
import pLimit from 'p-limit';
import { CodedError } from '../../shared/errors.js';
import { WaitTooLong, withRetries } from '../chat/retry.js';
import { classifyOpenAIError } from '../chat/openai.js';
import { systemClock, type Clock } from '../../shared/clock.js';
import { silentLog, type Log } from '../../shared/log.js';

export interface OpenAIEmbedderOptions {
  apiKey: string;
  /** Default: the client's default (`OPENAI_BASE_URL` or api.openai.com). */
  baseURL?: string;
  model: string;
  /** Requested output size (text-embedding-3 models); otherwise learnt from the first response. */
  dimensions?: number;
  /** Inputs per request. Default 128. */
  batchSize?: number;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  /** Retries on 408/409/429/5xx and connection errors (a server's Retry-After honoured up to 20 s). Default 6. */
  maxRetries?: number;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Each batch is logged at debug level; nothing is logged without it. */
  log?: Log;
  clock?: Clock;
}

/** The model's limit is 8,191 tokens; ~3 characters per token keeps dense or non-English text under it. */
export const MAX_INPUT_CHARS = 24_000;
/** Keeps one request well under the API's per-request token budget (300k tokens). */
const MAX_BATCH_CHARS = 600_000;

export class EmbeddingError extends CodedError<'EMBEDDING_FAILED'> {
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super('EMBEDDING_FAILED', message, options);
  }
}

/** Empty strings are rejected by the API; very long inputs are truncated. */
export function prepareInput(text: string): string {
  if (text.length === 0) return ' ';
  return text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
}

/** Split inputs into batches of at most `size` items and `MAX_BATCH_CHARS` characters. */
function toBatches(inputs: string[], size: number): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const input of inputs) {
    if (current.length >= size || (current.length > 0 && chars + input.length > MAX_BATCH_CHARS)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(input);
    chars += input.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export class OpenAIEmbedder extends Embeddings {
  readonly id: string;
  readonly model: string;
  /** Vector size: from the options, else known after the first call. */
  dimensions: number | undefined;
  private readonly client: OpenAI;
  private readonly requestedDimensions: number | undefined;
  private readonly batchSize: number;
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly log: Log;
  private readonly clock: Clock;
  private readonly maxRetries: number;

  constructor(options: OpenAIEmbedderOptions) {
    super({});
    this.model = options.model;
    this.id = `openai:${options.model}`;
    this.dimensions = options.dimensions;
    this.requestedDimensions = options.dimensions;
    this.batchSize = Math.max(1, options.batchSize ?? 128);
    this.limit = pLimit(Math.max(1, options.concurrency ?? 4));
    this.log = options.log ?? silentLog;
    this.clock = options.clock ?? systemClock;
    this.client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      // Retries are `withRetries`': a server's Retry-After is honoured up to 20 s, not for an hour.
      maxRetries: 0,
      timeout: options.timeoutMs,
    });
    this.maxRetries = options.maxRetries ?? 6;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    if (documents.length === 0) return [];
    const batches = toBatches(documents.map(prepareInput), this.batchSize);
    const results = await Promise.all(batches.map((batch) => this.limit(() => this.embedBatch(batch))));
    return results.flat();
  }

  async embedQuery(document: string): Promise<number[]> {
    const [vector] = await this.embedDocuments([document]);
    if (!vector) throw this.error('the response had no embedding');
    return vector;
  }

  private async embedBatch(input: string[]): Promise<number[][]> {
    const started = this.clock();
    let response: OpenAI.Embeddings.CreateEmbeddingResponse;
    try {
      response = await withRetries(
        () =>
          this.client.embeddings.create({
            model: this.model,
            input,
            ...(this.requestedDimensions !== undefined ? { dimensions: this.requestedDimensions } : {}),
          }),
        { maxRetries: this.maxRetries, classify: classifyOpenAIError },
      );
    } catch (err) {
      if (err instanceof WaitTooLong) throw this.error(`rate-limited: the server asks to wait ${Math.max(1, Math.ceil(err.waitMs / 60_000))} minute(s)`, 429, err);
      if (err instanceof APIConnectionTimeoutError) throw this.error('the request timed out', undefined, err);
      if (err instanceof APIError && err.status !== undefined) throw this.error(err.message, err.status, err);
      throw this.error(err instanceof Error ? err.message : String(err), undefined, err);
    }
    const vectors: (number[] | undefined)[] = new Array<number[] | undefined>(input.length);
    for (const item of response.data) vectors[item.index] = item.embedding;
    const missing = vectors.findIndex((v) => v === undefined);
    if (response.data.length !== input.length || missing !== -1) {
      throw this.error(`expected ${input.length} embeddings, got ${response.data.length}`);
    }
    const dims = (vectors[0] as number[]).length;
    if (this.dimensions === undefined) this.dimensions = dims;
    if (vectors.some((v) => v?.length !== this.dimensions)) {
      throw this.error(`expected vectors of ${this.dimensions} dimensions, got ${dims}`);
    }
    this.log.debug({ model: this.model, inputs: input.length, ms: this.clock() - started }, 'embedded batch');
    return vectors as number[][];
  }

  private error(detail: string, status?: number, cause?: unknown): EmbeddingError {
    let host = this.client.baseURL;
    try {
      host = new URL(this.client.baseURL).host;
    } catch {
      /* keep the raw base URL */
    }
    const statusText = status === undefined ? 'no HTTP status' : `status ${status}`;
    return new EmbeddingError(
      `Embedding with model "${this.model}" at ${host} failed (${statusText}): ${detail}`,
      status,
      { cause },
    );
  }
}
