import { createHash } from 'node:crypto';
import { documentId, fileKind } from './file-names.js';
import { PdfTimeoutError } from './pdf-text.js';
import type { RawFile, SourceDocument, SourceItem } from './types.js';

export const EMPTY_REASON = 'empty (no text; scanned PDF?)';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** How a PDF's page texts are got: in this thread, or on a worker pool. Rejects when it cannot. */
export type ExtractPages = (bytes: Uint8Array, timeoutMs: number) => Promise<string[]>;

/** Turn one raw .txt or .pdf file into a document, or a skipped item with the reason. Never throws. */
export async function documentFromFile(raw: RawFile, pdf: { extract: ExtractPages; timeoutMs: number }): Promise<SourceItem> {
  const id = documentId(raw.name);
  const skip = (reason: string): SourceItem => ({ type: 'skipped', skipped: { id, file: raw.file, reason } });
  const base = { id, file: raw.file, sha256: createHash('sha256').update(raw.bytes).digest('hex'), bytes: raw.bytes.length };
  const kind = fileKind(raw.name);

  if (kind === 'txt') {
    let text: string;
    try {
      text = utf8.decode(raw.bytes); // a leading BOM is dropped by the decoder
    } catch {
      return skip('not UTF-8');
    }
    if (text.trim() === '') return skip(EMPTY_REASON);
    const doc: SourceDocument = { ...base, kind: 'txt', text };
    return { type: 'document', doc };
  }

  if (kind === 'pdf') {
    let pages: string[];
    try {
      pages = await pdf.extract(raw.bytes, pdf.timeoutMs);
    } catch (error) {
      return skip(`unreadable PDF: ${shortMessage(error)}`);
    }
    if (pages.every((page) => page.trim() === '')) return skip(EMPTY_REASON);
    const doc: SourceDocument = { ...base, kind: 'pdf', text: joinPages(pages), pages };
    return { type: 'document', doc };
  }

  return skip('unsupported file type');
}

/** Each page's text followed by a blank line, as in the .txt corpus. */
export function joinPages(pages: readonly string[]): string {
  return pages.map((page) => `${page}\n\n`).join('');
}

/** Start offset of each page in `joinPages(pages)`. */
export function pageOffsets(pages: readonly string[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const page of pages) {
    offsets.push(at);
    at += page.length + 2;
  }
  return offsets;
}

function shortMessage(error: unknown): string {
  if (error instanceof PdfTimeoutError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0] ?? '';
  return firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine || 'unknown error';
}
