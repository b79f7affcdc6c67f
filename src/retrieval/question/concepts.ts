/**
 * The concepts of a question's topic: its topic words as the phrases they stand in ("nuclear
 * power", "data centers", "AI race", "China"), split where the wording breaks (a preposition,
 * "and", "or", a comma). A submission addresses the topic when it holds a concept's words close
 * together; when it holds none of a concept's words it does not mention that concept.
 */
import { terms, words as wordsOf } from '../text/tokenize.js';
import type { TopicGroup } from './topic.js';
import { isGlossaryForm, otherNames } from '../i18n/thesaurus.js';

/** A concept: the topic groups of one phrase, in order. */
export interface Concept {
  label: string;
  groups: TopicGroup[];
  /** Other names of the whole phrase, from the glossary ("export restrictions" for "export controls"): each a term list. */
  synonyms?: string[][];
}

/** A concept with the glossary's other names of its phrase, and of a hyphenated word in it ("open-source" in "open-source models": open-weight models). */
function named(concept: Concept): Concept {
  if (concept.groups.length < 2 || !concept.groups.every((g) => g.alternatives[0]?.length === 1)) return concept;
  const hyphenated = concept.label.split(/\s+/).filter((word) => word.includes('-')).map((word) => terms(word)).filter((t) => t.length >= 2 && t.length < concept.groups.length);
  const synonyms = [...otherNames(concept.groups.map((g) => g.alternatives[0]![0]!)), ...hyphenated.flatMap((t) => otherNames(t))].filter((alt, i, all) => all.findIndex((a) => a.join(' ') === alt.join(' ')) === i);
  return synonyms.length ? { ...concept, synonyms } : concept;
}

/**
 * Verbs of change before what they change ("reducing bias", "protect children", "expanding
 * nuclear power"), and of judging what they judge ("blame China"): how the question asks about the
 * thing, which a text may say in its own verb ("bias mitigation", "Chinese overcapacity"). The
 * thing alone decides whether a submission mentions it; the verb is still searched.
 */
const CHANGE_VERBS = new Set(
  `reduce reduces reduced reducing lower lowers lowering cut cuts cutting prevent prevents preventing mitigate mitigates mitigating
  combat combats combating combatting fight fights fighting tackle tackles tackling curb curbs curbing limit limits limiting
  increase increases increasing boost boosts boosting improve improves improving expand expands expanding strengthen strengthens
  strengthening promote promotes promoting protect protects protecting ensure ensures ensuring encourage encourages encouraging
  enhance enhances enhancing stop stops stopping accelerate accelerates accelerating speed speeding
  blame blames blamed blaming criticize criticizes criticized criticizing criticise criticises criticised criticising
  praise praises praised praising accuse accuses accused accusing`.split(/\s+/),
);

/** A concept that opens with a verb of change, without it: "reducing bias" is tested, and named, by "bias". */
function withoutChangeVerb(concept: Concept): Concept {
  const first = concept.label.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (concept.groups.length < 2 || !CHANGE_VERBS.has(first) || !terms(first).every((t) => concept.groups[0]!.alternatives.some((alt) => alt.includes(t)))) return concept;
  return { ...concept, label: concept.label.split(/\s+/).slice(1).join(' '), groups: concept.groups.slice(1) };
}

/** Auxiliaries: what follows one is a subject, then its verb. */
const AUXILIARIES = new Set('do does did is are was were has have had will would can could should shall may might must'.split(' '));

/** Words at which a phrase ends: prepositions, conjunctions and the like. */
const BREAKS = new Set(
  `and or but nor with without for from to of on in at by about into onto over under between among against via per than as
  that which who whom whose whether if when where while because so such like unlike versus vs including include includes
  its their his her our your this these those the a an any some all each every no not
  do does did is are was were be been has have had will would can could should shall may might must
  it they he she we you i them him me us`.split(/\s+/),
);

/**
 * A run of words made wholly of phrases the glossary knows, each of two words or more, is those
 * phrases: "data center energy use" is data centers and energy use, each tested on its own, not one
 * four-word phrase that any of its words would stand for.
 */
function glossaryPhrases(concept: Concept, labels: readonly string[]): Concept[] {
  const { groups } = concept;
  if (groups.length < 4 || labels.length !== groups.length || !groups.every((g) => g.alternatives[0]?.length === 1)) return [concept];
  const words = groups.map((g) => g.alternatives[0]![0]!);
  // The cut into known phrases, the first word's longest first.
  const cut = (from: number): number[] | undefined => {
    if (from === words.length) return [];
    for (let end = words.length; end >= from + 2; end--) {
      if (!isGlossaryForm(words.slice(from, end))) continue;
      const rest = cut(end);
      if (rest) return [end, ...rest];
    }
    return undefined;
  };
  const ends = cut(0);
  if (!ends || ends.length < 2) return [concept];
  return ends.map((end, i) => {
    const start = i === 0 ? 0 : ends[i - 1]!;
    return { label: labels.slice(start, end).join(' '), groups: groups.slice(start, end) };
  });
}

/**
 * Groups topic groups into concepts by where their words stand in the question: groups whose
 * words are neighbours (nothing but other topic words between them) form one concept.
 * `text`: the question's English text; `groups`: its topic groups, one term each for English.
 */
export function conceptsOf(text: string, groups: readonly TopicGroup[]): Concept[] {
  if (groups.length === 0) return [];
  const termOf = new Map<string, TopicGroup>();
  for (const group of groups) for (const alt of group.alternatives) if (alt.length === 1) termOf.set(alt[0]!, group);
  // Chinese questions (and groups of several words) are concepts of their own.
  const single = groups.filter((g) => !g.alternatives.every((alt) => alt.length === 1 && termOf.get(alt[0]!) === g));
  const concepts: Concept[] = single.map((g) => ({ label: g.label, groups: [g] }));
  let current: TopicGroup[] = [];
  let labels: string[] = [];
  const close = () => {
    if (current.length) concepts.push(...glossaryPhrases({ label: labels.join(' '), groups: current }, labels));
    current = [];
    labels = [];
  };
  // After an auxiliary ("when did Britain change its law?"), a capitalised run is the subject, and the lower-case word after it its verb.
  let subject = false;
  for (const piece of text.split(/([,;:?!()"“”/]|\s+)/)) {
    if (!piece || /^\s+$/.test(piece)) continue;
    if (/^[,;:?!()"“”/]$/.test(piece)) {
      close();
      continue;
    }
    const lower = piece.toLowerCase().replace(/['’]s$/, '');
    if (BREAKS.has(lower)) {
      close();
      subject = AUXILIARIES.has(lower);
      continue;
    }
    if (subject && !/^\p{Lu}/u.test(piece)) {
      if (labels.length) close();
      subject = false;
    }
    const found = terms(piece).map((t) => termOf.get(t)).filter((g): g is TopicGroup => g !== undefined && !single.includes(g));
    if (found.length === 0) {
      // A word that is not in the topic (a frame word, a name) ends the phrase; a stopword does not.
      if (wordsOf(piece).length && terms(piece).length) close();
      continue;
    }
    for (const g of found) if (!current.includes(g) && !concepts.some((c) => c.groups.includes(g))) current.push(g);
    labels.push(piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  }
  close();
  // Every group belongs to one concept.
  for (const g of groups) if (!concepts.some((c) => c.groups.includes(g))) concepts.push({ label: g.label, groups: [g] });
  return concepts.map(withoutChangeVerb).map(named);
}

/**
 * The concepts of a Chinese question: the glossary words of one phrase of it ("工作簽證" → jobs,
 * visa; "放寬 AI 人才" → relax, talent) form one concept, as an English phrase's words do; a word
 * the glossary reads as grammar (的, 或) or a punctuation mark ends it. Groups with no phrase (the
 * question's Latin-script words) are concepts of their own.
 */
export function conceptsOfPhrases(groups: readonly TopicGroup[]): Concept[] {
  const concepts: Concept[] = [];
  const byPhrase = new Map<number, Concept>();
  for (const group of groups) {
    const phrase = group.phrase;
    const same = phrase === undefined ? undefined : byPhrase.get(phrase);
    if (same) {
      same.groups.push(group);
      same.label = `${same.label} ${group.label}`;
      continue;
    }
    const concept: Concept = { label: group.label, groups: [group] };
    concepts.push(concept);
    if (phrase !== undefined) byPhrase.set(phrase, concept);
  }
  return concepts;
}
