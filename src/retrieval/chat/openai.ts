/** The chat-model port over the `openai` client: OpenAI or any OpenAI-compatible server. */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { retryAfterMs, WaitTooLong, withRetries, type Failure } from './retry.js';
import { AnswerError, type ChatMessage, type ChatModel, type ChatUsage, type CompleteOptions, type Completion } from './model.js';

export interface OpenAIChatOptions {
  client: OpenAI;
  model: string;
  /** Per request: the wait for the reply's headers, and the longest pause in a stream. */
  timeoutMs: number;
  /** Retries on 408/409/429/5xx and connection errors (`withRetries`: a server's Retry-After up to 20 s, abortable). */
  maxRetries: number;
}

/** Where and how to reach the model, as plain data (a worker thread makes its own client from it). */
export interface OpenAIChatSettings {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
}

/** The chat model over a new `openai` client made from `settings`. */
export function openAIChatModel(settings: OpenAIChatSettings): OpenAIChatModel {
  const { apiKey, baseURL, ...rest } = settings;
  // Retries are `withRetries`', not the client's (which sleeps through any Retry-After, deaf to aborts).
  return new OpenAIChatModel({ client: new OpenAI({ apiKey, maxRetries: 0, ...(baseURL ? { baseURL } : {}) }), ...rest });
}

export class OpenAIChatModel implements ChatModel {
  constructor(private readonly options: OpenAIChatOptions) {}

  get name(): string {
    return this.options.model;
  }

  async complete(messages: readonly ChatMessage[], { signal, onDelta }: CompleteOptions = {}): Promise<Completion> {
    const { client, model, timeoutMs, maxRetries } = this.options;
    // No `temperature`: some models (o-series, gpt-5) reject anything but the default.
    const body = { model, messages: [...messages] };
    const requestOptions = { timeout: timeoutMs, maxRetries: 0, ...(signal ? { signal } : {}) };
    const retried = <T>(attempt: () => Promise<T>) => withRetries(attempt, { maxRetries, classify: classifyOpenAIError, ...(signal ? { signal } : {}) });
    let text = '';
    let usage: ChatUsage | undefined;
    let timedOut = false;
    let idle: NodeJS.Timeout | undefined;
    try {
      if (onDelta) {
        // Only the request is retried: once text has streamed, a failure is the answer's.
        const stream = await retried(() => client.chat.completions.create({ ...body, stream: true, stream_options: { include_usage: true } }, requestOptions));
        // The client timeout covers the wait for headers; a stalled stream is cut off here.
        const arm = () => {
          clearTimeout(idle);
          idle = setTimeout(() => {
            timedOut = true;
            stream.controller.abort();
          }, timeoutMs);
        };
        arm();
        for await (const chunk of stream) {
          arm();
          const delta = chunk.choices[0]?.delta?.content;
          if (delta) {
            text += delta;
            onDelta(delta);
          }
          if (chunk.usage) usage = usageOf(chunk.usage);
        }
        // An aborted stream ends quietly: turn that into an error.
        if (timedOut || signal?.aborted) throw new APIUserAbortError();
      } else {
        const completion = await retried(() => client.chat.completions.create({ ...body, stream: false }, requestOptions));
        text = completion.choices[0]?.message?.content ?? '';
        if (completion.usage) usage = usageOf(completion.usage);
      }
    } catch (err) {
      if (signal?.aborted && !timedOut) throw signal.reason ?? err;
      throw toError(err, timeoutMs, timedOut);
    } finally {
      clearTimeout(idle);
    }
    return { text, ...(usage ? { usage } : {}) };
  }
}

/**
 * How an `openai` client error reads for a retry: what the client itself would retry (a timeout or
 * a dropped connection, 408, 409, 429, 5xx), and the wait the server asked for (`retry-after-ms`,
 * `retry-after`).
 */
export function classifyOpenAIError(error: unknown): Failure {
  if (error instanceof APIError && error.status !== undefined) {
    const ms = Number.parseFloat(error.headers?.get('retry-after-ms') ?? '');
    const waitMs = Number.isFinite(ms) && ms >= 0 ? ms : retryAfterMs(error.headers?.get('retry-after'));
    const { status } = error;
    return { retryable: status === 408 || status === 409 || status === 429 || status >= 500, ...(waitMs !== undefined ? { waitMs } : {}) };
  }
  return { retryable: error instanceof APIConnectionError };
}

const usageOf = (usage: OpenAI.Completions.CompletionUsage): ChatUsage => ({ promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens });

function toError(err: unknown, timeoutMs: number, timedOut: boolean): AnswerError {
  const cause = { cause: err };
  if (timedOut || err instanceof APIConnectionTimeoutError) {
    return new AnswerError('LLM_TIMEOUT', `The language model did not answer within ${Math.ceil(timeoutMs / 1000)} s. Please try again.`, undefined, cause);
  }
  if (err instanceof WaitTooLong) {
    const minutes = Math.max(1, Math.ceil(err.waitMs / 60_000));
    const status = err.cause instanceof APIError ? err.cause.status : undefined;
    return new AnswerError('LLM_RATE_LIMITED', `The language model is rate-limited: it asks to wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`}. Please try again then.`, status, cause);
  }
  if (err instanceof APIError && err.status === 429) {
    return new AnswerError('LLM_RATE_LIMITED', 'The language model is rate-limited right now. Please try again in a minute.', 429, cause);
  }
  const status = err instanceof APIError ? err.status : undefined;
  const detail = status === undefined ? '' : ` (status ${status})`;
  return new AnswerError('LLM_FAILED', `The language model could not produce an answer${detail}. Please try again later.`, status, cause);
}
