import { SlashCommandBuilder } from 'discord.js';
import { COSTS } from '../rate-limit.js';
import { renderCampaigns } from '../render/campaigns.js';
import { deliver } from '../surface.js';
import type { Command } from '../types.js';
import { optionalString } from './options.js';

export const data = new SlashCommandBuilder()
  .setName('campaigns')
  .setDescription('Form-letter campaigns: near-identical submissions, largest first')
  .addStringOption((o) => o.setName('topic').setDescription('Only campaigns whose text carries these words').setMaxLength(200))
  .addStringOption((o) => o.setName('id').setDescription('One campaign, with its members: the doc id of any of its submissions').setMaxLength(100));

export const campaigns = {
  data,
  cost: COSTS.lookup,
  async execute(interaction, ctx, surface) {
    const topic = optionalString(interaction.options.getString('topic'));
    const id = optionalString(interaction.options.getString('id'));
    const list = ctx.qa.campaigns({ ...(topic ? { topic } : {}), ...(id ? { id } : {}), limit: 6 });
    await deliver(surface, renderCampaigns(list));
    ctx.logger.info({ command: 'campaigns', userId: interaction.user.id, guildId: interaction.guildId, shown: list.campaigns.length }, 'campaigns');
  },
} satisfies Command;
