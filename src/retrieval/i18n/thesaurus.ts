/**
 * The glossary read as an English thesaurus: each of its terms lists the English forms of one
 * thing ("Department of Defense", "DoD", "Pentagon"; "deepfake", "deep fakes"), so a question's
 * phrase found among them may have the others as other names. Used where a wrong "no" costs
 * most: whether a submission mentions a topic at all.
 */
import { terms as termsOf } from '../text/tokenize.js';
import { GLOSSARY } from './glossary.js';
import type { Glossary } from './glossary-schema.js';

/** Term sequences (stemmed) of each English form, by the key of every form. */
const indexes = new WeakMap<Glossary, Map<string, string[][]>>();

function indexOf(glossary: Glossary): Map<string, string[][]> {
  let index = indexes.get(glossary);
  if (index) return index;
  index = new Map();
  for (const entry of glossary.terms) {
    const forms = [...new Map(entry.en.map((e) => termsOf(e)).filter((t) => t.length > 0).map((t) => [t.join(' '), t])).values()];
    if (forms.length < 2) continue;
    for (const form of forms) {
      const key = form.join(' ');
      index.set(key, [...(index.get(key) ?? []), ...forms.filter((f) => f.join(' ') !== key)]);
    }
  }
  indexes.set(glossary, index);
  return index;
}

/**
 * Other names of a phrase of two or more words (its stemmed terms), from the glossary's terms:
 * only those that keep one of its words ("export restrictions" for "export controls"). A glossary
 * entry also gathers related ideas ("loss of control" beside "control", "strategic competition"
 * beside "China"), which are no other names.
 */
export function otherNames(phrase: readonly string[], glossary: Glossary = GLOSSARY): string[][] {
  if (phrase.length < 2) return [];
  const found = indexOf(glossary).get(phrase.join(' ')) ?? [];
  const seen = new Set<string>();
  return found.filter((f) => f.some((t) => phrase.includes(t)) && !seen.has(f.join(' ')) && seen.add(f.join(' ')));
}

/**
 * Other one-word forms of the glossary terms a word (stemmed) is a form of ("regul" for "rule"),
 * from entries whose every form is one word (an entry with phrases gathers related ideas: "court"
 * beside "ruling"). For ranking only (what a "how many" question counts), never for a no.
 */
export function otherWords(term: string, glossary: Glossary = GLOSSARY): string[] {
  let words = oneWordIndexes.get(glossary);
  if (!words) {
    words = new Map();
    for (const entry of glossary.terms) {
      const forms = entry.en.map((e) => termsOf(e));
      if (!forms.every((f) => f.length === 1)) continue;
      for (const [t] of forms) words.set(t!, [...new Set([...(words.get(t!) ?? []), ...forms.map((f) => f[0]!).filter((o) => o !== t)])]);
    }
    oneWordIndexes.set(glossary, words);
  }
  return words.get(term) ?? [];
}

/** Each one-word form's entries' other forms, phrases too, by glossary (see `relatedForms`). */
const relatedIndexes = new WeakMap<Glossary, Map<string, string[][]>>();

/**
 * Every other English form of the glossary entries a word (stemmed) is a one-word form of, phrases
 * too ("department of defense", "dod" for "pentagon"; "court" for "ruling"): related ideas as much
 * as other names, so only ever a reason not to say a submission lacks the word, never a "yes".
 */
export function relatedForms(term: string, glossary: Glossary = GLOSSARY): string[][] {
  let index = relatedIndexes.get(glossary);
  if (!index) {
    index = new Map();
    for (const entry of glossary.terms) {
      const forms = entry.en.map((e) => termsOf(e)).filter((f) => f.length > 0);
      for (const form of forms) {
        if (form.length !== 1) continue;
        const others = forms.filter((f) => f.join(' ') !== form[0]);
        index.set(form[0]!, [...(index.get(form[0]!) ?? []), ...others]);
      }
    }
    relatedIndexes.set(glossary, index);
  }
  return index.get(term) ?? [];
}

/** Each one-word form's other one-word forms, by glossary (see `otherWords`). */
const oneWordIndexes = new WeakMap<Glossary, Map<string, string[]>>();

/**
 * The names the glossary gives an organisation, country, person or product that a label names
 * ("China" → China, Chinese, PRC, People's Republic of China, CCP, Chinese Communist Party): every
 * entry that has the label among its names. Empty when the label names none.
 */
export function entityNames(label: string, glossary: Glossary = GLOSSARY): string[] {
  const key = label.trim().toLowerCase();
  if (!key) return [];
  return [...new Set(glossary.organisations.filter((o) => o.names.some((n) => n.toLowerCase() === key)).flatMap((o) => o.names))];
}

/**
 * The names of what a label names, for whether a submission mentions it at all: the glossary's
 * organisation names (`entityNames`), or for a one-word name the glossary keeps as a term
 * ("Pentagon"), that term's other capitalised forms ("Department of Defense", "DoD"), not its
 * lower-case related words ("defense"). Only ever a reason not to say "does not mention".
 */
export function namesOf(label: string, glossary: Glossary = GLOSSARY): string[] {
  const organisations = entityNames(label, glossary);
  const name = label.trim();
  if (organisations.length > 0 || !/^\p{Lu}[\p{L}\p{N}]*$/u.test(name)) return organisations;
  return [...new Set(glossary.terms.filter((t) => t.en.includes(name)).flatMap((t) => t.en.filter((e) => /^\p{Lu}/u.test(e))))];
}
