/**
 * What library code logs through, passed in by the composition root: the process's pino logger
 * fits it, and so does `silentLog`. Library code never creates a logger (that would read the
 * configuration), so an unrelated bad setting cannot throw inside a search or an answer.
 */
export interface Log {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

const ignore = () => undefined;

/** Logs nothing: the default of library code that is given no logger. */
export const silentLog: Log = { debug: ignore, info: ignore, warn: ignore, error: ignore };
