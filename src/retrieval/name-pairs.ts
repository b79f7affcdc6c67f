/**
 * Names a submission gives itself in its own text: "Hewlett Packard Enterprise (HPE)",
 * "the Library Copyright Alliance (LCA)", "Nuclear Energy Institute (NEI)". The listing often
 * has only one of the two (a submitter listed as "HPE", a doc id "LCA-…" under the names of two
 * library associations), and a question uses the other. Pairs of a long form and its short form
 * in brackets are found as Schwartz & Hearst (2003) find abbreviations: the short form's letters,
 * in order, starting the long form's words.
 */

export interface NamePair {
  long: string;
  short: string;
}

/** "Long Form (SF)": a short form of 2–10 characters, mostly capitals, in brackets. */
const BRACKETED = /\(\s*["“”'‘’]?([A-Z][A-Za-z0-9&.-]{1,9})["“”'‘’]?\s*\)/g;
const SMALL = new Set(['of', 'for', 'the', 'and', '&', 'on', 'in', 'at', 'to', 'de', 'a']);

/** The long form before a short form, if its words' initials spell the short form in order. */
export function longFormBefore(text: string, short: string): string | undefined {
  const letters = short.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  if (letters.length < 2) return undefined;
  const words = text.trim().split(/\s+/).slice(-(letters.length + 5));
  // The shortest run of words ending here whose first word starts with the short form's first letter and spells it.
  for (let start = words.length - 1; start >= 0; start--) {
    const run = words.slice(start).map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, '')).filter(Boolean);
    if (run.length === 0 || run[0]![0]?.toLowerCase() !== letters[0]) continue;
    if (SMALL.has(run[0]!.toLowerCase())) continue;
    if (spells(run, letters) && run.filter((w) => !SMALL.has(w.toLowerCase())).every((w) => /^[\p{Lu}\d]/u.test(w))) return run.join(' ');
  }
  return undefined;
}

/** Whether the short form's letters occur in order in the run, each word's first letter used (small words may be skipped). */
function spells(run: string[], letters: string): boolean {
  let i = 0;
  for (const word of run) {
    const lower = word.toLowerCase();
    if (i < letters.length && lower[0] === letters[i]) {
      i++;
      // Letters taken from inside the word ("PhRMA": Pharmaceutical gives P, h? no — R from Research).
      while (i < letters.length && lower.length > 1 && lower.slice(1).includes(letters[i]!) && !run.slice(run.indexOf(word) + 1).some((w) => w.toLowerCase()[0] === letters[i])) i++;
    } else if (!SMALL.has(lower)) {
      return false;
    }
  }
  return i === letters.length;
}

/**
 * Every short form in brackets of two capitals or more ("(HPE)", "(BizFed)"), with the text before
 * it: right after a submitter's own name, it is that submitter's short name however it is formed
 * ("The Los Angeles County Business Federation (BizFed) submits …").
 */
export function bracketedShortForms(text: string): { short: string; before: string }[] {
  return [...text.matchAll(BRACKETED)].filter((m) => (m[1]!.match(/[A-Z]/g) ?? []).length >= 2).map((m) => ({ short: m[1]!, before: text.slice(Math.max(0, m.index - 200), m.index) }));
}

/** Every "Long Form (SF)" pair in a text. */
export function namePairs(text: string): NamePair[] {
  const out: NamePair[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const short = m[1]!;
    if ((short.match(/[A-Z]/g) ?? []).length < 2) continue;
    const long = longFormBefore(text.slice(Math.max(0, m.index - 200), m.index), short);
    if (long && long.split(/\s+/).length >= 2) out.push({ long, short });
  }
  return out;
}
