export { readSource } from './read-source.js';
export { SourceError, type SourceErrorCode } from './source-error.js';
export { EMPTY_REASON, joinPages, pageOffsets } from './document-from-file.js';
export type { ReadSourceOptions, SkippedFile, SourceDocument, SourceItem } from './types.js';
export { DEFAULT_MAX_FILE_BYTES } from './types.js';
