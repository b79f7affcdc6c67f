import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThrottledEditor } from '../../src/bot/throttle.js';

describe('ThrottledEditor', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] }));
  afterEach(() => void vi.useRealTimers());

  it('edits at most once per interval, with the latest text, and never two edits at once', async () => {
    const edits: { at: number; text: string }[] = [];
    let inFlight = 0;
    let overlapped = false;
    const editor = new ThrottledEditor(
      async (text) => {
        overlapped ||= inFlight > 0;
        inFlight++;
        edits.push({ at: Date.now(), text });
        await new Promise((resolve) => setTimeout(resolve, 30)); // a REST round trip
        inFlight--;
      },
      { intervalMs: 100, onError: () => undefined, clock: () => Date.now() },
    );
    for (let i = 1; i <= 20; i++) {
      editor.push(`text ${i}`);
      await vi.advanceTimersByTimeAsync(20);
    }
    await vi.advanceTimersByTimeAsync(200);
    await editor.stop();
    expect(edits[0]).toEqual({ at: expect.any(Number), text: 'text 1' });
    expect(edits.at(-1)?.text).toBe('text 20');
    for (let i = 1; i < edits.length; i++) expect(edits[i]!.at - edits[i - 1]!.at).toBeGreaterThanOrEqual(100);
    expect(edits.length).toBeGreaterThanOrEqual(4);
    expect(overlapped).toBe(false);
  });

  it('stop() drops pending text and waits for the edit in flight', async () => {
    const edits: string[] = [];
    let finished = false;
    const editor = new ThrottledEditor(
      async (text) => {
        edits.push(text);
        await new Promise((resolve) => setTimeout(resolve, 50));
        finished = true;
      },
      { intervalMs: 100, onError: () => undefined, clock: () => Date.now() },
    );
    editor.push('first');
    await vi.advanceTimersByTimeAsync(1);
    editor.push('pending');
    const stopped = editor.stop();
    await vi.advanceTimersByTimeAsync(60);
    await stopped;
    expect(finished).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(edits).toEqual(['first']);
  });
});
