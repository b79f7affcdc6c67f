/**
 * The official NITRD respondent listing: which PDF belongs to which respondent and category.
 *
 * Read from any of: the listing shipped with the project (`data/respondents.json`, see
 * `respondent-listing.ts`); a folder of the page's tables (`private-sector_links.txt`, … whose
 * file name gives the category), each HTML `<tr>` rows or a JSON array of
 * `{ "title": "<pdf url>", "name": "<respondent name>" }`; the whole responses page saved as a
 * file; or an http(s) URL of the page or of a listing.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UNCATEGORIZED } from '../../shared/types.js';
import { categoryFromFileName } from './categories.js';
import { parseRespondentHtml } from './respondent-html.js';
import type { Respondent } from './respondent.js';
import { looksLikeListing, parseListing, rowsFromListing, type ListingSource } from './respondent-listing.js';
import { RespondentsError } from './respondents-error.js';

export { categoryFromFileName } from './categories.js';
export type { Respondent } from './respondent.js';

export interface RespondentTable {
  byDocId: Map<string, Respondent>;
  /** Table rows read (including duplicates). */
  rows: number;
  /** Rows whose doc id was already listed (the first listing wins). */
  duplicates: number;
  /** Files read, absolute paths, sorted (or the URL read). */
  files: string[];
  /** Where a shipped listing says it came from, when the table was read from one. */
  listing?: ListingSource;
  /** Find a respondent by doc id, tolerating accents and case (see {@link matchKey}). */
  lookup(docId: string): Respondent | undefined;
}

/** Lookup key that ignores diacritics and case: `Maja-Smoljanović` and `maja-smoljanovic` match. */
export function matchKey(docId: string): string {
  return docId.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC').toLowerCase();
}

/** Doc id of a PDF URL or path: base name without `.pdf`, URL-decoded, NFC. */
export function docIdFromPdfUrl(url: string): string | undefined {
  const withoutQuery = url.trim().replace(/[?#].*$/, '');
  const base = withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1);
  const match = /^(.+)\.pdf$/i.exec(base);
  if (!match?.[1]) return undefined;
  let decoded = match[1];
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // Malformed escapes: keep the raw name.
  }
  return decoded.normalize('NFC');
}

/** A row from a PDF link and a display name; undefined when the link is not to a PDF. */
export function respondentRow(pdfUrl: string, rawName: string, category: string): Respondent | undefined {
  const url = pdfUrl.trim();
  const docId = docIdFromPdfUrl(url);
  if (docId === undefined) return undefined;
  const name = rawName.replace(/\s+/g, ' ').trim().normalize('NFC');
  return { docId, name: name === '' ? docId : name, category, pdfUrl: url };
}

function parseJsonArray(data: unknown[], category: string): Respondent[] {
  const out: Respondent[] = [];
  for (const item of data) {
    if (typeof item !== 'object' || item === null) continue;
    const { title, name, url } = item as Record<string, unknown>;
    const link = typeof title === 'string' ? title : typeof url === 'string' ? url : undefined;
    if (link === undefined) continue;
    const row = respondentRow(link, typeof name === 'string' ? name : '', category);
    if (row) out.push(row);
  }
  return out;
}

export interface ParsedTable {
  rows: Respondent[];
  /** Set when the content was a shipped listing: where that listing came from. */
  listing?: ListingSource;
}

/**
 * Parse one table: a shipped listing, the JSON array form, or HTML (rows or a whole page).
 * `category` is used for rows whose category the content does not say. Rows without a PDF link
 * are skipped; a listing that does not match its schema throws a `RespondentsError`.
 */
export function parseRespondentContent(content: string, category: string, where = 'the respondent listing'): ParsedTable {
  const trimmed = content.trimStart();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      data = undefined; // not JSON after all: read it as HTML
    }
    if (Array.isArray(data)) return { rows: parseJsonArray(data, category) };
    if (looksLikeListing(data)) {
      const listing = parseListing(data, where);
      return { rows: rowsFromListing(listing), listing: listing.source };
    }
  }
  const rows = parseRespondentHtml(content, category).flatMap((row) => respondentRow(row.href, row.text, row.category) ?? []);
  return { rows };
}

/** The rows of one table (see {@link parseRespondentContent}). */
export function parseRespondentTable(content: string, category: string): Respondent[] {
  return parseRespondentContent(content, category).rows;
}

/** Build a table from parsed rows; the first listing of a doc id wins. */
export function buildRespondentTable(rows: Respondent[], files: string[] = [], listing?: ListingSource): RespondentTable {
  const byDocId = new Map<string, Respondent>();
  const byKey = new Map<string, Respondent>();
  let duplicates = 0;
  for (const row of rows) {
    if (byDocId.has(row.docId)) {
      duplicates += 1;
      continue;
    }
    byDocId.set(row.docId, row);
    const key = matchKey(row.docId);
    if (!byKey.has(key)) byKey.set(key, row);
  }
  return {
    byDocId,
    rows: rows.length,
    duplicates,
    files,
    ...(listing ? { listing } : {}),
    lookup(docId: string) {
      const nfc = docId.normalize('NFC');
      return byDocId.get(nfc) ?? byKey.get(matchKey(nfc));
    },
  };
}

async function tableFiles(pathToFileOrFolder: string): Promise<string[]> {
  const info = await stat(pathToFileOrFolder).catch(() => undefined);
  if (!info) throw new RespondentsError('RESPONDENTS_NOT_FOUND', `Respondent listing not found: ${pathToFileOrFolder}`);
  if (!info.isDirectory()) return [path.resolve(pathToFileOrFolder)];
  const entries = await readdir(pathToFileOrFolder, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && /\.(txt|html?|json)$/i.test(e.name))
    .map((e) => path.resolve(pathToFileOrFolder, e.name))
    .sort();
}

export interface LoadRespondentsOptions {
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
}

/** Read a listing: a file, every `.txt`/`.html`/`.json` table in a folder, or an http(s) URL. */
export async function loadRespondents(location: string, options: LoadRespondentsOptions = {}): Promise<RespondentTable> {
  if (/^https?:\/\//i.test(location)) {
    const { rows, listing } = parseRespondentContent((await downloadListing(location, options)).text, UNCATEGORIZED, location);
    return buildRespondentTable(rows, [location], listing);
  }
  const files = await tableFiles(location);
  const rows: Respondent[] = [];
  let listing: ListingSource | undefined;
  for (const file of files) {
    const parsed = parseRespondentContent(await readFile(file, 'utf8'), categoryFromFileName(file), file);
    rows.push(...parsed.rows);
    listing ??= parsed.listing;
  }
  return buildRespondentTable(rows, files, listing);
}

const LISTING_TIMEOUT_MS = 60_000;

/** The body of a listing URL, and its Last-Modified header when the server sends one. */
export async function downloadListing(url: string, options: LoadRespondentsOptions = {}): Promise<{ text: string; lastModified?: string }> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const failed = (why: string, cause?: unknown) =>
    new RespondentsError('RESPONDENTS_DOWNLOAD_FAILED', `Cannot download the respondent listing ${url}: ${why}`, { cause });
  let response: Response;
  try {
    const timeout = AbortSignal.timeout(LISTING_TIMEOUT_MS);
    response = await fetchImpl(url, { signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout });
  } catch (error) {
    throw failed((error as Error).message, error);
  }
  if (!response.ok) throw failed(`HTTP ${response.status}`);
  const lastModified = response.headers.get('last-modified') ?? undefined;
  return { text: await response.text(), ...(lastModified ? { lastModified } : {}) };
}
