/**
 * Whether one submission addresses a topic: the test behind "Did Microsoft discuss export
 * controls?". A topic is a few groups of alternatives (a term, or for a Chinese question the
 * glossary's English equivalents of one word); a short topic is addressed when all its groups
 * occur within two neighbouring sentences, a long one when most of its weight occurs at all.
 */
import type { CorpusIndex } from '../corpus-index.js';
import type { TopicGroup } from '../question/topic.js';
import type { Concept } from '../question/concepts.js';
import { entityNames, namesOf, otherWords, relatedForms } from '../i18n/thesaurus.js';
import { terms } from '../text/tokenize.js';
import { otherSpellings } from '../text/word-forms.js';


/** At most this many groups, and the topic is short: its parts must occur together. */
export const SHORT_TOPIC_GROUPS = 3;
/**
 * A longer topic (a described question, "what did X say about A, B and C") is answered from the
 * submission's best passages; it is a plain no only when less than this share of its weight occurs.
 */
export const LONG_TOPIC_SHARE = 0.2;
/** A short topic with a part missing is still addressed when the parts found carry this share and occur together. */
const SHORT_TOPIC_PARTIAL_SHARE = 0.6;

export interface Presence {
  /** Whether the submission addresses the topic, by the rules above. */
  addressed: boolean;
  /** Groups found anywhere in the submission. */
  found: TopicGroup[];
  missing: TopicGroup[];
  /** For a short topic: a chunk where all groups occur together, and whether only in references. */
  together?: { chunk: number; inPassing: boolean };
}

const satisfied = (group: TopicGroup, present: (term: string) => boolean) => group.alternatives.some((alt) => alt.length > 0 && alt.every(present));

/** A group's weight: its rarest term's idf; a term no chunk holds weighs as the rarest there is. */
export function groupWeight(group: TopicGroup, corpus: CorpusIndex): number {
  return Math.max(0, ...group.alternatives.flat().map((t) => corpus.idf(t) || corpus.rarestIdf));
}
const weightOf = groupWeight;

/** Whether one chunk holds the group (a term's other forms count). */
export function satisfiedIn(corpus: CorpusIndex, group: TopicGroup, chunk: number): boolean {
  return satisfied(group, (term) => corpus.chunkContains(chunk, term) || corpus.variants(term).some((v) => corpus.chunkContains(chunk, v)));
}

/** A reference-list entry or footnote rather than the submission's own argument. */
const IN_PASSING = /https?:\/\/|www\.|\bet al\b|\bRetrieved\b|\bAccessed\b|\bvol\.|\bpp\.|\bdoi\b|\(\d{4}\)|^\s*\d{1,3}\s+\S/i;

type Forms = (term: string) => string[];

/** Other forms of terms ("consum" for "consumpt"), looked up once each. */
function formsOf(corpus: CorpusIndex): Forms {
  const known = new Map<string, string[]>();
  return (term) => {
    let variants = known.get(term);
    if (!variants) known.set(term, (variants = corpus.variants(term)));
    return variants;
  };
}

/** A term is present by `has`, or one of its other forms is. */
const withForms = (forms: Forms, has: (term: string) => boolean) => (term: string) => has(term) || forms(term).some(has);

export function presenceIn(corpus: CorpusIndex, docs: readonly number[], groups: readonly TopicGroup[]): Presence {
  const live = groups.filter((g) => g.alternatives.some((alt) => alt.length > 0));
  if (live.length === 0) return { addressed: true, found: [], missing: [] };
  const forms = formsOf(corpus);
  const inDocs = withForms(forms, (term) => docs.some((doc) => corpus.docContains(doc, term)));
  const found = live.filter((g) => satisfied(g, inDocs));
  const missing = live.filter((g) => !found.includes(g));
  if (live.length > SHORT_TOPIC_GROUPS) {
    const total = live.reduce((sum, g) => sum + weightOf(g, corpus), 0) || 1;
    const share = found.reduce((sum, g) => sum + weightOf(g, corpus), 0) / total;
    return { addressed: share >= LONG_TOPIC_SHARE, found, missing };
  }
  if (found.length === 0) return { addressed: false, found, missing };
  if (missing.length > 0) {
    const total = live.reduce((sum, g) => sum + weightOf(g, corpus), 0) || 1;
    const share = found.reduce((sum, g) => sum + weightOf(g, corpus), 0) / total;
    if (share < SHORT_TOPIC_PARTIAL_SHARE) return { addressed: false, found, missing };
  }
  const together = findTogether(corpus, docs, found, forms);
  return { addressed: together !== undefined && !together.inPassing, found, missing, ...(together ? { together } : {}) };
}

/** A chunk in which two neighbouring sentences hold every group, preferring the submission's own prose. */
function findTogether(corpus: CorpusIndex, docs: readonly number[], groups: readonly TopicGroup[], forms: Forms): { chunk: number; inPassing: boolean } | undefined {
  let inPassing: number | undefined;
  for (const doc of docs) {
    const { first, end } = corpus.chunksOf(doc);
    for (let chunk = first; chunk < end; chunk++) {
      if (!groups.every((g) => satisfied(g, withForms(forms, (term) => corpus.chunkContains(chunk, term))))) continue;
      const sentences = corpus.sentences(chunk).map((s) => ({ text: s.text, terms: new Set(s.sequence) }));
      for (let i = 0; i < sentences.length; i++) {
        const pair = [sentences[i]!, sentences[i + 1]].filter((s) => s !== undefined);
        const present = withForms(forms, (term) => pair.some((s) => s.terms.has(term)));
        if (!groups.every((g) => satisfied(g, present))) continue;
        if (!pair.some((s) => IN_PASSING.test(s.text))) return { chunk, inPassing: false };
        inPassing ??= chunk;
      }
    }
  }
  return inPassing === undefined ? undefined : { chunk: inPassing, inPassing: true };
}


/** Words this common (idf: "AI", "use", "new") can neither show nor rule out that a concept is there. */
export const MIN_CONCEPT_WEIGHT = 1;

export interface ConceptPresence extends Presence {
  /** Each concept of the topic, whether it occurs in the submission (in any form of its words), and whether its words occur at all, in the glossary's other words too. */
  concepts: { concept: Concept; occurs: boolean; weight: number; loosely: boolean; related?: boolean; inOtherWords?: boolean }[];
}

/**
 * Whether a named submitter's submission addresses a topic, concept by concept. A one-word concept
 * occurs when its word does, in any of its forms; a phrase when two of its words occur within two
 * neighbouring sentences ("autonomy software" answers "buying autonomy software"). The
 * answer is a plain no only when no concept of the topic occurs in the whole text; when some do,
 * the answer quotes them and names the ones that do not.
 */
export function conceptPresenceIn(corpus: CorpusIndex, docs: readonly number[], groups: readonly TopicGroup[], concepts: readonly Concept[]): ConceptPresence {
  const base = presenceIn(corpus, docs, groups);
  const family = new Map<string, string[]>();
  const formsOfTerm = (term: string) => {
    let forms = family.get(term);
    if (!forms) family.set(term, (forms = corpus.family(term)));
    return forms;
  };
  const inDocs = (term: string) => [term, ...formsOfTerm(term)].some((t) => docs.some((doc) => corpus.docContains(doc, t)));
  /** An other name's words, each somewhere and, for several, all within two neighbouring sentences. */
  const heldTogether = (alt: readonly string[]) => alt.every(inDocs) && (alt.length === 1 || together(corpus, docs, [termGroups(alt)], formsOfTerm, 'all'));
  const checked = concepts.map((concept) => {
    const weighted = concept.groups.map((g) => ({ g, w: groupWeight(g, corpus) })).filter((x) => x.w >= MIN_CONCEPT_WEIGHT);
    const weight = Math.max(0, ...weighted.map((x) => x.w));
    // A word hyphenated to others ("source" of "open-source models") counts only with them, whatever they weigh: "sources" and "models" are not open-source models.
    const partial = hyphenUnits(concept).filter((unit) => !(unit.every((g) => satisfied(g, inDocs)) && together(corpus, docs, [unit], formsOfTerm, 'all'))).flat();
    const present = weighted.filter((x) => satisfied(x.g, inDocs) && !partial.includes(x.g));
    // A phrase of three words or more is the question's wording more than a name of the thing ("stop health insurers"): its most telling word is enough.
    const rarest = weighted.length >= 3 ? weighted.reduce((a, b) => (b.w > a.w ? b : a)) : undefined;
    // One word: anywhere; the one telling word of a phrase whose other words are too common to weigh ("AI race"): with them, within two neighbouring sentences ("race, ethnicity" is not the AI race).
    // A phrase: two of its words within two neighbouring sentences ("export of services" and "security controls" are not "export controls").
    const withCommonWords = () => concept.groups.length === 1 || together(corpus, docs, [concept.groups], formsOfTerm, 'all');
    const ownWords =
      weighted.length === 0 ||
      (weighted.length === 1 ? present.length === 1 && phraseTogether(corpus, docs, present[0]!.g, formsOfTerm) && withCommonWords() : present.length >= 2 && together(corpus, docs, present.map((x) => x.g), formsOfTerm)) ||
      (rarest !== undefined && present.includes(rarest));
    const occurs =
      ownWords ||
      // Another of the glossary's names for the country, organisation or person it names ("Chinese" for "China").
      entityForms(concept).some(heldTogether) ||
      // The two words written as one, or the one word as two ("healthcare", "cyber security").
      compoundForms(concept, corpus).some((alt) => (alt.length === 1 ? inDocs(alt[0]!) : adjacent(corpus, docs, alt))) ||
      // Another name of the whole phrase ("export restrictions" for "export controls").
      (concept.synonyms ?? []).some(heldTogether);
    // Its words, or the glossary's other words for them ("regulations" for "rules"), each somewhere: then "does not mention" is not said of it.
    const loosely = occurs || (weighted.length > 0 && weighted.every((x) => satisfied(x.g, (term) => inDocs(term) || otherWords(term).some(inDocs))));
    // Looser still, by any form of the glossary entries its words are in ("DoD" for "Pentagon", "competition" for "China"): only ever keeps a concept from being named as missing after quotes.
    const related = loosely || (weighted.length > 0 && weighted.every((x) => satisfied(x.g, (term) => relatedForms(term).some((form) => form.every(inDocs)))));
    return { concept, occurs, weight, loosely, related, inOtherWords: occurs && !ownWords, decisive: weighted.length > 0 };
  });
  const decisive = checked.filter((c) => c.decisive);
  const addressed = decisive.length === 0 || decisive.some((c) => c.occurs);
  return { ...base, addressed, concepts: decisive.map(({ concept, occurs, weight, loosely, related, inOtherWords }) => ({ concept, occurs, weight, loosely, related, inOtherWords })) };
}

/**
 * Whether two of the groups (`two`) occur within two neighbouring sentences of the submissions, in
 * any forms of their words; with `all`, whether one of the alternatives' word lists does entirely.
 */
function together(corpus: CorpusIndex, docs: readonly number[], groups: readonly TopicGroup[] | readonly TopicGroup[][], forms: (term: string) => string[], need: 'two' | 'all' = 'two'): boolean {
  const has = (present: (t: string) => boolean) => (g: TopicGroup) => satisfied(g, (term) => present(term) || forms(term).some(present));
  const lists = (need === 'all' ? groups : [groups]) as TopicGroup[][];
  const enough = (list: TopicGroup[], present: (t: string) => boolean) => list.filter(has(present)).length >= (need === 'all' ? list.length : 2);
  for (const doc of docs) {
    const { first, end } = corpus.chunksOf(doc);
    for (let chunk = first; chunk < end; chunk++) {
      const inChunk = lists.filter((list) => enough(list, (t) => corpus.chunkContains(chunk, t)));
      if (inChunk.length === 0) continue;
      const sentences = corpus.sentences(chunk).map((s) => new Set(s.sequence));
      for (let i = 0; i < sentences.length; i++) {
        const pair = [sentences[i]!, sentences[i + 1]].filter((s): s is Set<string> => s !== undefined);
        if (inChunk.some((list) => enough(list, (t) => pair.some((s) => s.has(t))))) return true;
      }
    }
  }
  return false;
}

/**
 * Whether a group whose every alternative is a phrase ("export controls" for 出口管制) has one
 * with its words within two neighbouring sentences; a group with a one-word alternative just occurs.
 */
function phraseTogether(corpus: CorpusIndex, docs: readonly number[], group: TopicGroup, forms: (term: string) => string[]): boolean {
  if (group.alternatives.some((alt) => alt.length === 1)) return true;
  return together(corpus, docs, group.alternatives.flatMap((alt) => (alt.length > 1 ? [termGroups(alt)] : [])), forms, 'all');
}

/** Whether the submissions write these terms side by side, in this order, in one sentence, in any of their forms (see `statedAsWritten`). */
export function writtenSideBySide(corpus: CorpusIndex, docs: readonly number[], terms: readonly string[]): boolean {
  return statedAsWritten(corpus, docs, { label: terms.join(' '), groups: termGroups(terms) });
}

/** Each term of a phrase as a group of its own, for `together`. */
function termGroups(alt: readonly string[]): TopicGroup[] {
  return alt.map((t) => ({ label: t, forms: [t], alternatives: [[t]] }));
}

/**
 * An organisation, country, person or product the question asks about ("How does PepsiCo talk
 * about China's competition in AI?") that the submission never names, by any of the glossary's
 * names for it: what the answer must say first, since the question takes it for granted. Only a
 * concept of the topic that does not occur, even loosely, and that the glossary knows as such a
 * name; a name counts as present when all its words occur anywhere in the submission.
 */
export function absentEntity(corpus: CorpusIndex, docs: readonly number[], presence: ConceptPresence): { label: string; searched: string[] } | undefined {
  const submitters = docs.map((d) => corpus.doc(d).submitter.toLowerCase());
  for (const { concept, occurs, loosely } of presence.concepts) {
    if (occurs || loosely || concept.groups.length !== 1) continue;
    const names = entityNames(concept.label);
    if (names.length === 0 || submitters.some((s) => names.some((n) => s.includes(n.toLowerCase())))) continue;
    const named = (name: string) => {
      const words = terms(name);
      return words.length > 0 && docs.some((doc) => words.every((w) => [w, ...corpus.family(w)].some((f) => corpus.docContains(doc, f))));
    };
    if (names.some(named)) continue;
    return { label: concept.label, searched: names };
  }
  return undefined;
}

/** A concept's words spelt otherwise ("healthcare", "cyber security"; see `otherSpellings`), as terms the index holds. */
export function compoundForms(concept: Concept, corpus: CorpusIndex): string[][] {
  return otherSpellings(concept.label, (spelling) => spelling.every((t) => corpus.idf(t) > 0));
}

/** Whether two terms stand side by side, in this order, in a sentence of the submissions ("cyber security"). */
function adjacent(corpus: CorpusIndex, docs: readonly number[], [a, b]: readonly string[]): boolean {
  for (const doc of docs) {
    const { first, end } = corpus.chunksOf(doc);
    for (let chunk = first; chunk < end; chunk++) {
      if (!corpus.chunkContains(chunk, a!) || !corpus.chunkContains(chunk, b!)) continue;
      for (const { sequence } of corpus.sentences(chunk)) for (let i = 0; i + 1 < sequence.length; i++) if (sequence[i] === a && sequence[i + 1] === b) return true;
    }
  }
  return false;
}

/**
 * Whether the submissions write a concept as the question does: its words side by side, in order,
 * in one sentence, in any of their forms ("small businesses", not "business, both large and
 * small"; "open-source models", not "open standards … its source"). What a plain "yes" rests on.
 */
export function statedAsWritten(corpus: CorpusIndex, docs: readonly number[], concept: Concept): boolean {
  const groups = concept.groups;
  if (groups.length === 0) return false;
  const forms = new Map<string, Set<string>>();
  const formsOf = (term: string) => {
    let set = forms.get(term);
    if (!set) forms.set(term, (set = new Set([term, ...corpus.family(term), ...corpus.variants(term)])));
    return set;
  };
  const holds = (group: TopicGroup, term: string | undefined) => term !== undefined && group.alternatives.some((alt) => alt.length === 1 && formsOf(alt[0]!).has(term));
  // A group with phrase alternatives only (a Chinese word's English phrases) is checked as present.
  if (groups.some((g) => g.alternatives.every((alt) => alt.length !== 1))) return false;
  for (const doc of docs) {
    const { first, end } = corpus.chunksOf(doc);
    for (let chunk = first; chunk < end; chunk++) {
      for (const { sequence } of corpus.sentences(chunk)) {
        for (let i = 0; i + groups.length <= sequence.length; i++) if (groups.every((g, j) => holds(g, sequence[i + j]))) return true;
      }
    }
  }
  return false;
}

/** The groups of each hyphenated word of a concept's label ("open-source" of "open-source models"), where it makes two groups or more. */
function hyphenUnits(concept: Concept): TopicGroup[][] {
  const units: TopicGroup[][] = [];
  for (const word of concept.label.split(/\s+/)) {
    if (!word.includes('-')) continue;
    const parts = terms(word);
    const unit = concept.groups.filter((g) => g.alternatives.some((alt) => alt.some((t) => parts.includes(t))));
    if (unit.length >= 2) units.push(unit);
  }
  return units;
}

/** The glossary's other names for what a concept names ("China": Chinese, PRC, …), as term lists. */
export function entityForms(concept: Concept): string[][] {
  const own = concept.groups.flatMap((g) => g.alternatives.flat());
  return namesOf(concept.label)
    .map((name) => terms(name))
    .filter((alt) => alt.length > 0 && !alt.every((t) => own.includes(t)));
}
