/** Thrown when the queue is full. */
export class BusyError extends Error {
  override name = 'BusyError';
  readonly code = 'BOT_BUSY';
}

/** A global cap on concurrent answers with a bounded FIFO queue. */
export class AnswerGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly maxConcurrent: number,
    private readonly maxQueue: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `task` when a slot is free; `onQueued` is told the queue position when it has to wait. */
  async run<T>(task: () => Promise<T>, onQueued?: (position: number) => void): Promise<T> {
    if (this.running >= this.maxConcurrent) {
      if (this.waiting.length >= this.maxQueue) throw new BusyError('Too many questions in the queue');
      const slot = new Promise<void>((resolve) => this.waiting.push(resolve));
      onQueued?.(this.waiting.length);
      await slot;
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) {
      next(); // the slot passes to the next task: `running` is unchanged
      return;
    }
    this.running -= 1;
  }
}
