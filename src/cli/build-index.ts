import path from 'node:path';
import { getConfig } from '../config.js';
import { logger } from '../logger.js';
import { parseCommandLine, runCli, UsageError } from '../shared/cli.js';
import { buildIndex } from '../index-build/build.js';
import { formatBuildReport } from '../index-build/report.js';
import { buildOptionsFrom } from '../index-build/options.js';
import { scrubSecrets } from '../shared/secrets.js';

const USAGE = `usage: npm run index -- [--source PATH_OR_URL] [--respondents PATH_OR_URL] [--out DIR] [--embedder lsa|openai] [--pdf-workers N] [--force] [--json]

  --source       folder of .txt/.pdf submissions, a .zip of them, or an http(s) URL of a zip
                 (default: CORPUS_SOURCE; a folder with raw/ and source/links/ uses both)
  --respondents  the NITRD respondent listing: a file, a folder of its tables, or the page URL
                 (default: RESPONDENTS, else the source's own source/links/, else the listing
                 shipped in data/respondents.json)
  --out          index folder (default: INDEX_DIR, where the bot and the ask/search commands look)
  --embedder     lsa (offline, trained on the corpus) or openai (default: EMBEDDER)
  --pdf-workers  threads extracting PDFs at once (default: one per core)
  --force        rebuild even if nothing changed
  --json         print a JSON summary as the last line of stdout`;

runCli(async () => {
  const { values, positionals } = parseCommandLine(
    process.argv.slice(2),
    {
      source: { type: 'string' },
      respondents: { type: 'string' },
      out: { type: 'string' },
      embedder: { type: 'string' },
      'pdf-workers': { type: 'string' },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (values.help) return void console.log(USAGE);
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}\n\n${USAGE}`);
  const config = getConfig();
  const embedder = (values.embedder as string | undefined) ?? config.EMBEDDER;
  if (embedder !== 'lsa' && embedder !== 'openai') throw new UsageError(`--embedder must be lsa or openai, not "${embedder}"`);
  const workers = values['pdf-workers'] === undefined ? undefined : Number(values['pdf-workers']);
  if (workers !== undefined && !(Number.isInteger(workers) && workers > 0)) throw new UsageError(`--pdf-workers must be a whole number above 0, not "${String(values['pdf-workers'])}"`);
  const resolve = (p: string) => (/^https?:\/\//i.test(p) ? p : path.resolve(p));
  const respondents = (values.respondents as string | undefined) ?? undefined;
  const result = await buildIndex(
    buildOptionsFrom(config, {
      ...(values.source ? { source: resolve(values.source as string) } : {}),
      ...(respondents ? { respondents: resolve(respondents) } : {}),
      ...(values.out ? { out: path.resolve(values.out as string) } : {}),
      embedder,
      ...(workers ? { pdfWorkers: workers } : {}),
      progress: !values.json,
      force: values.force as boolean,
      log: logger(),
    }),
  );
  console.log(formatBuildReport(result));
  for (const warning of result.warnings) console.error(`\nWARNING: ${scrubSecrets(warning)}\n`);
  if (values.json) console.log(JSON.stringify(result));
});
