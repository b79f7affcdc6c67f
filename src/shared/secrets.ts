/**
 * One scrubber for every text that leaves the process (logs, error messages on the command line,
 * the console chat, Discord messages): the configured secrets (the OpenAI key, the Discord token),
 * as written and JSON-escaped, are cut out wherever an upstream server or a model repeats them.
 */

export const CENSOR = '[redacted]';
/** Shorter values are placeholders for servers that ignore keys, and would mangle ordinary words. */
const MIN_SECRET_CHARS = 8;

/** Replaces each secret in a text, also in its JSON-escaped form. */
export function secretScrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  const forms = secrets
    .filter((s): s is string => s !== undefined && s.length >= MIN_SECRET_CHARS)
    .flatMap((s) => [s, JSON.stringify(s).slice(1, -1)])
    .sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  return (text) => forms.reduce((out, form) => out.replaceAll(form, CENSOR), text);
}

let registered: readonly string[] = [];
let scrub: (text: string) => string = (text) => text;

/** The process's secrets, once its configuration is read (`getConfig`). */
export function registerSecrets(secrets: readonly (string | undefined)[]): void {
  registered = [...new Set([...registered, ...secrets.filter((s): s is string => !!s)])];
  scrub = secretScrubber(registered);
}

/** `text` without any registered secret. */
export function scrubSecrets(text: string): string {
  return scrub(text);
}
