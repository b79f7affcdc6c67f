import { SlashCommandBuilder } from 'discord.js';
import { checkAndDeliver } from '../answering.js';
import { COSTS } from '../rate-limit.js';
import type { Command } from '../types.js';
import { optionalString, submitterOption, suggestSubmitters } from './options.js';

export const data = new SlashCommandBuilder()
  .setName('check')
  .setDescription("Check a claim about what a submitter said against the submission itself")
  .addStringOption((o) =>
    o.setName('claim').setDescription('e.g. "Intel asked for a 50% tax credit for new fabs" (any language)').setRequired(true).setMaxLength(1000),
  )
  .addStringOption(submitterOption);

export const check = {
  data,
  cost: COSTS.answer,
  async execute(interaction, ctx, surface) {
    const claim = interaction.options.getString('claim', true);
    await checkAndDeliver(ctx, surface, { command: 'check', userId: interaction.user.id, guildId: interaction.guildId }, claim, {
      submitter: optionalString(interaction.options.getString('submitter')),
    });
  },
  autocomplete: suggestSubmitters,
} satisfies Command;
