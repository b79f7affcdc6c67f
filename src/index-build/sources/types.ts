import type { Clock } from '../../shared/clock.js';
import type { Log } from '../../shared/log.js';

/** One submission read from a source: its text plus where it came from. */
export interface SourceDocument {
  /** File base name without extension, NFC-normalised, e.g. `AI-RFI-2025-1608`. */
  id: string;
  /** Where it was found: path relative to the source folder, or the entry path inside a zip. */
  file: string;
  kind: 'txt' | 'pdf';
  /** Full text. For PDFs: every page's text followed by a blank line (`"\n\n"`), like the .txt corpus. */
  text: string;
  /** Page texts when the source had real pages (PDF); undefined for .txt. */
  pages?: string[];
  /** SHA-256 (hex) of the raw file bytes. */
  sha256: string;
  bytes: number;
}

/** A file that was seen but not turned into a document, with the reason. */
export interface SkippedFile {
  id: string;
  file: string;
  reason: string;
}

export type SourceItem = { type: 'document'; doc: SourceDocument } | { type: 'skipped'; skipped: SkippedFile };

export interface ReadSourceOptions {
  /** Downloads go to `<cacheDir>/downloads/`. */
  cacheDir: string;
  /** Files (or zip entries) larger than this are skipped. Default 50 MB. */
  maxFileBytes?: number;
  /** Show progress bars on stderr (only when stderr is a TTY). */
  progress?: boolean;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** Download retries after the first attempt. Default 5. */
  retries?: number;
  /** Base delay of the exponential download backoff, in ms. Default 1000. */
  retryDelayMs?: number;
  /** Time allowed to extract one PDF, in ms. Default 60 000. */
  pdfTimeoutMs?: number;
  /** Worker threads extracting PDFs at once. Default: one per core. */
  pdfWorkers?: number;
  /** Told, before the first item, how many files (or zip entries) the source holds, for a progress bar. */
  onTotal?: (files: number) => void;
  /** Where skipped files, download retries and the reading summary are logged; nothing is logged without it. */
  log?: Log;
  clock?: Clock;
}

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;
export const DEFAULT_PDF_TIMEOUT_MS = 60_000;

/** A supported file found by a folder or zip reader, before its text is extracted. */
export interface RawFile {
  type: 'raw';
  /** Base name with extension, used for the id and the kind. */
  name: string;
  file: string;
  bytes: Buffer;
}

/** What folder and zip readers produce. */
export type RawItem = RawFile | { type: 'skipped'; skipped: SkippedFile };
