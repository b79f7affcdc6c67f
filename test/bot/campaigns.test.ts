/** `/campaigns` and `/ask campaign:`, through the real discord.js client against the fake Discord. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finalEdit, isCallback, startHarness, type Harness } from './harness.js';

describe('/campaigns', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('lists the largest campaigns with size, senders, dates, an escaped opening and how to go on', async () => {
    const { id, token } = h.fake.chatInput('campaigns', {});
    expect((await h.fake.waitFor(isCallback(id))).body.type).toBe(5);
    const content = String((await finalEdit(h.fake, token, (s) => s.includes('form-letter campaigns'))).body.content);
    expect(content).toContain('**158 form-letter campaigns hold 1,034 submissions.** The largest:');
    expect(content).toContain('1. **378 submissions** — Individuals 377 · Non-Profit 1 · received 2025-02-07 to 2025-03-15');
    expect(content).toContain('\\*\\*voice actor\\*\\*');
    expect(content).not.toMatch(/https:\/\/evil\.example/);
    expect(content).toContain('`/campaigns id:AI-RFI-2025-0102` lists its members · `/ask campaign:AI-RFI-2025-0102` asks within it');
    expect(content).toContain('share at least 70% of their four-word sequences');
    expect(h.qa.campaignCalls.at(-1)).toEqual({ limit: 6 });
  });

  it('shows one campaign with its members', async () => {
    const { token } = h.fake.chatInput('campaigns', { id: 'AI-RFI-2025-0102' });
    const content = String((await finalEdit(h.fake, token, (s) => s.includes('Members'))).body.content);
    expect(content).toContain('**Members:** Voice Actor 1 (AI-RFI-2025-1000);');
    expect(content).toContain('; and 15 more');
    expect(content.length).toBeLessThanOrEqual(2_000);
  });

  it('/ask passes the campaign option to the answer', async () => {
    const { token } = h.fake.chatInput('ask', { question: 'What do the letters ask for?', campaign: 'AI-RFI-2025-0102' });
    await finalEdit(h.fake, token);
    expect(h.qa.asks.at(-1)?.options.campaign).toBe('AI-RFI-2025-0102');
  });
});
