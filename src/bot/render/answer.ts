import { answerNotices } from '../../retrieval/plain-text.js';
import type { Aggregate, Answer } from '../../retrieval/types.js';
import { echo, escapeText, truncate } from './escape.js';
import { MESSAGE_LIMIT } from './split.js';
import { sourceLines } from './sources.js';

export function progressText(submissions: number): string {
  return `🔎 Searching ${submissions.toLocaleString('en-US')} submissions…`;
}

export function queuedText(position: number): string {
  return `⏳ Many questions right now — you are number ${position} in line. Your answer will start shortly.`;
}

/** A streamed answer so far, kept within one message. */
export function partialText(textSoFar: string): string {
  const suffix = '\n\n-# ✍️ writing…';
  return truncate(escapeText(textSoFar), MESSAGE_LIMIT - suffix.length - 10) + suffix;
}

function aggregateLine(aggregate: Aggregate): string {
  const cats = aggregate.byCategory
    .filter((c) => c.submissions > 0)
    .map((c) => `${escapeText(c.category)} ${c.submissions.toLocaleString('en-US')}`)
    .join(' · ');
  const campaigns = aggregate.campaigns.length
    ? ` · ${aggregate.campaigns.length} form-letter campaign${aggregate.campaigns.length === 1 ? '' : 's'} (largest ${Math.max(...aggregate.campaigns.map((c) => c.size)).toLocaleString('en-US')})`
    : '';
  const shown = aggregate.submitters.slice(0, 12);
  const names = shown.length
    ? `\nAmong them: ${shown.map((s) => escapeText(s.submitter)).join('; ')}${aggregate.submissions > shown.length ? '; …' : ''}`
    : '';
  return `📊 **${aggregate.submissions.toLocaleString('en-US')}** submissions match “${echo(aggregate.query)}”${cats ? ` — ${cats}` : ''}${campaigns}${names}`;
}

/**
 * The full answer: warnings, text, counts, `extras` (the bot's own lines about what comes with
 * it: a chart's figures when it could not be sent, the attached list), notes and numbered sources.
 */
export function renderAnswer(answer: Answer, extras: readonly (string | undefined)[] = []): string {
  const blocks = answerNotices(answer).map((notice) => `⚠️ ${notice}`);
  blocks.push(escapeText(answer.text.trim()) || '_No answer text._');
  if (answer.aggregate) blocks.push(aggregateLine(answer.aggregate));
  blocks.push(...extras.filter((extra): extra is string => Boolean(extra)));
  if (answer.notes.length) blocks.push(answer.notes.map((n) => `-# ${escapeText(n)}`).join('\n'));
  blocks.push(answer.sources.length ? `**Sources**\n${sourceLines(answer.sources)}` : '_No sources could be cited._');
  return blocks.join('\n\n');
}
