import { pino, type Logger } from 'pino';
import { getConfig } from './config.js';

let root: Logger | undefined;

/** The one structured logger. Keys and tokens are redacted wherever they appear as fields. */
export function logger(): Logger {
  if (!root) {
    const config = getConfig();
    root = pino({
      level: config.LOG_LEVEL,
      redact: { paths: ['token', '*.token', 'apiKey', '*.apiKey', 'authorization', '*.authorization'], censor: '[redacted]' },
      ...(config.LOG_PRETTY ? { transport: { target: 'pino-pretty', options: { destination: 2 } } } : {}),
    }, config.LOG_PRETTY ? undefined : pino.destination(2));
  }
  return root;
}
