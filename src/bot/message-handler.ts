import type { Message } from 'discord.js';
import { admit } from './admission.js';
import { askAndDeliver, checkAndDeliver, reportFailure } from './answering.js';
import { checkRequest, CLAIM_MISSING } from './check-request.js';
import { messageSurface } from './message-surface.js';
import { questionText, routeMessage } from './message-routing.js';
import { COSTS } from './rate-limit.js';
import { NO_MENTIONS } from './surface.js';
import type { BotContext } from './types.js';

const EMPTY_QUESTION = 'Ask me a question after the mention, e.g. “What do AI companies say about export controls?” — or use `/help`.';

/** Mentions, follow-ups in the bot's threads, replies to the bot, and DMs. */
export async function handleMessage(message: Message, ctx: BotContext, botId: string): Promise<void> {
  if (message.author.bot || message.author.id === botId || message.system || message.webhookId) return;
  const route = await routeMessage(message, ctx, botId);
  if (!route) return;
  const question = questionText(message, botId);
  const check = checkRequest(question);
  // Nothing to answer: a bare mention, or "check:" without its claim.
  const missing = !question ? EMPTY_QUESTION : check?.claim === '' ? CLAIM_MISSING : undefined;
  const who = { command: message.inGuild() ? 'mention' : 'dm', userId: message.author.id, guildId: message.guildId, private: !message.inGuild() };
  const refuse = (content: string) => route.refuse({ content, allowedMentions: NO_MENTIONS });
  // Limits first: a refused message starts no thread, and a flood gets one notice a minute.
  const refusal = await admit(ctx, who, missing ? COSTS.light : COSTS.answer);
  if (refusal) {
    if (refusal.reason === 'stopping' || (await ctx.limits.shouldNotify(who.userId))) await refuse(refusal.text);
    return;
  }
  if (missing) {
    await refuse(missing);
    return;
  }
  const { conversationId, createFirst, channel } = await route.open();
  const reply = ctx.replies.hold(messageSurface(createFirst, channel, (id) => ctx.conversations.link(id, conversationId)));
  const { surface } = reply;
  try {
    const history = ctx.conversations.history(conversationId);
    const { answer } = check ? await checkAndDeliver(ctx, surface, { ...who, command: `${who.command}-check` }, check.claim, {}) : await askAndDeliver(ctx, surface, who, question, { history });
    ctx.conversations.append(conversationId, { role: 'user', content: question }, { role: 'assistant', content: answer.text });
  } catch (error) {
    await reportFailure(ctx, surface, who, error);
  } finally {
    reply.release();
  }
}
