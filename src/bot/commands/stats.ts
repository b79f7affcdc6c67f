import { SlashCommandBuilder } from 'discord.js';
import { interactionSurface } from '../interaction-surface.js';
import { COSTS } from '../rate-limit.js';
import { renderStats } from '../render/results.js';
import { deliver } from '../surface.js';
import type { Command } from '../types.js';

export const data = new SlashCommandBuilder()
  .setName('stats')
  .setDescription('What is indexed: submissions by category, passages, embedder, build time');

export const stats = {
  data,
  cost: COSTS.light,
  async execute(interaction, ctx) {
    await deliver(interactionSurface(interaction, false), renderStats(ctx.qa.stats()));
  },
} satisfies Command;
