import { MessageFlags, type AutocompleteInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { admit } from './admission.js';
import { reportFailure } from './answering.js';
import { handleButton } from './buttons.js';
import { commandsByName } from './commands/index.js';
import { interactionSurface } from './interaction-surface.js';
import { COSTS } from './rate-limit.js';
import { NO_MENTIONS } from './surface.js';
import type { BotContext } from './types.js';

export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  if (interaction.isChatInputCommand()) return handleCommand(interaction, ctx);
  if (interaction.isAutocomplete()) return handleAutocomplete(interaction, ctx);
  if (interaction.isButton()) {
    const refusal = await admit(ctx, { command: 'button', userId: interaction.user.id }, COSTS.light);
    if (refusal) return void (await interaction.reply({ content: refusal.text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS }));
    return handleButton(interaction, ctx);
  }
}

async function handleCommand(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const command = commandsByName.get(interaction.commandName);
  if (!command) return;
  const who = { command: command.data.name, userId: interaction.user.id, guildId: interaction.guildId };
  const ephemeral = command.ephemeral?.(interaction) ?? false;
  try {
    const refusal = await admit(ctx, who, command.cost);
    if (refusal) {
      await interaction.reply({ content: refusal.text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return;
    }
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  } catch (error) {
    ctx.logger.error({ err: error, ...who }, 'command failed before it was acknowledged');
    return;
  }
  const reply = ctx.replies.hold(interactionSurface(interaction, ephemeral));
  try {
    await command.execute(interaction, ctx, reply.surface);
  } catch (error) {
    await reportFailure(ctx, reply.surface, who, error);
  } finally {
    reply.release();
  }
}

async function handleAutocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const command = commandsByName.get(interaction.commandName);
  const started = ctx.clock();
  try {
    // Suggestions come with every keystroke and are computed on the gateway's thread: a flood of
    // them gets empty lists once the user's budget is spent, not the work.
    const allowed = await ctx.limits.take(interaction.user.id, COSTS.suggest);
    if (!allowed.ok) {
      ctx.metrics.refused('rate', COSTS.suggest.kind);
      ctx.logger.debug({ command: interaction.commandName, userId: interaction.user.id }, 'autocomplete rate limited');
      await interaction.respond([]);
      return;
    }
    if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
    ctx.logger.debug({ command: interaction.commandName, ms: ctx.clock() - started }, 'autocomplete');
  } catch (error) {
    ctx.logger.warn({ err: error, command: interaction.commandName }, 'autocomplete failed');
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}
