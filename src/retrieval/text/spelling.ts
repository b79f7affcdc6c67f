/**
 * Misspelt words of a question ("univeristies", "respnse"): a lower-case word no submission
 * writes, one edit from a word many write (a letter dropped, added or changed, or two side by side
 * swapped), is read as that word. Capitalised words are names and are left to the name index,
 * which has its own near matches; a word that some submission writes, or that is English (in the
 * `word-list` package's 274,000 words: "lorries"), is never changed.
 */
import fs from 'node:fs';
import wordListPath from 'word-list';
import { terms } from './tokenize.js';

/** In how many passages the submissions write a search term. */
export type TermFrequency = (term: string) => number;

/** Words shorter than this are left as written: at one edit, too many short words are near. */
const MIN_LENGTH = 5;
/** The word read instead must be in this many passages. */
const MIN_COMMON = 50;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every word one edit from `word`. */
function oneEdit(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return out;
}

let english: Set<string> | undefined;

/** English words, spelt right (read once, on first use). */
function englishWords(): Set<string> {
  english ??= new Set(fs.readFileSync(wordListPath, 'utf8').split('\n'));
  return english;
}

export interface Respelling {
  written: string;
  read: string;
}

/** The common word a misspelt one stands for, or undefined when it is no misspelling. */
export function respelt(word: string, frequency: TermFrequency, known: ReadonlySet<string> = new Set()): string | undefined {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
  const [term, ...more] = terms(word);
  // A stop word ("there") or a word some submission writes is no misspelling.
  if (!term || more.length > 0 || frequency(term) > 0 || englishWords().has(word)) return undefined;
  let best: { word: string; count: number } | undefined;
  for (const candidate of oneEdit(word)) {
    const [read] = terms(candidate);
    // Words the question is read by ("universities") count as common whatever the index.
    const count = known.has(candidate) ? Infinity : read ? frequency(read) : 0;
    if (count >= MIN_COMMON && (!best || count > best.count)) best = { word: candidate, count };
  }
  return best?.word;
}

/** Words of organisations' names people shorten ("American Bankers Assn", "Natl Assn of Counties"): the words written out. */
export const SHORTENED_NAME_WORDS: Readonly<Record<string, string>> = { assn: 'association', assoc: 'association', natl: 'national', intl: 'international', univ: 'university', govt: 'government', dept: 'department', corp: 'corporation', inst: 'institute', fdn: 'foundation', ctr: 'center', cncl: 'council', soc: 'society' };

/** Words people shorten as they type ("devs", "govt", "regs"): read as the words written out, which the submissions use. */
const SHORTENED: Readonly<Record<string, string>> = {
  dev: 'developer',
  devs: 'developers',
  gov: 'government',
  admin: 'administration',
  regs: 'regulations',
  reqs: 'requirements',
  stats: 'statistics',
  uni: 'university',
  unis: 'universities',
  ppl: 'people',
  approx: 'approximately',
  yrs: 'years',
  ...SHORTENED_NAME_WORDS,
};

/** The question with its misspelt lower-case words read as the words they stand for, and what was read so; shortened words written out. */
export function respell(question: string, frequency: TermFrequency, known?: ReadonlySet<string>): { text: string; respelt: Respelling[] } {
  const changes: Respelling[] = [];
  const text = question.replace(/(?<![\p{L}\p{N}'’-])[a-z]+(?![\p{L}\p{N}'’-])/gu, (written) => {
    if (SHORTENED[written]) return SHORTENED[written];
    const read = respelt(written, frequency, known);
    if (!read) return written;
    changes.push({ written, read });
    return read;
  });
  return { text, respelt: changes };
}
