import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryCounts, categoryWarnings } from '../../src/index-build/categories-report.js';
import { resolveLayout } from '../../src/index-build/collect.js';
import { SHIPPED_RESPONDENTS } from '../../src/index-build/metadata/respondent-listing.js';
import { tempRoot, type TempRoot } from '../support/build-helpers.js';

const docs = (counts: Record<string, number>) => Object.entries(counts).flatMap(([category, n]) => Array.from({ length: n }, () => ({ category })));

describe('category counts and the uncategorised warning', () => {
  it('counts submissions per label, largest first', () => {
    const counts = categoryCounts(docs({ Academia: 2, Individuals: 5, Uncategorized: 1 }));
    expect(Object.entries(counts)).toEqual([['Individuals', 5], ['Academia', 2], ['Uncategorized', 1]]);
  });

  it('warns above 5% uncategorised, not at 5%', () => {
    expect(categoryWarnings({ Individuals: 95, Uncategorized: 5 }, 'listing.json')).toEqual([]);
    const [warning] = categoryWarnings({ Individuals: 94, Uncategorized: 6 }, 'listing.json');
    expect(warning).toMatch(/^6 of 100 submissions \(6\.0%\) are uncategorised: the respondent listing \(listing\.json\) does not list them\. .*RESPONDENTS/);
    expect(categoryWarnings({ Uncategorized: 3 }, undefined)[0]).toContain('no respondent listing was found');
  });
});

describe('which respondent listing a build uses', () => {
  let root: TempRoot;
  beforeAll(async () => {
    root = await tempRoot('layout');
    await fs.mkdir(path.join(root.dir, 'corpus', 'raw'), { recursive: true });
    await fs.mkdir(path.join(root.dir, 'corpus', 'source', 'links'), { recursive: true });
    await fs.mkdir(path.join(root.dir, 'pdfs'));
  });
  afterAll(() => root.cleanup());

  it('prefers the one given, then the source own tables, then the shipped listing', async () => {
    const corpus = path.join(root.dir, 'corpus');
    const pdfs = path.join(root.dir, 'pdfs');
    expect(await resolveLayout(corpus, 'given.json')).toEqual({ location: path.join(corpus, 'raw'), respondentsPath: 'given.json' });
    expect(await resolveLayout(corpus)).toEqual({ location: path.join(corpus, 'raw'), respondentsPath: path.join(corpus, 'source', 'links') });
    expect(await resolveLayout(pdfs)).toEqual({ location: pdfs, respondentsPath: SHIPPED_RESPONDENTS });
    expect(await resolveLayout('https://example.org/responses.zip')).toEqual({ location: 'https://example.org/responses.zip', respondentsPath: SHIPPED_RESPONDENTS });
    // Without a shipped listing on disk, none.
    expect(await resolveLayout(pdfs, undefined, path.join(root.dir, 'no-listing.json'))).toEqual({ location: pdfs });
  });
});
