/**
 * Which submissions mention a thing: "how many submissions mention NAIRR", "which trade groups
 * mentioned the Consumer Financial Protection Bureau", "提到 Section 230 的意見書". A mention is
 * the thing's words side by side, in order, in one sentence (as a reader searching the text for
 * the name would find it), with the other spellings a question gives ("the CHIPS Act (the CHIPS
 * and Science Act)": either). A one-word name also counts inside longer words the corpus has
 * ("nairrpilot" in a link).
 */
import type { ReadSentence } from './sentence-score.js';
import { terms } from '../text/tokenize.js';
import { entityNames, otherNames, sameThingNames } from '../i18n/thesaurus.js';
import { otherSpellings } from '../text/word-forms.js';

/** What finding mentions reads from the index. */
export interface MentionIndex {
  /** Chunks holding a search term, in chunk order. */
  chunksWith(term: string): Int32Array;
  /** Vocabulary terms starting with a prefix and at most `extra` letters longer. */
  termsWithPrefix(prefix: string, extra: number): string[];
  /** Vocabulary terms ending with a suffix and at most `extra` letters longer. */
  termsWithSuffix(suffix: string, extra: number): string[];
  docOfChunk(chunk: number): number;
  sentences(chunk: number): readonly ReadSentence[];
}

/** A thing to look for: its alternatives, each a sequence of search terms. */
export interface Mentioned {
  /** How it reads in an answer ("the CHIPS Act"). */
  label: string;
  alternatives: string[][];
  /** Alternatives that are names (capitalised, or a number): their words must stand side by side. Others may have one word between ("open-source AI models"). */
  exact?: boolean[];
  /**
   * What the sentence's text must hold besides its terms: a class written with a letter the
   * search terms may drop ("EB-5": the terms are "eb" and "5").
   */
  written?: RegExp;
}

/** A letter-and-number class in a name ("O-1", "H-1B", "EB-5"): the search terms keep its number, with its letter when it has one ("o1", "h1b"; "eb", "5"). */
const LETTERED_CLASS = /^([A-Za-z]{1,2})[-‐–]?(\d{1,3})([A-Za-z]?)$/;

/** The pattern a sentence must hold for the classes a label names (see `Mentioned.written`), if it names any. */
export function writtenClasses(label: string): RegExp | undefined {
  const classes = label.split(/\s+/).flatMap((word) => {
    const m = LETTERED_CLASS.exec(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    // A letter, then a number: a written class; "A1" or a plain number is not one.
    return m && /\d/.test(word) && /[-‐–]/.test(word) ? [`\\b${m[1]}[^A-Za-z0-9]{0,3}${m[2]}${m[3] ? m[3] : '[A-Za-z]?'}\\b`] : [];
  });
  return classes.length ? new RegExp(classes.join('|'), 'i') : undefined;
}

/** Words that may stand between two words of a plain (not named) phrase. */
const PHRASE_GAP = 1;

/** An other name weighing less than this share of the thing's (its words' idf) is too vague to count. */
const VAGUE_SHARE = 0.5;
/** A word run into the one before it by the PDF extraction ("hackingmanhattan") is rare: real compounds ("microchip") are not. */
const RUN_IN_MAX_CHUNKS = 3;
/** A one-word thing in more passages than this is counted by its passages, without reading their sentences. */
const COMMON_CHUNKS = 5_000;
/** A one-word name is also found inside longer words when it is at least this long. */
const PREFIX_MIN = 4;
/** ... and the longer word at most this many letters longer ("nairr" → "nairrpilot"). */
const PREFIX_EXTRA = 8;

/** The forms each one-word alternative is found as: itself, and longer words it starts ("nairrpilot"). */
export function formsOf(index: Pick<MentionIndex, 'termsWithPrefix' | 'termsWithSuffix' | 'chunksWith'>, mentioned: Mentioned): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const longer = (term: string) => term.length >= PREFIX_MIN && !/^\d+$/.test(term);
  // A class written with its letter ("O-1" → "O-1A", "H-1" → "H-1B"): a short number, or a code of a letter and one ("o1"), also stands for itself with one letter after it.
  const lettered = (term: string) => (/^[a-z]?\d{1,3}$/.test(term) ? index.termsWithPrefix(term, 1).filter((t) => /^[a-z]?\d+[a-z]$/.test(t)) : []);
  for (const alternative of mentioned.alternatives) {
    if (alternative.length === 1) {
      const term = alternative[0]!;
      out.set(`0:${term}`, longer(term) ? [term, ...index.termsWithPrefix(term, PREFIX_EXTRA).filter((t) => t !== term)] : [term]);
      continue;
    }
    // A PDF may run a name into the word before it ("hackingManhattan Project") or after it.
    const first = alternative[0]!;
    const last = alternative[alternative.length - 1]!;
    out.set(`first:${first}`, longer(first) ? [first, ...index.termsWithSuffix(first, PREFIX_EXTRA).filter((t) => t !== first && index.chunksWith(t).length <= RUN_IN_MAX_CHUNKS)] : [first, ...lettered(first)]);
    out.set(`last:${last}`, longer(last) ? [last, ...index.termsWithPrefix(last, PREFIX_EXTRA).filter((t) => t !== last)] : [last, ...lettered(last)]);
  }
  return out;
}

/** Whether a sentence's terms mention the thing: some alternative side by side, in order (and its text the written class, if any). */
export function sentenceMentions(sequence: readonly string[], mentioned: Mentioned, forms: ReadonlyMap<string, string[]>, text?: string): boolean {
  if (mentioned.written && text !== undefined && !mentioned.written.test(text)) return false;
  return mentioned.alternatives.some((alt, a) => {
    if (alt.length === 1) return sequence.some((t) => (forms.get(`0:${alt[0]}`) ?? alt).includes(t));
    const first = forms.get(`first:${alt[0]}`) ?? [alt[0]!];
    const last = forms.get(`last:${alt[alt.length - 1]}`) ?? [alt[alt.length - 1]!];
    return inOrder(sequence, alt, first, last, mentioned.exact?.[a] === false ? PHRASE_GAP : 0);
  });
}

/**
 * The submissions mentioning the thing, with how many of their sentences do (a sentence counts
 * when some alternative's terms occur in it side by side, in order).
 */
export function mentioningDocs(index: MentionIndex, mentioned: Mentioned, allowed?: ReadonlySet<number>): Map<number, number> {
  const forms = formsOf(index, mentioned);
  // Candidates: the chunks holding each alternative's rarest term (or any form of a one-word one).
  const chunks = new Set<number>();
  // Chunks holding a one-word alternative: a mention, even where its sentence was too short for the sentence table ("A.I. is like nuclear energy.").
  const holdingWord = new Set<number>();
  for (const alternative of mentioned.alternatives) {
    if (alternative.length === 0) continue;
    const lookFor = alternative.length === 1 ? forms.get(`0:${alternative[0]}`)! : alternative.length > 2 ? [[...alternative.slice(1, -1)].sort((a, b) => index.chunksWith(a).length - index.chunksWith(b).length)[0]!] : forms.get(`first:${alternative[0]}`)!;
    for (const term of lookFor) for (const chunk of index.chunksWith(term)) {
      chunks.add(chunk);
      if (alternative.length === 1 && !mentioned.written) holdingWord.add(chunk);
    }
  }
  const out = new Map<number, number>();
  // A word in very many passages ("AI") is in every sentence that holds it: its passages are counted, not read.
  const common = chunks.size > COMMON_CHUNKS && mentioned.alternatives.every((alt) => alt.length === 1);
  for (const chunk of chunks) {
    const doc = index.docOfChunk(chunk);
    if (allowed && !allowed.has(doc)) continue;
    const n = common ? 1 : index.sentences(chunk).filter((s) => sentenceMentions(s.sequence, mentioned, forms, s.text)).length || (holdingWord.has(chunk) ? 1 : 0);
    if (n > 0) out.set(doc, (out.get(doc) ?? 0) + n);
  }
  return out;
}

/** The first sentence of a submission that mentions the thing, with its chunk. */
export function firstMention(index: MentionIndex & { chunksOf(doc: number): { first: number; end: number }; chunkText(chunk: number): string }, doc: number, mentioned: Mentioned): { chunk: number; text: string } | undefined {
  const forms = formsOf(index, mentioned);
  const { first, end } = index.chunksOf(doc);
  for (let chunk = first; chunk < end; chunk++) {
    const sentence = index.sentences(chunk).find((s) => sentenceMentions(s.sequence, mentioned, forms, s.text));
    if (sentence) return { chunk, text: index.chunkText(chunk).slice(sentence.start, sentence.end) };
  }
  return undefined;
}

/** The phrase's terms in order, at most `gap` other terms between neighbours; its first and last terms may be in their longer forms. */
function inOrder(sequence: readonly string[], phrase: readonly string[], first: readonly string[] = [phrase[0]!], last: readonly string[] = [phrase[phrase.length - 1]!], gap = 0): boolean {
  const n = phrase.length;
  const allowed = (j: number) => (j === 0 ? first : j === n - 1 ? last : [phrase[j]!]);
  const from = (i: number, j: number): boolean => {
    if (j === n) return true;
    for (let k = i; k < sequence.length && k <= i + gap; k++) if (allowed(j).includes(sequence[k]!) && from(k + 1, j + 1)) return true;
    return false;
  };
  for (let i = 0; i < sequence.length; i++) if (allowed(0).includes(sequence[i]!) && from(i + 1, 1)) return true;
  return false;
}

/** Words of a question that are never part of the thing mentioned. */
const GENERIC = new Set(terms('mention mentions mentioned mentioning name names named cite cites cited refer refers referred invoke invoked discuss discussed talk talked bring brought raise raised point pointed actually comment comments submission submissions response responses'));

/** Generic nouns that follow a name without being part of it ("the Stargate project", "Colorado's law"). */
const GENERIC_HEADS = new Set('project projects program programs programme initiative initiatives effort efforts plan plans proposal proposals law laws act bill bills rule rules order orders agency company firm model models platform platforms system systems tool tools technology technologies framework report study standard standards effort'.split(' '));

/** Words for submitters of a kind, after what kind ("health-system operators", "fuel cell maker"). */
const GROUP_HEADS = new Set('operator operators provider providers maker makers manufacturer manufacturers company companies firm firms business businesses organization organizations organisation organisations group groups institution institutions'.split(' '));

/** Words that end a name's run: prepositions (a stopword like "and" does not: "CHIPS and Science Act"). */
const RUN_BREAKS = new Set(['for', 'of', 'to', 'with', 'in', 'on', 'about', 'by', 'from', 'that', 'which', 'who', 'as', 'at', 'into', 'than', 'like', 'such']);

/** A thing to count weighs at least this (idf): "AI", "use", "new" weigh less (see `MIN_CONCEPT_WEIGHT`). */
const COMMON_THING_WEIGHT = 1;
/** What is left of "fuel cell makers" without its word for submitters must weigh this much (idf) to name a kind of them: "fuel cell" (10.7) and "chip" (4.0) do, "small" (2.9) and "energy" (2.7) do not. */
const KIND_MIN_WEIGHT = 3;

/**
 * The thing a counting or listing question asks about. `pieces`: the question's candidates, each
 * a list of other names for one thing (an English question's main phrase with its bracketed or
 * "or" alternatives; a Chinese question's glossary terms and Latin words). The weightiest piece
 * wins; each alternative is read as its weightiest run of topic words side by side, its
 * capitalised part when it has one ("the Stargate project" → Stargate, "the Manhattan Project" →
 * Manhattan Project), with a compound written apart ("DeepSeek" → "Deep Seek") and a name's
 * initials ("Consumer Financial Protection Bureau" → CFPB) as further alternatives.
 */
export function mentionedIn(
  pieces: readonly (readonly string[])[],
  topic: ReadonlySet<string>,
  idf: (term: string) => number = () => 1,
  /** Whether the corpus writes the name's initials beside the name somewhere (so that they stand for it). */
  standsFor: (long: readonly string[], short: string) => boolean = () => false,
  /** The pieces are clauses in order (English): the first with a thing wins; otherwise the weightiest. */
  ordered = false,
  /** Whether a phrase counts under the glossary's other names of it too (as an English question's does; a Chinese question's counted forms, see `countedForms`, likewise). */
  synonyms = ordered,
): (Mentioned & { extent: number }) | undefined {
  const candidates = pieces
    .map((alternatives) => {
      const found: { terms: string[]; label: string; named: boolean; given: boolean }[] = [];
      const add = (t: string[], label: string, named: boolean, given = false) => {
        if (t.length > 0 && !found.some((f) => f.terms.join(' ') === t.join(' '))) found.push({ terms: t, label, named, given });
      };
      for (const text of alternatives) {
        const run = phraseOf(text, topic, idf);
        if (!run) continue;
        add(run.terms, run.label, run.named, true);
        // "health care" is also "healthcare", "cybersecurity" also "cyber security", where the corpus writes them so.
        if (!run.named) for (const other of otherSpellings(run.label, (spelling, parts) => spelling.every((t) => idf(t) > 0) && (spelling.length > 1 || idf(spelling[0]!) <= Math.max(...parts.map(idf)) + JOINED_MAX_EXTRA_IDF))) add(other, run.label, false);
        // The glossary's other names of the phrase ("export restrictions" for "export controls"), as a Chinese question's glossary term has them.
        // (A one word name's too, where they name the same thing: "biological weapons" for "bioweapons".)
        if (!run.named && synonyms) for (const other of [...otherNames(run.terms), ...(run.terms.length === 1 ? sameThingNames(run.terms) : [])]) add(other, run.label, false);
        // A name's other names where the glossary says they name the same thing ("NAIRR" for "National AI Research Resource").
        // (Not an acronym's long name: "How many submissions mention NAIRR?" counts NAIRR as written.)
        if (run.named && run.terms.length > 1) for (const other of sameThingNames(run.terms)) add(other, run.label, true);
        // The glossary's other names of a country, organisation or person ("Chinese", "PRC" for "China"), as a Chinese question's organisation has them.
        if (ordered) for (const name of entityNames(run.label)) add(terms(name), run.label, true);
        if (run.terms.length === 1 && /^\p{Lu}?\p{Ll}+\p{Lu}\p{Ll}+/u.test(run.label)) {
          const apart = run.label.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
          add(terms(apart), apart, true);
        }
        // "Consumer Financial Protection Bureau" → CFPB, where the corpus writes them side by side.
        const words = run.label.split(/\s+/);
        if (run.named && words.length >= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
          const acronym = words.map((w) => w[0]).join('');
          if (standsFor(run.terms, acronym.toLowerCase())) add([acronym.toLowerCase()], acronym, true);
        }
      }
      const extent = new Set(alternatives.flatMap((text) => terms(text).filter((t) => topic.has(t)))).size;
      const weightOf = (f: { terms: string[] }) => f.terms.reduce((sum, t) => sum + idf(t), 0);
      // What the question wrote weighs the thing; a spelling added to it ("copy right") neither raises nor lowers that.
      const given = found.filter((f) => f.given);
      const weight = Math.max(0, ...(given.length ? given : found).map(weightOf));
      // An other name much vaguer than the thing ("fund" beside "sovereign wealth fund") would count what is not it; a name is never vague ("China" beside "People's Republic of China").
      const kept = found.filter((f) => f.named || weightOf(f) >= VAGUE_SHARE * weight);
      return { found: kept, extent, weight, named: kept.some((f) => f.named) };
    })
    .filter((c) => c.found.length > 0);
  if (candidates.length === 0) return undefined;
  // A word nearly every submission uses ("AI" in "discussed AI in radiology") names no thing to count while another does.
  const telling = candidates.filter((c) => c.weight >= COMMON_THING_WEIGHT);
  const pool = telling.length > 0 ? telling : candidates;
  // An English question's clauses come in order: the first that names something is the thing ("CMMC, the Pentagon's …").
  // A Chinese question's candidates are glossary terms, all written with capitals in English: the weightiest wins.
  const best = ordered ? pool[0]! : pool.reduce((top, c) => (c.weight - top.weight > 0 ? c : top), pool[0]!);
  // "hospital / health-system": the names the question gave, not the forms added to them.
  const label = [...new Set(best.found.filter((f) => f.given).map((f) => f.label))].slice(0, 2).join(' / ');
  const written = writtenClasses(label);
  return { label, alternatives: best.found.map((f) => f.terms), exact: best.found.map((f) => f.named), extent: best.extent, ...(written ? { written } : {}) };
}

/** How much rarer than its rarer word a joined spelling may be (idf) and still be the same word ("healthcare", not a link's "actionplan"). */
const JOINED_MAX_EXTRA_IDF = 1.5;

/**
 * An English question's topic as mention candidates, clause by clause in order (what follows the
 * clause that names the thing describes it: "CMMC, the Pentagon's certification…"), with what
 * brackets and "or" give as other names.
 */
export function englishPieces(topicText: string): string[][] {
  // A bracket of examples ("(power, weapons, whatever)", "(e.g. drones)") names no other name of the thing.
  const bracketed = [...topicText.matchAll(/[(（]([^)）]+)[)）]/g)].map((m) => m[1]!).filter((text) => !EXAMPLES.test(text));
  const clauses = topicText.replace(/[(（][^)）]*[)）]/g, ' ').split(/[,;:]/);
  return clauses.map((clause, i) => [...clause.split(/\bor\b|\balso known as\b|\bi\.e\.|\//i), ...(i === 0 ? bracketed : [])].map((t) => t.trim()).filter(Boolean)).filter((p) => p.length > 0);
}

/** What a bracket of examples holds: a list, or a word that introduces examples. */
const EXAMPLES = /[,;，、]|\b(e\.?g|etc|whatever|such as|for example|for instance|including|like)\b/i;

function phraseOf(text: string, topic: ReadonlySet<string>, idf: (term: string) => number): { terms: string[]; label: string; named: boolean } | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  const kept = words.map((w) => ({ w, all: terms(w), t: terms(w).filter((t) => topic.has(t) && !GENERIC.has(t)) }));
  const runs: (typeof kept)[] = [];
  let run: typeof kept = [];
  for (const k of kept) {
    const breaks = RUN_BREAKS.has(k.w.toLowerCase());
    if (k.t.length) run.push(k);
    else if (k.all.length || breaks) {
      if (run.length) runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  if (runs.length === 0) return undefined;
  // The run that names something (capitals, digits), else the one that weighs most: the thing itself, not the words around it.
  // A name nearly every submission uses ("AI") names nothing in particular.
  const isNamed = (k: (typeof kept)[number]) => /^[\p{Lu}\d]|\d/u.test(k.w) && k.t.some((t) => idf(t) >= COMMON_THING_WEIGHT);
  const weight = (r: typeof kept) => r.flatMap((k) => k.t).reduce((sum, t) => sum + idf(t), 0) + (r.some(isNamed) ? 1000 : 0);
  const heaviest = runs.reduce((top, r) => (weight(r) > weight(top) ? r : top), runs[0]!);
  // "Biden's Executive Order 14110": what is owned, where it names something; "Colorado's state AI law": the owner, where what is owned is only a kind of thing.
  // (An owner is a name, rare in the corpus: "People's Republic of China" is one name.)
  const owner = heaviest.findIndex((k, i) => i < heaviest.length - 1 && /\p{L}['’]s?$/u.test(k.w) && k.t.some((t) => idf(t) >= KIND_MIN_WEIGHT));
  const owned = owner < 0 ? [] : heaviest.slice(owner + 1);
  const names = (k: (typeof kept)[number]) => !GENERIC_HEADS.has(k.w.toLowerCase().replace(/[^a-z]/g, '')) && (isNamed(k) || k.t.some((t) => idf(t) >= KIND_MIN_WEIGHT));
  const best = owner < 0 ? heaviest : owned.some(names) ? owned : heaviest.slice(0, owner + 1);
  const named = best.filter(isNamed);
  // "the Stargate project": the name without the generic word after it; "the O-1 visa" keeps its noun.
  const rest = best.filter((k) => !named.includes(k));
  let chosen = named.length > 0 && rest.length > 0 && contiguous(best, named) && rest.every((k) => GENERIC_HEADS.has(k.w.toLowerCase().replace(/[^a-z]/g, ''))) ? named : best;
  // "health-system operators", "fuel cell makers": the kind of submitter without the word for submitters.
  // Not where the rest alone is too common to name a kind ("small businesses" is not "small").
  const namesKind = (run: typeof kept) => run.flatMap((k) => k.t).reduce((sum, t) => sum + idf(t), 0) >= KIND_MIN_WEIGHT;
  while (chosen.length > 1 && GROUP_HEADS.has(chosen[chosen.length - 1]!.w.toLowerCase().replace(/[^a-z]/g, '')) && namesKind(chosen.slice(0, -1))) chosen = chosen.slice(0, -1);
  if (chosen.length === 1 && /^\d{1,2}$/.test(chosen[0]!.t.join(''))) return undefined;
  return { terms: chosen.flatMap((k) => k.t), label: chosen.map((k) => k.w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '')).join(' '), named: named.length > 0 };
}

function contiguous<T>(all: T[], part: T[]): boolean {
  const first = all.indexOf(part[0]!);
  return part.every((p, i) => all[first + i] === p);
}
