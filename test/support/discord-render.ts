/** How Discord would render message content, as far as the tests need to know. */

/**
 * URLs Discord would make clickable: bare `http(s)://…` (also inside `<…>` and in a masked link's
 * target). Case-insensitive, to be strict. A URL whose `://` is broken is not one.
 */
export function liveLinks(content: string): string[] {
  return [...content.matchAll(/https?:\/\/[^\s<>()\]]+/gi)].map((m) => m[0]);
}

/** Masked-link syntax `[text](` whose opening bracket is not escaped with a backslash. */
export function maskedLinkOpenings(content: string): string[] {
  return [...content.matchAll(/(?<!\\)\[[^\]\n]*\]\(/g)].map((m) => m[0]);
}
