import { CodedError } from '../shared/errors.js';

/** Thrown when an answer takes longer than ANSWER_TIMEOUT_MS. */
export class AnswerTimeoutError extends CodedError<'ANSWER_TIMEOUT'> {
  constructor(readonly ms: number) {
    super('ANSWER_TIMEOUT', `Answer took longer than ${ms} ms`);
  }
}

/** Runs `task` with an AbortSignal that fires after `ms`; rejects at the deadline even if the task ignores the signal. */
export async function withTimeout<T>(ms: number, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new AnswerTimeoutError(ms);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([task(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
