import { MessageFlags, type AutocompleteInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { reportFailure } from './answering.js';
import { handleButton } from './buttons.js';
import { commandsByName } from './commands/index.js';
import { interactionSurface } from './interaction-surface.js';
import { NO_MENTIONS } from './surface.js';
import type { BotContext } from './types.js';
import { RESTARTING, rateLimited } from './user-messages.js';

export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  if (interaction.isChatInputCommand()) return handleCommand(interaction, ctx);
  if (interaction.isAutocomplete()) return handleAutocomplete(interaction, ctx);
  if (interaction.isButton()) return handleButton(interaction, ctx);
}

async function handleCommand(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const command = commandsByName.get(interaction.commandName);
  if (!command) return;
  const who = { command: command.data.name, userId: interaction.user.id, guildId: interaction.guildId };
  const ephemeral = command.ephemeral?.(interaction) ?? false;
  try {
    if (command.costly) {
      const refusal = ctx.isStopping() ? RESTARTING : refusalForRate(ctx, interaction.user.id);
      if (refusal) {
        await interaction.reply({ content: refusal, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
        return;
      }
    }
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    await command.execute(interaction, ctx);
  } catch (error) {
    if (interaction.deferred || interaction.replied) {
      await reportFailure(ctx, interactionSurface(interaction, ephemeral), who, error);
    } else {
      ctx.logger.error({ err: error, ...who }, 'command failed before it was acknowledged');
    }
  }
}

function refusalForRate(ctx: BotContext, userId: string): string | undefined {
  const decision = ctx.limiter.take(userId);
  if (decision.ok) return undefined;
  ctx.logger.info({ userId, retryAt: decision.retryAt }, 'rate limited');
  return rateLimited(ctx.config.rateLimitPerMinute, decision.retryAt);
}

async function handleAutocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const command = commandsByName.get(interaction.commandName);
  const started = ctx.clock();
  try {
    if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
    ctx.logger.debug({ command: interaction.commandName, ms: ctx.clock() - started }, 'autocomplete');
  } catch (error) {
    ctx.logger.warn({ err: error, command: interaction.commandName }, 'autocomplete failed');
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}
