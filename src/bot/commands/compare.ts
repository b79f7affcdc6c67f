import { SlashCommandBuilder } from 'discord.js';
import { counted, deliverAnswer, runGuarded } from '../answering.js';
import { COSTS } from '../rate-limit.js';
import { renderComparison } from '../render/results.js';
import type { Command } from '../types.js';
import type { Answer, Comparison } from '../../retrieval/types.js';

export const data = new SlashCommandBuilder()
  .setName('compare')
  .setDescription("Compare 2–4 submitters' positions side by side, with sources")
  .addStringOption((o) =>
    o.setName('submitters').setDescription('2–4 names separated by commas, e.g. OpenAI, Anthropic, Google').setRequired(true).setMaxLength(400),
  )
  .addStringOption((o) => o.setName('question').setDescription('What to compare them on').setRequired(true).setMaxLength(500));

/** "A, B; C" → ["A", "B", "C"] (also full-width ，；、). */
export function parseSubmitters(raw: string): string[] {
  const names = raw.split(/[,;，；、]/).map((n) => n.trim()).filter(Boolean);
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

/** The sides' answers as one, for the buttons, the log and the metrics. */
function combinedAnswer(question: string, comparison: Comparison): Answer {
  const answers = comparison.sides.map((s) => s.answer).filter((a): a is Answer => a !== undefined);
  return {
    question,
    language: answers[0]?.language ?? 'en',
    mode: answers[0]?.mode ?? 'extractive',
    text: '',
    sources: answers.flatMap((a) => a.sources),
    evidence: answers.flatMap((a) => a.evidence),
    citations: {
      total: answers.reduce((sum, a) => sum + a.citations.total, 0),
      verified: answers.reduce((sum, a) => sum + a.citations.verified, 0),
      removed: answers.reduce((sum, a) => sum + a.citations.removed, 0),
    },
    notCovered: answers.every((a) => a.notCovered),
    notes: [],
    ms: 0,
  };
}

export const compare = {
  data,
  cost: COSTS.compare,
  async execute(interaction, ctx, surface) {
    const names = parseSubmitters(interaction.options.getString('submitters', true));
    const question = interaction.options.getString('question', true);
    if (names.length < 2 || names.length > 4) {
      await surface.edit({ content: `Please give 2 to 4 submitter names separated by commas (got ${names.length}).` });
      return;
    }
    const who = { command: 'compare', userId: interaction.user.id, guildId: interaction.guildId };
    const started = ctx.clock();
    await counted(ctx, async () => {
      const comparison = await runGuarded(ctx, surface, who, (signal) => ctx.qa.compare(names, question, { signal }));
      await deliverAnswer(ctx, surface, who, question, combinedAnswer(question, comparison), started, renderComparison(comparison));
    });
  },
} satisfies Command;
