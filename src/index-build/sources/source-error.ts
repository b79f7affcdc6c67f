import { CodedError } from '../../shared/errors.js';

export type SourceErrorCode = 'ZIP_CORRUPT' | 'DOWNLOAD_FAILED' | 'SOURCE_NOT_FOUND' | 'UNSUPPORTED_SOURCE';

/** A source that cannot be read at all (as opposed to one bad file, which is skipped). */
export class SourceError extends CodedError<SourceErrorCode> {}
