/** The read-only corpus index: submissions, chunks, postings, clusters, sentences and names, over the fixture corpus. */
import { describe, expect, it } from 'vitest';
import { readSentences } from '../../src/retrieval/evidence/sentence-score.js';
import { terms } from '../../src/retrieval/text/tokenize.js';
import { useFixtureService } from '../support/retrieval-helpers.js';

const fx = useFixtureService();
const ACME = 'Acme-Robotics-AI-RFI-2025';
const NORTHFIELD = 'Northfield-University-AI-RFI-2025';
const CAMPAIGN = ['AI-RFI-2025-0102', 'AI-RFI-2025-0103', 'AI-RFI-2025-0104', 'AI-RFI-2025-0105'];

describe('the corpus index', () => {
  it('gives a submission its own contiguous chunks, and each chunk its passage', () => {
    const corpus = fx.service.corpus;
    const acme = corpus.docNumber(ACME)!;
    expect(corpus.doc(acme).id).toBe(ACME);
    const { first, end } = corpus.chunksOf(acme);
    expect(end).toBeGreaterThan(first);
    for (let chunk = first; chunk < end; chunk++) expect(corpus.docOfChunk(chunk)).toBe(acme);
    const passage = corpus.passage(first, 0.5);
    expect(passage).toMatchObject({ docId: ACME, text: corpus.chunkText(first), start: corpus.chunkStart(first), score: 0.5, similarCount: 1 });
    expect(corpus.docNumber('No-Such-AI-RFI-2025')).toBeUndefined();
  });

  it('says which chunks and submissions hold a term, from its postings', () => {
    const corpus = fx.service.corpus;
    const [term] = terms('QUICKBUY');
    const acme = corpus.docNumber(ACME)!;
    const holding = [...corpus.chunksWith(term!)];
    expect(holding.length).toBeGreaterThan(0);
    expect(holding.every((chunk) => corpus.docOfChunk(chunk) === acme && corpus.chunkContains(chunk, term!))).toBe(true);
    expect(corpus.docContains(acme, term!)).toBe(true);
    expect(corpus.docContains(corpus.docNumber(NORTHFIELD)!, term!)).toBe(false);
    expect(corpus.idf(term!)).toBeGreaterThan(0);
    expect(corpus.idf('nosuchterm')).toBe(0);
  });

  it('groups a form-letter campaign, and reads a chunk that only repeats another letter as a repeat', () => {
    const corpus = fx.service.corpus;
    const [a, b] = CAMPAIGN.map((id) => corpus.docNumber(id)!);
    expect(corpus.clusterOf(a!)).toEqual(corpus.clusterOf(b!));
    expect(corpus.clusterOf(a!).size).toBe(CAMPAIGN.length);
    const letter = corpus.chunksOf(b!).first;
    expect(corpus.repeats(a!, letter)).toBe(true);
    expect(corpus.repeats(corpus.docNumber(ACME)!, letter)).toBe(false);
  });

  it('reads a chunk’s sentences from the sentence table as reading its text would', () => {
    const corpus = fx.service.corpus;
    const { first } = corpus.chunksOf(corpus.docNumber(NORTHFIELD)!);
    // Beside what reading gives, the table says how widely each sentence is shared (1 here: no sentence is repeated).
    expect(corpus.sentences(first)).toEqual(readSentences(corpus.chunkText(first), corpus.words).map((s) => ({ ...s, spread: 1 })));
    expect(corpus.sentences(first)).toBe(corpus.sentences(first));
  });

  it('finds a submitter’s submissions by name, and none for a name that filed nothing', () => {
    const corpus = fx.service.corpus;
    expect(corpus.submitterDocs('Acme Robotics').map((d) => corpus.doc(d).id)).toEqual([ACME]);
    expect(corpus.submitterDocs('Northfield').map((d) => corpus.doc(d).id)).toEqual([NORTHFIELD]);
    expect(corpus.submitterDocs('Zorblax Industries')).toEqual([]);
  });
});
