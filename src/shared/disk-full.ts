import { CodedError } from './errors.js';

/** The system error codes that mean a write found no room, and how to say each. */
const DISK_FULL_REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
};

/** How deep to look through errors wrapping errors; a loop of causes must not hang us. */
const MAX_CAUSES = 8;

/**
 * The system error saying the disk is full, if `error` is one or wraps one (libraries rethrow
 * Node's error as the `cause` of their own); undefined for any other error.
 */
export function diskFullCause(error: unknown): NodeJS.ErrnoException | undefined {
  let current = error;
  for (let depth = 0; depth < MAX_CAUSES && current instanceof Error; depth++) {
    const { code } = current as NodeJS.ErrnoException;
    if (code !== undefined && Object.hasOwn(DISK_FULL_REASONS, code)) return current;
    current = current.cause;
  }
  return undefined;
}

/** A write that failed because the disk, or the user's quota on it, is full. */
export class DiskFullError extends CodedError<'DISK_FULL'> {
  constructor(
    /** The file the system named, else the file or folder being written. */
    readonly path: string,
    /** What the system said, in words: no space left, or the quota used up. */
    readonly reason: string,
    /** What this means for the reader and what to do, after the facts. */
    advice = '',
    options?: { cause?: unknown },
  ) {
    super('DISK_FULL', `the disk is full (${reason}) while writing to ${path}${advice ? `: ${advice}` : ''}`, options);
  }

  /**
   * `error` as a DiskFullError when the disk is full, naming the file the system reported, else
   * `writing` (what was being written); undefined for any other error. One already made is kept.
   */
  static from(error: unknown, writing: string): DiskFullError | undefined {
    if (error instanceof DiskFullError) return error;
    const cause = diskFullCause(error);
    if (!cause) return undefined;
    // Of a call with two paths (rename, copy, symlink) the system names the one written as `dest`.
    const named = (cause as { dest?: string }).dest ?? cause.path;
    return new DiskFullError(named ?? writing, DISK_FULL_REASONS[cause.code!]!, '', { cause });
  }

  /** The same error with what it means for the reader, and what to do, said after it. */
  advise(advice: string): DiskFullError {
    return new DiskFullError(this.path, this.reason, advice, { cause: this.cause });
  }
}
