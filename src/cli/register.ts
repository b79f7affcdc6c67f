/** `npm run register -- --guild ID | --global`: deploys the slash commands in the registry. */
import { deployCommands } from '../bot/deploy.js';
import { ConfigError, getConfig } from '../config.js';
import { parseCommandLine, runCli, UsageError } from '../shared/cli.js';

const USAGE = 'usage: npm run register -- --guild <GUILD_ID> | --global   (default: DISCORD_GUILD_ID when set)';

runCli(async () => {
  const { values } = parseCommandLine(process.argv.slice(2), { guild: { type: 'string' }, global: { type: 'boolean' }, help: { type: 'boolean' } }, USAGE);
  if (values.help) return void console.log(USAGE);
  const config = getConfig();
  const guildId = values.global ? undefined : ((values.guild as string | undefined) ?? config.DISCORD_GUILD_ID);
  if (values.global && values.guild) throw new UsageError(`give either --guild or --global, not both\n\n${USAGE}`);
  if (!values.global && !guildId) throw new UsageError(`no target: pass --guild <id> or --global, or set DISCORD_GUILD_ID\n\n${USAGE}`);
  if (!config.DISCORD_TOKEN) throw new ConfigError('DISCORD_TOKEN is not set.');
  if (!config.DISCORD_APP_ID) throw new ConfigError('DISCORD_APP_ID is not set (Developer Portal → General Information → Application ID).');
  const names = await deployCommands({ token: config.DISCORD_TOKEN, appId: config.DISCORD_APP_ID, ...(guildId ? { guildId } : {}), ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}) });
  console.log(`registered ${names.length} commands (${guildId ? `guild ${guildId}` : 'global'}): ${names.join(', ')}`);
});
