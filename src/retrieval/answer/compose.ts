/**
 * Stage 4 of an answer: compose it from the evidence and the decision. Offline, an answer is
 * made of verbatim quotes (or a count, an outline, a plain "no"); with a chat model, the model
 * writes it from the same numbered passages.
 */
import type { Clock } from '../../shared/clock.js';
import type { Log } from '../../shared/log.js';
import type { ChatModel } from '../chat/model.js';
import type { AskOptions, Source } from '../types.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { Understood } from '../question/understand.js';
import { asksWhether, type Decision, type NearQuote, type Side } from '../evidence/coverage.js';
import type { Candidate, Evidence } from '../evidence/gather.js';
import { countText } from './count.js';
import { extractiveAnswer, quoteBlock } from './extractive.js';
import { generateAnswer } from './llm.js';
import { outlineAnswer } from './outline.js';
import { readableText } from './sentences.js';
import type { Phrases } from './phrases.js';
import type { TopicGroup } from '../question/topic.js';
import type { Concept } from '../question/concepts.js';
import { topicWords } from '../question/understand.js';
import { glossaryForm, sameThingNames } from '../i18n/thesaurus.js';
import { terms } from '../text/tokenize.js';
import { absentEntity, compoundForms, entityForms, groupWeight, MIN_CONCEPT_WEIGHT, SHORT_TOPIC_GROUPS, statedAsWritten, writtenSideBySide } from '../evidence/presence.js';

/** A concept of the topic named as missing weighs at least this share of the rarest word's weight (a telling word, not "use" or "new": idf 3.5 of 10.3 on the full corpus). */
const MISSING_MIN_WEIGHT = 0.34;
/** …and the missing concepts carry at least this share of the topic's weight. */
const MISSING_MIN_SHARE = 0.4;
/** Quotes given when the question's words are absent but its meaning may not be. */
const OTHER_WORDS_QUOTES = 3;
/** At most this many missing concepts are named. */
const MISSING_NAMED = 2;

export interface Composed {
  text: string;
  /** The passages the text cites by number. */
  sources: Source[];
  notCovered: boolean;
  usage?: { promptTokens: number; completionTokens: number };
}

export interface ComposeDeps {
  corpus: CorpusIndex;
  phrases: Phrases;
  chat?: ChatModel;
  log?: Log;
  clock?: Clock;
}

export async function compose(question: Understood, evidence: Evidence, decision: Decision, options: AskOptions, deps: ComposeDeps): Promise<Composed> {
  const { phrases, corpus } = deps;
  const count = evidence.counted ? countText(evidence.counted, question.categories, corpus.size + corpus.withoutText.length, phrases, question.groups.length <= SHORT_TOPIC_GROUPS, question.countedWithoutCategory) : undefined;
  if (decision.kind === 'count') return { text: count ?? '', sources: [], notCovered: false };
  if (decision.kind === 'not-covered') {
    return { text: [count, phrases.notCovered].filter(Boolean).join('\n\n'), sources: evidence.passages.slice(0, 3), notCovered: true };
  }
  if (decision.kind === 'not-addressed') return notAddressed(decision.sides, question, evidence, deps);
  if (decision.kind === 'other-words' && !deps.chat) return otherWords(decision, question, evidence, deps);
  // Sides that do not address the topic say so; the others are quoted.
  // With a chat model, a submitter whose words are absent but not its meaning is given to the model like any other.
  const silent = decision.kind === 'other-words' ? [] : decision.sides.filter((s) => !s.presence.addressed && !s.near);
  const addressing = decision.sides.filter((s) => s.presence.addressed);
  // Offline, of several sides, one that has the topic only in other words, or only close in meaning, is quoted apart, where those stand: the question's words would find its unrelated sentences ("drive innovation" for self-driving cars).
  const apart = deps.chat || decision.kind !== 'answer' ? [] : decision.sides.filter((s) => s.near || (s.presence.addressed && inOtherWordsOnly(s) && !addressing.every(inOtherWordsOnly)));
  const leftOut = new Set([...silent, ...apart].flatMap((s) => s.docs.map((d) => corpus.doc(d).id)));
  const candidates = evidence.candidates.filter((c) => !leftOut.has(c.source.docId));
  const lines: string[] = [];
  if (count) lines.push(count);
  // One submitter that never names what the question takes for granted ("China" in "how does X talk about China's AI competition") says so first.
  const entity = decision.kind !== 'other-words' && decision.sides.length === 1 && addressing.length === 1 ? absentEntity(corpus, addressing[0]!.docs, addressing[0]!.presence) : undefined;
  if (entity) lines.push(phrases.entityMissing(addressing[0]!.name, entity.label, entity.searched));
  // Other concepts a quoted submitter does not mention are named after its quotes, never before them.
  // Only telling concepts are named, and only when they are much of what was asked: a paraphrase's stray word is not news.
  const missingLines = addressing.flatMap((side) => {
    const total = side.presence.concepts.reduce((sum, c) => sum + c.weight, 0) || 1;
    // A lone verb form ("reworked", "poured") is how the question asks, not a thing the text must name.
    const absent = side.presence.concepts.filter((c) => !c.loosely && !c.related && c.concept.label !== entity?.label && !/^[a-z]+ed$/i.test(c.concept.label));
    const missing = absent.filter((c) => c.weight >= MISSING_MIN_WEIGHT * corpus.rarestIdf).sort((a, b) => b.weight - a.weight).slice(0, MISSING_NAMED);
    const share = absent.reduce((sum, c) => sum + c.weight, 0) / total;
    return missing.length && share >= MISSING_MIN_SHARE ? [phrases.conceptsMissing(side.name, missing.map((c) => c.concept.label))] : [];
  });
  let usage: Composed['usage'];
  if (deps.chat) {
    const generated = await generateAnswer(
      { question: question.question, language: question.language, passages: evidence.passages.map((p) => ({ ...p, text: readableText(p.text, corpus.words) })), ...(options.history ? { history: options.history } : {}), ...(options.onPartial ? { onPartial: options.onPartial } : {}), ...(options.signal ? { signal: options.signal } : {}) },
      { chat: deps.chat, ...(deps.log ? { log: deps.log } : {}), ...(deps.clock ? { clock: deps.clock } : {}) },
    );
    lines.push(generated.text);
    usage = generated.usage;
  } else if (evidence.outlines?.length) {
    const sourceOf = (chunk: number) => evidence.passages.find((p) => p.start === corpus.chunkStart(chunk) && p.docId === corpus.doc(corpus.docOfChunk(chunk)).id);
    for (const { submitter, sections, omitted } of evidence.outlines) {
      const outline = outlineAnswer(submitter, sections, sourceOf, phrases, corpus.words, omitted);
      if (outline) lines.push(outline);
    }
    // The main points asked beside a question on a topic: then the best quotes on the topic the outline does not already show.
    const shown = new Set(evidence.outlines.flatMap((o) => o.sections.flatMap((s) => s.statements.map((x) => squashed(x.text)))));
    const unshown = candidates.filter((c) => ![...shown].some((text) => text.includes(squashed(c.sentence.text)) || squashed(c.sentence.text).includes(text)));
    if (unshown.length) {
      const text = extractiveAnswer({ candidates: unshown, profile: evidence.profile, heading: phrases.quotesHeading, maxQuotes: BESIDE_OUTLINE, maxPerSubmitter: BESIDE_OUTLINE, wordFrequencies: corpus.words });
      if (text) lines.push(text);
    }
  } else {
    const sides = decision.kind === 'other-words' ? decision.sides : addressing.filter((s) => !apart.includes(s));
    const single = sides.length === 1 || !!options.submitter || !!options.docId;
    const text = extractiveAnswer({
      candidates,
      profile: evidence.profile,
      heading: phrases.quotesHeading,
      ensureDocs: sides.length > 1 ? sides.map((s) => evidence.passages.find((p) => s.docs.some((d) => corpus.doc(d).id === p.docId))?.docId).filter((id): id is string => !!id) : [],
      ...quoteLimits(question, sides.length, single),
      wordFrequencies: corpus.words,
      // "Did X discuss nuclear power?": the sentence that holds the topic's most telling word comes first, the evidence for the yes.
      ...(asksWhether(question) && question.answerTypes.length === 0 && evidence.profile.rarest[0] ? { leadWith: (c: Candidate) => c.sentence.terms.has(evidence.profile.rarest[0]!) } : {}),
    });
    if (text) lines.push(text);
    // "Did X discuss Y?", with every concept of Y in X's own words: a plain yes first, as a proven no leads with "No".
    // Not in Chinese, whose words are matched by the glossary's looser English forms ("purchasing" for 政府採購), nor when a
    // category word may have left the topic ("Is small businesses something Dell raised?": "small" alone is no yes).
    const side = decision.kind === 'answer' && decision.sides.length === 1 && addressing.length === 1 ? addressing[0]! : undefined;
    const plainYes = question.language === 'en' && !question.impliedCategory && question.cues.includes('yesno');
    // And only on each concept written as the question writes it, its words side by side: a looser match is quoted, not affirmed.
    if (text && side && !entity && plainYes && side.presence.concepts.length > 0 && side.presence.concepts.every((c) => c.occurs && !c.inOtherWords && statedAsWritten(corpus, side.docs, c.concept))) {
      lines.unshift(phrases.presenceYes(side.name, topicLabel(question, side, true)));
    } else if (text && side && !entity && plainYes && side.presence.concepts.length > 0 && side.presence.concepts.every((c) => c.occurs && (c.inOtherWords || statedAsWritten(corpus, side.docs, c.concept)))) {
      // Some concepts only in the glossary's other names for them ("data centers" for "server farms"): a yes that says which.
      const written = writtenFor(side, corpus);
      if (written) lines.unshift(phrases.inOtherNames(side.name, written, true));
    }
  }
  // A submitter whose text holds the topic only in other words ("autonomous vehicles" for "self-driving cars", the glossary's): said so, with where it does.
  const otherWordsOnly = addressing.length > 0 && addressing.every(inOtherWordsOnly);
  // Or in a form no scored sentence matched ("Chinese" for "China", "free from bias" in a list): quote where it does.
  if (!deps.chat && !evidence.outlines && decision.kind === 'answer' && (otherWordsOnly || lines.length === (count ? 1 : 0) + (entity ? 1 : 0))) {
    const mentioned = mentionQuotes(addressing, corpus);
    if (mentioned) {
      const written = otherWordsOnly && addressing.length === 1 ? writtenFor(addressing[0]!, corpus) : undefined;
      const instead = written ? phrases.inOtherNames(addressing[0]!.name, written, question.cues.includes('yesno')) : phrases.otherWords(addressing.map((s) => s.name), searchedFor(question, corpus));
      const lead = otherWordsOnly ? [count, instead].filter((l): l is string => !!l) : lines;
      const near = apartBlocks(apart.filter((s) => s.near), question, deps, mentioned.sources.length);
      return { text: [...lead, phrases.quotesHeading, mentioned.text, ...near.lines, ...silent.map((side) => silentLine(side, question, phrases, corpus)), ...missingLines].join('\n\n'), sources: [...mentioned.sources, ...near.sources], notCovered: false };
    }
  }
  const answered = lines.length > (count ? 1 : 0) + (entity ? 1 : 0);
  const near = apartBlocks(apart, question, deps, evidence.passages.length);
  lines.push(...near.lines);
  if (!deps.chat) for (const side of silent) lines.push(silentLine(side, question, phrases, corpus));
  lines.push(...missingLines);
  if (!answered) return { text: [count, phrases.notCovered].filter(Boolean).join('\n\n'), sources: evidence.passages.slice(0, 3), notCovered: true };
  return { text: lines.join('\n\n'), sources: [...evidence.passages, ...near.sources], notCovered: false, ...(usage ? { usage } : {}) };
}

/**
 * For a side whose text holds concepts only in the glossary's other names for them, which name it
 * writes for which concept ("tariffs" for "import duties", "Chinese" for "China"); none when one
 * of them is only a related idea or cannot be told.
 */
function writtenFor(side: Side, corpus: CorpusIndex): [string, string][] | undefined {
  // A name of several words is written when its words stand side by side in a sentence ("open models", not "models … open").
  const inText = (alt: readonly string[]) =>
    alt.length === 1 ? side.docs.some((doc) => [alt[0]!, ...corpus.family(alt[0]!)].some((form) => corpus.docContains(doc, form))) : writtenSideBySide(corpus, side.docs, alt);
  const pairs: [string, string][] = [];
  for (const { concept, occurs, inOtherWords } of side.presence.concepts) {
    if (!occurs || !inOtherWords) continue;
    // Only a name of the same thing: a related idea the glossary lists beside it ("open weights" for open-source models) is quoted, not affirmed.
    const own = concept.groups.map((g) => g.alternatives[0]?.[0] ?? '');
    const written = [...sameThingNames(own), ...entityForms(concept), ...compoundForms(concept, corpus)].find(inText);
    if (!written) return undefined;
    pairs.push([concept.label, glossaryForm(written) ?? written.join(' ')]);
  }
  return pairs.length > 0 ? pairs : undefined;
}

/** A side whose text holds the topic's concepts only in the glossary's other words ("autonomous vehicles" for "self-driving cars"). */
function inOtherWordsOnly(side: Side): boolean {
  return side.presence.concepts.some((c) => c.occurs) && side.presence.concepts.every((c) => !c.occurs || c.inOtherWords);
}

/**
 * The sides quoted apart: each says the question's words are not its own, then quotes where its
 * other words stand, or its sentences closest in meaning; cited after the `numbered` sources before them.
 */
function apartBlocks(sides: readonly Side[], question: Understood, { phrases, corpus }: ComposeDeps, numbered: number): { lines: string[]; sources: Source[] } {
  const lines: string[] = [];
  const sources: Source[] = [];
  for (const side of sides) {
    const quoted = side.near?.length ? nearQuoted(side.near, corpus, numbered + sources.length) : mentionQuotes([side], corpus, numbered + sources.length);
    if (!quoted) continue;
    sources.push(...quoted.sources);
    lines.push(`${phrases.otherWords([side.name], searchedFor(question, corpus, side.docs))}\n${quoted.text}`);
  }
  return { lines, sources };
}

/** Sentences close to the topic in meaning, cited from `numbered` + 1 on, one block per submission. */
function nearQuoted(near: readonly NearQuote[], corpus: CorpusIndex, numbered = 0): { text: string; sources: Source[] } {
  const sources: Source[] = near.map((q, i) => ({ ...corpus.passage(q.chunk, 0), n: numbered + i + 1 }));
  const byDoc = new Map<string, { source: Source; text: string }[]>();
  near.forEach((q, i) => byDoc.set(sources[i]!.docId, [...(byDoc.get(sources[i]!.docId) ?? []), { source: sources[i]!, text: q.sentence }]));
  return { text: [...byDoc.values()].map((quotes) => quoteBlock(quotes, corpus.words)).join('\n\n'), sources };
}

/** How many quotes an answer gives, and how they spread over submitters. */
function quoteLimits(question: Understood, sides: number, single: boolean) {
  if (single) return { maxQuotes: 5, maxPerSubmitter: 5 };
  if (sides > 1) return { maxQuotes: 3 * sides, maxPerSubmitter: 3 };
  if (question.intent === 'list') return { maxQuotes: 8, maxPerSubmitter: 1 };
  if (question.described) return { maxQuotes: 6, maxPerSubmitter: 2, maxFirst: 4, rankCost: 0.1 };
  return { maxQuotes: 6, maxPerSubmitter: 2, maxFirst: 3 };
}

/** Quotes on the topic after the main points a question also asks for. */
const BESIDE_OUTLINE = 2;

/** Letters and digits only, lower case: one sentence as an outline shows it and as a quote does. */
const squashed = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Quotes per submitter when no scored sentence was found but its text holds the topic. */
const MENTION_QUOTES = 2;

/**
 * The sentences of the named submitters that hold the concepts their text was found to hold, in
 * any form the presence test accepts (another form of the word, the glossary's other names, the two
 * words written as one), first ones first; none when no such sentence is found.
 */
function mentionQuotes(sides: readonly Side[], corpus: CorpusIndex, numbered = 0): { text: string; sources: Source[] } | undefined {
  const sources: Source[] = [];
  const blocks: string[] = [];
  for (const side of sides) {
    const forms = new Set<string>();
    // The phrases among them, each word with its forms: a sentence that holds one whole is quoted first ("existing transmission lines" before "transmission").
    const phrases: Set<string>[][] = [];
    for (const { concept, occurs, inOtherWords } of side.presence.concepts) {
      if (!occurs) continue;
      // A concept found only in other words is quoted where those stand, not where its own words do ("drive innovation" is no self-driving car).
      const alternatives = [...(inOtherWords ? (concept.synonyms ?? []) : concept.groups.flatMap((g) => g.alternatives)), ...entityForms(concept), ...compoundForms(concept, corpus)];
      // Each alternative's most telling word stands for it.
      for (const alt of alternatives) {
        const rarest = alt.reduce((a, b) => (corpus.idf(b) > corpus.idf(a) ? b : a), alt[0]!);
        for (const form of [rarest, ...corpus.family(rarest)]) forms.add(form);
        if (alt.length > 1) phrases.push(alt.map((t) => new Set([t, ...corpus.family(t)])));
      }
    }
    if (forms.size === 0) continue;
    const whole = (sequence: readonly string[]) => phrases.some((phrase) => phrase.every((own) => sequence.some((t) => own.has(t))));
    const quotes: { source: Source; text: string }[] = [];
    const quoted = new Set<number>();
    for (const strict of phrases.length ? [true, false] : [false]) {
      for (const doc of side.docs) {
        const { first, end } = corpus.chunksOf(doc);
        for (let chunk = first; chunk < end && quotes.length < MENTION_QUOTES; chunk++) {
          if (quoted.has(chunk)) continue;
          const sentence = corpus.sentences(chunk).find((s) => !s.boilerplate && (strict ? whole(s.sequence) : s.sequence.some((t) => forms.has(t))));
          // A sentence too short for the sentence table ("• Objectivity. Criteria are free from bias.") is read from the chunk's text.
          const text = sentence?.text ?? (strict ? undefined : sentenceAround(corpus.chunkText(chunk), forms));
          if (!text) continue;
          quoted.add(chunk);
          const source = { ...corpus.passage(chunk, 0), n: numbered + sources.length + 1 };
          sources.push(source);
          quotes.push({ source, text });
        }
      }
    }
    if (quotes.length) blocks.push(quoteBlock(quotes, corpus.words));
  }
  return blocks.length ? { text: blocks.join('\n\n'), sources } : undefined;
}

/** The sentence of a text around its first word whose search term is one of `forms`, without list marks; none when no word is. */
function sentenceAround(text: string, forms: ReadonlySet<string>): string | undefined {
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!terms(word[0]).some((t) => forms.has(t))) continue;
    const before = text.slice(0, word.index);
    const start = Math.max(before.search(/[^.!?•\n]*$/), 0);
    const after = text.slice(word.index).search(/[.!?](\s|$)|\n\s*\n|•/);
    const end = after < 0 ? text.length : word.index + after + 1;
    return text.slice(start, end).replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

function silentLine(side: Side, question: Understood, phrases: Phrases, corpus: CorpusIndex): string {
  const topic = topicLabel(question, side);
  if (side.presence.together?.inPassing) return phrases.inPassing(side.name, topic);
  return phrases.notAddressed(side.name, topic, searchedFor(question, corpus));
}

/** "No" for every named submitter: what was searched for, and the closest passage if there is one. */
function notAddressed(sides: Side[], question: Understood, evidence: Evidence, deps: ComposeDeps): Composed {
  const { phrases, corpus } = deps;
  // A proven no is an answer: it leads with "No —" and what was searched.
  const parts = sides.map((side, i) => (i === 0 && !side.presence.together?.inPassing ? phrases.presenceNo(side.name, topicLabel(question, side), searchedFor(question, corpus)) : silentLine(side, question, phrases, corpus)));
  const sources: Source[] = [];
  const closest = [...evidence.candidates].filter((c) => c.sentence.terms.size > 0).sort((a, b) => b.sentence.score - a.sentence.score)[0];
  if (closest) {
    const source = { ...closest.source, n: 1 };
    sources.push(source);
    parts.push(`${phrases.closest}\n${quoteBlock([{ source, text: closest.sentence.text }], corpus.words)}`);
  }
  return { text: parts.join('\n\n'), sources, notCovered: false };
}

/**
 * The question's words are not in the named submitters' text, which proves no "no": say so, then
 * quote their closest passages (by meaning when that is why, else by the question's other words).
 */
function otherWords(decision: Extract<Decision, { kind: 'other-words' }>, question: Understood, evidence: Evidence, deps: ComposeDeps): Composed {
  const { phrases, corpus } = deps;
  const { sides, near } = decision;
  const docs = sides.flatMap((s) => s.docs);
  const lead = everyWordWritten(question, corpus, docs) ? phrases.wordsApart(sides.map((s) => s.name), searchedFor(question, corpus)) : phrases.otherWords(sides.map((s) => s.name), searchedFor(question, corpus, docs));
  const byWords = () => {
    const text = extractiveAnswer({
      candidates: evidence.candidates,
      profile: evidence.profile,
      heading: phrases.quotesHeading,
      // Several submitters: each one quoted.
      ensureDocs: sides.length > 1 ? sides.flatMap((s) => s.docs.slice(0, 1).map((d) => corpus.doc(d).id)) : [],
      maxQuotes: OTHER_WORDS_QUOTES * sides.length,
      maxPerSubmitter: OTHER_WORDS_QUOTES,
      wordFrequencies: corpus.words,
    });
    return text ? { text: [lead, text].join('\n\n'), sources: evidence.passages, notCovered: false } : undefined;
  };
  const byMeaning = () => {
    if (!near?.length) return undefined;
    const quoted = nearQuoted(near, corpus);
    return { text: [lead, phrases.quotesHeading, quoted.text].join('\n\n'), sources: quoted.sources, notCovered: false };
  };
  return (decision.byMeaning ? (byMeaning() ?? byWords()) : (byWords() ?? byMeaning())) ?? { text: lead, sources: [], notCovered: false };
}

/**
 * A concept as the presence test looks for it: one word in its forms; a phrase of two telling words
 * or fewer, or with a hyphenated word ("self-driving cars"), its words together; a longer one by
 * its most telling word (see `conceptPresenceIn`).
 */
function conceptSearched(concept: Concept, corpus: CorpusIndex): string {
  const weighted = concept.groups.filter((g) => groupWeight(g, corpus) >= MIN_CONCEPT_WEIGHT);
  if (weighted.length >= 3 && !concept.label.includes('-')) return weighted.reduce((a, b) => (groupWeight(b, corpus) > groupWeight(a, corpus) ? b : a)).forms.join(' / ');
  return concept.groups.length > 1 ? concept.label : concept.groups[0]!.forms.join(' / ');
}

/**
 * The topic as an answer names it: with a submitter's presence, by the concepts telling enough to
 * decide (not "AI", which every submission mentions), each by its own words ("loosening work visas,
 * immigration policy or AI talent"); a Chinese question's by its concepts' English labels.
 */
function topicLabel(question: Understood, side?: Side, every = false): string {
  const decisive = side?.presence.concepts.map((c) => c.concept.label) ?? [];
  // One telling concept among words that decide nothing ("AI and export controls"): that concept alone.
  // A no is of none of them ("A, B or C"); a yes of each ("A, B and C").
  // A yes names what was found, each concept as it was tested ("bias" of "reducing bias").
  if (question.language !== 'zh' && every && decisive.length && !question.inherited.topic) return allOf(decisive);
  if (question.language !== 'zh') return (decisive.length > 1 || (decisive.length === 1 && question.concepts.length > 1)) && !question.inherited.topic ? anyOf(decisive) : topicWords(question);
  return question.inherited.topic ?? (decisive.length ? decisive : question.concepts.map((c) => c.label)).join(', ');
}

/** "A, B or C": a submission that mentions none of them. */
function anyOf(labels: string[]): string {
  return labels.length <= 2 ? labels.join(' or ') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

/** "A, B and C": a submission that mentions each of them. */
function allOf(labels: string[]): string {
  return labels.length <= 2 ? labels.join(' and ') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * What was searched for, as the reader can check it: a phrase of the topic as the phrase (its words
 * were looked for together: "AI race", not "race", which a text on race and ethnicity holds), a
 * word with its forms; without the words too common to decide ("AI" alone), which nearly every
 * submission holds and no "no" rests on.
 */
/** Whether the submissions write a topic group's word, in one of its one-word forms. */
function writtenIn(group: TopicGroup, corpus: CorpusIndex, docs: readonly number[]): boolean {
  return group.alternatives.some((alt) => alt.length === 1 && docs.some((d) => corpus.docContains(d, alt[0]!)));
}

/** Whether the submissions write each telling word of the question, if not together. */
function everyWordWritten(question: Understood, corpus: CorpusIndex, docs: readonly number[]): boolean {
  const telling = question.groups.filter((g) => groupWeight(g, corpus) >= MIN_CONCEPT_WEIGHT);
  return telling.length > 0 && telling.every((g) => writtenIn(g, corpus, docs));
}

function searchedFor(question: Understood, corpus: CorpusIndex, docs: readonly number[] = []): string[] {
  // A Chinese question's word the submissions do write (China, in "made in China") is not among the words they do not use.
  const written = (g: TopicGroup) => question.language === 'zh' && writtenIn(g, corpus, docs);
  const telling = (g: TopicGroup) => groupWeight(g, corpus) >= MIN_CONCEPT_WEIGHT && !written(g);
  // A Chinese question's words are searched as the glossary's English forms of each, which the reader needs to see.
  const inConcepts = new Set(question.language === 'zh' ? [] : question.concepts.flatMap((c) => c.groups));
  const searched = [
    ...question.concepts.filter((c) => c.groups.some(telling) && c.groups.every((g) => inConcepts.has(g))).map((c) => conceptSearched(c, corpus)),
    ...question.groups.filter((g) => !inConcepts.has(g) && telling(g)).map((g) => g.forms.join(' / ')),
  ];
  return [...new Set(searched.length ? searched : question.groups.map((g) => g.forms.join(' / ')))];
}
