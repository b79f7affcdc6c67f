import { SlashCommandBuilder } from 'discord.js';
import { interactionSurface } from '../interaction-surface.js';
import { COSTS } from '../rate-limit.js';
import { HELP_TEXT } from '../render/help.js';
import { deliver } from '../surface.js';
import type { Command } from '../types.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('How to use this bot');

export const help = {
  data,
  cost: COSTS.light,
  ephemeral: () => true,
  async execute(interaction) {
    await deliver(interactionSurface(interaction, true), HELP_TEXT);
  },
} satisfies Command;
