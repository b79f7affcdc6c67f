import type { SubmissionMeta } from '../shared/types.js';
import { distance } from 'fastest-levenshtein';
import { STOPWORDS } from './text/stopwords.js';
import { words } from './text/tokenize.js';
import { SHORTENED_NAME_WORDS } from './text/spelling.js';

/**
 * Finds submitters named in a question, fuzzy enough for "anthropic pbc", "Carnegie Mellon" or
 * "LMCO", strict enough that "green energy" does not match an individual called "A Green".
 */
export interface NameHit {
  /** The alias as found in the question. */
  alias: string;
  docIds: string[];
  /** Token span in the question's words. */
  start: number;
  end: number;
}

const LEGAL_SUFFIXES = new Set(['inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'pbc', 'plc', 'na', 'us', 'usa', 'the']);
const GENERIC_SINGLE = new Set(['ai', 'anonymous', 'none', 'individual', 'citizen', 'american', 'national', 'center', 'institute', 'association', 'council', 'university', 'college', 'foundation', 'group', 'coalition', 'alliance', 'society', 'network', 'project', 'partners', 'labs', 'lab', 'technologies', 'technology', 'systems', 'solutions', 'policy', 'action', 'data', 'open', 'future', 'public', 'research', 'science', 'state', 'federal', 'government', 'education', 'health', 'energy', 'security', 'innovation', 'digital', 'global', 'new', 'united', 'states', 'consumer', 'consumers', 'industry', 'business', 'chamber', 'commerce', 'plan', 'rfi', 'comment', 'comments', 'student', 'teacher', 'mr', 'ms', 'dr', 'na', 'n', 'a']);

export function nameTokens(name: string, keepCase = false): string[] {
  const tokens = words(name.replace(/&/g, ' and '), keepCase);
  return keepCase ? tokens : tokens.map((t) => SHORTENED_NAME_WORDS[t] ?? t);
}

/** A name's words as people shorten them ("association": assn, assoc). */
export function shortenedForms(name: string): string[] {
  const full = new Set(nameTokens(name));
  return Object.entries(SHORTENED_NAME_WORDS).filter(([, word]) => full.has(word)).map(([short]) => short);
}

/** Aliases of a submission's submitter, as token strings ("carnegie mellon university", "cmu"). */
/** "Semiconductor Industry Association (SIA)" → the name without its acronym, and the acronym. */
function withoutAcronym(name: string): string[] {
  const match = /^(.*\S)\s*\(([A-Z][A-Za-z0-9&.-]{1,9})\)\s*$/.exec(name.trim());
  return match ? [match[1]!, match[2]!] : [name];
}

/**
 * Acronyms a submitter goes by: its doc id's stem when written in capitals ("AIR-AI-RFI-2025"),
 * and one in brackets after its name. Where the acronym is also a common word ("AIR"), a question
 * names the submitter only when it writes it in capitals.
 */
export function acronymsOf(meta: SubmissionMeta): string[] {
  const out = new Set<string>();
  const stem = meta.id.replace(/[-_ ]*(AI[-_ ]*)?RFI[-_ ]*2025.*$/i, '');
  if (/^[A-Z][A-Z0-9&]{1,9}$/.test(stem)) out.add(stem.toLowerCase());
  for (const name of [meta.organization, meta.respondentName, meta.coverName, meta.submitter]) {
    const parts = name ? withoutAcronym(name) : [];
    if (parts.length === 2) out.add(nameTokens(parts[1]!).join(''));
  }
  return [...out].filter(Boolean);
}

/** A submitter's name as a list shows it: with the acronym of its doc id when the name lacks it ("National Defense Industry Association (NDIA)"). */
export function displayName(meta: SubmissionMeta): string {
  const stem = meta.id.replace(/[-_ ]*(AI[-_ ]*)?RFI[-_ ]*2025.*$/i, '');
  return /^[A-Z][A-Z0-9&]{1,9}$/.test(stem) && !meta.submitter.includes(stem) ? `${meta.submitter} (${stem})` : meta.submitter;
}

/** A name that is an organisation's: one word with capitals inside it, or an organisation word. */
export const ORGANISATION_LIKE = /^\p{Lu}[\p{Ll}\d]*\p{Lu}[\p{L}\d]*$|\b(association|institute|inc|llc|ltd|corp|corporation|company|council|university|college|foundation|alliance|coalition|center|centre|society|group|partners|labs?|federation|network|agency|department|committee|union|consortium|project|initiative)\b/iu;

export function aliasesOf(meta: SubmissionMeta, extra: readonly string[] = []): string[] {
  const names = [meta.organization, meta.respondentName, meta.coverName, meta.submitter, ...extra]
    .filter((n): n is string => !!n && !/^anonymous\b/i.test(n.trim()))
    .flatMap(withoutAcronym);
  // A listed "individual" whose name is an organisation's ("PhRMA", "Acme Policy Institute") is named like one.
  const individual = meta.category === 'Individuals' && !meta.organization && !ORGANISATION_LIKE.test(meta.submitter);
  const out = new Set<string>();
  for (const name of names) {
    const tokens = nameTokens(name);
    if (tokens.length === 0) continue;
    if (individual) {
      // A person needs at least two real name parts ("A Green" is no name to find in a question).
      if (tokens.filter((t) => t.length >= 2).length >= 2) out.add(tokens.join(' '));
      continue;
    }
    out.add(tokens.join(' '));
    let trimmed = tokens.slice();
    while (trimmed.length > 1 && LEGAL_SUFFIXES.has(trimmed[trimmed.length - 1]!)) trimmed = trimmed.slice(0, -1);
    while (trimmed.length > 1 && LEGAL_SUFFIXES.has(trimmed[0]!)) trimmed = trimmed.slice(1);
    out.add(trimmed.join(' '));
    // A name made of parts ("Machine Intelligence and Data Science Center, …, Tennessee Tech";
    // "Stanford CRFM, Stanford RegLab, and Stanford HAI"): each part of two words or more names it too.
    for (const part of partsOf(name)) out.add(part.join(' '));
    // "Palantir Technologies" → "palantir"; "Adobe Inc" → "adobe".
    if (trimmed.length === 2 && ['technologies', 'technology', 'systems', 'labs', 'ai', 'group', 'holdings', 'solutions', 'software'].includes(trimmed[1]!)) {
      out.add(trimmed[0]!);
    }
  }
  if (!/^AI-RFI-2025-\d+$/i.test(meta.id) && !individual) {
    const stem = meta.id.replace(/[-_ ]*(AI[-_ ]*)?RFI[-_ ]*2025.*$/i, '');
    const tokens = nameTokens(stem.replace(/-/g, ' '));
    if (tokens.length) out.add(tokens.join(' '));
    if (tokens.length > 1) out.add(tokens.join(''));
  }
  return [...out].filter((alias) => !(alias.split(' ').length === 1 && (GENERIC_SINGLE.has(alias) || alias.length < 3)));
}

/** The comma- or slash-separated parts of a name that have two words or more (a leading "and" left out, legal suffixes trimmed). */
function partsOf(name: string): string[][] {
  const parts = name.split(/\s*[,/]\s*/);
  if (parts.length < 2) return [];
  return parts
    .map((part) => {
      let tokens = nameTokens(part.replace(/^(and|&)\s+/i, ''));
      while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
      while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens[0]!)) tokens = tokens.slice(1);
      return tokens;
    })
    .filter((tokens) => tokens.length >= 2);
}

/** At most this many names share a word that is rare among names. */
const RARE_IN_NAMES = 12;

/** The words of an alias that tell it apart: not legal suffixes, stopwords or words every name has. */
function distinctiveWords(alias: string): string[] {
  return [...new Set(alias.split(' ').filter((w) => w.length >= 2 && !LEGAL_SUFFIXES.has(w) && !STOPWORDS.has(w)))];
}

export class NameIndex {
  private readonly byAlias = new Map<string, Set<string>>();
  private readonly maxTokens: number;
  /** Single-word aliases that count only when the question writes them in capitals ("AIR", not "air"). */
  private readonly capitalsOnly = new Set<string>();
  /** Single-word names that are also common words: they count only when the question capitalises them ("Cover", not "what does it cover"). */
  private readonly capitalisedOnly = new Set<string>();

  /** Multi-word aliases by each of their distinctive words: for names written in another order. */
  private readonly byWord = new Map<string, string[]>();

  /** Aliases of organisations (not of people): a name's first words stand only for these. */
  private readonly organisations = new Set<string>();

  /** Each document's aliases. */
  private readonly aliasesByDoc = new Map<string, string[]>();

  constructor(entries: Iterable<{ docId: string; aliases: string[]; capitalsOnly?: string[]; capitalisedOnly?: string[]; organisation?: boolean }>) {
    let max = 1;
    for (const { docId, aliases, capitalsOnly = [], capitalisedOnly = [], organisation = true } of entries) {
      for (const alias of capitalsOnly) this.capitalsOnly.add(alias);
      for (const alias of capitalisedOnly) this.capitalisedOnly.add(alias);
      if (organisation) for (const alias of aliases) this.organisations.add(alias);
      this.aliasesByDoc.set(docId, [...(this.aliasesByDoc.get(docId) ?? []), ...aliases]);
      for (const alias of aliases) {
        let set = this.byAlias.get(alias);
        if (!set) this.byAlias.set(alias, (set = new Set()));
        set.add(docId);
        max = Math.max(max, alias.split(' ').length);
      }
    }
    this.maxTokens = Math.min(max, 12);
    for (const alias of this.byAlias.keys()) {
      const distinctive = distinctiveWords(alias);
      if (distinctive.length < 2) continue;
      for (const word of distinctive) this.byWord.set(word, [...(this.byWord.get(word) ?? []), alias]);
    }
  }

  /** A word few names share ("dakota", "buffalo"; not "national", "association"): one is needed to find a name in any order. */
  private rareInNames(word: string): boolean {
    return (this.byWord.get(word)?.length ?? 0) <= RARE_IN_NAMES;
  }

  /**
   * Submitters whose name's distinctive words all occur in the text in any order, close together
   * ("North Dakota's state university system" for the North Dakota University System). Only names
   * of two or more distinctive words, so that one shared word is never enough.
   */
  findAnyOrder(text: string): NameHit[] {
    const tokens = nameTokens(text);
    const positions = new Map<string, number[]>();
    tokens.forEach((t, i) => positions.set(t, [...(positions.get(t) ?? []), i]));
    const hits: NameHit[] = [];
    const seen = new Set<string>();
    for (const token of new Set(tokens)) {
      for (const alias of this.byWord.get(token) ?? []) {
        if (seen.has(alias)) continue;
        seen.add(alias);
        const words = distinctiveWords(alias);
        if (!words.every((w) => positions.has(w)) || !words.some((w) => this.rareInNames(w))) continue;
        const at = words.map((w) => positions.get(w)!);
        const first = Math.min(...at.map((p) => p[0]!));
        const last = Math.max(...at.map((p) => p[p.length - 1]!));
        if (last - first > alias.split(' ').length + 4) continue;
        hits.push({ alias, docIds: [...this.byAlias.get(alias)!], start: first, end: last + 1 });
      }
    }
    // The longest names first; a name inside a longer one found is the same submitter's or a part of it.
    hits.sort((a, b) => b.alias.length - a.alias.length);
    // A name written as such claims its words: "health care … Duke Energy" is not Duke Health, nor "workforce … Quantum Connect AI" Workforce AI.
    // A longer name in another order may take a written one whole ("North Dakota's state university system").
    const written = this.findInTokens(tokens);
    const takesPartOf = (hit: NameHit) => {
      const words = new Set(hit.alias.split(' '));
      return written.some((w) => !w.alias.split(' ').every((x) => words.has(x)) && tokens.slice(w.start, w.end).some((t, k) => words.has(t) && w.start + k >= hit.start && w.start + k < hit.end));
    };
    return hits.filter((hit, i) => !hits.slice(0, i).some((h) => h.start <= hit.start && h.end >= hit.end) && !takesPartOf(hit));
  }

  /** Names close to a name that matched nothing: sharing a distinctive word, or a few letters apart. */
  nearest(name: string, limit = 3): { alias: string; docIds: string[] }[] {
    const wanted = nameTokens(name).filter((t) => !LEGAL_SUFFIXES.has(t));
    const key = wanted.join(' ');
    if (key.length < 3) return [];
    const scored = new Map<string, number>();
    for (const word of wanted) if (this.rareInNames(word)) for (const alias of this.byWord.get(word) ?? []) scored.set(alias, (scored.get(alias) ?? 0) + 1 / distinctiveWords(alias).length);
    const allowed = Math.max(1, Math.floor(key.length / 4));
    for (const alias of this.byAlias.keys()) {
      if (Math.abs(alias.length - key.length) > allowed) continue;
      const d = distance(alias, key);
      if (d <= allowed) scored.set(alias, Math.max(scored.get(alias) ?? 0, 1 - d / key.length));
    }
    const seenDocs = new Set<string>();
    return [...scored]
      .sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)
      .map(([alias]) => ({ alias, docIds: [...this.byAlias.get(alias)!] }))
      .filter((hit) => {
        const docKey = hit.docIds.slice().sort().join('|');
        if (seenDocs.has(docKey)) return false;
        seenDocs.add(docKey);
        return true;
      })
      .slice(0, limit);
  }

  /** Longest non-overlapping alias matches over the question's words. */
  find(question: string): NameHit[] {
    return this.findInTokens(nameTokens(question), nameTokens(question, true));
  }

  /** `cased`: the same tokens as written, when capitals matter for some aliases. */
  findInTokens(tokens: string[], cased?: string[]): NameHit[] {
    const hits: NameHit[] = [];
    for (let i = 0; i < tokens.length; ) {
      let matched = false;
      for (let len = Math.min(this.maxTokens, tokens.length - i); len >= 1; len--) {
        const alias = tokens.slice(i, i + len).join(' ');
        // "Code.org" is written "CodeOrg" in its doc id; "is a" is not "ISA".
        const span = tokens.slice(i, i + len);
        const joined = len > 1 && span.every((t) => t.length >= 2 && !STOPWORDS.has(t)) && span.join('').length >= 5 ? span.join('') : undefined;
        const docs = this.byAlias.get(alias) ?? (joined ? this.byAlias.get(joined) : undefined);
        const lowerCase =
          len === 1 &&
          cased !== undefined &&
          ((this.capitalsOnly.has(alias) && cased[i] !== cased[i]!.toUpperCase()) || (this.capitalisedOnly.has(alias) && !/^\p{Lu}/u.test(cased[i]!)));
        if (docs && !lowerCase) {
          hits.push({ alias, docIds: [...docs], start: i, end: i + len });
          i += len;
          matched = true;
          break;
        }
      }
      if (!matched) i++;
    }
    return hits;
  }

  /** Organisations with a name of several words that begins with these ("acme" for "Acme Robotics", "lee county"), by their documents. */
  startingWith(words: readonly string[]): string[][] {
    const out = new Map<string, string[]>();
    const prefix = `${words.join(' ')} `;
    for (const alias of this.byWord.get(words[0] ?? '') ?? []) {
      if (!alias.startsWith(prefix) || !this.organisations.has(alias)) continue;
      const docs = [...this.byAlias.get(alias)!].sort();
      out.set(docs.join('|'), docs);
    }
    return [...out.values()];
  }

  /** The aliases of a document's submitter (as token strings). */
  aliasesOf(docId: string): string[] {
    return this.aliasesByDoc.get(docId) ?? [];
  }

  /** Documents of exactly this alias (as token string, "osu"), or none. */
  lookupExact(alias: string): string[] {
    return [...(this.byAlias.get(alias) ?? [])];
  }

  /** Documents whose submitter matches a free-text name (for the `submitter` filter). */
  lookup(name: string): string[] {
    const tokens = nameTokens(name);
    const exact = this.byAlias.get(tokens.join(' ')) ?? this.byAlias.get(tokens.join(''));
    if (exact) return [...exact];
    const docs = new Set<string>();
    for (const hit of this.findInTokens(tokens)) for (const id of hit.docIds) docs.add(id);
    return [...docs];
  }

  /**
   * The closest alias to a misspelt name ("Antropic", "Palentir"): at most one edit per five
   * characters, and only when one alias is clearly closest. For explicit names, not questions.
   */
  closest(name: string): { alias: string; docIds: string[] } | undefined {
    const wanted = nameTokens(name).join(' ');
    if (wanted.length < 5) return undefined;
    const allowed = Math.floor(wanted.length / 5);
    let best: { alias: string; distance: number } | undefined;
    let tie = false;
    for (const alias of this.byAlias.keys()) {
      if (Math.abs(alias.length - wanted.length) > allowed) continue;
      const d = distance(alias, wanted);
      if (d > allowed || !wordByWord(alias, wanted)) continue;
      if (!best || d < best.distance) {
        best = { alias, distance: d };
        tie = false;
      } else if (d === best.distance && this.byAlias.get(alias) !== this.byAlias.get(best.alias)) {
        tie = true;
      }
    }
    return best && !tie ? { alias: best.alias, docIds: [...this.byAlias.get(best.alias)!] } : undefined;
  }
}

/**
 * A misspelling keeps each word recognisable: with as many words on both sides, each word is within
 * one edit per four letters of its counterpart ("American Bar Association" is no misspelling of
 * "American Bankers Association"); names split or joined differently ("open ai") are compared whole.
 */
function wordByWord(alias: string, wanted: string): boolean {
  const a = alias.split(' ');
  const w = wanted.split(' ');
  if (a.length !== w.length) return true;
  return a.every((word, i) => distance(word, w[i]!) <= Math.max(1, Math.floor(word.length / 4)));
}
