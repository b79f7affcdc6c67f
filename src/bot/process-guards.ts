import type { Logger } from 'pino';

/** The part of `process` the guards use. */
export interface GuardedProcess {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  exit(code: number): void;
}

/**
 * discord.js turns one malformed gateway payload into a rejection nobody handles, which would end
 * the process: such rejections are logged and the bot keeps serving. An uncaught exception leaves
 * the process in an unknown state, so it is logged as fatal and the process exits with code 1.
 */
export function installProcessGuards(log: Logger, proc: GuardedProcess = process): void {
  proc.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection (still serving)'));
  proc.on('uncaughtException', (error) => {
    log.fatal({ err: error }, 'uncaught exception: exiting');
    proc.exit(1);
  });
}
