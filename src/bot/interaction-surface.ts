import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { scrubSecrets } from '../shared/secrets.js';
import { NO_MENTIONS, type ReplySurface } from './surface.js';

/** A deferred interaction: edits go to the original reply, continuations are follow-ups. */
export function interactionSurface(interaction: RepliableInteraction, ephemeral: boolean): ReplySurface {
  return {
    async edit({ content, components = [], files }) {
      const message = await interaction.editReply({ content: scrubSecrets(content), components, ...(files ? { files } : {}), allowedMentions: NO_MENTIONS, flags: MessageFlags.SuppressEmbeds });
      return message.id;
    },
    async send({ content, components = [], files }) {
      const message = await interaction.followUp({
        content: scrubSecrets(content),
        components,
        ...(files ? { files } : {}),
        allowedMentions: NO_MENTIONS,
        flags: ephemeral ? MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds : MessageFlags.SuppressEmbeds,
      });
      return message.id;
    },
  };
}
