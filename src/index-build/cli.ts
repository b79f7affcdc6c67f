import path from 'node:path';
import { getConfig } from '../config.js';
import { parseCommandLine, runCli, UsageError } from '../shared/cli.js';
import { buildIndex, type BuildSummary } from './build.js';

const USAGE = `usage: npm run index -- [--source PATH_OR_URL] [--respondents PATH] [--out DIR] [--embedder lsa|openai] [--force] [--json]

  --source       folder of .txt/.pdf submissions, a .zip of them, or an http(s) URL of a zip
                 (default: CORPUS_SOURCE; a folder with raw/ and source/links/ uses both)
  --respondents  NITRD respondent tables, a file or a folder (default: RESPONDENTS)
  --out          index folder (default: INDEX_DIR, where the bot and the ask/search commands look)
  --embedder     lsa (offline, trained on the corpus) or openai (default: EMBEDDER)
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
  const resolve = (p: string) => (/^https?:\/\//i.test(p) ? p : path.resolve(p));
  const result = await buildIndex({
    source: resolve((values.source as string | undefined) ?? config.CORPUS_SOURCE),
    ...(values.respondents ?? config.RESPONDENTS ? { respondents: resolve((values.respondents as string | undefined) ?? config.RESPONDENTS!) } : {}),
    out: values.out ? path.resolve(values.out as string) : config.INDEX_DIR,
    embedder,
    cacheDir: config.CACHE_DIR,
    progress: !values.json,
    force: values.force as boolean,
    openai: {
      ...(config.OPENAI_API_KEY ? { apiKey: config.OPENAI_API_KEY } : {}),
      ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
      model: config.OPENAI_EMBEDDING_MODEL,
      ...(config.OPENAI_EMBEDDING_DIMENSIONS ? { dimensions: config.OPENAI_EMBEDDING_DIMENSIONS } : {}),
      batchSize: config.EMBED_BATCH_SIZE,
      concurrency: config.EMBED_CONCURRENCY,
      timeoutMs: config.LLM_TIMEOUT_MS,
      maxRetries: config.LLM_MAX_RETRIES,
    },
  });
  console.log(report(result));
  if (values.json) console.log(JSON.stringify(result));
});

function report(s: BuildSummary): string {
  const lines = [
    s.unchanged ? `Index at ${s.out} is up to date (sources and settings unchanged; use --force to rebuild).` : `Built index at ${s.out}`,
    `  documents: ${s.documents}   chunks: ${s.chunks}   embedder: ${s.embedder} (${s.dimensions} dims)   cached embeddings: ${s.cachedEmbeddings}`,
    `  skipped: ${s.skipped.length}`,
    ...s.skipped.map((k) => `    ${k.id}: ${k.reason}`),
    `  time: ${(s.ms / 1000).toFixed(1)} s (${Object.entries(s.timingsMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')})`,
  ];
  return lines.join('\n');
}
