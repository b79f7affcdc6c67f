import { CodedError } from '../../shared/errors.js';

export type RespondentsErrorCode = 'RESPONDENTS_NOT_FOUND' | 'RESPONDENTS_DOWNLOAD_FAILED' | 'BAD_RESPONDENTS';

/** A respondent listing that cannot be read at all. */
export class RespondentsError extends CodedError<RespondentsErrorCode> {}
