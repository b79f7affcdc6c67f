import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { parseButton } from './components.js';
import { renderPassages } from './render/results.js';
import { splitMessage } from './render/split.js';
import { NO_MENTIONS } from './surface.js';
import type { BotContext } from './types.js';

const EXPIRED = 'This answer is too old: its passages are no longer kept. Ask again to see them.';

/** 👍 / 👎 record feedback; "Show passages" replies privately with the passages behind the answer. */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = parseButton(interaction.customId);
  if (!action) return;
  const stored = ctx.answers.get(action.answerId);
  const ephemeral = { flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
  try {
    if (action.kind === 'vote') {
      await ctx.feedback.append({
        ts: new Date(ctx.clock()).toISOString(),
        answerId: action.answerId,
        userId: interaction.user.id,
        vote: action.vote,
        question: stored?.question ?? null,
        sources: [...new Set(stored?.passages.map((p) => p.docId) ?? [])],
        mode: stored?.mode ?? null,
      });
      ctx.logger.info({ answerId: action.answerId, userId: interaction.user.id, vote: action.vote }, 'feedback');
      await interaction.reply({ content: action.vote === 'up' ? 'Thanks for the 👍 — recorded.' : 'Thanks — the 👎 is recorded so this answer can be reviewed.', ...ephemeral });
      return;
    }
    const parts = stored ? splitMessage(renderPassages(stored.question, stored.passages)) : [EXPIRED];
    await interaction.reply({ content: parts[0] ?? EXPIRED, ...ephemeral });
    for (const content of parts.slice(1)) await interaction.followUp({ content, ...ephemeral });
  } catch (error) {
    ctx.logger.error({ err: error, customId: interaction.customId }, 'button failed');
    if (!interaction.replied) {
      await interaction.reply({ content: 'Sorry, that did not work. Please try again.', ...ephemeral }).catch(() => undefined);
    }
  }
}
