import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { COVERAGE_FLOOR } from '../../src/retrieval/calibration.js';
import { buildIndex, type BuildSummary } from '../../src/index-build/build.js';
import { buildOptionsFrom } from '../../src/index-build/options.js';
import { parseConfig } from '../../src/config.js';
import { openEngine } from '../../src/retrieval/engine.js';
import { RetrievalService } from '../../src/retrieval/service.js';
import { parseQaFile } from '../../src/retrieval/evaluate.js';
import { isDeclined } from '../../src/retrieval/eval/shared-score.js';
import { corpusDir, describeCorpus } from '../support/corpus.js';
import { lastLine, runScript } from '../support/run-script.js';

/**
 * The whole real corpus, end to end: build the offline index once, then check the build report,
 * citation offsets, retrieval quality on the dev questions and that every quote is verified.
 */
const qaFile = process.env.QA_DEV ?? path.resolve(corpusDir, '../eval/qa-dev.jsonl');

describeCorpus('full corpus', () => {
  let tmp: string;
  let out: string;
  let summary: BuildSummary;
  let service: RetrievalService;

  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'rfi-full-'));
    out = path.join(tmp, 'index');
    const config = parseConfig({ LOG_LEVEL: 'silent' });
    summary = await buildIndex(buildOptionsFrom(config, { source: corpusDir, out, cacheDir: path.join(tmp, 'cache'), progress: false, embedder: 'lsa' }));
    service = new RetrievalService({ ...(await openEngine(out)), coverageFloor: COVERAGE_FLOOR });
  }, 900_000);

  afterAll(async () => {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  it('indexes every submission with text and reports the two empty scanned files', () => {
    expect(summary.documents).toBe(10_066);
    expect(summary.skipped).toEqual(
      expect.arrayContaining([
        { id: 'AFL-AI-RFI-2025', reason: expect.stringContaining('empty') },
        { id: 'AOA-AI-RFI-2025', reason: expect.stringContaining('empty') },
      ]),
    );
    expect(summary.skipped).toHaveLength(2);
    const categorized = service.corpus.loaded.docs.filter((d) => d.category !== 'Uncategorized');
    expect(categorized.length).toBeGreaterThanOrEqual(10_060);
  });

  it('maps every sampled chunk back to its original text exactly', async () => {
    const index = service.corpus.loaded;
    for (let chunk = 0; chunk < index.chunkDoc.length; chunk += 97) {
      const doc = index.docs[index.chunkDoc[chunk]!]!;
      const original = await fs.readFile(path.join(corpusDir, 'raw', `${doc.id}.txt`), 'utf8');
      expect(original.slice(index.chunkStart[chunk], index.chunkEnd[chunk])).toBe(index.store.text(chunk));
    }
  });

  it('reaches the retrieval targets on the dev questions through the eval command', async () => {
    const { code, stdout, stderr } = await runScript('src/cli/eval.ts', ['--qa', qaFile, '--index', out], {
      ...process.env,
      LOG_LEVEL: 'silent',
      EMBEDDER: 'lsa',
      OPENAI_API_KEY: '',
    });
    expect(code, stderr).toBe(0);
    const summaryLine = JSON.parse(lastLine(stdout)) as Record<string, number>;
    expect(summaryLine['hit@5']).toBeGreaterThanOrEqual(0.85);
    expect(summaryLine['mrr@10']).toBeGreaterThanOrEqual(0.7);
  }, 300_000);

  it('verifies every citation in the answers to all dev questions, and declines the unanswerable ones', async () => {
    const { lines } = parseQaFile(await fs.readFile(qaFile, 'utf8'));
    for (const line of lines) {
      const answer = await service.ask(line.question, line.filter?.category ? { category: line.filter.category } : {});
      expect(answer.citations.verified, `${line.id}: ${answer.text}`).toBe(answer.citations.total);
      expect(answer.text).not.toContain('[unverified]');
      // An organisation that filed nothing gets a plain no (not the "not covered" warning): declined as the shared scorers read it.
      if (line.relevant?.length === 0) expect(isDeclined(answer), `${line.id} should be declined: ${answer.text.slice(0, 200)}`).toBe(true);
      else expect(answer.sources.length, line.id).toBeGreaterThan(0);
    }
  }, 300_000);

  it('answers no only when both the words and the meaning are absent from the named submission', async () => {
    // MITRE writes of "autonomous vehicles", never "self-driving" or "cars": its text is close in meaning, so no "no".
    const near = await service.ask('Did MITRE discuss self-driving cars?');
    expect(isDeclined(near), near.text.slice(0, 300)).toBe(false);
    expect(near.text).toMatch(/^MITRE's submission does not use the question's words \(searched its whole text for: self-driving cars\)/);
    expect(near.citations.verified).toBe(near.citations.total);
    expect(new Set(near.sources.map((s) => s.docId))).toEqual(new Set(['MITRE-RFI-2025']));
    // Compared with a submitter that uses the words, it is quoted apart, where its other words stand: not "drive innovation".
    const compared = await service.ask('How do Cloudflare and MITRE differ on self-driving cars?');
    const apart = compared.text.search(/^MITRE's submission does not use the question's words/m);
    expect(apart, compared.text.slice(0, 400)).toBeGreaterThan(compared.text.indexOf('self-driving car'));
    expect(compared.text).not.toMatch(/drive (progress and )?innovation/);
    expect(compared.citations.verified).toBe(compared.citations.total);
    // Brown University writes of "a visa pathway for talent", never "immigration": close in meaning, so quoted, not "does not mention".
    const near2 = await service.ask('How do OpenAI and Brown University differ on immigration?');
    expect(near2.text).not.toMatch(/does not mention/);
    expect(near2.text).toContain('visa pathway');
    expect(new Set(near2.sources.map((s) => s.docId))).toEqual(new Set(['OpenAI-RFI-2025', 'Brown-University-AI-RFI-2025']));
    // Zillow's submission is about home search: neither the words nor anything near them.
    const far = await service.ask('Did Zillow discuss nuclear energy?');
    expect(far.text).toMatch(/^No — Zillow's submission does not mention nuclear energy/);
  }, 60_000);

  it('reads questions in their own words on the real corpus: a Chinese question counts as the English one does, and "who signed" quotes the signer', async () => {
    // What is left of an author's name written in Latin script is no phrase of a Chinese question's topic.
    expect(service.analyzer.analyze('Human Flourishing Program, Harvard University 對勞動力有什麼看法？').topic).not.toContain('flourish');
    // "People's Republic of China" is one of China's names, so the Chinese count is the English count.
    const en = await service.ask('How many submissions mention China?');
    const zh = await service.ask('有多少份意見書提到中國？');
    expect(zh.aggregate?.submissions).toBe(en.aggregate?.submissions);
    // The gloss counts the asker's own English word: more than those writing "AI hallucination".
    const glossed = await service.ask('有多少份意见提到 AI 幻觉（hallucination）问题？');
    const narrow = await service.ask('How many submissions mention AI hallucination?');
    expect(glossed.aggregate!.submissions).toBeGreaterThan(narrow.aggregate!.submissions);
    const signed = await service.ask("Who signed Scott County, Minnesota's comment?");
    expect(signed.text).toContain('Lezlie Vermillion');
    expect(signed.citations.verified).toBe(signed.citations.total);
  }, 60_000);
});
