/** What the answer pool's main side and its worker threads say to each other. */
import type { MessagePort } from 'node:worker_threads';
import { CodedError } from '../../shared/errors.js';
import type { Log } from '../../shared/log.js';
import type { OpenAIChatSettings } from '../chat/openai.js';
import { IndexError } from '../load-index.js';
import type { IndexSnapshot } from './snapshot.js';

/** The QaService methods a worker answers (the ones that search and compose), and `ready`, which answers once the worker is up. */
export type PooledMethod = 'ask' | 'search' | 'submission' | 'compare' | 'checkClaim' | 'ready';

/** How a worker reaches the chat model: plain settings, since a client cannot cross threads. */
export type ChatSettings = OpenAIChatSettings;

/** Given to every worker when it starts. */
export interface WorkerInit {
  snapshot: IndexSnapshot;
  chat?: ChatSettings;
  coverageFloor: number;
}

export interface Task {
  method: PooledMethod;
  /** The method's arguments, with the options' callbacks and signal taken out. */
  args: unknown[];
  /** Carries partial answers and log lines back, and an abort to the worker. */
  port: MessagePort;
  /** Whether the caller wants partial answers (it gave `onPartial`). */
  stream: boolean;
}

/** `end` is a task's last message: everything it sent before has arrived. */
export type WorkerMessage = { type: 'partial'; text: string } | { type: 'log'; level: keyof Log; fields: object; message: string } | { type: 'end' };
export type MainMessage = { type: 'abort' };

export interface ErrorData {
  name: string;
  message: string;
  code?: string;
}

export type Outcome = { ok: true; value: unknown } | { ok: false; error: ErrorData };

export function errorData(error: unknown): ErrorData {
  if (error instanceof CodedError) return { name: error.name, message: error.message, code: error.code };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The error a worker reported, rebuilt on this side: a coded error keeps its code (which callers branch on) and name, an index error its class. */
export function errorFrom(data: ErrorData): Error {
  const error =
    data.code === undefined ? new Error(data.message) : data.name === 'IndexError' ? new IndexError(data.code as IndexError['code'], data.message) : new CodedError(data.code, data.message);
  error.name = data.name;
  return error;
}
