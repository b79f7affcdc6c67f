/**
 * The answer to a count the respondent listing answers ("How many companies submitted?",
 * "學術機構加上非聯邦政府單位，合計有多少份?", "what share came from individuals?"): the number
 * first, how it was made, and the submissions behind it when they are few (or a list was asked).
 */
import type { Aggregate, ListedSubmission } from '../types.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { Understood } from '../question/understand.js';
import { listingCount, type ListingCount } from '../evidence/listing.js';
import type { Phrases } from './phrases.js';
import { OFFICIAL_PDF_BASE } from '../../shared/project.js';

/** Names written out under a listing count. */
const NAMES_SHOWN = 12;

export interface ListingAnswer {
  text: string;
  count: ListingCount;
  aggregate: Aggregate;
  listed: ListedSubmission[];
}

export function listingAnswer(question: Understood, corpus: CorpusIndex, phrases: Phrases): ListingAnswer {
  const cues = new Set(question.cues);
  const count = listingCount(corpus, {
    categories: question.categories,
    uncategorised: question.uncategorised,
    creditedTo: question.creditedTo,
    sum: cues.has('sum'),
    difference: cues.has('difference'),
    percent: cues.has('percent'),
  });
  const lines = [phrases.listing(count)];
  const listed = listedOf(count, corpus);
  // The listing counts scanned PDFs too: say which have no text to search.
  const withoutText = count.groups.flatMap((g) => g.docIds).filter((id) => corpus.docNumber(id) === undefined);
  if (withoutText.length) lines.push(phrases.withoutText(withoutText));
  // A small group is named in full; a category's hundreds are in the attachment.
  const group = count.groups[0]!;
  if (count.groups.length === 1 && group.kind !== 'all' && (group.count <= NAMES_SHOWN || question.intent === 'list')) {
    lines.push(phrases.listed(uniqueNames(listed).slice(0, NAMES_SHOWN), Math.max(0, listed.length - NAMES_SHOWN)));
  }
  lines.push(phrases.categoriesSource);
  const byCategory = new Map<string, number>();
  for (const item of listed) byCategory.set(item.category, (byCategory.get(item.category) ?? 0) + 1);
  const aggregate: Aggregate = {
    query: '',
    submissions: count.value,
    byCategory: (group.kind === 'all' ? categoryCounts(corpus) : [...byCategory].map(([category, submissions]) => ({ category, submissions }))).sort((a, b) => b.submissions - a.submissions),
    submitters: listed.slice(0, 25).map(({ docId, submitter, category }) => ({ docId, submitter, category })),
    campaigns: [],
  };
  return { text: lines.join('\n'), count, aggregate, listed: group.kind === 'all' ? [] : listed };
}

function listedOf(count: ListingCount, corpus: CorpusIndex): ListedSubmission[] {
  const ids = count.groups.flatMap((g) => (g.kind === 'all' ? [] : g.docIds));
  return ids.map((id) => {
    const doc = corpus.docNumber(id);
    if (doc === undefined) {
      const skipped = corpus.withoutText.find((s) => s.id === id);
      return { docId: id, submitter: id, category: skipped?.category ?? '', url: `${OFFICIAL_PDF_BASE}${id}.pdf`, mentions: 0 };
    }
    const meta = corpus.doc(doc);
    return { docId: id, submitter: meta.submitter, category: meta.category, url: meta.pdfUrl, mentions: 0 };
  });
}

function categoryCounts(corpus: CorpusIndex): { category: string; submissions: number }[] {
  const counts = new Map<string, number>();
  for (let d = 0; d < corpus.size; d++) counts.set(corpus.doc(d).category, (counts.get(corpus.doc(d).category) ?? 0) + 1);
  for (const s of corpus.withoutText) if (s.category) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
  return [...counts].map(([category, submissions]) => ({ category, submissions }));
}

/** Submitter names once each, in order. */
export function uniqueNames(listed: readonly ListedSubmission[]): string[] {
  return [...new Set(listed.map((l) => l.submitter))];
}
