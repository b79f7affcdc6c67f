import type { Clock } from '../shared/clock.js';

export interface ThrottleOptions {
  /** Minimum time between the starts of two edits. */
  intervalMs: number;
  /** Told of an edit that failed; the next text is still sent. */
  onError: (error: unknown) => void;
  clock: Clock;
}

/**
 * Edits a message with the latest text at most once per `intervalMs`; edits never overlap.
 * `stop()` drops pending text and waits for an edit in flight, so the caller's final edit lands last.
 */
export class ThrottledEditor {
  private latest: string | undefined;
  private lastEditAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> = Promise.resolve();
  private busy = false;
  private stopped = false;

  constructor(
    private readonly editFn: (text: string) => Promise<unknown>,
    private readonly options: ThrottleOptions,
  ) {}

  push(text: string): void {
    if (this.stopped) return;
    this.latest = text;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.latest = undefined;
    await this.inFlight;
  }

  private schedule(): void {
    if (this.busy || this.timer) return;
    const wait = Math.max(0, this.lastEditAt + this.options.intervalMs - this.options.clock());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, wait);
  }

  private flush(): void {
    const text = this.latest;
    if (this.stopped || text === undefined) return;
    this.latest = undefined;
    this.busy = true;
    this.lastEditAt = this.options.clock();
    this.inFlight = this.editFn(text)
      .then(() => undefined, this.options.onError)
      .finally(() => {
        this.busy = false;
        if (this.latest !== undefined) this.schedule();
      });
  }
}
