import { codeOf } from '../shared/errors.js';
import { AnswerTimeoutError } from './timeout.js';

export const RESTARTING = '🔄 The bot is restarting. Please ask again in a minute.';
/** The last edit of an answer the bot could not finish before it stopped. */
export const RESTARTED_UNANSWERED = '🔄 The bot is restarting and could not finish this answer. Please ask again in a minute.';
export const BUSY = '🚦 I am busy answering many questions right now. Please try again in a minute.';

export function rateLimited(perMinute: number, retryAtMs: number): string {
  const at = Math.ceil(retryAtMs / 1000);
  return `⏱️ You can ask ${perMinute} question${perMinute === 1 ? '' : 's'} per minute. You can ask again <t:${at}:R>.`;
}

export function tooFast(what: string, perMinute: number, retryAtMs: number): string {
  return `⏱️ You can use ${what} ${perMinute} times a minute. Try again <t:${Math.ceil(retryAtMs / 1000)}:R>.`;
}

/** A message for the user that says what happened and what to do, never a stack trace. */
export function errorText(error: unknown): string {
  if (error instanceof AnswerTimeoutError) {
    return `⌛ This answer took longer than ${Math.round(error.ms / 1000)} seconds and was stopped. Try a narrower question, or \`/search\` for passages.`;
  }
  switch (codeOf(error)) {
    case 'BOT_BUSY':
      return BUSY;
    case 'BAD_QUESTION':
      return `❓ ${(error as Error).message}`;
    case 'LLM_TIMEOUT':
      return '⌛ The language model took too long to respond. Please try again in a minute; `/search` still works meanwhile.';
    case 'LLM_RATE_LIMITED':
      // The message says how long the model asks to wait, when it says.
      return `🚦 ${(error as Error).message.replace(/\.$/, '')}; \`/search\` still works meanwhile.`;
    case 'LLM_FAILED':
      return '⚠️ The language model service failed to answer. Please try again shortly; `/search` still shows the matching passages.';
    default:
      return '⚠️ Something went wrong while answering. It has been logged; please try again, or rephrase the question.';
  }
}
