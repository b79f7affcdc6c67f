/** Retrieval over a real index of the fixture corpus (lsa embedder), through RetrievalService. */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/retrieval/types.js';
import { useFixtureService } from '../support/retrieval-helpers.js';

const ACME = 'Acme-Robotics-AI-RFI-2025';
const QUANTUM = 'Quantum-Chips-AI-RFI-2025';
const GRID = 'Grid-Power-Association-AI-RFI-2025';
const FORM_LETTERS = ['AI-RFI-2025-0102', 'AI-RFI-2025-0103', 'AI-RFI-2025-0104', 'AI-RFI-2025-0105'];

const fx = useFixtureService();

const ids = (passages: Passage[]) => passages.map((p) => p.docId);

describe('fixture index', () => {
  it('holds the readable fixture submissions and skips the empty ones', () => {
    const stats = fx.service.stats();
    expect(stats.submissions).toBe(13);
    expect(stats.skipped).toBe(2);
    expect(stats.embedder).toMatch(/^lsa/);
    expect(fx.service.categories()).toContain('Academia');
  });
});

describe('search', () => {
  it('ranks the submission of a submitter named in the question first', async () => {
    const passages = await fx.service.search('What did Acme Robotics say about defense purchasing?');
    expect(passages[0]?.docId).toBe(ACME);
    expect(passages[0]?.submitter).toBe('Acme Robotics Inc.');
    expect(passages[0]?.text).toContain('Department of Defense');
  });

  it.each(['acme robotics inc', 'Acme Robotics', 'ACME ROBOTICS INC.', 'Acme Robotics Inc.'])('accepts the short form or case "%s" as the submitter filter', async (submitter) => {
    const passages = await fx.service.search('engineers safety training', { submitter });
    expect(passages.length).toBeGreaterThan(0);
    expect(new Set(ids(passages))).toEqual(new Set([ACME]));
  });

  it('finds nothing for a submitter filter naming no submitter (rather than everything)', async () => {
    expect(await fx.service.search('cloud capacity', { submitter: 'Oracle Corporation' })).toEqual([]);
  });

  it('restricts results to the category filter, case-insensitively', async () => {
    const passages = await fx.service.search('research computing and AI policy', { category: 'academia', k: 8 });
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((p) => p.category === 'Academia')).toBe(true);
    expect(passages[0]?.docId).toBe('Northfield-University-AI-RFI-2025');

    const individuals = await fx.service.search('AI tools', { category: 'Individuals', k: 8 });
    expect(individuals.length).toBeGreaterThan(1);
    expect(individuals.every((p) => p.category === 'Individuals')).toBe(true);
  });

  it('restricts results to one submission with the docId filter', async () => {
    const passages = await fx.service.search('export controls and fabs', { docId: QUANTUM });
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((p) => p.docId === QUANTUM)).toBe(true);
  });

  it('with a docId filter, returns up to k passages of that submission (SearchOptions.k: "distinct submissions unless docId is set")', async () => {
    // Acme's submission has three chunks (title page, procurement page, engineers page).
    const passages = await fx.service.search('Acme Robotics procurement engineers', { docId: ACME, k: 3 });
    expect(passages.every((p) => p.docId === ACME)).toBe(true);
    expect(passages.length).toBeGreaterThan(1);
    expect(new Set(passages.map((p) => p.start)).size).toBe(passages.length);
  });

  it.each(['1,700 engineers', '1700', '1,700', 'QUICKBUY Act', 'Senator Jane Rivera'])('finds exact figures and names by keyword: "%s"', async (query) => {
    const [first] = await fx.service.search(query, { k: 3 });
    expect(first?.docId).toBe(ACME);
    expect(first?.score).toBeGreaterThan(0);
  });

  it('collapses the four form letters into one passage with similarCount 4', async () => {
    const passages = await fx.service.search('voice actor consent digital replica Tennessee ELVIS Act', { k: 8 });
    const [first] = passages;
    expect(FORM_LETTERS).toContain(first?.docId);
    expect(first?.similarCount).toBe(4);
    expect([...(first?.similarDocIds ?? [])].sort()).toEqual(FORM_LETTERS);
    expect(passages.slice(1).filter((p) => FORM_LETTERS.includes(p.docId))).toEqual([]);
  });

  it.each([
    'AI policy recommendations',
    'What should the AI Action Plan fund?',
    'voice actor consent',
  ])('never returns a submission twice (diversity): "%s"', async (query) => {
    const passages = await fx.service.search(query, { k: 10 });
    expect(passages.length).toBeGreaterThan(3);
    expect(new Set(ids(passages)).size).toBe(passages.length);
    const covered = passages.flatMap((p) => p.similarDocIds);
    expect(new Set(covered).size).toBe(covered.length);
    for (const p of passages) expect(p.similarDocIds).toContain(p.docId);
  });

  it('returns at most k passages', async () => {
    expect((await fx.service.search('AI', { k: 2 })).length).toBeLessThanOrEqual(2);
  });

  it.each([
    ['Traditional', '英特爾對H20出口管制有什麼看法？'],
    ['Simplified', '英特尔对H20出口管制有什么看法？'],
  ])('answers a Chinese question (%s) about H20 export controls with the PDF submission', async (_script, question) => {
    const [first] = await fx.service.search(question);
    expect(first?.docId).toBe(QUANTUM);
    expect(first?.text).toContain('H20');
  });

  it.each([
    ['Traditional', '數據中心的用電量會增加多少？'],
    ['Simplified', '数据中心的用电量会增加多少？'],
  ])('answers a Chinese question (%s) about data-centre electricity', async (_script, question) => {
    const [first] = await fx.service.search(question);
    expect(first?.docId).toBe(GRID);
    expect(first?.text).toContain('9 percent');
  });

  it('cites page 2 of the PDF, with #page=2 in the URL', async () => {
    const [first] = await fx.service.search('H20 accelerator export controls');
    expect(first?.docId).toBe(QUANTUM);
    expect(first?.page).toBe(2);
    expect(first?.url).toMatch(/Quantum-Chips-AI-RFI-2025\.pdf#page=2$/);
    expect(first?.text).toContain('Export controls should cover the H20 accelerator');

    const [page1] = await fx.service.search('investing $20 billion in US fabs', { docId: QUANTUM });
    expect(page1?.page).toBe(1);
    expect(page1?.url).toMatch(/#page=1$/);
  });

  it('passages carry offsets into the submission text and a positive score when they match', async () => {
    const [first] = await fx.service.search('National AI Research Resource NAIRR');
    expect(first?.docId).toBe('Northfield-University-AI-RFI-2025');
    expect(first!.end - first!.start).toBeGreaterThanOrEqual(first!.text.length - 2);
    expect(first!.score).toBeGreaterThan(0);
  });
});

describe('submissions, comparison and autocomplete', () => {
  it('summarises a submission with its representative passages', async () => {
    const summary = await fx.service.submission(QUANTUM);
    expect(summary?.meta.submitter).toBe('Quantum Chips & Co');
    expect(summary?.passages.length).toBeGreaterThan(0);
    expect(summary?.passages.every((p) => p.docId === QUANTUM)).toBe(true);
    expect(await fx.service.submission('AI-RFI-2025-9999')).toBeUndefined();
  });

  it('compares submitters, saying which one filed nothing', async () => {
    const comparison = await fx.service.compare(['acme robotics', 'Oracle'], 'What do they say about defense purchasing?');
    expect(comparison.sides).toHaveLength(2);
    expect(comparison.sides[0]?.name).toBe('Acme Robotics Inc.');
    expect(comparison.sides[0]?.answer?.sources.every((s) => s.docId === ACME)).toBe(true);
    expect(comparison.sides[1]?.missing).toMatch(/No submission from Oracle/);
  });

  it('suggests submitters and doc ids from a fragment', () => {
    expect(fx.service.suggestSubmitters('acme', 5).map((s) => s.name)).toContain('Acme Robotics Inc.');
    expect(fx.service.suggestDocIds('0108', 5).map((s) => s.id)).toContain('AI-RFI-2025-0108');
  });
});

describe('without the vectors (the ablation `npm run eval -- --no-vectors` measures)', () => {
  it('searches by keyword alone and still answers', async () => {
    const question = fx.service.analyzer.analyze('What did Acme Robotics say about defense purchasing?');
    expect((await fx.service.retriever.retrieve(question, { k: 5 })).queryVector).toBeDefined();
    fx.service.corpus.vectors = false;
    try {
      const retrieval = await fx.service.retriever.retrieve(question, { k: 5 });
      expect(retrieval.queryVector).toBeUndefined();
      expect(retrieval.passages[0]?.docId).toBe(ACME);
      const answer = await fx.service.ask('What did Acme Robotics say about defense purchasing?');
      expect(answer.sources.map((s) => s.docId)).toContain(ACME);
    } finally {
      fx.service.corpus.vectors = true;
    }
  });
});
