import { CodedError } from '../shared/errors.js';
import { MemorySlots, type Release, type UserSlots } from './user-slots.js';

/** Thrown when the queue is full. */
export class BusyError extends CodedError<'BOT_BUSY'> {
  constructor(message: string) {
    super('BOT_BUSY', message);
  }
}

interface Waiter {
  userId: string;
  /** Called once a slot has been taken for this waiter, with what gives the user's slot back. */
  admit(release: Release): void;
}

/**
 * A cap on concurrent answers in this process with a bounded queue, fair between users: one user
 * runs at most their share of answers at once (counted by `slots`, in memory or shared by every
 * process through Redis), however many they asked. A free slot goes to the first waiter in line
 * whose user is under that share; the others keep their place.
 */
export class AnswerGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private readonly slots: UserSlots;
  private pumping = false;
  private pumpAgain = false;

  constructor(
    private readonly maxConcurrent: number,
    private readonly maxQueue: number,
    perUser: number,
    slots?: UserSlots,
  ) {
    this.slots = slots ?? new MemorySlots(perUser);
    // A slot another process gave back may be the one a waiter here is waiting for.
    this.slots.onReleased(() => this.pump());
  }

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `task` for `userId` when a slot is free; `onQueued` is told the queue position when it has to wait. */
  async run<T>(userId: string, task: () => Promise<T>, onQueued?: (position: number) => void): Promise<T> {
    // Waiters are admitted whenever a slot frees up, so none could start now: no one is overtaken.
    let release = await this.tryStart(userId);
    if (!release) {
      if (this.waiting.length >= this.maxQueue) throw new BusyError('Too many questions in the queue');
      const admitted = new Promise<Release>((admit) => this.waiting.push({ userId, admit }));
      onQueued?.(this.waiting.length);
      release = await admitted;
    }
    try {
      return await task();
    } finally {
      this.running -= 1;
      await release();
      this.pump();
    }
  }

  /** Takes a place in this process and one of the user's slots, or neither. */
  private async tryStart(userId: string): Promise<Release | undefined> {
    if (this.running >= this.maxConcurrent) return undefined;
    const release = await this.slots.take(userId);
    if (!release) return undefined;
    // Others may have filled the places while the user's slot was asked for.
    if (this.running >= this.maxConcurrent) {
      await release();
      return undefined;
    }
    this.running += 1;
    return release;
  }

  /** Hands free places to waiters in line order, skipping those whose user already has a full share. */
  private pump(): void {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    void (async () => {
      do {
        this.pumpAgain = false;
        for (let i = 0; i < this.waiting.length && this.running < this.maxConcurrent; ) {
          const waiter = this.waiting[i]!;
          const release = await this.tryStart(waiter.userId);
          if (!release) {
            i += 1;
            continue;
          }
          this.waiting.splice(i, 1);
          waiter.admit(release);
        }
      } while (this.pumpAgain);
      this.pumping = false;
    })();
  }
}
