import { describe, expect, it } from 'vitest';
import { listingCount, type ListingIndex } from '../../../src/retrieval/evidence/listing.js';

const docs = [
  { id: 'a', submitter: 'Acme', category: 'Private Sector' },
  { id: 'b', submitter: 'Beta', category: 'Private Sector' },
  { id: 'c', submitter: 'Anonymous', category: 'Individuals', respondentName: 'Anonymous' },
  { id: 'd', submitter: 'Anonymous', category: 'Individuals', respondentName: 'Anonymous' },
  { id: 'e', submitter: 'Dana', category: 'Individuals' },
  { id: 'f', submitter: 'Uni', category: 'Academia' },
  { id: 'g', submitter: 'Nobody Listed', category: 'Uncategorized' },
];
const index: ListingIndex = { size: docs.length, doc: (d) => docs[d]!, withoutText: [{ id: 'scan', category: 'Academia' }] };
const ask = (q: Partial<Parameters<typeof listingCount>[1]>) => listingCount(index, { categories: [], uncategorised: false, sum: false, difference: false, percent: false, ...q });

describe('counts from the respondent listing', () => {
  it('counts a category with the submissions that have no text', () => {
    expect(ask({ categories: ['Academia'] })).toMatchObject({ total: 8, value: 2 });
  });

  it('adds two categories, or subtracts the second from the first', () => {
    expect(ask({ categories: ['Private Sector', 'Academia'], sum: true })).toMatchObject({ op: 'sum', value: 4 });
    expect(ask({ categories: ['Individuals', 'Private Sector'], difference: true })).toMatchObject({ op: 'difference', value: 1 });
  });

  it('gives a share of all', () => {
    expect(ask({ categories: ['Individuals'], percent: true }).percent).toBeCloseTo(37.5);
  });

  it('counts the submissions without a category, and those credited to one name', () => {
    expect(ask({ uncategorised: true }).groups[0]).toMatchObject({ kind: 'uncategorised', count: 1, docIds: ['g'] });
    expect(ask({ creditedTo: 'anonymous' }).value).toBe(2);
  });

  it('counts everything when nothing narrows it', () => {
    expect(ask({})).toMatchObject({ value: 8, groups: [{ kind: 'all' }] });
  });
});
