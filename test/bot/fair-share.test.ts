/** Answer slots are shared fairly: one user's slow answers cannot hold every slot. */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAnswer } from '../support/fake-qa.js';
import { failOnUnhandledRejections, finalEdit, isOriginalEdit, startHarness, type Harness } from './harness.js';

describe('fair share of the answer slots', () => {
  const rejections = failOnUnhandledRejections();
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
    expect(rejections.errors).toEqual([]);
  });

  it("one user's six slow answers hold at most two of four slots; another user is answered at once", async () => {
    h = await startHarness({ config: { maxConcurrentAnswers: 4 } });
    const { fake, qa } = h;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    qa.on('held', async (q) => (await held, fakeAnswer(q)));
    const heavy = Array.from({ length: 6 }, (_, i) => fake.chatInput('ask', { question: `held ${i}` }, { id: '6501' }));
    await fake.waitFor(() => qa.asks.filter((a) => a.question.startsWith('held')).length === 2, 3_000, 'two held answers running');
    // The other four wait (which four depends on the order their replies were deferred), and are told their place in line.
    const queued = () => heavy.filter(({ token }) => fake.calls.some((c) => isOriginalEdit(token)(c) && String(c.body.content).includes('in line')));
    await fake.waitFor(() => queued().length === 4, 3_000, 'four queued notices');

    const other = fake.chatInput('ask', { question: 'quick one' }, { id: '6502' });
    await finalEdit(fake, other.token);
    expect(fake.calls.filter(isOriginalEdit(other.token)).some((c) => String(c.body.content).includes('in line'))).toBe(false);
    expect(qa.asks.filter((a) => a.question.startsWith('held'))).toHaveLength(2);

    release();
    for (const { token } of heavy) await finalEdit(fake, token, undefined, 5_000);
    expect(qa.asks.filter((a) => a.question.startsWith('held')).map((a) => a.question).sort()).toEqual(heavy.map((_, i) => `held ${i}`));
  });
});
