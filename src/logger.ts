import PinoPretty from 'pino-pretty';
import { pino, type DestinationStream, type Logger } from 'pino';
import { getConfig, type Config } from './config.js';
import { CENSOR, secretScrubber } from './shared/secrets.js';

export interface LoggerOptions {
  level: string;
  /** Human-readable lines (pino-pretty) instead of JSON. */
  pretty: boolean;
  /** Configured secrets (keys, tokens): every occurrence is cut out of every line written. */
  secrets: readonly (string | undefined)[];
  /** Where lines go; standard error by default. */
  destination?: NodeJS.WritableStream;
}

/** A logger whose every line, message and serialised error alike, is scrubbed of the secrets. */
export function createLogger(options: LoggerOptions): Logger {
  const sink = options.destination ?? 2;
  const out: DestinationStream = options.pretty ? PinoPretty({ destination: sink, sync: true }) : typeof sink === 'number' ? pino.destination(sink) : sink;
  const scrub = secretScrubber(options.secrets);
  const scrubbed: DestinationStream = { write: (line: string) => out.write(scrub(line)) };
  return pino(
    {
      level: options.level,
      // Fields named like credentials are dropped even when their value is not a configured secret.
      redact: { paths: ['token', '*.token', 'apiKey', '*.apiKey', 'authorization', '*.authorization'], censor: CENSOR },
    },
    scrubbed,
  );
}

/** As LOG_PRETTY says; when it is unset, human-readable when standard error is a terminal (a person is reading), JSON otherwise. */
export function loggerOptionsFrom(config: Config, stderr: { isTTY?: boolean } = process.stderr): LoggerOptions {
  return { level: config.LOG_LEVEL, pretty: config.LOG_PRETTY ?? stderr.isTTY === true, secrets: [config.OPENAI_API_KEY, config.DISCORD_TOKEN] };
}

let root: Logger | undefined;

/** The one structured logger of the process, on standard error. */
export function logger(): Logger {
  root ??= createLogger(loggerOptionsFrom(getConfig()));
  return root;
}
