/**
 * Claims that change one detail of what a submission says, claims that it left something out,
 * and claims about an organisation that filed nothing, over a real index of an authored corpus,
 * in English and Chinese; the chat-model path keeps its verdicts and leaves absences to the text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetrievalService } from '../../../src/retrieval/service.js';
import { openClaimsService } from '../../support/claims-corpus.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../support/fake-openai.js';
import { chatModel, occursVerbatim, openService, quotedCitations } from '../../support/retrieval-helpers.js';

let service: RetrievalService;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ service, dir, cleanup } = await openClaimsService());
});
afterAll(async () => {
  await cleanup?.();
});

/** Every quote of a check is in the passage it cites. */
const quotesVerified = (check: Awaited<ReturnType<RetrievalService['checkClaim']>>) => {
  const quotes = quotedCitations({ ...check, question: check.claim, evidence: check.sources, notCovered: false, notes: [] });
  expect(quotes.length).toBeGreaterThan(0);
  for (const q of quotes) expect(occursVerbatim(q.quote, q.source!.text)).toBe(true);
  expect(check.citations.verified).toBe(check.citations.total);
};

describe('a claim that changed a detail', () => {
  it('a changed number: "differs", with both figures and the passage', async () => {
    const result = await service.checkClaim('Pinecrest Power said it is investing $40 billion to add 12 gigawatts of generation by 2030.');
    expect(result.verdict).toBe('differs');
    expect(result.differences).toEqual([{ kind: 'number', claim: '12 gigawatts', passage: '9 gigawatts' }]);
    expect(result.text).toMatch(/^Differs: Pinecrest Power's submission says something close, but not the same: the claim says ‘12 gigawatts’, the passage ‘9 gigawatts’\./);
    expect(result.text).toContain('"We are investing $40 billion to add 9 gigawatts of generation by 2030, enough to power 6 million homes." [1]');
    quotesVerified(result);
  });

  it('a changed number in a Chinese claim, compared with the English figure', async () => {
    const result = await service.checkClaim('Pinecrest Power 表示將在 2030 年前新增 12 吉瓦的發電容量。');
    expect(result.verdict).toBe('differs');
    expect(result.differences).toEqual([{ kind: 'number', claim: '12吉瓦', passage: '9 gigawatts' }]);
    expect(result.text).toMatch(/^有出入：Pinecrest Power 的意見書說法相近，但細節不同：論斷說「12吉瓦」，原文是「9 gigawatts」。/);
    quotesVerified(result);
  });

  it('a changed comparison ("as good as" for "underperforms"), in English and Chinese', async () => {
    const en = await service.checkClaim('Vector Labs said the H20 is as good as the H100 for training.');
    expect(en.verdict).toBe('differs');
    expect(en.differences).toEqual([{ kind: 'comparison', claim: 'as good as', passage: 'underperforms' }]);
    expect(en.text).toContain('"The H20 accelerator underperforms the H100 for initial model training, though it remains useful for inference." [1]');
    const zh = await service.checkClaim('Vector Labs 說 H20 晶片在訓練上和 H100 一樣好');
    expect(zh.verdict).toBe('differs');
    expect(zh.text).toMatch(/^有出入：.*論斷說「一樣好」，原文是「underperforms」/);
    quotesVerified(zh);
  });

  it('a stance turned around: "supports" an opt-out that the submission opposes elsewhere, quoted from where it opposes it (en, zh)', async () => {
    const en = await service.checkClaim('Redwood Software supports an opt-out scheme for the data used to train models.');
    expect(en.verdict).toBe('differs');
    expect(en.differences).toEqual([{ kind: 'direction', claim: 'supports', passage: 'oppose' }]);
    expect(en.text).toContain('"We urge the Administration to oppose any opt-out proposals for training data, here or abroad." [1]');
    quotesVerified(en);
    const zh = await service.checkClaim('Redwood Software 支持訓練資料的選擇退出（opt-out）機制。');
    expect(zh.verdict).toBe('differs');
    expect(zh.text).toContain('oppose any opt-out proposals');
  });

  it('a negation dropped: "should be required" for "should not be required"', async () => {
    const result = await service.checkClaim('Pinecrest Power said new large loads should be required to bring their own generation.');
    expect(result.verdict).toBe('differs');
    expect(result.differences).toEqual([{ kind: 'negation', claim: 'required', passage: 'not be required' }]);
  });

  it('a claim that states it is still found, in English and Chinese', async () => {
    // Stated in one passage and turned around in another ("Some argue that … should not cover"): found, quoting the first.
    const en = await service.checkClaim('Vector Labs said export controls should cover the H20 accelerator.');
    expect(en.verdict).toBe('found');
    expect(en.text).toMatch(/^Found: Vector Labs's submission states it\./);
    expect(en.text).toContain('Export controls should therefore cover the H20 accelerator as well as the H100.');
    const figures = await service.checkClaim('Pinecrest Power said its new generation would power 6 million homes.');
    expect(figures.verdict).toBe('found');
    const zh = await service.checkClaim('Pinecrest Power 表示將投資 400 億美元，在 2030 年前新增 9 吉瓦的發電容量。');
    expect(zh.verdict).toBe('found');
    expect(zh.text).toMatch(/^找到：Pinecrest Power 的意見書/);
    quotesVerified(zh);
  });

  it('a detail the passage leaves out ("only") is named: partly found, not found', async () => {
    const result = await service.checkClaim('Pinecrest Power said only new large loads should be allowed to bring their own generation.');
    expect(result.verdict).toBe('partly');
    expect(result.missing).toEqual(['only']);
    expect(result.text).toContain("‘only’ of the claim is not in it");
  });

  it('a timeline paraphrased faithfully does not differ', async () => {
    const result = await service.checkClaim('Vector Labs 預計強大的 AI 將在 2026 年底或 2027 年初出現');
    expect(['found', 'partly']).toContain(result.verdict);
    expect(result.differences).toBeUndefined();
  });
});

describe('a claim that a submitter left something out', () => {
  it('confirmed when its text does not mention it (not the negation or framing words), in English and Chinese', async () => {
    const en = await service.checkClaim('Maple Health System did not address export controls.');
    expect(en.verdict).toBe('confirmed-absent');
    expect(en.absent).toBe('export controls');
    expect(en.text).toBe("Confirmed: Maple Health System's submission does not mention export controls (searched its whole text for: export controls / export restrictions).");
    expect(en.sources).toEqual([]);
    const zh = await service.checkClaim('Maple Health 的意見書完全沒有提到出口管制');
    expect(zh.verdict).toBe('confirmed-absent');
    expect(zh.text).toMatch(/^確認：Maple Health System 的意見書沒有提到出口管制（已在其全文中檢索：export controls/);
  });

  it('a word that only starts alike is no mention ("electronic mail" is not electricity)', async () => {
    const result = await service.checkClaim("Maple Health's comment doesn't mention electricity.");
    expect(result.verdict).toBe('confirmed-absent');
  });

  it('not so when it does: the passage that mentions it, in English and Chinese', async () => {
    const en = await service.checkClaim('Redwood Software said nothing about immigration.');
    expect(en.verdict).toBe('not-absent');
    expect(en.text).toMatch(/^Not so: Redwood Software's submission does mention immigration, in one passage\. For example:/);
    expect(en.text).toContain('"We ask Congress to reform immigration rules and expand H-1B visas so that engineers trained at American universities can stay and work here." [1]');
    quotesVerified(en);
    const zh = await service.checkClaim('Redwood Software 的意見書沒有提到移民');
    expect(zh.verdict).toBe('not-absent');
    expect(zh.text).toMatch(/^並非如此：Redwood Software 的意見書提到了移民/);
    quotesVerified(zh);
  });
});

describe('a claim about an organisation that filed nothing', () => {
  it('named in the claim, in English and Chinese', async () => {
    const en = await service.checkClaim("Oracle's comment said cloud capacity must triple.");
    expect(en.verdict).toBe('no-submitter');
    expect(en.text).toMatch(/^No submission from Oracle is in the corpus \(4 submissions\)/);
    const zh = await service.checkClaim('甲骨文在意見書中要求放寬出口管制');
    expect(zh.verdict).toBe('no-submitter');
    expect(zh.text).toMatch(/^語料庫（共 4 份提交意見）中沒有 Oracle 提交的意見書/);
  });

  it('named only in the submitter option', async () => {
    const result = await service.checkClaim('The comment asked for more compute for universities.', { submitter: 'Oracle' });
    expect(result.verdict).toBe('no-submitter');
    expect(result.text).toMatch(/^No submission from Oracle/);
  });
});

describe('with a chat model', () => {
  let fake: FakeOpenAI;
  let llm: RetrievalService;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    llm = await openService(dir, chatModel(fake.url, { timeoutMs: 2_000, maxRetries: 0 }));
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('an absence is decided on the text, without asking the model', async () => {
    const before = fake.requests.length;
    const result = await llm.checkClaim('Maple Health System did not address export controls.');
    expect(result.verdict).toBe('confirmed-absent');
    expect(result.mode).toBe('llm');
    expect(fake.requests.length).toBe(before);
  });

  it("the model's verdict on a changed detail stands when its quote is verified", async () => {
    fake.script('chat', [{ text: '{"verdict": "contradicted", "passage": 1, "quote": "We are investing $40 billion to add 9 gigawatts of generation by 2030", "difference": "The submission says 9 gigawatts, not 12."}' }]);
    const result = await llm.checkClaim('Pinecrest Power said it is investing $40 billion to add 12 gigawatts of generation by 2030.');
    expect(result.verdict).toBe('contradicted');
    expect(result.text).toContain('The submission says 9 gigawatts, not 12.');
  });
});
