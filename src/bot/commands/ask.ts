import { SlashCommandBuilder } from 'discord.js';
import { askAndDeliver } from '../answering.js';
import { COSTS } from '../rate-limit.js';
import type { Command } from '../types.js';
import { categoryOption, optionalString, submitterOption, suggestSubmitters } from './options.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the AI Action Plan RFI submissions; answered with numbered sources')
  .addStringOption((o) => o.setName('question').setDescription('Your question (any language)').setRequired(true).setMaxLength(1000))
  .addStringOption(categoryOption)
  .addStringOption(submitterOption)
  .addStringOption((o) => o.setName('campaign').setDescription('Ask within one form-letter campaign: the id /campaigns shows').setMaxLength(100))
  .addBooleanOption((o) => o.setName('private').setDescription('Show the answer only to you'));

export const ask = {
  data,
  cost: COSTS.answer,
  ephemeral: (interaction) => interaction.options.getBoolean('private') ?? false,
  async execute(interaction, ctx, surface) {
    const question = interaction.options.getString('question', true);
    const isPrivate = interaction.options.getBoolean('private') ?? false;
    await askAndDeliver(ctx, surface, { command: 'ask', userId: interaction.user.id, guildId: interaction.guildId, private: isPrivate }, question, {
      category: optionalString(interaction.options.getString('category')),
      submitter: optionalString(interaction.options.getString('submitter')),
      campaign: optionalString(interaction.options.getString('campaign')),
    });
  },
  autocomplete: suggestSubmitters,
} satisfies Command;
