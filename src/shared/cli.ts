import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CodedError } from './errors.js';
import { scrubSecrets } from './secrets.js';

/** A command-line usage error: printed with the usage text, exit code 1. */
export class UsageError extends CodedError<'BAD_USAGE'> {
  constructor(message: string) {
    super('BAD_USAGE', message);
  }
}

export function parseCommandLine<T extends ParseArgsConfig['options']>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options: options!, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${usage}`);
  }
}

/** Runs a CLI's main function: clean messages for expected errors, exit code 1 on failure. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      // An expected error is its message; anything else is a bug, shown with its stack.
      const text = error instanceof CodedError ? `error: ${error.message}` : error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`${scrubSecrets(text)}\n`);
      process.exit(1);
    },
  );
}
