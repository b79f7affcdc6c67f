/** Whether two stems the index relates are forms of one word. */

/** Endings that make another form of the same word ("discrimin" / "discriminatori", "america" / "american", the British "mobilis" / "mobil" for mobilize). */
const SUFFIX = /^(s|es|e|i|y|ic|al|ial|ical|ian|an|n|ed|er|ing|ist|ism|iti|ity|ive|ori|atori|ation|at|ate|ment|li|ly|ri|ry|ous|ful|ren|is)$/;

/**
 * Whether a form the index relates to a term (one is the other plus a few letters) is the same
 * word in another form, not another word that starts alike ("electr" and "electron", "elect").
 */
export function sameWord(term: string, form: string): boolean {
  if (form.startsWith(term)) return SUFFIX.test(form.slice(term.length));
  if (term.startsWith(form)) return SUFFIX.test(term.slice(form.length));
  return false;
}
