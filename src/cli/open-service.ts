import path from 'node:path';
import { createQaService } from '../app.js';
import { getConfig } from '../config.js';

/** The service over `--index DIR` or the configured index. */
export function openService(indexArg: unknown) {
  const config = getConfig();
  return createQaService(config, typeof indexArg === 'string' ? path.resolve(indexArg) : config.INDEX_DIR);
}
