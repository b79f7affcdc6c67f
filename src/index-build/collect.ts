import fs from 'node:fs/promises';
import path from 'node:path';
import type { Log } from '../shared/log.js';
import { readSource, type SkippedFile } from './sources/index.js';
import { loadRespondents, type RespondentTable } from './metadata/respondents.js';
import { SHIPPED_RESPONDENTS } from './metadata/respondent-listing.js';
import { describeDocument, type DescribedDocument } from './describe.js';
import { progressBar, type Progress } from './progress.js';

export interface Collected {
  documents: DescribedDocument[];
  skipped: SkippedFile[];
  respondents?: RespondentTable;
  /** The folder or URL actually read, and the respondent tables used. */
  location: string;
  respondentsPath?: string;
}

/**
 * A corpus folder laid out as `raw/` (the submissions) beside `source/links/` (the NITRD
 * respondent tables) is read as such; any other folder, zip or URL is read as it is. The
 * respondent listing is the one given, else the source's own tables, else the one shipped with
 * the project (`shipped`, default `data/respondents.json`).
 */
export async function resolveLayout(
  source: string,
  respondents?: string,
  shipped: string = SHIPPED_RESPONDENTS,
): Promise<{ location: string; respondentsPath?: string }> {
  const isDir = async (p: string) => (await fs.stat(p).catch(() => undefined))?.isDirectory() ?? false;
  const isUrl = /^https?:\/\//i.test(source);
  const raw = path.join(source, 'raw');
  const links = path.join(source, 'source', 'links');
  const location = !isUrl && (await isDir(raw)) ? raw : source;
  const own = !isUrl && (await isDir(links)) ? links : undefined;
  const fallback = (await fs.stat(shipped).catch(() => undefined))?.isFile() ? shipped : undefined;
  const respondentsPath = respondents ?? own ?? fallback;
  return { location, ...(respondentsPath ? { respondentsPath } : {}) };
}

export async function collectDocuments(
  source: string,
  options: { respondents?: string; cacheDir: string; progress: boolean; pdfWorkers?: number; signal?: AbortSignal; log?: Log },
): Promise<Collected> {
  const { location, respondentsPath } = await resolveLayout(source, options.respondents);
  const respondents = respondentsPath ? await loadRespondents(respondentsPath, options.signal ? { signal: options.signal } : {}) : undefined;
  const documents: DescribedDocument[] = [];
  const skipped: SkippedFile[] = [];
  // The bar's total is the source's file count once known, else the listing's size.
  let bar: Progress | undefined;
  try {
    const sourceOptions = {
      cacheDir: options.cacheDir,
      progress: options.progress,
      onTotal: (files: number) => void (bar ??= progressBar('reading', files, options.progress)),
      ...(options.pdfWorkers ? { pdfWorkers: options.pdfWorkers } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.log ? { log: options.log } : {}),
    };
    for await (const item of readSource(location, sourceOptions)) {
      if (item.type === 'skipped') skipped.push(item.skipped);
      else documents.push(describeDocument(item.doc, respondents));
      (bar ??= progressBar('reading', respondents?.byDocId.size ?? 0, options.progress)).tick();
    }
  } finally {
    bar?.stop();
  }
  return { documents, skipped, location, ...(respondents ? { respondents } : {}), ...(respondentsPath ? { respondentsPath } : {}) };
}
