import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Answer } from '../retrieval/types.js';
import { codeOf } from '../shared/errors.js';
import { indexAgeSeconds, type ShardState } from './health.js';

/** What the gauges read from the running bot when Prometheus scrapes. */
export interface BotView {
  /** Answers being worked on now (slots of MAX_CONCURRENT_ANSWERS taken). */
  running(): number;
  /** Questions waiting in line for a slot. */
  queued(): number;
  /** When the loaded index was built (ISO 8601). */
  indexBuiltAt(): string;
  shards(): ShardState[];
  /** Milliseconds since the epoch. */
  now(): number;
}

export type RefusalReason = 'rate' | 'stopping';

/** Seconds from a question to its answer delivered: quoted answers take milliseconds, a chat model's up to ANSWER_TIMEOUT_MS. */
const LATENCY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 90];

/** What a failed answer counts as: the two load conditions by name, other expected errors by their code. */
export function failureOutcome(error: unknown): string {
  const code = codeOf(error);
  if (code === 'ANSWER_TIMEOUT') return 'timeout';
  if (code === 'BOT_BUSY') return 'busy';
  return code === undefined ? 'error' : code.toLowerCase();
}

/**
 * The bot's Prometheus metrics, in a registry of its own (several bots in one test process do
 * not collide, and nothing lands in prom-client's global registry). Counters are moved by the
 * answering code; gauges read the bot through a `BotView` at scrape time.
 */
export class BotMetrics {
  readonly registry = new Registry();
  private readonly answers = new Counter({
    name: 'rfi_bot_answers_total',
    help: 'Questions answered or failed, by answer mode (none when no answer was made) and outcome',
    labelNames: ['mode', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'rfi_bot_answer_duration_seconds',
    help: 'Time from a question to its answer delivered, by answer mode',
    labelNames: ['mode'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: 'rfi_bot_refusals_total',
    help: 'Requests refused before any work: reason rate (a user over budget) or stopping (a shutdown), by budget kind',
    labelNames: ['reason', 'kind'] as const,
    registers: [this.registry],
  });

  /** `processMetrics`: also prom-client's default process and Node.js metrics (CPU, memory, event loop lag, GC). */
  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** Adds the gauges, which read the running bot at scrape time: none before there is a bot (while the index loads). */
  watch(view: BotView): void {
    const registers = [this.registry];
    const reading = (name: string, help: string, value: () => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(value());
        },
      });
    reading('rfi_bot_answers_running', 'Answers being worked on now (slots of MAX_CONCURRENT_ANSWERS taken)', () => view.running());
    reading('rfi_bot_answer_queue_length', 'Questions waiting in line for an answer slot', () => view.queued());
    reading('rfi_bot_index_age_seconds', 'Seconds since the loaded index was built', () => indexAgeSeconds(view.indexBuiltAt(), view.now()));
    new Gauge({
      name: 'rfi_bot_shard_ready',
      help: 'Whether each gateway shard of this process is connected and ready (1) or not (0)',
      labelNames: ['shard'] as const,
      registers,
      collect() {
        this.reset();
        for (const shard of view.shards()) this.set({ shard: String(shard.id) }, shard.ready ? 1 : 0);
      },
    });
  }

  /** An answer delivered after `seconds`. */
  answered(answer: Pick<Answer, 'mode' | 'notCovered'>, seconds: number): void {
    this.answers.inc({ mode: answer.mode, outcome: answer.notCovered ? 'not_covered' : 'answered' });
    this.latency.observe({ mode: answer.mode }, seconds);
  }

  /** A question that ended in `error` instead of an answer. */
  failed(error: unknown): void {
    this.answers.inc({ mode: 'none', outcome: failureOutcome(error) });
  }

  refused(reason: RefusalReason, kind: string): void {
    this.refusals.inc({ reason, kind });
  }
}
