import { describe, expect, it } from 'vitest';
import { AnswerGate } from '../../src/bot/gate.js';

/** A task that runs until `finish()`; `started` tells whether the gate let it start. */
function heldTask(gate: AnswerGate, userId: string, log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const task = { started: false, finish: () => finish(), result: undefined as Promise<void> | undefined, position: undefined as number | undefined };
  task.result = gate.run(
    userId,
    async () => {
      task.started = true;
      log.push(name);
      await done;
    },
    (position) => (task.position = position),
  );
  return task;
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('AnswerGate', () => {
  it('runs FIFO within the cap and refuses when the queue is full', async () => {
    const gate = new AnswerGate(1, 1, 1);
    const log: string[] = [];
    const a = heldTask(gate, 'u1', log, 'a');
    const b = heldTask(gate, 'u2', log, 'b');
    await expect(gate.run('u3', async () => 'c')).rejects.toMatchObject({ code: 'BOT_BUSY' });
    expect(b.position).toBe(1);
    a.finish();
    await a.result;
    await settle();
    b.finish();
    await b.result;
    expect(log).toEqual(['a', 'b']);
  });

  it('gives each user at most their share of the slots; the others keep their place in line', async () => {
    const gate = new AnswerGate(4, 50, 2);
    const log: string[] = [];
    const heavy = Array.from({ length: 6 }, (_, i) => heldTask(gate, 'heavy', log, `h${i}`));
    const light = [heldTask(gate, 'light', log, 'l0'), heldTask(gate, 'other', log, 'o0')];
    await settle();
    expect(log).toEqual(['h0', 'h1', 'l0', 'o0']);
    expect([gate.active, gate.queued]).toEqual([4, 4]);
    const late = heldTask(gate, 'late', log, 'late');
    light[0]!.finish(); // a slot frees: h2 is first in line but its user has a full share
    await light[0]!.result;
    await settle();
    expect(log.at(-1)).toBe('late');
    heavy[0]!.finish();
    await heavy[0]!.result;
    await settle();
    expect(log.at(-1)).toBe('h2');
    expect(late.started).toBe(true);
    for (const t of [...heavy, ...light, late]) t.finish();
    await Promise.all([...heavy, ...light, late].map((t) => t.result));
    expect(log).toEqual(['h0', 'h1', 'l0', 'o0', 'late', 'h2', 'h3', 'h4', 'h5']);
    expect([gate.active, gate.queued]).toEqual([0, 0]);
  });
});
