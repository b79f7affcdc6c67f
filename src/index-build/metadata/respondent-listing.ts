/**
 * The respondent listing as the project ships it (`data/respondents.json`): names, categories
 * and PDF links of the official NITRD page, no submission text, with where and when it was
 * taken. Written by `npm run respondents`, read whenever `RESPONDENTS` is unset.
 */
import path from 'node:path';
import { z } from 'zod';
import { OFFICIAL_PDF_BASE, PROJECT_ROOT } from '../../shared/project.js';
import type { Respondent } from './respondent.js';
import { RespondentsError } from './respondents-error.js';

export const LISTING_FORMAT = 1;
/** The listing shipped with the project. */
export const SHIPPED_RESPONDENTS = path.join(PROJECT_ROOT, 'data', 'respondents.json');

const sourceSchema = z.object({
  /** The URL read, or the name of the folder or file of tables. */
  from: z.string(),
  kind: z.enum(['page', 'tables']),
  /** When the listing was read (ISO 8601). */
  retrieved: z.string(),
  /** The server's Last-Modified for a page read from a URL. */
  lastModified: z.string().optional(),
  files: z.array(z.object({ name: z.string(), sha256: z.string(), rows: z.number().int() })).optional(),
  note: z.string().optional(),
});

const listingSchema = z.object({
  format: z.literal(LISTING_FORMAT),
  source: sourceSchema,
  /** PDF links are this base plus the URL-encoded doc id and `.pdf`, unless a row says `pdf`. */
  pdfBase: z.string(),
  counts: z.record(z.string(), z.number().int()),
  respondents: z.array(z.object({ id: z.string().min(1), name: z.string(), category: z.string().min(1), pdf: z.string().optional() })),
});

export type ListingSource = z.infer<typeof sourceSchema>;
export type Listing = z.infer<typeof listingSchema>;

/** Whether parsed JSON is meant as a listing (an object with `format` and `respondents`). */
export function looksLikeListing(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && 'respondents' in data;
}

/** Check a parsed listing; a clear error names what is wrong. */
export function parseListing(data: unknown, where: string): Listing {
  const parsed = listingSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RespondentsError('BAD_RESPONDENTS', `${where} is not a respondent listing: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
}

const defaultPdfUrl = (base: string, id: string) => `${base}${encodeURIComponent(id)}.pdf`;

export function rowsFromListing(listing: Listing): Respondent[] {
  return listing.respondents.map((r) => ({ docId: r.id, name: r.name, category: r.category, pdfUrl: r.pdf ?? defaultPdfUrl(listing.pdfBase, r.id) }));
}

/** A listing of the given rows (first listing of an id wins), sorted by category then id. */
export function listingOf(rows: Iterable<Respondent>, source: ListingSource): Listing {
  const respondents = [...rows]
    .sort((a, b) => (a.category === b.category ? compare(a.docId, b.docId) : compare(a.category, b.category)))
    .map((r) => {
      const pdf = r.pdfUrl === defaultPdfUrl(OFFICIAL_PDF_BASE, r.docId) ? undefined : r.pdfUrl;
      return { id: r.docId, name: r.name, category: r.category, ...(pdf ? { pdf } : {}) };
    });
  const counts: Record<string, number> = {};
  for (const r of respondents) counts[r.category] = (counts[r.category] ?? 0) + 1;
  return { format: LISTING_FORMAT, source, pdfBase: OFFICIAL_PDF_BASE, counts, respondents };
}

/** The listing as committed: readable, one respondent a line, so a newer listing diffs by row. */
export function formatListing(listing: Listing): string {
  const { respondents, ...head } = listing;
  const header = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const lines = respondents.map((r) => `    ${JSON.stringify(r)}`);
  return `${header},\n  "respondents": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
