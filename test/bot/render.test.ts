import { describe, expect, it, vi } from 'vitest';
import { parseSubmitters } from '../../src/bot/commands/compare.js';
import { escapeText, safeLink } from '../../src/bot/render/escape.js';
import { splitMessage } from '../../src/bot/render/split.js';
import { COSTS, RateLimits, type RateCost } from '../../src/bot/rate-limit.js';
import { liveLinks, maskedLinkOpenings } from '../support/discord-render.js';

describe('splitMessage', () => {
  it('keeps short text whole and splits long text at paragraph/line boundaries under the limit', () => {
    expect(splitMessage('hello')).toEqual(['hello']);
    const sources = Array.from({ length: 40 }, (_, i) => `[${i + 1}] Submitter ${i} — Private Sector — p. 3 — <https://files.nitrd.gov/90-fr-9088/AI-RFI-2025-${i}.pdf#page=3>`);
    const text = `${'A sentence of the answer. '.repeat(60)}\n\n**Sources**\n${sources.join('\n')}`;
    const parts = splitMessage(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(2000);
    const lines = parts.flatMap((p) => p.split('\n'));
    for (const source of sources) expect(lines).toContain(source);
  });

  it('falls back to sentences, words, then a hard cut', () => {
    const parts = splitMessage('Word '.repeat(1000), 100);
    expect(parts.every((p) => p.length <= 100 && !p.startsWith(' '))).toBe(true);
    expect(splitMessage('x'.repeat(250), 100).map((p) => p.length)).toEqual([100, 100, 50]);
  });
});

describe('escapeText', () => {
  it('neutralises mentions and markdown', () => {
    const out = escapeText('@everyone @here <@123> <@!5> <@&9> <#7> **b** # h\n> quote\n-# small [x](http://e)');
    expect(out).not.toMatch(/(^|[^\u200b])@(everyone|here)/);
    expect(out).not.toMatch(/<[@#]/);
    expect(out).toContain('\\*\\*b\\*\\*');
    expect(out).toContain('\\> quote');
    expect(out).toContain('\\-# small');
    expect(out).toContain('\\[x](http:\u200b//e)');
  });

  it('leaves no link live: several on a line, nested, angle-bracketed, bare, any case', () => {
    const out = escapeText('[a](https://x.example) and [b](https://evil.example/b) [[n](https://e.example/i)](https://e.example/o) <https://e.example/angle> https://e.example/bare HTTPS://E.EXAMPLE ftp://e.example');
    expect(liveLinks(out)).toEqual([]);
    expect(maskedLinkOpenings(out)).toEqual([]);
    expect(out.replaceAll('\u200b', '').replaceAll('\\', '')).toBe('[a](https://x.example) and [b](https://evil.example/b) [[n](https://e.example/i)](https://e.example/o) <https://e.example/angle> https://e.example/bare HTTPS://E.EXAMPLE ftp://e.example');
    expect(escapeText('export controls [1] and safety [2]')).toBe('export controls [1] and safety [2]');
  });

  it('source links: live without preview on the official PDF host only', () => {
    expect(safeLink('https://files.nitrd.gov/90-fr-9088/c d.pdf#page=2')).toBe('<https://files.nitrd.gov/90-fr-9088/c%20d.pdf#page=2>');
    for (const url of ['https://a.b/c.pdf', 'https://files.nitrd.gov.evil.example/x.pdf', 'http://files.nitrd.gov/90-fr-9088/x.pdf']) {
      expect(liveLinks(safeLink(url))).toEqual([]);
    }
    expect(safeLink('javascript:alert(1)')).not.toContain('<javascript');
  });
});

describe('small parts', () => {
  it('parses 2–4 submitters separated by commas or semicolons (also full-width)', () => {
    expect(parseSubmitters('OpenAI, Anthropic; Google，微软；openai')).toEqual(['OpenAI', 'Anthropic', 'Google', '微软']);
  });

  it('rate limits: budgets per minute in proportion to cost, per user, refilled after the minute', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      const limits = new RateLimits(2);
      const spend = async (user: string, cost: RateCost, times: number) => {
        let allowed = 0;
        for (let i = 0; i < times; i++) if ((await limits.take(user, cost)).ok) allowed++;
        return allowed;
      };
      expect([await spend('u', COSTS.answer, 5), await spend('u', COSTS.lookup, 20), await spend('u', COSTS.light, 50)]).toEqual([2, 8, 20]);
      expect(await spend('v', COSTS.compare, 2)).toBe(1);
      const refused = await limits.take('u', COSTS.answer);
      expect(refused).toEqual({ ok: false, perMinute: 2, retryAt: expect.any(Number) });
      expect(refused.ok === false && refused.retryAt - Date.now()).toBeGreaterThan(59_000);
      expect([await limits.shouldNotify('u'), await limits.shouldNotify('u')]).toEqual([true, false]);
      vi.advanceTimersByTime(60_001);
      expect([await spend('u', COSTS.answer, 3), await limits.shouldNotify('u')]).toEqual([2, true]);
    } finally {
      vi.useRealTimers();
    }
  });
});
