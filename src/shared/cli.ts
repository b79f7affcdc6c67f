import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command-line usage error: printed with the usage text, exit code 1. */
export class UsageError extends Error {
  override name = 'UsageError';
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
      const err = error as Error & { code?: string };
      const known = err.name === 'UsageError' || err.name === 'ConfigError' || typeof err.code === 'string';
      process.stderr.write(`${known ? `error: ${err.message}` : (err.stack ?? String(err))}\n`);
      process.exit(1);
    },
  );
}
