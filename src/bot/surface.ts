import type { ActionRowBuilder, AttachmentPayload, ButtonBuilder, MessageMentionOptions } from 'discord.js';
import { splitMessage } from './render/split.js';

/** No pings, ever — including the replied-to user. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

export interface OutgoingMessage {
  content: string;
  components?: ActionRowBuilder<ButtonBuilder>[];
  /** Attachments (a chart); sent as multipart with the message. */
  files?: AttachmentPayload[];
}

/** Where an answer goes: a deferred interaction reply, or a placeholder message in a channel/thread/DM. */
export interface ReplySurface {
  /** Replaces the first message (progress, streaming, then the start of the answer). */
  edit(message: OutgoingMessage): Promise<string | undefined>;
  /** Sends a continuation message after it; resolves to its id. */
  send(message: OutgoingMessage): Promise<string | undefined>;
}

/**
 * Splits `text` under 2,000 characters: first part edits the first message, the rest follow;
 * attachments go with the first part, buttons on the last.
 */
export async function deliver(
  surface: ReplySurface,
  text: string,
  components: ActionRowBuilder<ButtonBuilder>[] = [],
  files: AttachmentPayload[] = [],
): Promise<string[]> {
  const parts = splitMessage(text);
  const ids: (string | undefined)[] = [];
  for (const [i, content] of parts.entries()) {
    const last = i === parts.length - 1;
    const message: OutgoingMessage = { content, components: last ? components : [], ...(i === 0 && files.length ? { files } : {}) };
    ids.push(i === 0 ? await surface.edit(message) : await surface.send(message));
  }
  return ids.filter((id): id is string => id !== undefined);
}
