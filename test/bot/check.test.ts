/** `/check` and "check: …" messages, through the real discord.js client against the fake Discord. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequest, CLAIM_MISSING } from '../../src/bot/check-request.js';
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
