export type RespondentsErrorCode = 'RESPONDENTS_NOT_FOUND' | 'RESPONDENTS_DOWNLOAD_FAILED' | 'BAD_RESPONDENTS';

/** A respondent listing that cannot be read at all. */
export class RespondentsError extends Error {
  override name = 'RespondentsError';

  constructor(
    readonly code: RespondentsErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
