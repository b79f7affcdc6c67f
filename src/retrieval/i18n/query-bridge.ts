/**
 * Chinese → English keyword bridge for search over the English RFI submissions.
 *
 * No translation model is available offline, so a Chinese question is mapped to English
 * keywords with the bilingual glossary (glossary/*.json):
 *
 *   1. detect the language (language.ts) and, for Chinese, the script (script.ts);
 *   2. convert Traditional → Simplified with OpenCC;
 *   3. segment the Simplified text against the glossary keys, Chinese numbers (numerals.ts)
 *      and function words (segment.ts);
 *   4. keep Latin-script words, names and numbers already in the question (latin.ts);
 *   5. look up what is left in a general dictionary (dictionary.ts): its words' senses
 *      (`dictionary`) are searched, never read as the topic's concepts.
 *
 * Which submitters the organisations found stand for comes from the index (GlossaryLinks),
 * derived from the corpus when it was built. The result says honestly what was not
 * understood (`unmatched`, `coverage`).
 */
import { GLOSSARY, NO_LINKS, type GlossaryLinks } from './glossary.js';
import { cedict, dictionaryWords, type Dictionary } from './dictionary.js';
import { canFile, orgKey, type Glossary } from './glossary-schema.js';
import { languageOf, type Language } from './language.js';
import { dedupe, latinTokens } from './latin.js';
import { CURRENCY_AFTER, findNumbers } from './numerals.js';
import { charsToSimplified, converter, HAN_G, isHan, phraseToSimplified, scriptCounts, type Script } from './script.js';
import { asciiLower, glossaryIndex, segment, type GlossaryIndex, type Piece } from './segment.js';

/** One glossary or number match in the question, in text order. */
export interface BridgeMatch {
  /** The matched Simplified text. */
  zh: string;
  kind: 'term' | 'org' | 'number';
  /**
   * The phrase of the question it stands in: matches with nothing but spaces and Latin-script
   * words between them ("放寬 AI 人才", "工作簽證") share one; a Chinese word the glossary reads
   * as grammar (的, 或, 對) or a punctuation mark starts another.
   */
  phrase: number;
  /** English terms or names it contributed. */
  en: string[];
}

export interface BridgeResult {
  language: Language;
  /** Set when `language` is 'zh': the script the question was written in. */
  script?: Script;
  /** English keywords for glossary terms and Chinese numbers, deduplicated, in question order. */
  englishTerms: string[];
  /** English names of the organisations, places and people found (glossary or English alias). */
  organisations: string[];
  /** The submitters (their names in the index) that the organisations found stand for, from the index's glossary links. */
  submitters: string[];
  /** Latin-script words, names and numbers already in the question (SemiAnalysis, 18A, H20, 2024, Scale AI, 100 GW). */
  latinTokens: string[];
  /** Chinese segments with no glossary or dictionary entry, in the user's script. */
  unmatched: string[];
  /** Words with no glossary entry found in the general dictionary, in the user's script, with their English senses: searched and weighed, never a concept whose absence means "no". */
  dictionary: { zh: string; en: string[] }[];
  /**
   * Share of the question's Chinese characters covered by glossary terms, organisation
   * names, numbers or function words (0..1). 1 when the question has no Chinese characters.
   */
  coverage: number;
  /** What was matched, for an honest "we searched for …" note. */
  matches: BridgeMatch[];
  /** Matched names of countries, places and products (the `zh` of their matches): talked about, never authors. */
  places: string[];
}

const indexes = new WeakMap<Glossary, GlossaryIndex>();

function indexOf(glossary: Glossary): GlossaryIndex {
  let index = indexes.get(glossary);
  if (!index) indexes.set(glossary, (index = glossaryIndex(glossary)));
  return index;
}

function aliasOrganisations(text: string, idx: GlossaryIndex, links: GlossaryLinks, latin: readonly string[]): { organisations: string[]; submitters: string[] } {
  const organisations: string[] = [];
  const submitters: string[] = [];
  // "Duke" in "Duke Energy", a name of its own, is not the alias "Duke" (Duke University).
  const longerNames = latin.filter((tok) => tok.includes(' ') && (idx.englishOrgNames.has(tok) || idx.englishOrgNames.has(tok.toLowerCase())));
  for (const { re, alias } of idx.aliases) {
    if (!re.test(text)) continue;
    if (longerNames.some((name) => re.test(name)) && !re.test(longerNames.reduce((rest, name) => rest.split(name).join(' '), text))) continue;
    organisations.push(...alias.names);
    submitters.push(...(links.aliases[alias.alias] ?? []));
  }
  return { organisations, submitters };
}

const onlyFunctionWord = (p: Piece | undefined): boolean => !!p?.info?.fn && p.info.terms.length === 0 && p.info.orgs.length === 0;
const unknownHan = (p: Piece | undefined, s: string): boolean => !!p && !p.info && !p.number && [...s.slice(p.start, p.end)].some(isHan);

/** A glossary word of things (not an organisation's name): it may be part of a longer word. */
const onlyTermWord = (p: Piece | undefined): boolean => !!p?.info && p.info.terms.length > 0 && p.info.orgs.length === 0;

/**
 * A function word or a glossary word the glossary cut off a word it does not know is that word's
 * part: "會" of 會員 (members), "里" of 英里 (miles), 電池 (batteries) of 燃料電池 (fuel cells).
 * Such a word, when the dictionary has a word of it and the unknown characters beside it, is left
 * to the dictionary.
 */
function wholeDictionaryWords(segs: Piece[], s: string, dictionary: () => Dictionary): Piece[] {
  const has = (word: string) => dictionary().has(word);
  return segs.map((p, i) => {
    if (!onlyFunctionWord(p) && !onlyTermWord(p)) return p;
    const word = s.slice(p.start, p.end);
    let after = '';
    for (let j = i + 1; unknownHan(segs[j], s); j++) {
      after += s.slice(segs[j]!.start, segs[j]!.end);
      if (has(word + after)) return { start: p.start, end: p.end };
    }
    let before = '';
    for (let j = i - 1; unknownHan(segs[j], s); j--) {
      before = s.slice(segs[j]!.start, segs[j]!.end) + before;
      if (has(before + word)) return { start: p.start, end: p.end };
    }
    return p;
  });
}

/** Bridges a question to English keywords; `links` (the index's) say which submitters its organisations are. */
export function bridgeQuery(question: string, links: GlossaryLinks = NO_LINKS, glossary: Glossary = GLOSSARY, dictionary: () => Dictionary = cedict): BridgeResult {
  const text = question.normalize('NFKC');
  const language = languageOf(text);
  const idx = indexOf(glossary);
  const filedAs = (org: Parameters<typeof orgKey>[0]) => links.organisations[orgKey(org)] ?? [];

  if (language !== 'zh') {
    const { organisations, submitters } = aliasOrganisations(text, idx, links, latinTokens(text));
    return {
      language,
      englishTerms: [],
      organisations: dedupe(organisations),
      submitters: dedupe(submitters),
      latinTokens: [],
      unmatched: [],
      dictionary: [],
      coverage: (text.match(HAN_G) ?? []).length === 0 ? 1 : 0,
      matches: [],
      places: [],
    };
  }

  const counts = scriptCounts(text);
  const script: Script = counts.tradOnly > counts.simpOnly ? 'hant' : 'hans';
  // Taiwan phrase conversion maps TW vocabulary (晶片 → 芯片) but sometimes rewrites a
  // word the glossary knew in its character-converted form (複製品 → 拷贝品): segment
  // both and keep the one that covers more. Ties go to the phrase conversion for
  // Traditional text, to the characters as written for text of undecided script.
  const candidates =
    script === 'hant'
      ? [phraseToSimplified(text), charsToSimplified(text)]
      : counts.simpOnly === 0
        ? [charsToSimplified(text), phraseToSimplified(text)]
        : [charsToSimplified(text)];
  let best: { simplified: string; s: string; segs: Piece[]; covered: number } | undefined;
  for (const simplifiedCandidate of candidates) {
    if (best && simplifiedCandidate === best.simplified) continue;
    const lower = asciiLower(simplifiedCandidate);
    const candidateSegs = segment(lower, idx, findNumbers(lower));
    const covered = candidateSegs.reduce((n, p) => n + (p.info || p.number ? (lower.slice(p.start, p.end).match(HAN_G) ?? []).length : 0), 0);
    if (!best || covered > best.covered) best = { simplified: simplifiedCandidate, s: lower, segs: candidateSegs, covered };
  }
  const { simplified, s, segs: glossarySegs } = best ?? { simplified: '', s: '', segs: [] };
  const segs = wholeDictionaryWords(glossarySegs, s, dictionary);

  const englishTerms: string[] = [];
  const organisations: string[] = [];
  const submitters: string[] = [];
  const matches: BridgeMatch[] = [];
  const places: string[] = [];
  const unmatchedSimplified: string[] = [];
  const fromDictionary: { zh: string; en: string[] }[] = [];
  let totalHan = 0;
  let coveredHan = 0;
  let pending = '';
  // A run the glossary does not know: the dictionary's words in it, and what is left between them.
  const flush = (): void => {
    if (!pending) return;
    let at = 0;
    for (const word of dictionaryWords(pending, dictionary())) {
      if (word.start > at) unmatchedSimplified.push(pending.slice(at, word.start));
      fromDictionary.push({ zh: word.zh, en: [...word.en] });
      at = word.start + word.zh.length;
    }
    if (at < pending.length) unmatchedSimplified.push(pending.slice(at));
    pending = '';
  };

  let prevNumber: string | undefined;
  let phrase = -1;
  let lastEnd = -1;
  /** The phrase of a match at `start`: the last one's, when only spaces and Latin-script words stand between them. */
  const phraseAt = (start: number, end: number): number => {
    if (lastEnd < 0 || !/^[\sA-Za-z0-9.+-]*$/.test(s.slice(lastEnd, start))) phrase++;
    lastEnd = end;
    return phrase;
  };
  for (const p of segs) {
    const raw = simplified.slice(p.start, p.end);
    const lastNumber = prevNumber;
    prevNumber = undefined;
    const hanCount = (raw.match(HAN_G) ?? []).length;
    totalHan += hanCount;
    if (p.number) {
      coveredHan += hanCount;
      flush();
      englishTerms.push(...p.number.en);
      matches.push({ zh: raw, kind: 'number', en: [...p.number.en], phrase: phraseAt(p.start, p.end) });
      prevNumber = p.number.en[0];
    } else if (p.info) {
      coveredHan += hanCount;
      flush();
      const { terms, orgs } = p.info;
      const at = orgs.length > 0 || terms.length > 0 ? phraseAt(p.start, p.end) : -1;
      if (orgs.length > 0) {
        const names = orgs.flatMap((o) => o.names);
        if (orgs.every((o) => !canFile(o))) places.push(raw);
        organisations.push(...names);
        submitters.push(...orgs.flatMap(filedAs));
        matches.push({ zh: raw, kind: 'org', en: dedupe(names), phrase: at });
      }
      if (terms.length > 0) {
        const en = terms.flatMap((t) => t.en);
        // A number right before a unit: 50吉瓦 → "50 GW", "50 gigawatts".
        const amount = lastNumber ?? /(\d+(?:[.,]\d+)?)\s*$/.exec(s.slice(0, p.start))?.[1];
        if (amount && terms.some((t) => t.topic === 'units') && !CURRENCY_AFTER.test(raw)) {
          en.unshift(...terms.filter((t) => t.topic === 'units').flatMap((t) => t.en.flatMap((u) => (/^[a-z]{1,3}$/i.test(u) ? [`${amount} ${u}`, `${amount}${u}`] : [`${amount} ${u}`]))));
        }
        englishTerms.push(...en);
        matches.push({ zh: raw, kind: 'term', en: dedupe(en), phrase: at });
      }
    } else if (hanCount > 0) {
      pending += raw;
    } else {
      flush();
    }
  }
  flush();

  // Latin names in a Chinese question: English aliases and glossary org names.
  const latin = latinTokens(text);
  const fromAliases = aliasOrganisations(text, idx, links, latin);
  organisations.push(...fromAliases.organisations);
  submitters.push(...fromAliases.submitters);
  const knownOrg = (c: string) => idx.englishOrgNames.has(c) || idx.englishOrgNames.has(c.toLowerCase());
  for (const tok of latin) {
    // Names written side by side ("OpenAI Anthropic") are each looked up; a part of one name is not ("Duke" of "Duke Energy").
    const parts = tok.includes(' ') ? tok.split(' ') : [];
    const candidates = [tok, ...(parts.every(knownOrg) ? parts : [])];
    for (const c of candidates) {
      const hits = idx.englishOrgNames.get(c) ?? idx.englishOrgNames.get(c.toLowerCase());
      if (!hits) continue;
      for (const o of hits) {
        if (o.kind === 'country') continue;
        organisations.push(...o.names);
        submitters.push(...filedAs(o));
      }
    }
  }

  const inScript = (u: string) => (script === 'hant' ? converter('cn', 'tw')(u) : u);
  const unmatched = dedupe(unmatchedSimplified).map(inScript);
  return {
    language,
    script,
    englishTerms: dedupe(englishTerms),
    organisations: dedupe(organisations),
    submitters: dedupe(submitters),
    latinTokens: latin,
    unmatched,
    dictionary: fromDictionary.map((w) => ({ zh: inScript(w.zh), en: w.en })),
    coverage: totalHan === 0 ? 1 : coveredHan / totalHan,
    matches,
    places,
  };
}
