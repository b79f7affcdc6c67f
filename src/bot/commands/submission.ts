import { SlashCommandBuilder } from 'discord.js';
import { COSTS } from '../rate-limit.js';
import { echo } from '../render/escape.js';
import { renderSubmission } from '../render/results.js';
import { deliver } from '../surface.js';
import { withTimeout } from '../timeout.js';
import type { Command } from '../types.js';

export const data = new SlashCommandBuilder()
  .setName('submission')
  .setDescription('Show one submission: submitter, category, date, length, PDF and key passages')
  .addStringOption((o) =>
    o.setName('id').setDescription('Document id or submitter name (start typing)').setRequired(true).setAutocomplete(true).setMaxLength(100),
  );

export const submission = {
  data,
  cost: COSTS.lookup,
  async execute(interaction, ctx, surface) {
    const id = interaction.options.getString('id', true).trim();
    // Every command has a deadline: a stuck index read must not hold the reply open.
    const summary = await withTimeout(ctx.config.answerTimeoutMs, () => ctx.qa.submission(id));
    if (!summary) {
      await surface.edit({ content: `No submission with id “${echo(id)}”. Pick one from the suggestions while typing.` });
      return;
    }
    await deliver(surface, renderSubmission(summary));
  },
  async autocomplete(interaction, ctx) {
    const fragment = interaction.options.getFocused().trim();
    const matches = ctx.qa.suggestDocIds(fragment, 25).slice(0, 25);
    await interaction.respond(
      matches.map((m) => {
        const name = `${m.id} — ${m.submitter}`;
        return { name: name.length <= 100 ? name : `${name.slice(0, 99)}…`, value: m.id.slice(0, 100) };
      }),
    );
  },
} satisfies Command;
