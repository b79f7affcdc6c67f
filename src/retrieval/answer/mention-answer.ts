/**
 * Counts and lists of the submissions that mention a thing ("How many submissions mention
 * NAIRR?", "Which trade associations mentioned the CFPB?", "有哪些大學提到「數位孿生」?"): the
 * number or the submitters first, by category, then one quoted sentence each from the first few.
 */
import type { Aggregate, ListedSubmission, Source } from '../types.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { Understood } from '../question/understand.js';
import { firstMention, formsOf, mentionedIn, mentioningDocs, sentenceMentions, type Mentioned } from '../evidence/mentions.js';
import { terms } from '../text/tokenize.js';
import { countedForms } from '../question/topic.js';
import { quoteBlock } from './extractive.js';
import type { Phrases } from './phrases.js';
import { displayName, nameTokens } from '../names.js';

/** Names written out in the answer; the rest are counted (and all are in the attachment). */
export const NAMES_SHOWN = 20;
/** Topic words beyond the thing's own that still leave a question about the thing ("the Stargate project"). */
const DESCRIPTION_SLACK = 3;
/** Submitters quoted under a list or count. */
const QUOTED = 5;

export interface MentionAnswer {
  text: string;
  sources: Source[];
  aggregate: Aggregate;
  listed: ListedSubmission[];
  mentioned: Mentioned;
}

/** The submissions a count or list is over: the question's categories and the asker's filters. */
export function allowedByCategory(question: Understood, corpus: CorpusIndex, filter?: ReadonlySet<number>): Set<number> | undefined {
  if (question.categories.length === 0) return filter ? new Set(filter) : undefined;
  const wanted = new Set<string>(question.categories);
  const out = new Set<number>();
  for (let doc = 0; doc < corpus.size; doc++) if (wanted.has(corpus.doc(doc).category) && (!filter || filter.has(doc))) out.add(doc);
  return out;
}

/**
 * The thing a question's topic names, as a count or list looks for it. A Chinese question's
 * glossary word is counted by its own English forms, not its other senses, as the English question is.
 */
function thingOf(topic: { topicPieces: readonly (readonly string[])[]; topic: readonly string[]; language: string }, corpus: CorpusIndex) {
  const standsFor = (long: readonly string[], short: string) => [...corpus.chunksWith(short)].some((chunk) => long.every((t) => corpus.chunkContains(chunk, t)));
  const pieces = topic.language === 'zh' ? topic.topicPieces.map(countedForms) : topic.topicPieces;
  return mentionedIn(pieces, new Set(topic.topic), (t) => corpus.idf(t), standsFor, topic.language !== 'zh', true);
}

/**
 * The submissions that mention the previous question's thing, for a count or list "of them" with
 * a topic of its own (see `Understood.within`); undefined when that question named no thing.
 */
export function mentioningWithin(within: NonNullable<Understood['within']>, corpus: CorpusIndex, filter?: ReadonlySet<number>): Set<number> | undefined {
  const mentioned = thingOf(within, corpus);
  return mentioned ? new Set(mentioningDocs(corpus, mentioned, filter).keys()) : undefined;
}

/**
 * The answer from mentions, or undefined when the question names nothing to look for, or (for a
 * list) nothing mentions it: a described list ("which submitters warned that …") is then searched.
 */
export function mentionAnswer(question: Understood, corpus: CorpusIndex, phrases: Phrases, filter?: ReadonlySet<number>): MentionAnswer | undefined {
  const mentioned = thingOf(question, corpus);
  if (!mentioned) return undefined;
  // A thing is named in a few words; a long description ("warned that AI could …") is searched instead.
  const longest = Math.max(...mentioned.alternatives.map((a) => a.length));
  if (mentioned.extent > longest + DESCRIPTION_SLACK) return undefined;
  // A common noun the rest of the question describes ("the bill, backed by the First Lady, that would make it a crime to …") is not the thing: the description is.
  // (Of a count "of them", its own topic: the previous question's is where it counts.)
  // (A Chinese question's topic holds every English form of its terms: its words are each term's first form.)
  const topicWords = question.language === 'zh' ? [...new Set(question.topicPieces.flatMap((piece) => terms(piece[0] ?? '')))] : question.topic;
  const ownTopic = question.within ? topicWords.filter((t) => !question.within!.topic.includes(t)) : topicWords;
  if (!mentioned.exact?.some(Boolean) && ownTopic.length > longest + DESCRIPTION_SLACK) return undefined;
  const allowed = allowedByCategory(question, corpus, filter);
  // "Which hospital operators sent in comments?" asks who the submitters are: what they say of
  // themselves, in their names and their opening, not every submission that mentions a hospital.
  const whoTheyAre = question.kind === 'list' && question.cues.includes('submitted');
  const found = whoTheyAre ? selfDescribed(corpus, mentioned, allowed, question.categories.includes('Individuals')) : mentioningDocs(corpus, mentioned, allowed);
  if (found.size === 0 && question.kind === 'list') return undefined;
  // Organisations first, then by how much they say of it.
  const ranked = [...found].sort(([a, na], [b, nb]) => Number(corpus.doc(a).category === 'Individuals') - Number(corpus.doc(b).category === 'Individuals') || nb - na || corpus.doc(a).submitter.localeCompare(corpus.doc(b).submitter));
  const listed: ListedSubmission[] = ranked.map(([doc, mentions]) => {
    const meta = corpus.doc(doc);
    return { docId: meta.id, submitter: displayName(meta), category: meta.category, url: meta.pdfUrl, mentions };
  });
  const byCategory = new Map<string, number>();
  for (const item of listed) byCategory.set(item.category, (byCategory.get(item.category) ?? 0) + 1);
  const counts = [...byCategory].map(([category, submissions]) => ({ category, submissions })).sort((a, b) => b.submissions - a.submissions);
  // A form-letter campaign is one voice: named and quoted once, with how many sent it.
  const seenClusters = new Set<number>();
  const voices = ranked.filter(([doc]) => !seenClusters.has(corpus.clusterOf(doc).root) && seenClusters.add(corpus.clusterOf(doc).root));
  const names = [...new Set(voices.map(([doc]) => displayName(corpus.doc(doc))))];
  const lines = [question.kind === 'list' ? phrases.mentionList(names.length, found.size, mentioned.label, question.categories) : phrases.mentionCount(found.size, mentioned.label, question.categories)];
  // "How many submissions mention Fernando Torre?": texts that name him are counted, but the listing credits five to him; a bare "no submission mentions" would read as none from him.
  const filed = corpus.names.lookupExact(nameTokens(mentioned.label).join(' '));
  if (filed.length) lines.push(phrases.filedUnderName(corpus.doc(corpus.docNumber(filed[0]!)!).submitter, filed.length));
  // "What percentage of companies mention China?": the share of the submissions counted over, with text or not.
  if (question.kind === 'count' && question.cues.includes('percent')) {
    const asked = new Set<string>(question.categories);
    const total = asked.size ? corpus.withoutText.filter((s) => s.category !== undefined && asked.has(s.category)).length + (allowed?.size ?? 0) : corpus.size + corpus.withoutText.length;
    lines.push(phrases.mentionShare(found.size, total, question.categories));
  }
  // "How many think tanks …": no category says who is one, so what was counted is said right under the number.
  if (question.countedWithoutCategory) lines.push(question.kind === 'count' ? phrases.noCategory(question.countedWithoutCategory) : phrases.noCategoryList(question.countedWithoutCategory));
  if (found.size > 0) {
    if (question.kind !== 'list' || question.categories.length !== 1) lines.push(phrases.byCategory(counts));
    lines.push(phrases.listed(names.slice(0, NAMES_SHOWN), Math.max(0, names.length - NAMES_SHOWN)));
  }
  lines.push(phrases.categoriesSource);
  const sources: Source[] = [];
  const quotes: string[] = [];
  for (const [doc] of voices.slice(0, QUOTED)) {
    const quote = firstMention(corpus, doc, mentioned);
    if (!quote) continue;
    const similar = ranked.filter(([d]) => corpus.clusterOf(d).root === corpus.clusterOf(doc).root).map(([d]) => corpus.doc(d).id);
    const source: Source = { ...corpus.passage(quote.chunk, 1), n: sources.length + 1, similarCount: similar.length, similarDocIds: similar };
    sources.push(source);
    quotes.push(quoteBlock([{ source, text: quote.text }], corpus.words));
  }
  if (quotes.length) lines.push('', phrases.quotesHeading, quotes.join('\n\n'));
  const aggregate: Aggregate = {
    query: mentioned.label,
    submissions: found.size,
    byCategory: counts,
    submitters: voices.slice(0, 25).map(([doc]) => ({ docId: corpus.doc(doc).id, submitter: displayName(corpus.doc(doc)), category: corpus.doc(doc).category })),
    campaigns: campaignsOf(corpus, [...found.keys()]),
  };
  return { text: lines.join('\n'), sources, aggregate, listed, mentioned };
}

/** Opening chunks of a submission in which it describes itself. */
const OPENING = 2;

/**
 * Submissions that describe themselves as the thing: in their submitter's name, or in their
 * opening chunks. Individuals only when the question asks for them.
 */
function selfDescribed(corpus: CorpusIndex, mentioned: Mentioned, allowed: ReadonlySet<number> | undefined, individuals: boolean): Map<number, number> {
  const out = new Map<number, number>();
  for (const [doc, n] of mentioningDocs(corpus, mentioned, allowed)) {
    if (!individuals && corpus.doc(doc).category === 'Individuals') continue;
    const { first, end } = corpus.chunksOf(doc);
    const opening = new Set(Array.from({ length: Math.min(OPENING, end - first) }, (_, i) => first + i));
    const inName = mentioningDocs(nameIndex(corpus.doc(doc).submitter), mentioned).size > 0;
    const inOpening = [...opening].some((chunk) => firstMentionIn(corpus, chunk, mentioned));
    if (inName || inOpening) out.set(doc, (inName ? 100 : 0) + n);
  }
  return out;
}

function firstMentionIn(corpus: CorpusIndex, chunk: number, mentioned: Mentioned): boolean {
  const forms = formsOf(corpus, mentioned);
  return corpus.sentences(chunk).some((s) => sentenceMentions(s.sequence, mentioned, forms, s.text));
}

/** A mention index over one name, so that the same matching reads it. */
function nameIndex(name: string) {
  const sequence = terms(name);
  return {
    chunksWith: (term: string) => (sequence.includes(term) ? Int32Array.of(0) : new Int32Array()),
    termsWithPrefix: () => [],
    termsWithSuffix: () => [],
    docOfChunk: () => 0,
    sentences: () => [{ text: name, start: 0, end: name.length, sequence }],
  };
}

/** Form-letter campaigns among the submissions: clusters of three or more. */
function campaignsOf(corpus: CorpusIndex, docs: number[]): { size: number; exampleDocId: string }[] {
  const clusters = new Map<number, number>();
  for (const doc of docs) clusters.set(corpus.clusterOf(doc).root, (clusters.get(corpus.clusterOf(doc).root) ?? 0) + 1);
  return [...clusters]
    .filter(([, size]) => size >= 3)
    .map(([root, size]) => ({ size, exampleDocId: corpus.doc(root).id }))
    .sort((a, b) => b.size - a.size);
}
