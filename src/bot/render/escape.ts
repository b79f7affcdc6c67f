import { escapeMarkdown } from 'discord.js';

const ZWSP = '\u200b';

/** Neutralises @everyone/@here and user, role, channel and slash-command mentions. */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(@[!&]?|#|\/)/g, `<${ZWSP}$1`);
}

/** Makes untrusted text (questions, passages, names, model output) render literally: no formatting, no pings. */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/^(\s*)-#/gm, '$1\\-#');
  return neutraliseMentions(escaped);
}

/** A link without preview. Only http(s) URLs are kept; characters that could end the link are encoded. */
export function safeLink(url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeText(url);
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
