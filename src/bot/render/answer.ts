import { answerNotices, listingOrigin } from '../../retrieval/plain-text.js';
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

/** Categories listed in a count's line, and the characters of each name. */
const MAX_CATEGORIES_SHOWN = 12;
const MAX_CATEGORY_CHARS = 60;

function aggregateLine(aggregate: Aggregate): string {
  // A handful of categories, each named briefly: a count's line stays a line whatever it is given.
  const listed = aggregate.byCategory.filter((c) => c.submissions > 0);
  const more = listed.length - MAX_CATEGORIES_SHOWN;
  const cats =
    listed
      .slice(0, MAX_CATEGORIES_SHOWN)
      .map((c) => `${escapeText(truncate(c.category, MAX_CATEGORY_CHARS))} ${c.submissions.toLocaleString('en-US')}`)
      .join(' · ') + (more > 0 ? ` · and ${more.toLocaleString('en-US')} more categories` : '');
  const campaigns = aggregate.campaigns.length
    ? ` · ${aggregate.campaigns.length} form-letter campaign${aggregate.campaigns.length === 1 ? '' : 's'} (largest ${Math.max(...aggregate.campaigns.map((c) => c.size)).toLocaleString('en-US')})`
    : '';
  const shown = aggregate.submitters.slice(0, 12);
  const names = shown.length
    ? `\nAmong them: ${shown.map((s) => escapeText(s.submitter)).join('; ')}${aggregate.submissions > shown.length ? '; …' : ''}`
    : '';
  const one = aggregate.submissions === 1;
  const counted = `**${aggregate.submissions.toLocaleString('en-US')}** submission${one ? '' : 's'}`;
  // A count without a topic (the respondent listing's) matches nothing: its figures are by category.
  const matched = aggregate.query ? ` ${one ? 'matches' : 'match'} “${echo(aggregate.query)}”` : '';
  return `📊 ${counted}${matched}${cats ? ` — ${cats}` : ''}${campaigns}${names}`;
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
  const sources = sourcesBlock(answer);
  if (sources) blocks.push(sources);
  return blocks.join('\n\n');
}

/** The numbered sources; without any, where a count's figures come from, or (not for a count) that none could be cited. */
function sourcesBlock(answer: Answer): string | undefined {
  if (answer.sources.length) return `**Sources**\n${sourceLines(answer.sources)}`;
  const origin = listingOrigin(answer);
  if (origin) return `-# ${origin}.`;
  return answer.aggregate ? undefined : '_No sources could be cited._';
}
