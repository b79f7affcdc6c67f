import { MessageFlags, type Message, type MessageCreateOptions, type MessageEditOptions } from 'discord.js';
import { scrubSecrets } from '../shared/secrets.js';
import { NO_MENTIONS, type OutgoingMessage, type ReplySurface } from './surface.js';

interface Sendable {
  send(options: MessageCreateOptions): Promise<Message>;
}

/**
 * A placeholder message created on the first edit (as a reply or a plain message), edited afterwards;
 * continuations are sent to `channel`. Every ids sent is reported to `onSent`.
 */
export function messageSurface(
  createFirst: (options: MessageCreateOptions) => Promise<Message>,
  channel: Sendable,
  onSent: (messageId: string) => void,
): ReplySurface {
  let first: Promise<Message> | undefined;
  const options = ({ content, components = [], files }: OutgoingMessage) => ({
    content: scrubSecrets(content),
    components,
    ...(files ? { files } : {}),
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.SuppressEmbeds as const,
  });
  return {
    async edit(message) {
      if (!first) {
        first = createFirst(options(message));
        const created = await first;
        onSent(created.id);
        return created.id;
      }
      const edited = await (await first).edit(options(message) as MessageEditOptions);
      return edited.id;
    },
    async send(message) {
      const sent = await channel.send(options(message));
      onSent(sent.id);
      return sent.id;
    },
  };
}
