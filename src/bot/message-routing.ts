import { ChannelType, type Message, type MessageCreateOptions } from 'discord.js';
import type { Turn } from '../retrieval/types.js';
import { oneLine, truncate } from './render/escape.js';
import type { BotContext } from './types.js';

/** Where an admitted question is answered and which conversation it continues. */
export interface OpenRoute {
  conversationId: string;
  /** Creates the first bot message (reply, thread message or DM). */
  createFirst(options: MessageCreateOptions): Promise<Message>;
  channel: { send(options: MessageCreateOptions): Promise<Message> };
}

/** A message for the bot. Nothing is created until `open()`: refusals go out in place. */
export interface Route {
  /** A reply where the message was written (no thread is started). */
  refuse(options: MessageCreateOptions): Promise<Message>;
  /** Starts a thread for a new question in a channel, or restores a thread's history, and says where to answer. */
  open(): Promise<OpenRoute>;
}

export function questionText(message: Message, botId: string): string {
  return message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
}

/** Decides whether the bot should answer `message`, and where. `undefined` means: not for us. */
export async function routeMessage(message: Message, ctx: BotContext, botId: string): Promise<Route | undefined> {
  const channel = message.channel;
  if (!channel.isSendable()) return undefined;
  const reply = (options: MessageCreateOptions) => message.reply({ ...options, failIfNotExists: false });
  const inPlace = (route: OpenRoute, refuse = route.createFirst): Route => ({ refuse, open: async () => route });
  if (!message.inGuild()) return inPlace({ conversationId: `dm:${channel.id}`, createFirst: (o) => channel.send(o), channel });
  if (channel.isThread() && (channel.ownerId === botId || ctx.conversations.has(channel.id))) {
    const route = { conversationId: channel.id, createFirst: (o: MessageCreateOptions) => channel.send(o), channel };
    return {
      refuse: route.createFirst,
      async open() {
        if (!ctx.conversations.has(channel.id)) ctx.conversations.seed(channel.id, await fetchThreadHistory(message, botId, ctx));
        return route;
      },
    };
  }
  const replied = await repliedBotMessage(message, ctx, botId);
  if (replied) {
    const known = ctx.conversations.conversationOf(replied.id);
    const conversationId = known ?? `reply:${replied.id}`;
    return {
      refuse: reply,
      async open() {
        if (!known) ctx.conversations.seed(conversationId, [{ role: 'assistant', content: replied.content }]);
        return { conversationId, createFirst: reply, channel };
      },
    };
  }
  if (!message.mentions.users.has(botId)) return undefined;
  const inReply: OpenRoute = { conversationId: `reply:${message.id}`, createFirst: reply, channel };
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) return inPlace(inReply);
  return {
    refuse: reply,
    async open() {
      try {
        const name = truncate(oneLine(questionText(message, botId)), 90) || 'Question';
        const thread = await message.startThread({ name, autoArchiveDuration: 1440 });
        return { conversationId: thread.id, createFirst: (o) => thread.send(o), channel: thread };
      } catch (error) {
        ctx.logger.info({ err: error, channelId: channel.id }, 'could not start a thread; replying instead');
        return inReply;
      }
    },
  };
}

async function repliedBotMessage(message: Message, ctx: BotContext, botId: string): Promise<Message | undefined> {
  const refId = message.reference?.messageId;
  if (!refId) return undefined;
  const cached = message.channel.messages.cache.get(refId);
  if (cached) return cached.author.id === botId ? cached : undefined;
  try {
    const fetched = await message.fetchReference();
    return fetched.author.id === botId ? fetched : undefined;
  } catch (error) {
    ctx.logger.debug({ err: error, refId }, 'replied-to message not found');
    return undefined;
  }
}

/** After a restart the in-memory history is gone: rebuild it from the thread's last messages. */
async function fetchThreadHistory(message: Message, botId: string, ctx: BotContext): Promise<Turn[]> {
  try {
    const fetched = await message.channel.messages.fetch({ limit: ctx.config.historyMessages, before: message.id });
    return [...fetched.values()]
      .sort((a, b) => a.createdTimestamp - b.createdTimestamp)
      .filter((m) => m.content.trim())
      .map((m) => ({
        role: m.author.id === botId ? ('assistant' as const) : ('user' as const),
        content: m.author.id === botId ? m.content : questionText(m, botId),
      }));
  } catch (error) {
    ctx.logger.warn({ err: error, channelId: message.channelId }, 'could not fetch thread history');
    return [];
  }
}
