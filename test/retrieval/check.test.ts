/** Checking claims about what a submitter said, over a real index of the fixture corpus, offline and with a chat model. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RetrievalService } from '../../src/retrieval/service.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { buildFixtureIndex, chatModel, openService, type FixtureIndex } from '../support/retrieval-helpers.js';

let fixture: FixtureIndex;
let offline: RetrievalService;

beforeAll(async () => {
  fixture = await buildFixtureIndex();
  offline = await openService(fixture.dir);
});
afterAll(async () => {
  await fixture?.cleanup();
});

describe('claims, offline', () => {
  it('found: every key term, number and name of the claim in one passage, quoted and verified', async () => {
    const result = await offline.checkClaim('Acme Robotics said the QUICKBUY Act would make commercial products the default purchase for defense programs.');
    expect(result.verdict).toBe('found');
    expect(result.submitter).toMatchObject({ name: 'Acme Robotics Inc.', inferred: false });
    expect(result.text).toMatch(/^Found: Acme Robotics Inc\.'s submission states it\./);
    expect(result.text).toContain('The QUICKBUY Act, introduced by Senator Jane Rivera, would make commercial products the default purchase for defense programs.');
    expect(result.citations).toEqual({ total: 1, verified: 1, removed: 0 });
  });

  it('reads a claim with invisible characters inside its words as the claim without them, and echoes it clean', async () => {
    // A zero-width space in "Quan\u200Btum", a soft hyphen in "bil\u00ADlion", a byte-order mark in front.
    const result = await offline.checkClaim('\uFEFFQuan\u200Btum Chips said it is investing $20 bil\u00ADlion in US fabs in Ohio.');
    expect(result.verdict).toBe('partly');
    expect(result.missing).toEqual(['Ohio']);
    expect(result.claim).toBe('Quantum Chips said it is investing $20 billion in US fabs in Ohio.');
    expect(result.text).not.toMatch(/[\u00AD\u200B\uFEFF]/);
  });

  it('partly found when a term is missing: the passage is quoted and the missing term named, never "false"', async () => {
    const result = await offline.checkClaim('Quantum Chips said it is investing $20 billion in US fabs in Ohio.');
    expect(result.verdict).toBe('partly');
    expect(result.missing).toEqual(['Ohio']);
    expect(result.text).toContain('‘Ohio’ of the claim is not in it');
    expect(result.text).toContain('"We are investing $20 billion in US fabs." [1]');
    expect(result.text).not.toMatch(/\b(false|true|wrong)\b/i);
  });

  it('differs when the passage gives another figure: both are shown, with the passage', async () => {
    const result = await offline.checkClaim('Quantum Chips said it is investing $50 billion in US fabs.');
    expect(result.verdict).toBe('differs');
    expect(result.differences).toEqual([{ kind: 'number', claim: '$50 billion', passage: '$20 billion' }]);
    expect(result.text).toContain("the claim says ‘$50 billion’, the passage ‘$20 billion’");
    expect(result.text).toContain('"We are investing $20 billion in US fabs." [1]');
    expect(result.citations).toEqual({ total: 1, verified: 1, removed: 0 });
  });

  it('not found in a submission that does not address it, with what was searched', async () => {
    const result = await offline.checkClaim('Acme Robotics called for a ban on facial recognition.');
    expect(result.verdict).toBe('not-found');
    expect(result.text).toBe("Not found in Acme Robotics Inc.'s submission (searched its whole text for: ban; facial; recognition).");
    expect(result.sources).toEqual([]);
  });

  it('not found as stated, with a passage that holds part of it: names what that passage lacks, not the words it holds', async () => {
    const result = await offline.checkClaim('Quantum Chips said US fabs should be taxed to pay for rural libraries.');
    expect(result.verdict).toBe('not-found');
    expect(result.text).toMatch(/^Not found in Quantum Chips & Co's submission as the claim states it: its passage closest to the claim does not hold ‘taxed’, ‘pay’, ‘rural’ and ‘libraries’/);
    // "US" and "fabs" are in the passage quoted: they are not said to be missing.
    expect(result.text).not.toMatch(/searched its whole text for: [^)]*fabs/);
    expect(result.text).toContain('"We are investing $20 billion in US fabs." [1]');
    const zh = await offline.checkClaim('Quantum Chips 說美國晶圓廠應該被徵稅，用來資助鄉村圖書館。');
    expect(zh.verdict).toBe('not-found');
    expect(zh.text).toMatch(/^在 Quantum Chips & Co 的意見書中沒有找到論斷所說的內容：與論斷最接近的段落中沒有「levy」、「funding」、「rural」、「libraries」/);
  });

  it('says whose submission holds a claim put on the wrong submitter', async () => {
    const result = await offline.checkClaim('Acme Robotics said export controls should cover the H20 accelerator.');
    expect(result.verdict).toBe('not-found');
    expect(result.elsewhere).toEqual([{ submitter: 'Quantum Chips & Co', docId: 'Quantum-Chips-AI-RFI-2025' }]);
    expect(result.text).toContain('The whole claim is in the submission of Quantum Chips & Co.');
  });

  it('checks a Chinese claim through the glossary, with a Chinese verdict', async () => {
    const result = await offline.checkClaim('Quantum Chips 說出口管制應該涵蓋 H20');
    expect(result.language).toBe('zh');
    expect(result.verdict).toBe('found');
    expect(result.text).toMatch(/^找到：Quantum Chips & Co 的意見書/);
    expect(result.text).toContain('"Export controls should cover the H20 accelerator as well." [1]');
  });

  it('checks a claim that names no submitter against the submission that matches it best, and says so', async () => {
    const result = await offline.checkClaim('Data centers could consume 9 percent of US electricity generation by 2030.');
    expect(result.submitter).toMatchObject({ name: 'Grid Power Association', inferred: true });
    expect(result.verdict).toBe('found');
    expect(result.text).toMatch(/^The claim names no submitter; it is checked against the submission that matches it best, Grid Power Association's\./);
  });

  it('uses the submitter option over a name in the claim', async () => {
    const result = await offline.checkClaim('They said export controls should cover the H20 accelerator.', { submitter: 'Quantum Chips' });
    expect(result.verdict).toBe('found');
    expect(result.submitter?.docIds).toEqual(['Quantum-Chips-AI-RFI-2025']);
  });

  it('says so when the organisation named filed nothing', async () => {
    const result = await offline.checkClaim("Oracle's comment said cloud capacity must triple.");
    expect(result.verdict).toBe('no-submitter');
    expect(result.text).toMatch(/^No submission from Oracle is in the corpus/);
  });
});

describe('claims, with a chat model', () => {
  let fake: FakeOpenAI;
  let llm: RetrievalService;
  beforeEach(async () => {
    fake = await startFakeOpenAI();
    llm = await openService(fixture.dir, chatModel(fake.url, { timeoutMs: 2_000, maxRetries: 0 }));
  });
  afterEach(async () => {
    await fake.close();
  });
  const CLAIM = 'Quantum Chips said it is investing $50 billion in US fabs.';

  it('contradicted, resting on a verified quote, with one sentence on what differs', async () => {
    fake.script('chat', [{ text: '{"verdict": "contradicted", "passage": 1, "quote": "We are investing $20 billion in US fabs.", "difference": "The submission says $20 billion, not $50 billion."}' }]);
    const result = await llm.checkClaim(CLAIM);
    expect(result.mode).toBe('llm');
    expect(result.verdict).toBe('contradicted');
    expect(result.text).toContain("Contradicted by Quantum Chips & Co's submission:\n\"We are investing $20 billion in US fabs.\" [1]\nThe submission says $20 billion, not $50 billion.");
    expect(result.citations.verified).toBe(result.citations.total);
    const request = fake.requests.find((r) => r.route === 'chat')!;
    const user = (request.body.messages as { role: string; content: string }[]).at(-1)!.content;
    expect(user).toContain('Claim: Quantum Chips said it is investing $50 billion in US fabs.');
    expect(user).toContain('<passage n="1"');
  });

  it('a quote that is not in its passage voids the verdict; the offline check is given instead', async () => {
    fake.script('chat', [{ text: '{"verdict": "supported", "passage": 1, "quote": "We are investing $50 billion in US fabs.", "difference": "Same."}' }]);
    const result = await llm.checkClaim(CLAIM);
    expect(result.verdict).toBe('differs');
    expect(result.text).toMatch(/^The language model’s verdict could not be checked/);
    expect(result.text).toContain("the claim says ‘$50 billion’, the passage ‘$20 billion’");
    expect(result.text).not.toContain('Supported by');
  });

  it('a verdict resting on a quote too short to carry it (one word) is voided the same way', async () => {
    // "fabs" is in the passage, but a word that occurs almost anywhere proves nothing.
    fake.script('chat', [{ text: '{"verdict": "contradicted", "passage": 1, "quote": "fabs", "difference": "It says otherwise."}' }]);
    const result = await llm.checkClaim(CLAIM);
    expect(result.text).toMatch(/^The language model’s verdict could not be checked/);
    expect(result.text).not.toMatch(/"fabs"/);
  });

  it('an unreadable reply is treated the same way', async () => {
    fake.script('chat', [{ text: 'I think it is mostly right.' }]);
    const result = await llm.checkClaim(CLAIM);
    expect(result.verdict).toBe('differs');
    expect(result.text).toMatch(/^The language model’s verdict could not be checked/);
  });

  it('not addressed, when the model finds nothing on the claim', async () => {
    fake.script('chat', [{ text: '{"verdict": "not_addressed", "difference": "No passage discusses this."}' }]);
    const result = await llm.checkClaim('Acme Robotics called for a ban on facial recognition.');
    expect(result.verdict).toBe('not-addressed');
    expect(result.text).toMatch(/^Not addressed: the passages of Acme Robotics Inc\.'s submission/);
  });

  it('a failing model is a clear error', async () => {
    fake.script('chat', [{ status: 500 }]);
    await expect(llm.checkClaim(CLAIM)).rejects.toMatchObject({ code: 'LLM_FAILED' });
  });
});
