import { REST, Routes } from 'discord.js';
import { commandPayloads } from './commands/index.js';

export interface DeployOptions {
  token: string;
  appId: string;
  /** Guild commands update at once; global ones can take up to an hour. */
  guildId?: string;
  apiUrl?: string;
}

/** Replaces the application's slash commands with the registry's; returns the deployed names. */
export async function deployCommands(options: DeployOptions): Promise<string[]> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.appId, options.guildId)
    : Routes.applicationCommands(options.appId);
  const deployed = (await rest.put(route, { body: commandPayloads() })) as { name: string }[];
  return deployed.map((c) => c.name);
}
