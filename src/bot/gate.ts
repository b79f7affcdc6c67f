import { CodedError } from '../shared/errors.js';

/** Thrown when the queue is full. */
export class BusyError extends CodedError<'BOT_BUSY'> {
  constructor(message: string) {
    super('BOT_BUSY', message);
  }
}

interface Waiter {
  userId: string;
  /** Called once a slot has been taken for this waiter. */
  admit(): void;
}

/**
 * A global cap on concurrent answers with a bounded queue, fair between users: one user runs at
 * most `perUser` answers at once, however many they asked. A free slot goes to the first waiter in
 * line whose user is under that share; the others keep their place.
 */
export class AnswerGate {
  private running = 0;
  private readonly runningByUser = new Map<string, number>();
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly maxConcurrent: number,
    private readonly maxQueue: number,
    private readonly perUser: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `task` for `userId` when a slot is free; `onQueued` is told the queue position when it has to wait. */
  async run<T>(userId: string, task: () => Promise<T>, onQueued?: (position: number) => void): Promise<T> {
    // Waiters are admitted whenever a slot frees up, so none could start now: no one is overtaken.
    if (this.canStart(userId)) this.take(userId);
    else {
      if (this.waiting.length >= this.maxQueue) throw new BusyError('Too many questions in the queue');
      const admitted = new Promise<void>((admit) => this.waiting.push({ userId, admit }));
      onQueued?.(this.waiting.length);
      await admitted;
    }
    try {
      return await task();
    } finally {
      this.release(userId);
    }
  }

  private canStart(userId: string): boolean {
    return this.running < this.maxConcurrent && (this.runningByUser.get(userId) ?? 0) < this.perUser;
  }

  private take(userId: string): void {
    this.running += 1;
    this.runningByUser.set(userId, (this.runningByUser.get(userId) ?? 0) + 1);
  }

  private release(userId: string): void {
    this.running -= 1;
    const left = (this.runningByUser.get(userId) ?? 1) - 1;
    if (left > 0) this.runningByUser.set(userId, left);
    else this.runningByUser.delete(userId);
    this.admitWaiting();
  }

  /** Hands free slots to waiters in line order, skipping those whose user already has a full share. */
  private admitWaiting(): void {
    for (let i = 0; i < this.waiting.length && this.running < this.maxConcurrent; ) {
      const waiter = this.waiting[i]!;
      if (!this.canStart(waiter.userId)) {
        i += 1;
        continue;
      }
      this.waiting.splice(i, 1);
      this.take(waiter.userId);
      waiter.admit();
    }
  }
}
