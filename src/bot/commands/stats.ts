import { SlashCommandBuilder } from 'discord.js';
import { chartReply } from '../charts.js';
import { COSTS } from '../rate-limit.js';
import { statsChart } from '../render/chart-data.js';
import { renderStats } from '../render/results.js';
import { deliver } from '../surface.js';
import type { Command } from '../types.js';

export const data = new SlashCommandBuilder()
  .setName('stats')
  .setDescription('What is indexed: submissions by category, passages, embedder, build time');

export const stats = {
  data,
  cost: COSTS.light,
  async execute(interaction, ctx, surface) {
    const stats = ctx.qa.stats();
    // The text lists every category's count, so a chart that fails needs no text of its own.
    const chart = await chartReply(ctx, statsChart(stats), { command: 'stats', userId: interaction.user.id });
    await deliver(surface, renderStats(stats), [], chart.files);
  },
} satisfies Command;
