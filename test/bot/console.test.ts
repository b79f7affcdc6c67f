import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CLAIM_MISSING } from '../../src/bot/check-request.js';
import { runConsole } from '../../src/bot/console.js';
import { OFFLINE_CHECK_NOTE } from '../../src/retrieval/plain-text.js';
import { FakeQa, fakeListingAnswer } from '../support/fake-qa.js';

/** Runs the console over `lines` to its end; what it printed. */
async function converse(qa: FakeQa, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += String(chunk)));
  const done = runConsole(qa, { input, output });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

describe('runConsole', () => {
  it('answers with plain-text sources, runs /search and /stats, keeps history, quits', async () => {
    const qa = new FakeQa();
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk) => (text += String(chunk)));
    const done = runConsole(qa, { input, output });
    input.end('What about chips?\nand energy?\n/search energy\n/stats\n/quit\nignored\n');
    await done;
    expect(text).toContain('10,068 submissions indexed');
    expect(text).toContain('[1] OpenAI — Private Sector — p. 4 — https://files.nitrd.gov/90-fr-9088/OpenAI-AI-RFI-2025.pdf#page=4');
    expect(text).toContain('Passage about energy from OpenAI.');
    expect(text).toContain('412345 passages');
    expect(qa.asks.map((a) => a.question)).toEqual(['What about chips?', 'and energy?']);
    expect(qa.histories[1]).toEqual([
      { role: 'user', content: 'What about chips?' },
      { role: 'assistant', content: expect.stringContaining('export controls') },
    ]);
  });

  it('checks a claim after "check:" or "核查：", and asks for the claim after a bare "check:"', async () => {
    const qa = new FakeQa();
    const text = await converse(qa, ['check: Intel asked for a 50% tax credit', '核查：英特爾要求稅收抵免', 'check:', 'And Google?']);
    expect(qa.checks.map((c) => c.claim)).toEqual(['Intel asked for a 50% tax credit', '英特爾要求稅收抵免']);
    expect(qa.asks.map((a) => a.question)).toEqual(['And Google?']);
    expect(text).toContain(
      [
        'Checking the claim "Intel asked for a 50% tax credit"',
        '',
        "Partly found: Intel's submission says the following, but ‘50%’ of the claim is not in it:",
        'Intel (Private Sector):',
        '"We urge a 25% investment tax credit for new fabs." [1]',
        '',
        `(${OFFLINE_CHECK_NOTE})`,
        '',
        'Sources: 1 of 1 citations verified · extractive · 3 ms',
        '[1] Intel — Private Sector — p. 3 — https://files.nitrd.gov/90-fr-9088/Intel-AI-RFI-2025.pdf#page=3',
      ].join('\n'),
    );
    expect(text).toContain(`\n${CLAIM_MISSING}\n`);
    // The checks are part of the conversation, as in a Discord thread.
    expect(qa.histories[0]?.map((t) => t.content)).toEqual([
      'check: Intel asked for a 50% tax credit',
      expect.stringContaining('Partly found'),
      '核查：英特爾要求稅收抵免',
      expect.stringContaining('Partly found'),
    ]);
  });

  it('prints a count from the respondent listing without an empty "match" or "0 of 0 citations"', async () => {
    const qa = new FakeQa().on('how many', async (q) => fakeListingAnswer(q));
    const text = await converse(qa, ['How many academic and state or local government submissions?']);
    expect(text).toContain('Counts: 292 submissions — Academia 200, Non-Federal Government 92\n');
    expect(text).toContain('\nFrom the NITRD respondent listing · extractive · 5 ms\n');
    expect(text).not.toContain('match ""');
    expect(text).not.toContain('citations verified');
  });
});
