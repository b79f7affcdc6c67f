import { SlashCommandBuilder } from 'discord.js';
import { COSTS } from '../rate-limit.js';
import { HELP_TEXT } from '../render/help.js';
import { deliver } from '../surface.js';
import type { Command } from '../types.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('How to use this bot');

export const help = {
  data,
  cost: COSTS.light,
  ephemeral: () => true,
  async execute(_interaction, _ctx, surface) {
    await deliver(surface, HELP_TEXT);
  },
} satisfies Command;
