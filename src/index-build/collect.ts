import fs from 'node:fs/promises';
import path from 'node:path';
import { readSource, type SkippedFile } from './sources/index.js';
import { loadRespondents, type RespondentTable } from './metadata/respondents.js';
import { describeDocument, type DescribedDocument } from './describe.js';
import { progressBar } from './progress.js';

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
 * respondent tables) is read as such; any other folder, zip or URL is read as it is.
 */
export async function resolveLayout(source: string, respondents?: string): Promise<{ location: string; respondentsPath?: string }> {
  if (/^https?:\/\//i.test(source)) return { location: source, ...(respondents ? { respondentsPath: respondents } : {}) };
  const raw = path.join(source, 'raw');
  const links = path.join(source, 'source', 'links');
  const isDir = async (p: string) => (await fs.stat(p).catch(() => undefined))?.isDirectory() ?? false;
  const location = (await isDir(raw)) ? raw : source;
  const respondentsPath = respondents ?? ((await isDir(links)) ? links : undefined);
  return { location, ...(respondentsPath ? { respondentsPath } : {}) };
}

export async function collectDocuments(
  source: string,
  options: { respondents?: string; cacheDir: string; progress: boolean; signal?: AbortSignal },
): Promise<Collected> {
  const { location, respondentsPath } = await resolveLayout(source, options.respondents);
  const respondents = respondentsPath ? await loadRespondents(respondentsPath) : undefined;
  const documents: DescribedDocument[] = [];
  const skipped: SkippedFile[] = [];
  const bar = progressBar('reading', respondents?.byDocId.size ?? 0, options.progress);
  try {
    for await (const item of readSource(location, { cacheDir: options.cacheDir, progress: options.progress, ...(options.signal ? { signal: options.signal } : {}) })) {
      if (item.type === 'skipped') skipped.push(item.skipped);
      else documents.push(describeDocument(item.doc, respondents));
      bar.tick();
    }
  } finally {
    bar.stop();
  }
  return { documents, skipped, location, ...(respondents ? { respondents } : {}), ...(respondentsPath ? { respondentsPath } : {}) };
}
