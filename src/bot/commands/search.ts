import { SlashCommandBuilder } from 'discord.js';
import { runGuarded } from '../answering.js';
import { COSTS } from '../rate-limit.js';
import { renderSearch } from '../render/results.js';
import { deliver } from '../surface.js';
import type { Command } from '../types.js';
import { categoryOption, optionalString, submitterOption, suggestSubmitters } from './options.js';

export const data = new SlashCommandBuilder()
  .setName('search')
  .setDescription('Find the best matching passages in the submissions')
  .addStringOption((o) => o.setName('query').setDescription('Words or a question').setRequired(true).setMaxLength(500))
  .addStringOption(categoryOption)
  .addStringOption(submitterOption);

export const search = {
  data,
  cost: COSTS.lookup,
  async execute(interaction, ctx, surface) {
    const query = interaction.options.getString('query', true);
    const who = { command: 'search', userId: interaction.user.id, guildId: interaction.guildId };
    const started = ctx.clock();
    const passages = await runGuarded(ctx, surface, who, () =>
      ctx.qa.search(query, {
        k: 6,
        category: optionalString(interaction.options.getString('category')),
        submitter: optionalString(interaction.options.getString('submitter')),
      }),
    );
    await deliver(surface, renderSearch(query, passages));
    ctx.logger.info({ ...who, ms: ctx.clock() - started, sources: passages.length }, 'searched');
  },
  autocomplete: suggestSubmitters,
} satisfies Command;
