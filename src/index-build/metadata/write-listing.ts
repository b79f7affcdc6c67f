/** Make the shipped respondent listing from the official page (a URL) or its tables (a folder or file). */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UNCATEGORIZED } from '../../shared/types.js';
import { formatListing, listingOf, type Listing, type ListingSource } from './respondent-listing.js';
import { buildRespondentTable, downloadListing, loadRespondents, parseRespondentContent, type LoadRespondentsOptions, type RespondentTable } from './respondents.js';
import { RespondentsError } from './respondents-error.js';

export interface WriteListingOptions extends LoadRespondentsOptions {
  /** URL of the responses page (or of a listing), or a folder or file of its tables. */
  from: string;
  out: string;
  /** Free text recorded with the source, e.g. where a folder of tables was taken from. */
  note?: string;
  /** When the listing was read; default now. */
  now?: Date;
}

export interface WrittenListing {
  listing: Listing;
  out: string;
  bytes: number;
  duplicates: number;
}

export async function writeRespondentListing(options: WriteListingOptions): Promise<WrittenListing> {
  const retrieved = (options.now ?? new Date()).toISOString();
  const note = options.note ? { note: options.note } : {};
  let source: ListingSource;
  let table: RespondentTable;
  if (/^https?:\/\//i.test(options.from)) {
    const { text, lastModified } = await downloadListing(options.from, options);
    table = buildRespondentTable(parseRespondentContent(text, UNCATEGORIZED, options.from).rows, [options.from]);
    source = { from: options.from, kind: 'page', retrieved, ...(lastModified ? { lastModified } : {}), ...note };
  } else {
    table = await loadRespondents(options.from);
    source = { from: path.basename(path.resolve(options.from)), kind: 'tables', retrieved, files: await describeFiles(table.files), ...note };
  }
  if (table.byDocId.size === 0) throw new RespondentsError('BAD_RESPONDENTS', `no respondent rows (links to PDFs) found in ${options.from}`);
  const listing = listingOf(table.byDocId.values(), source);
  const text = formatListing(listing);
  await mkdir(path.dirname(options.out), { recursive: true });
  await writeFile(options.out, text);
  return { listing, out: options.out, bytes: Buffer.byteLength(text), duplicates: table.duplicates };
}

/** Name, hash and row count of each table file, so the listing says exactly what it was made from. */
async function describeFiles(files: string[]): Promise<NonNullable<ListingSource['files']>> {
  const described = [];
  for (const file of files) {
    const bytes = await readFile(file);
    described.push({ name: path.basename(file), sha256: createHash('sha256').update(bytes).digest('hex'), rows: (await loadRespondents(file)).rows });
  }
  return described;
}
