import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/bot/console.js';
import { FakeQa } from '../support/fake-qa.js';

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
});
