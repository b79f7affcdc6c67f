import type { Command } from '../types.js';
import { ask } from './ask.js';
import { campaigns } from './campaigns.js';
import { check } from './check.js';
import { compare } from './compare.js';
import { help } from './help.js';
import { search } from './search.js';
import { stats } from './stats.js';
import { submission } from './submission.js';

/** Every slash command; used at runtime and by the deploy script. */
export const commands: readonly Command[] = [ask, check, search, submission, compare, campaigns, stats, help];

export const commandsByName: ReadonlyMap<string, Command> = new Map(commands.map((c) => [c.data.name, c]));

export function commandPayloads() {
  return commands.map((c) => c.data.toJSON());
}
