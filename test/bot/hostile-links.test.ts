/**
 * Links in text the bot did not write (model output, passages, submitter names, echoed input) go
 * out inert: not clickable, no preview. Only the bot's own source links to the official PDFs are live.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { liveLinks, maskedLinkOpenings } from '../support/discord-render.js';
import { failOnUnhandledRejections, finalEdit, isCallback, isOriginalEdit, messageBodies, postTo, startHarness, type Harness } from './harness.js';

const OFFICIAL = 'https://files.nitrd.gov/90-fr-9088/';
const official = (url: string) => url.startsWith(OFFICIAL);

describe('links in untrusted text', () => {
  let h: Harness;
  const rejections = failOnUnhandledRejections();
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
    rejections.dispose();
  });
  afterEach(() => expect(rejections.errors).toEqual([]));

  it('streamed edits and the final answer keep every foreign link inert; source links stay live', async () => {
    const { token } = h.fake.chatInput('ask', { question: 'links in the answer?' });
    const streamed = await h.fake.waitFor((c) => isOriginalEdit(token)(c) && String(c.body?.content).includes('writing…'), 3_000, 'a streamed edit');
    const final = await finalEdit(h.fake, token);
    await h.bot.idle();
    for (const content of [String(streamed.body.content), String(final.body.content)]) {
      expect(content).toContain('evil.example');
      expect(liveLinks(content).filter((url) => !official(url))).toEqual([]);
      expect(maskedLinkOpenings(content)).toEqual([]);
    }
    expect(liveLinks(String(final.body.content))).toEqual([`${OFFICIAL}AI-RFI-2025-0777.pdf#page=2`]);
    expect(String(final.body.content)).toContain('[1]'); // citation markers still read as such
  });

  it('passages, submitter names and echoed queries show links as text', async () => {
    const { token } = h.fake.chatInput('ask', { question: 'links again' });
    const final = await finalEdit(h.fake, token);
    const passagesButton = (final.body.components[0].components as { custom_id: string }[]).find((b) => b.custom_id.startsWith('pass:'))!;
    const click = h.fake.button(passagesButton.custom_id);
    const passages = String((await h.fake.waitFor(isCallback(click.id))).body.data.content);
    expect(passages).toContain('evil.example/org');
    expect(liveLinks(passages)).toEqual([`${OFFICIAL}AI-RFI-2025-0777.pdf#page=2`]);
    expect(maskedLinkOpenings(passages)).toEqual([]);

    const search = h.fake.chatInput('search', { query: 'see [this](https://evil.example/q) or https://evil.example/r' });
    const found = String((await finalEdit(h.fake, search.token, (s) => s.includes('Best passages'))).body.content);
    expect(found).toContain('evil.example/q');
    expect(liveLinks(found).filter((url) => !official(url))).toEqual([]);
    expect(maskedLinkOpenings(found)).toEqual([]);
  });

  it('answers in a thread (message edits) keep foreign links inert too', async () => {
    const asked = h.fake.userMessage('links in a thread?', { mention: true, user: { id: '9101' } });
    await h.fake.waitFor(postTo(asked.id, (s) => s.includes('Sources')));
    await h.bot.idle();
    const inThread = h.fake.calls.filter(postTo(asked.id, (s) => s.includes('evil.example')));
    expect(inThread.some((c) => String(c.body.content).includes('writing…'))).toBe(true);
    for (const call of inThread) expect(liveLinks(String(call.body.content)).filter((url) => !official(url))).toEqual([]);
  });

  it('no message the bot sent carries a live foreign link', () => {
    const foreign = messageBodies(h.fake).flatMap((b) => liveLinks(String(b.content))).filter((url) => !official(url));
    expect(foreign).toEqual([]);
  });
});
