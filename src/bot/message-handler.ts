import type { Message } from 'discord.js';
import { askAndDeliver, reportFailure } from './answering.js';
import { messageSurface } from './message-surface.js';
import { questionText, routeMessage } from './message-routing.js';
import { NO_MENTIONS } from './surface.js';
import type { BotContext } from './types.js';
import { RESTARTING, rateLimited } from './user-messages.js';

const EMPTY_QUESTION = 'Ask me a question after the mention, e.g. “What do AI companies say about export controls?” — or use `/help`.';

/** Mentions, follow-ups in the bot's threads, replies to the bot, and DMs. */
export async function handleMessage(message: Message, ctx: BotContext, botId: string): Promise<void> {
  if (message.author.bot || message.author.id === botId || message.system || message.webhookId) return;
  const route = await routeMessage(message, ctx, botId);
  if (!route) return;
  const question = questionText(message, botId);
  const who = { command: message.inGuild() ? 'mention' : 'dm', userId: message.author.id, guildId: message.guildId, private: !message.inGuild() };
  const refuse = (content: string) => route.createFirst({ content, allowedMentions: NO_MENTIONS });
  if (!question) {
    await refuse(EMPTY_QUESTION);
    return;
  }
  if (ctx.isStopping()) {
    await refuse(RESTARTING);
    return;
  }
  const decision = ctx.limiter.take(message.author.id);
  if (!decision.ok) {
    ctx.logger.info({ ...who, retryAt: decision.retryAt }, 'rate limited');
    await refuse(rateLimited(ctx.config.rateLimitPerMinute, decision.retryAt));
    return;
  }
  const { conversationId } = route;
  const surface = messageSurface(route.createFirst, route.channel, (id) => ctx.conversations.link(id, conversationId));
  try {
    const history = ctx.conversations.history(conversationId);
    const { answer } = await askAndDeliver(ctx, surface, who, question, { history });
    ctx.conversations.append(conversationId, { role: 'user', content: question }, { role: 'assistant', content: answer.text });
  } catch (error) {
    await reportFailure(ctx, surface, who, error);
  }
}
