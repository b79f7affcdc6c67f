/** The chat-model port: what answers and translation need from a language model, and nothing else. */
import { CodedError } from '../../shared/errors.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface Completion {
  text: string;
  usage?: ChatUsage;
}

export interface CompleteOptions {
  /** Aborts the request; `complete` then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Streams the reply: called with each new piece of text as it arrives. */
  onDelta?: (delta: string) => void;
}

export interface ChatModel {
  /** The model's name, for logs. */
  readonly name: string;
  /**
   * One completion of `messages`. Rejects with an `AnswerError` (`LLM_TIMEOUT`, `LLM_RATE_LIMITED`,
   * `LLM_FAILED`) when the model fails, or with the signal's reason when the caller aborts.
   */
  complete(messages: readonly ChatMessage[], options?: CompleteOptions): Promise<Completion>;
}

export type AnswerErrorCode = 'LLM_TIMEOUT' | 'LLM_FAILED' | 'LLM_RATE_LIMITED';

/** A failed answer; `message` can be shown to the user as is. */
export class AnswerError extends CodedError<AnswerErrorCode> {
  constructor(
    code: AnswerErrorCode,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}
