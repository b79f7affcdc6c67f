/** Gives a user's answer slot back. */
export type Release = () => Promise<void>;

/**
 * How many answers each user has running, and at most how many they may: in this process
 * (MemorySlots), or in every process of the bot (RedisSlots).
 */
export interface UserSlots {
  /** Takes one of the user's slots, or resolves to undefined when they have their full share running. */
  take(userId: string): Promise<Release | undefined>;
  /** `listener` is called when a slot was given back elsewhere (another process). */
  onReleased(listener: () => void): void;
}

/** The users' slots of this process. */
export class MemorySlots implements UserSlots {
  private readonly running = new Map<string, number>();

  constructor(private readonly perUser: number) {}

  take(userId: string): Promise<Release | undefined> {
    const now = this.running.get(userId) ?? 0;
    if (now >= this.perUser) return Promise.resolve(undefined);
    this.running.set(userId, now + 1);
    let given = false;
    return Promise.resolve(async () => {
      if (given) return;
      given = true;
      const left = (this.running.get(userId) ?? 1) - 1;
      if (left > 0) this.running.set(userId, left);
      else this.running.delete(userId);
    });
  }

  onReleased(): void {
    // Every release here is followed by the gate's own look at its line.
  }
}
