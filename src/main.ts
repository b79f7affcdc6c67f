import { createAnswerService } from './app.js';
import { createBot } from './bot/bot.js';
import { botConfigFrom } from './bot/config.js';
import { checkFeedbackLog } from './bot/feedback.js';
import { LOADING_INDEX, type HealthReport } from './bot/health.js';
import { startHealthServer } from './bot/health-server.js';
import { BotMetrics } from './bot/metrics.js';
import { runConsole } from './bot/console.js';
import { installProcessGuards } from './bot/process-guards.js';
import { connectRedis } from './bot/redis.js';
import { getConfig } from './config.js';
import { buildIndex } from './index-build/build.js';
import { buildOptionsFrom } from './index-build/options.js';
import { formatBuildReport } from './index-build/report.js';
import { logger } from './logger.js';
import { IndexError } from './retrieval/load-index.js';
import { ReloadingQaService } from './retrieval/reloading.js';
import { runCli } from './shared/cli.js';
import type { Log } from './shared/log.js';

/** Serves /healthz and /metrics (with the process's own metrics) for the bot to come. */
async function serveMetrics(host: string, port: number, health: () => HealthReport, log: Log): Promise<BotMetrics> {
  const metrics = new BotMetrics({ processMetrics: true });
  const server = await startHealthServer({ host, port, registry: metrics.registry, health, log });
  log.info({ url: server.url }, 'serving /healthz and /metrics');
  return metrics;
}

/**
 * `npm start`: the bot when DISCORD_TOKEN is set, otherwise an interactive console chat over the
 * same pipeline. Without an index, one is built first from CORPUS_SOURCE.
 */
runCli(async () => {
  const config = getConfig();
  const log = logger();
  installProcessGuards(log);
  // Votes are recorded only by the bot: a log it cannot write is refused before anything starts.
  if (config.DISCORD_TOKEN) await checkFeedbackLog(config.FEEDBACK_LOG);
  // Probes get an answer from the start ("loading the index" until the bot exists), and a port in
  // use fails now rather than after the index has loaded.
  let health = (): HealthReport => LOADING_INDEX;
  const metrics = config.DISCORD_TOKEN && config.METRICS_PORT ? await serveMetrics(config.METRICS_HOST, config.METRICS_PORT, () => health(), log) : undefined;
  const open = (dir: string) => createAnswerService(config, dir, log);
  // The bot follows rebuilds: `npm run index` swaps a new index in, and it is picked up.
  const start = () => ReloadingQaService.start(config.INDEX_DIR, open, { pollMs: config.INDEX_RELOAD_SECONDS * 1000, log });
  const qa = await start().catch(async (error: unknown) => {
    if (!(error instanceof IndexError) || error.code !== 'NO_INDEX') throw error;
    console.error(`No index at ${config.INDEX_DIR} yet: building it from ${config.CORPUS_SOURCE} (set CORPUS_SOURCE in .env to use another source).`);
    try {
      console.error(formatBuildReport(await buildIndex(buildOptionsFrom(config, { log }))));
    } catch (buildError) {
      throw new IndexError('NO_INDEX', `${(buildError as Error).message}\nBuild an index with \`npm run index -- --source PATH_OR_URL\` (a folder of .txt/.pdf submissions, a .zip, or its URL), then run npm start again.`);
    }
    return start();
  });
  if (!config.DISCORD_TOKEN) {
    await runConsole(qa);
    return;
  }
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL, log) : undefined;
  const bot = createBot({ qa, config: botConfigFrom(config), logger: log, clock: Date.now, ...(redis ? { redis } : {}), ...(metrics ? { metrics } : {}) });
  health = bot.health;
  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down: finishing answers in flight');
    void bot
      .stop()
      .then(() => redis?.close())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  await bot.start(config.DISCORD_TOKEN);
  // Runs until a signal stops it, or a shard is lost for good: then it exits for a supervisor to restart it.
  const lost = await bot.gatewayLost;
  log.fatal({ code: lost.closeCode }, `${lost.message} Exiting.`);
  await bot.stop();
  throw lost;
});
