/** `/check` and "check: …" messages, through the real discord.js client against the fake Discord. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequest, CLAIM_MISSING } from '../../src/bot/check-request.js';
import type { QaService } from '../../src/retrieval/types.js';
import { openClaimsService } from '../support/claims-corpus.js';
import { finalEdit, isCallback, postTo, startHarness, type Harness } from './harness.js';

describe('checking a claim', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('/check shows the verdict with its quote and sources, and passes the submitter option', async () => {
    const { id, token } = h.fake.chatInput('check', { claim: 'Intel asked for a 50% tax credit for new fabs', submitter: 'Intel' });
    expect((await h.fake.waitFor(isCallback(id))).body.type).toBe(5);
    const content = String((await finalEdit(h.fake, token, (s) => s.includes('Checking the claim'))).body.content);
    expect(content).toContain('**Checking the claim** “Intel asked for a 50% tax credit for new fabs”');
    expect(content).toContain("🟡 Partly found: Intel's submission says the following, but ‘50%’ of the claim is not in it:");
    expect(content).toContain('"We urge a 25% investment tax credit for new fabs." [1]');
    expect(content).toContain('[1] Intel — Private Sector — p. 3 — <https://files.nitrd.gov/90-fr-9088/Intel-AI-RFI-2025.pdf#page=3>');
    expect(content).toContain('it does not judge whether the claim is true');
    expect(h.qa.checks.at(-1)).toMatchObject({ claim: 'Intel asked for a 50% tax credit for new fabs', options: { submitter: 'Intel' } });
  });

  it('"check: …" in a DM is a claim check, not a question', async () => {
    const asks = h.qa.asks.length;
    h.fake.userMessage('check: Intel asked for a 50% tax credit', { dm: true, user: { id: '7001' } });
    const reply = await h.fake.waitFor(postTo(h.fake.dmChannelId, (s) => s.includes('Checking the claim')), 5_000, 'check reply');
    expect(String(reply.body.content)).toContain('Partly found');
    expect(h.qa.checks.at(-1)?.claim).toBe('Intel asked for a 50% tax credit');
    expect(h.qa.asks.length).toBe(asks);
  });

  it('"核查：…" in a mention is a claim check, answered in its thread', async () => {
    const asks = h.qa.asks.length;
    const asked = h.fake.userMessage('核查：英特爾要求稅收抵免', { mention: true });
    const reply = await h.fake.waitFor(postTo(asked.id, (s) => s.includes('Checking the claim')), 5_000, 'check reply in the thread');
    expect(String(reply.body.content)).toContain('**Checking the claim** “英特爾要求稅收抵免”');
    expect(h.qa.checks.at(-1)?.claim).toBe('英特爾要求稅收抵免');
    expect(h.qa.asks.length).toBe(asks);
  });

  it('"check:" with nothing after it asks for the claim, in place, and neither checks nor answers', async () => {
    const [asks, checks] = [h.qa.asks.length, h.qa.checks.length];
    const asked = h.fake.userMessage('check:', { mention: true });
    const reply = await h.fake.waitFor(postTo(h.fake.channelId, (s) => s === CLAIM_MISSING), 5_000, 'the request for a claim');
    expect(reply.body.message_reference?.message_id).toBe(asked.id);
    h.fake.userMessage('核查：  ', { dm: true, user: { id: '7002' } });
    await h.fake.waitFor(postTo(h.fake.dmChannelId, (s) => s === CLAIM_MISSING), 5_000, 'the request for a claim in a DM');
    expect([h.qa.asks.length, h.qa.checks.length]).toEqual([asks, checks]);
    expect(h.fake.calls.some((c) => c.path.endsWith(`/messages/${asked.id}/threads`))).toBe(false);
  });

  it('reads the prefix in English and Chinese, and nothing else', () => {
    expect(checkRequest('check: Intel asked for X')).toEqual({ claim: 'Intel asked for X' });
    expect(checkRequest('Fact-check: Intel asked for X')).toEqual({ claim: 'Intel asked for X' });
    expect(checkRequest('核查：英特爾要求稅收抵免')).toEqual({ claim: '英特爾要求稅收抵免' });
    expect(checkRequest('查核: 英特爾要求稅收抵免')).toEqual({ claim: '英特爾要求稅收抵免' });
    expect(checkRequest('Can you check what Intel asked for?')).toBeUndefined();
    expect(checkRequest('check:   ')).toEqual({ claim: '' });
    expect(checkRequest('核實：')).toEqual({ claim: '' });
  });
});

/** `/check` against the real service over an authored corpus: the new verdicts as Discord shows them. */
describe('checking a claim that changed a detail, or says something was left out', () => {
  let h: Harness;
  let claims: { service: QaService; cleanup(): Promise<void> };
  beforeAll(async () => {
    claims = await openClaimsService();
    h = await startHarness({ qa: claims.service, config: { answerTimeoutMs: 20_000 } });
  });
  afterAll(async () => {
    await h?.close();
    await claims?.cleanup();
  });

  const check = async (options: Record<string, string>, done: (content: string) => boolean) => {
    const { token } = h.fake.chatInput('check', options);
    return String((await finalEdit(h.fake, token, done, 10_000)).body.content);
  };

  it('a changed number: the differing figures, the passage with its figure in bold, and the source', async () => {
    const content = await check({ claim: 'Pinecrest Power said it is investing $40 billion to add 12 gigawatts of generation by 2030.' }, (s) => s.includes('Sources'));
    expect(content).toContain("🟠 Differs: Pinecrest Power's submission says something close, but not the same: the claim says ‘12 gigawatts’, the passage ‘9 gigawatts’.");
    expect(content).toContain('"We are investing $40 billion to add **9 gigawatts** of generation by 2030, enough to power 6 million homes." [1]');
    expect(content).toContain('[1] Pinecrest Power — Private Sector');
    expect(content).toContain('it does not judge whether the claim is true');
  });

  it('a changed comparison in a Chinese claim: Chinese words around the verdict, in the script of the claim', async () => {
    const content = await check({ claim: 'Vector Labs 說 H20 晶片在訓練上和 H100 一樣好' }, (s) => s.includes('來源'));
    expect(content).toContain('**核查論斷** “Vector Labs 說 H20 晶片在訓練上和 H100 一樣好”');
    expect(content).toContain('🟠 有出入：Vector Labs 的意見書說法相近，但細節不同：論斷說「一樣好」，原文是「underperforms」。');
    expect(content).toContain('"The H20 accelerator **underperforms** the H100 for initial model training, though it remains useful for inference." [1]');
    expect(content).toContain('-# 離線核查：');
    expect(content).not.toContain('Checking the claim');
  });

  it('a true and a false absence claim, and an organisation that filed nothing given as the submitter option', async () => {
    const confirmed = await check({ claim: 'Their comment never mentions export controls.', submitter: 'Maple Health System' }, (s) => s.includes('Confirmed'));
    expect(confirmed).toContain("✅ Confirmed: Maple Health System's submission does not mention export controls");
    expect(confirmed).toContain('it searched the whole submission for the words of what the claim says it left out');
    expect(confirmed).toContain('_No passage could be cited._');
    const notSo = await check({ claim: 'Redwood Software 的意见书没有提到移民' }, (s) => s.includes('来源'));
    expect(notSo).toContain('❌ 并非如此：Redwood Software 的意见书提到了移民');
    expect(notSo).toContain('"We ask Congress to reform immigration rules');
    const nobody = await check({ claim: 'The comment asked for more compute.', submitter: 'Oracle' }, (s) => s.includes('Oracle'));
    expect(nobody).toContain('⚪ No submission from Oracle is in the corpus');
  });
});
