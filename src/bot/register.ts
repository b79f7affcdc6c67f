/** `npm run register -- --guild ID | --global`: deploys the slash commands in the registry. */
import { parseArgs } from 'node:util';
import { getConfig } from '../config.js';
import { logger } from '../logger.js';
import { deployCommands } from './deploy.js';

const USAGE = 'Usage: npm run register -- --guild <GUILD_ID> | --global   (default: DISCORD_GUILD_ID when set)';

async function main(): Promise<void> {
  const log = logger();
  const { values } = (() => {
    try {
      return parseArgs({ options: { guild: { type: 'string' }, global: { type: 'boolean' }, help: { type: 'boolean' } } });
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    }
  })();
  if (values.help) {
    log.info(USAGE);
    return;
  }
  const config = getConfig();
  const guildId = values.global ? undefined : (values.guild ?? config.DISCORD_GUILD_ID);
  if (values.global && values.guild) throw new Error(`Give either --guild or --global, not both.\n${USAGE}`);
  if (!values.global && !guildId) throw new Error(`No target: pass --guild <id> or --global, or set DISCORD_GUILD_ID.\n${USAGE}`);
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set.');
  if (!config.DISCORD_APP_ID) throw new Error('DISCORD_APP_ID is not set (Developer Portal → General Information → Application ID).');
  const names = await deployCommands({ token: config.DISCORD_TOKEN, appId: config.DISCORD_APP_ID, guildId, apiUrl: config.DISCORD_API_URL });
  log.info({ commands: names, scope: guildId ? `guild ${guildId}` : 'global' }, `registered ${names.length} commands`);
}

main().catch((error: unknown) => {
  logger().fatal(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
