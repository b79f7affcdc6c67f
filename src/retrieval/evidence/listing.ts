/**
 * Counts from the NITRD respondent listing rather than from the texts: submissions in a category
 * (or two added, or one less the other, or a share of all), those the listing does not have
 * (no category), and those it credits to one name ("Anonymous"). Submissions the index holds no
 * text of (scanned PDFs) still count: the listing has them.
 */
import { UNCATEGORIZED } from '../../shared/types.js';

export interface ListingIndex {
  /** Submissions with text. */
  readonly size: number;
  doc(doc: number): { id: string; submitter: string; category: string; respondentName?: string | undefined };
  /** Submissions without text, with the category the listing gives them. */
  readonly withoutText: readonly { id: string; category?: string | undefined }[];
}

export interface ListingGroup {
  /** A category label, "Uncategorized", or the name credited. */
  label: string;
  kind: 'category' | 'uncategorised' | 'credited' | 'all';
  count: number;
  docIds: string[];
}

export interface ListingCount {
  /** Every submission the listing and the index hold. */
  total: number;
  groups: ListingGroup[];
  /** Two groups added or subtracted (the first less the second). */
  op?: 'sum' | 'difference';
  /** The number asked for. */
  value: number;
  /** `value` as a share of `total` (0..100), when a share was asked for. */
  percent?: number;
}

export interface ListingQuestion {
  categories: readonly string[];
  uncategorised: boolean;
  creditedTo?: string | undefined;
  sum: boolean;
  difference: boolean;
  percent: boolean;
}

export function listingCount(index: ListingIndex, question: ListingQuestion): ListingCount {
  const rows = [...Array.from({ length: index.size }, (_, d) => index.doc(d)), ...index.withoutText.map((s) => ({ id: s.id, submitter: s.id, category: s.category ?? UNCATEGORIZED, respondentName: undefined }))];
  const total = rows.length;
  const group = (label: string, kind: ListingGroup['kind'], keep: (row: (typeof rows)[number]) => boolean): ListingGroup => {
    const docIds = rows.filter(keep).map((r) => r.id);
    return { label, kind, count: docIds.length, docIds };
  };
  const groups: ListingGroup[] = [];
  if (question.creditedTo) {
    const name = question.creditedTo.trim().toLowerCase();
    groups.push(group(question.creditedTo, 'credited', (r) => (r.respondentName ?? r.submitter).trim().toLowerCase() === name));
  }
  for (const category of question.categories) groups.push(group(category, 'category', (r) => r.category.toLowerCase() === category.toLowerCase()));
  if (question.uncategorised) groups.push(group(UNCATEGORIZED, 'uncategorised', (r) => r.category === UNCATEGORIZED));
  if (groups.length === 0) groups.push(group('all', 'all', () => true));
  const [first, second] = groups;
  const op = groups.length >= 2 ? (question.difference && !question.sum ? 'difference' : 'sum') : undefined;
  const value = op === 'difference' ? first!.count - second!.count : op === 'sum' ? groups.reduce((s, g) => s + g.count, 0) : first!.count;
  return { total, groups, ...(op ? { op } : {}), value, ...(question.percent ? { percent: (100 * value) / (total || 1) } : {}) };
}
