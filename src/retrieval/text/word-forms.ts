/** Whether two stems the index relates are forms of one word. */
import { terms } from './tokenize.js';

/** Endings that make another form of the same word ("discrimin" / "discriminatori", "america" / "american", the British "mobilis" / "mobil" for mobilize, "member" / "membership"). */
const SUFFIX = /^(s|es|e|i|y|ic|al|ial|ical|ian|an|n|ed|er|ing|ist|ism|iti|ity|ive|ori|atori|ation|at|ate|ment|li|ly|ri|ry|ous|ful|ren|is|ship)$/;

/**
 * Whether a form the index relates to a term (one is the other plus a few letters) is the same
 * word in another form, not another word that starts alike ("electr" and "electron", "elect").
 */
export function sameWord(term: string, form: string): boolean {
  if (form.startsWith(term)) return SUFFIX.test(form.slice(term.length));
  if (term.startsWith(form)) return SUFFIX.test(term.slice(form.length));
  return false;
}

/** The shortest part of a compound word split in two ("cyber" of "cybersecurity"). */
const MIN_COMPOUND_PART = 4;

/**
 * The same words spelt otherwise: two words as one ("health care" → "healthcare"), one word as two
 * ("cybersecurity" → "cyber security"), as search terms; each kept when `held` says the corpus has
 * it (`parts`: the words' own terms).
 */
export function otherSpellings(label: string, held: (spelling: string[], parts: string[]) => boolean): string[][] {
  const words = label.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (words.length === 2) {
    const joined = terms(words.join(''));
    const parts = words.flatMap((w) => terms(w));
    return joined.length === 1 && parts.length === 2 && held(joined, parts) ? [joined] : [];
  }
  if (words.length !== 1 || words[0]!.length < 2 * MIN_COMPOUND_PART) return [];
  const word = words[0]!;
  const out: string[][] = [];
  for (let at = MIN_COMPOUND_PART; at <= word.length - MIN_COMPOUND_PART; at++) {
    const parts = [...terms(word.slice(0, at)), ...terms(word.slice(at))];
    if (parts.length === 2 && held(parts, terms(word))) out.push(parts);
  }
  return out;
}
