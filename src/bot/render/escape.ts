import { escapeMarkdown } from 'discord.js';
import { OFFICIAL_PDF_BASE } from '../../shared/project.js';

const ZWSP = '\u200b';

/** Neutralises @everyone/@here and user, role, channel and slash-command mentions. */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(@[!&]?|#|\/)/g, `<${ZWSP}$1`);
}

/**
 * Breaks every `scheme://` with a zero-width space, so Discord shows a URL as text (not clickable,
 * no preview), and escapes the opening bracket of every masked link `[text](…)` on a line.
 */
export function inertLinks(text: string): string {
  return text.replaceAll('://', `:${ZWSP}//`).replace(/\[(?=[^\n]*\]\()/g, '\\[');
}

/** Makes untrusted text (questions, passages, names, model output) render literally: no formatting, no pings, no links. */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true })
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/^(\s*)-#/gm, '$1\\-#');
  return inertLinks(neutraliseMentions(escaped));
}

/**
 * The bot's own link to a source, without preview. Only links to the official PDF host are live;
 * any other URL (e.g. from a respondent table) is shown as inert text. Characters that could end
 * the link are encoded.
 */
export function safeLink(url: string): string {
  if (!url.startsWith(OFFICIAL_PDF_BASE)) return escapeText(url);
  return `<${url.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;
}

/** Shortens to `max` characters at a word boundary, adding an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Longest stretch of the user's own input that a reply repeats. */
export const ECHO_MAX_CHARS = 200;

/** Input shown back to its sender (a query, an id, a name): one line, shortened, escaped. */
export function echo(text: string, max = ECHO_MAX_CHARS): string {
  return escapeText(truncate(oneLine(text), max));
}

/** Collapses whitespace, for one-line excerpts. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
