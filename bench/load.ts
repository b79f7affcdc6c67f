/** `npm run bench:load`: 50 users ask at once through the real discord.js client against the local fake Discord. */
import { FakeQa } from '../test/support/fake-qa.js';
import { runLoadBenchmark } from './load-runner.js';

const qa = new FakeQa();
qa.latencyMs = 150; // the fake answers in ~150 ms, roughly an extractive answer over the full index
// Swapping in the real pipeline is one line: assign the real QaService to `qa` instead of the fake.

const result = await runLoadBenchmark(qa, { users: 50 });
console.log(`answered ${result.answered}/${result.users}, lost ${result.lost}`);
console.log(`interaction → final reply: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms`);
console.log(`start → ready ${result.startToReadyMs} ms, bot RSS ${result.rssMb} MB`);
console.log(JSON.stringify(result));
