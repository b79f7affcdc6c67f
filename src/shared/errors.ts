/**
 * The one base of the project's expected errors: a `code` a caller can branch on, and a
 * `message` written for the person reading it (a command-line user, a Discord user).
 *
 * Codes are UPPER_SNAKE_CASE and say what went wrong, not where: `BAD_*` for input that cannot
 * be used (`BAD_QUESTION`, `BAD_INDEX`), `NO_*` or `*_NOT_FOUND` for something missing
 * (`NO_INDEX`, `SOURCE_NOT_FOUND`), `*_FAILED` for an operation that failed (`LLM_FAILED`),
 * `*_TIMEOUT` for one that ran out of time, `*_MISMATCH` for parts that do not fit together.
 */
export class CodedError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The code of an expected error; undefined for anything else (a bug, a library's own error). */
export function codeOf(error: unknown): string | undefined {
  return error instanceof CodedError ? error.code : undefined;
}
