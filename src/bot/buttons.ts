import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { StoredAnswer, Vote } from './answer-store.js';
import { parseButton } from './components.js';
import { renderPassages } from './render/results.js';
import { splitMessage } from './render/split.js';
import { NO_MENTIONS } from './surface.js';
import type { BotContext } from './types.js';

const UNKNOWN = 'This answer is unknown or too old: only recent answers are kept. Ask again to see its passages or to vote.';
const NOT_RECOGNISED = 'This button is not recognised.';
const NOT_YOURS = 'Only the person who asked can use the buttons of a private answer.';

const thanks = (vote: Vote) => (vote === 'up' ? 'Thanks for the 👍 — recorded.' : 'Thanks — the 👎 is recorded so this answer can be reviewed.');

/** 👍 / 👎 record feedback; "Show passages" replies privately with the passages behind the answer. */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const ephemeral = { flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
  const reply = (content: string) => interaction.reply({ content, ...ephemeral });
  const userId = interaction.user.id;
  try {
    const action = parseButton(interaction.customId);
    if (!action) return void (await reply(NOT_RECOGNISED));
    const stored = await ctx.answers.get(action.answerId);
    if (!stored) return void (await reply(UNKNOWN));
    if (stored.private && stored.userId !== userId) {
      ctx.logger.info({ answerId: stored.id, userId }, 'refused a button of someone else\'s private answer');
      return void (await reply(NOT_YOURS));
    }
    if (action.kind === 'vote') return void (await reply(await recordVote(ctx, stored, userId, action.vote)));
    const parts = splitMessage(renderPassages(stored.question, stored.passages));
    await reply(parts[0] ?? UNKNOWN);
    for (const content of parts.slice(1)) await interaction.followUp({ content, ...ephemeral });
  } catch (error) {
    ctx.logger.error({ err: error, customId: interaction.customId }, 'button failed');
    if (!interaction.replied) await reply('Sorry, that did not work. Please try again.').catch(() => undefined);
  }
}

/** One vote per user per answer: a repeat changes nothing, a different vote replaces the earlier one. */
async function recordVote(ctx: BotContext, stored: StoredAnswer, userId: string, vote: Vote): Promise<string> {
  // Cast before the write, so a double click (on any process) cannot record twice.
  const cast = await ctx.answers.cast(stored.id, userId, vote);
  if (cast.same) return `You already gave this answer a ${vote === 'up' ? '👍' : '👎'}.`;
  const { previous } = cast;
  try {
    await ctx.feedback.append({
      ts: new Date(ctx.clock()).toISOString(),
      answerId: stored.id,
      userId,
      vote,
      ...(previous ? { replaces: previous } : {}),
      question: stored.question,
      sources: [...new Set(stored.passages.map((p) => p.docId))],
      mode: stored.mode,
    });
  } catch (error) {
    await ctx.answers.undo(stored.id, userId, previous);
    throw error;
  }
  ctx.logger.info({ answerId: stored.id, userId, vote, replaces: previous }, 'feedback');
  return previous ? `Thanks — your vote is changed to ${vote === 'up' ? '👍' : '👎'}.` : thanks(vote);
}
