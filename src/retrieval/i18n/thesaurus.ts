/**
 * The glossary read as an English thesaurus: each of its terms lists the English forms of one
 * thing ("Department of Defense", "DoD", "Pentagon"; "deepfake", "deep fakes"), so a question's
 * phrase found among them may have the others as other names. Used where a wrong "no" costs
 * most: whether a submission mentions a topic at all.
 */
import { terms as termsOf } from '../text/tokenize.js';
import { GLOSSARY } from './glossary.js';
import type { Glossary } from './glossary-schema.js';

/** Term sequences (stemmed) of each English form, by the key of every form; `same` for the entries whose forms name one thing. */
const indexes = new WeakMap<Glossary, { related: Map<string, string[][]>; same: Map<string, string[][]>; forms: Set<string> }>();

function indexOf(glossary: Glossary): { related: Map<string, string[][]>; same: Map<string, string[][]>; forms: Set<string> } {
  let index = indexes.get(glossary);
  if (index) return index;
  index = { related: new Map(), same: new Map(), forms: new Set() };
  for (const entry of glossary.terms) {
    const forms = [...new Map(entry.en.map((e) => termsOf(e)).filter((t) => t.length > 0).map((t) => [t.join(' '), t])).values()];
    for (const form of forms) index.forms.add(form.join(' '));
    if (forms.length < 2) continue;
    for (const form of forms) {
      const key = form.join(' ');
      const others = forms.filter((f) => f.join(' ') !== key);
      index.related.set(key, [...(index.related.get(key) ?? []), ...others]);
      if (entry.same) index.same.set(key, [...(index.same.get(key) ?? []), ...others]);
    }
  }
  indexes.set(glossary, index);
  return index;
}

/**
 * Other names of a phrase of two or more words (its stemmed terms), from the glossary's terms:
 * only those that keep one of its words ("export restrictions" for "export controls"). A glossary
 * entry also gathers related ideas ("loss of control" beside "control", "strategic competition"
 * beside "China"), which are no other names; all the forms of an entry marked `same` are.
 */
export function otherNames(phrase: readonly string[], glossary: Glossary = GLOSSARY): string[][] {
  if (phrase.length < 2) return [];
  const { related, same } = indexOf(glossary);
  const key = phrase.join(' ');
  const seen = new Set<string>();
  // An entry whose forms name one thing gives them all ("tariffs" for "import duties").
  const found = [...(same.get(key) ?? []), ...(related.get(key) ?? []).filter((f) => f.some((t) => phrase.includes(t)))];
  return found.filter((f) => !seen.has(f.join(' ')) && seen.add(f.join(' ')));
}

/** Whether a word or phrase (its stemmed terms) is an English form of a glossary term ("copyright", "data center", "energy use"): a thing the glossary names. */
export function isGlossaryForm(phrase: readonly string[], glossary: Glossary = GLOSSARY): boolean {
  return phrase.length >= 1 && indexOf(glossary).forms.has(phrase.join(' '));
}

/** Only the other names of a word or phrase from entries whose forms name one thing (`same`): another name of it, not a related idea ("biological weapons" for "bioweapons"). */
export function sameThingNames(phrase: readonly string[], glossary: Glossary = GLOSSARY): string[][] {
  return phrase.length === 0 ? [] : (indexOf(glossary).same.get(phrase.join(' ')) ?? []);
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

/** English forms of the glossary's terms, by their stemmed terms. */
const displayIndexes = new WeakMap<Glossary, Map<string, string>>();

/** The glossary's English form written for a term list ("tariffs" for ["tariff"]), as the question's reader would read it. */
export function glossaryForm(stemmed: readonly string[], glossary: Glossary = GLOSSARY): string | undefined {
  let index = displayIndexes.get(glossary);
  if (!index) {
    index = new Map();
    for (const entry of glossary.terms) for (const en of entry.en) if (!index.has(termsOf(en).join(' '))) index.set(termsOf(en).join(' '), en);
    displayIndexes.set(glossary, index);
  }
  return index.get(stemmed.join(' '));
}
