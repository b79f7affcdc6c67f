/**
 * Stage 2 of an answer: gather the evidence. Retrieval ranks submissions; within the ones an
 * answer draws on (a named submitter's own first), the passages whose sentences answer the
 * question best are found by scoring sentence windows, and their chunks become the numbered
 * evidence: what a chat model is given and what offline quotes are taken from.
 */
import type { Aggregate, AskOptions, Passage, Source } from '../types.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { RetrievalEngine } from '../engine.js';
import type { Retrieval, Retriever } from '../retriever.js';
import type { Understood } from '../question/understand.js';
import { asksForMainPoints, questionParts } from '../question/parts.js';
import { countedThing } from '../question/answer-type.js';
import { countedGroups, spelledOut } from '../question/topic.js';
import { bestWindow, countsThing, partCoverage, profileQuestion, scoreSentences, sentenceScore, type QueryProfile, type ScoredSentence } from './sentence-score.js';
import { countTopic, summarise } from './count.js';
import { cosine } from '../search.js';
import { terms } from '../text/tokenize.js';
import { outlineOf, type OutlineItem, type OutlineSection } from './outline.js';
import { HEADING_CHARS, selectOutline, type OutlineLimits } from './outline-select.js';
import { SHORT_TOPIC_GROUPS } from './presence.js';

/**
 * How much of a submission's outline an answer shows: about 1,600 characters of headings and
 * quotes, so that with its first line the answer stays under Discord's 2,000.
 */
/** A submitter's name as long as this fits in the outline's first line without taking from the outline's room. */
const NAME_CHARS = 30;
export const OUTLINE_LIMITS: OutlineLimits = { chars: 1_600, minQuote: 60, minTopQuote: 100, maxQuote: 260, headingChars: HEADING_CHARS, statements: 6 };

/** Chunks scored for a submission ranked third or lower. */
const OTHER_CANDIDATES = 8;
/** Weight of an earlier question's words in a follow-up. */
export const CONTEXT_WEIGHT = 0.3;
/** Weight, for choosing sentences, of words only in the statement that sets a question up. */
export const SET_UP_WEIGHT = 0.5;
/** Weight, for choosing sentences, of a Chinese question's dictionary senses beside its glossary words: senses are many and loose (fitted on the tune half). */
export const LOOSE_WEIGHT = 0.5;

export interface Candidate {
  source: Source;
  sentence: ScoredSentence;
  /** Rank of the submission in the answer (0 = first). */
  rank: number;
}

export interface Evidence {
  retrieval: Retrieval;
  profile: QueryProfile;
  /** Numbered passages (whole chunks), by submission in rank order. */
  passages: Source[];
  /** The scored sentences of those passages. */
  candidates: Candidate[];
  /** For counts and lists: what was counted. */
  counted?: Aggregate & { docs: Set<number> };
  /**
   * For a question about a whole submission: its outline, whose chunks are the passages, and how
   * many of its sections it leaves out for room; for one about several submitters on no topic
   * ("Compare OpenAI and Anthropic"), each one's shorter outline in turn.
   */
  outlines?: { submitter: string; sections: OutlineSection[]; omitted: number }[];
  /** Share of the question's keyword weight in the best passage (0..1). */
  coverage: number;
}

interface Plan {
  docs: number;
  /** Passages of the first submission, and of each further one. */
  passagesFirst: number;
  passagesOther: number;
  /** Chunks of a submission whose sentences are scored. */
  candidates: number;
}

const PLANS = {
  /** One submitter named, or a filter to one submitter or submission: its submissions' best passages, pooled. */
  single: { docs: 3, passagesFirst: 6, passagesOther: 0, candidates: 40 },
  /** Each side of a comparison. */
  side: { docs: 1, passagesFirst: 5, passagesOther: 0, candidates: 30 },
  /** One submitter described, not named: mostly the best-ranked submission. */
  described: { docs: 6, passagesFirst: 6, passagesOther: 2, candidates: 30 },
  list: { docs: 8, passagesFirst: 2, passagesOther: 2, candidates: 12 },
  general: { docs: 6, passagesFirst: 4, passagesOther: 2, candidates: 16 },
} satisfies Record<string, Plan>;

/** Stage 2: the evidence for an understood question. */
export async function gatherEvidence(question: Understood, options: AskOptions, { corpus, retriever }: Pick<RetrievalEngine, 'corpus' | 'retriever'>): Promise<Evidence> {
  const { profile, setUp } = profileOf(question, corpus);
  const allowed = allowedDocs(question, options, { corpus, retriever });
  const counted = countFor(question, options, corpus, allowed);
  const crisp = counted !== undefined && question.groups.length <= SHORT_TOPIC_GROUPS;
  const named = namedDocs(question, corpus, allowed);
  const single = named.length === 1 || !!options.submitter || !!options.docId;
  const plan = planFor(question, single);
  const empty = question.intent === 'count' && question.topic.length === 0;
  const retrieval = await retrieveFor(question, options, retriever, plan, withinDocs(allowed, crisp && counted!.docs.size > 0 && !empty ? counted!.docs : undefined));
  if (empty) return { retrieval, profile, passages: [], candidates: [], ...(counted ? { counted } : {}), coverage: 0 };

  const chosen = chooseDocs(named, retrieval, plan, options);
  // "What topics does X want addressed, and which program does it want reworked?": X's main points, then the passages on the rest.
  const mainPointsToo = named.length === 1 && chosen.length > 0 && asksForMainPoints(question.original, question.language, question.topic);
  if (wantsOutline(question, options) && chosen.length > 0 && !mainPointsToo) {
    const outlined = readOutline(chosen[0]!.doc, corpus, question.topic);
    if (outlined) return { retrieval, profile, passages: outlined.passages, candidates: [], outlines: [outlined.outline], coverage: retrieval.coverage };
  }
  // Several submitters and nothing asked of them ("Compare OpenAI and Anthropic", "What did X and Y say?"): each one's main points, in turn.
  if (named.length > 1 && question.topic.length === 0 && question.intent !== 'count' && question.intent !== 'list') {
    const outlined = named.map((docs) => readOutline(longest(docs, corpus), corpus, [], named.length)).filter((o) => o !== undefined);
    if (outlined.length > 0) {
      const passages = outlined.flatMap((o) => o.passages).map((p, i) => ({ ...p, n: i + 1 }));
      return { retrieval, profile, passages, candidates: [], outlines: outlined.map((o) => o.outline), coverage: retrieval.coverage };
    }
  }
  let ranked = readChosen(chosen, named.length > 1 ? PLANS.side.candidates : plan.candidates, corpus, retrieval, profile);
  if (question.described && ranked.length > 1) ranked = describedFirst(ranked, { question, profile, setUp, retrieval, corpus, plan });
  if (single && named.length <= 1 && ranked.length > 1) ranked = pooled(ranked, plan.passagesFirst);
  const { passages, candidates } = collectPassages(ranked, retrieval, corpus);
  const mainPoints = mainPointsToo ? readOutline(chosen[0]!.doc, corpus, []) : undefined;
  if (mainPoints) {
    for (const passage of passages) passage.n += mainPoints.passages.length;
    return { retrieval, profile, passages: [...mainPoints.passages, ...passages], candidates, outlines: [mainPoints.outline], coverage: retrieval.coverage };
  }
  // A description is of a whole submission: what it says may stand in several of the passages the described one gives.
  const lead = question.described ? ranked[0] : undefined;
  const coverage = lead ? Math.max(retrieval.coverage, retrieval.coverageOf(lead.chunks.slice(0, lead.passages).map((c) => c.chunk))) : retrieval.coverage;
  return { retrieval, profile, passages, candidates, ...(counted ? { counted } : {}), coverage };
}

/**
 * The question as the sentence scorer reads it. A statement that sets the question up ("A teacher
 * noticed …") finds the submission; the sentences that answer are the ones on the parts that ask,
 * so the words only in the statement (`setUp`) weigh less.
 */
function profileOf(question: Understood, corpus: CorpusIndex): { profile: QueryProfile; setUp: Set<string> } {
  const loose = new Set(question.looseSenses.flat(2).filter((t) => !question.topic.includes(t)));
  const parts = questionParts(question.original, question.language, [...question.topic, ...loose]);
  const asking = parts.filter((p) => p.asks);
  const setUp = asking.length > 0 && asking.length < parts.length ? new Set(parts.filter((p) => !p.asks).flatMap((p) => p.terms).filter((t) => !asking.some((a) => a.terms.includes(t)))) : new Set<string>();
  const profile = profileQuestion({
    ownTerms: [...question.topic, ...loose],
    contextTerms: question.context,
    weightOf: (t) => corpus.idf(t) * (setUp.has(t) ? SET_UP_WEIGHT : 1) * (loose.has(t) ? LOOSE_WEIGHT : 1),
    contextWeight: CONTEXT_WEIGHT,
    types: question.answerTypes,
    questionText: question.original,
    ...(question.language === 'zh' && question.groups.length + question.looseSenses.length ? { total: [...question.groups.map((g) => g.alternatives), ...question.looseSenses].reduce((sum, alternatives) => sum + Math.max(0, ...alternatives.flat().map((t) => corpus.idf(t) * (loose.has(t) ? LOOSE_WEIGHT : 1))), 0) } : {}),
    parts: setUp.size ? asking : parts,
    variantsOf: (t) => [...corpus.variants(t), ...spelledOut(t)],
    // A Chinese word's English equivalents are one concept, as its share of `total` says.
    ...(question.language === 'zh' ? { synonyms: [...question.groups.map((g) => g.alternatives), ...question.looseSenses].map((alternatives) => alternatives.filter((a) => a.length === 1).map((a) => a[0]!)) } : {}),
    wantsAction: question.wantsAction,
    counted: question.language === 'zh' ? [] : countedThing(question.original, terms),
  });
  return { profile, setUp };
}

/** The submissions an answer may draw on: the options' filters, and a count's or list's categories. */
function allowedDocs(question: Understood, options: AskOptions, { corpus, retriever }: Pick<RetrievalEngine, 'corpus' | 'retriever'>): Set<number> | undefined {
  const filtered = retriever.allowedDocs(options);
  if (options.category || question.categories.length === 0 || (question.intent !== 'count' && question.intent !== 'list')) return filtered;
  const wanted = new Set<string>(question.categories);
  const inCategories = new Set<number>();
  for (let doc = 0; doc < corpus.size; doc++) if (wanted.has(corpus.doc(doc).category) && (!filtered || filtered.has(doc))) inCategories.add(doc);
  return inCategories;
}

/** For a count (and a list on a short topic): what the answer counts, within the allowed submissions. */
function countFor(question: Understood, options: AskOptions, corpus: CorpusIndex, allowed: Set<number> | undefined): Evidence['counted'] {
  if (question.intent === 'count' && question.topic.length === 0) {
    return withoutText(summarise(corpus, new Map([...(allowed ?? range(corpus.size))].map((d) => [d, 0])), '', question.impliedCategory), corpus, question, options);
  }
  if (question.intent === 'count' || (question.intent === 'list' && question.groups.length <= SHORT_TOPIC_GROUPS)) {
    // A short topic is counted exactly; a long description ("warned that … is used to …") only
    // when asked for a number and some submissions carry most of it, and it never restricts the answer.
    // A Chinese question's search text holds every English form of its terms: the count is named by each term's first.
    const zh = question.language === 'zh' && question.groups.length > 0;
    const label = zh ? countedGroups(question.groups).map((g) => g.forms[0] ?? g.label).join(' ') : question.queryText;
    const found = countTopic(corpus, question.topic, label, allowed, question.impliedCategory, countedGroups(question.groups), zh);
    if (found && (question.groups.length <= SHORT_TOPIC_GROUPS || found.submissions > 0)) return found;
  }
  return undefined;
}

/** How many submissions the answer reads, and how closely: by whom the question is about and what it asks. */
function planFor(question: Understood, single: boolean): Plan {
  return single ? PLANS.single : question.intent === 'list' ? PLANS.list : question.described ? PLANS.described : PLANS.general;
}

/** Retrieval for the question's search text and its conversation's words, at least the plan's number of submissions. */
function retrieveFor(question: Understood, options: AskOptions, retriever: Retriever, plan: Plan, within: { withinDocs?: Set<number> }): Promise<Retrieval> {
  return retriever.retrieve({ ...question, searchText: question.queryText }, { ...options, k: Math.max(plan.docs, options.k ?? 0), ...within, contextTerms: question.context });
}

/** The submissions to read, with how many passages each gives: each named submitter's best one, a named submitter's own, or the retrieval's best. */
function chooseDocs(named: number[][], retrieval: Retrieval, plan: Plan, options: AskOptions): { doc: number; passages: number }[] {
  if (named.length > 1) return named.map((docs) => ({ doc: retrieval.docs.find((d) => docs.includes(d)) ?? docs[0]!, passages: PLANS.side.passagesFirst }));
  if (named.length === 1) {
    const own = retrieval.docs.filter((d) => named[0]!.includes(d));
    const docs = own.length ? own : named[0]!.slice(0, 1);
    return docs.slice(0, plan.docs).map((doc, i) => ({ doc, passages: i === 0 ? plan.passagesFirst : plan.passagesOther }));
  }
  return retrieval.docs.slice(0, options.k ?? plan.docs).map((doc, i) => ({ doc, passages: i === 0 ? plan.passagesFirst : plan.passagesOther }));
}

/**
 * A question about a whole submission: one that names its submitter and asks for its main points,
 * or asks for a summary with no topic of a submission the options single out (a submitter or a
 * document filter, where the question names no one).
 */
function wantsOutline(question: Understood, options: AskOptions): boolean {
  if (question.intent === 'outline') return true;
  return !!(options.submitter || options.docId) && question.named.length === 0 && question.topic.length === 0 && question.cues.includes('summary');
}

/**
 * For a question about a whole submission: its outline, whose chunks are the passages; undefined
 * when it has none. A summary asked on a topic ("summarise what X wants done about Y") quotes
 * each section's statements on the topic first.
 */
function readOutline(doc: number, corpus: CorpusIndex, topic: readonly string[], sharing = 1): { passages: Source[]; outline: NonNullable<Evidence['outlines']>[number] } | undefined {
  const all = outlineOf(corpus, doc);
  const asked = new Set(topic);
  const relevance = asked.size ? (statement: OutlineItem) => [...new Set(terms(statement.text))].filter((t) => asked.has(t)).reduce((sum, t) => sum + corpus.idf(t), 0) : undefined;
  // The answer's first line names the submitter: a long name leaves less room for the outline.
  const submitter = corpus.doc(doc).submitter;
  // Outlines shown together share the room of one.
  const limits = { ...OUTLINE_LIMITS, chars: Math.round(OUTLINE_LIMITS.chars / sharing) - Math.max(0, submitter.length - NAME_CHARS), statements: Math.ceil(OUTLINE_LIMITS.statements / sharing) };
  const sections = selectOutline(all, limits, relevance);
  if (sections.length === 0) return undefined;
  const chunks = [...new Set(sections.flatMap((s) => [...(s.heading ? [s.heading.chunk] : []), ...s.statements.map((x) => x.chunk)]))].sort((a, b) => a - b);
  const passages: Source[] = [];
  for (const chunk of chunks) passages.push({ ...corpus.passage(chunk, 1), n: passages.length + 1 });
  return { passages, outline: { submitter, sections, omitted: all.some((s) => s.heading) ? all.length - sections.length : 0 } };
}

/** A submission chosen for the answer, the passages it gives, and its chunks that answer best. */
interface ReadSubmission {
  doc: number;
  passages: number;
  chunks: ReadChunk[];
}

/** The chosen submissions' best chunks: the first two are read closely; the others give two passages, so fewer chunks are scored. */
function readChosen(chosen: { doc: number; passages: number }[], limit: number, corpus: CorpusIndex, retrieval: Retrieval, profile: QueryProfile): ReadSubmission[] {
  return chosen.map((c, i) => ({ ...c, chunks: bestChunks(corpus, retrieval, c.doc, profile, i < 2 ? limit : Math.min(limit, OTHER_CANDIDATES)) }));
}

/**
 * The described submission is the one that ranks high and whose passage answers best: it leads,
 * and gives the most passages.
 */
function describedFirst(
  ranked: ReadSubmission[],
  { question, profile, setUp, retrieval, corpus, plan }: { question: Understood; profile: QueryProfile; setUp: Set<string>; retrieval: Retrieval; corpus: CorpusIndex; plan: Plan },
): ReadSubmission[] {
  // How well a submission's sentences answer: its best sentence for each part that asks (or for the whole question).
  const window = (r: ReadSubmission) => {
    const sentences = r.chunks.flatMap((c) => c.sentences);
    if (profile.parts.length === 0) return Math.max(0, ...r.chunks.map((c) => c.window));
    return profile.parts.reduce((sum, part) => sum + Math.max(0, ...sentences.map((s) => partCoverage(s, part, profile))), 0);
  };
  const rank = (r: ReadSubmission) => retrieval.passages[retrieval.docs.indexOf(r.doc)]?.score ?? 0;
  const [topWindow, topRank] = [Math.max(1e-9, ...ranked.map(window)), Math.max(1e-9, ...ranked.map(rank))];
  // A description often paraphrases the submitter's name ("the national association of state
  // education-technology leaders"): the share of the name's weight the question holds counts too.
  const asked = new Set(terms(question.queryText));
  // The statement that sets the question up describes the submitter: how well its sentences match it.
  const setUpPart = setUp.size ? { terms: setUp, total: [...setUp].reduce((sum, t) => sum + corpus.idf(t), 0) || 1, types: [] } : undefined;
  const fullWeights = { ...profile, weights: new Map([...setUp].map((t) => [t, corpus.idf(t)])) };
  const described = (r: ReadSubmission) => (setUpPart ? Math.max(0, ...r.chunks.flatMap((c) => c.sentences).map((x) => partCoverage(x, setUpPart, fullWeights))) : 0);
  const topDescribed = Math.max(1e-9, ...ranked.map(described));
  const named = (r: ReadSubmission) => {
    const name = [...new Set(terms(corpus.doc(r.doc).submitter))];
    const total = name.reduce((sum, t) => sum + corpus.idf(t), 0);
    return total > 0 ? name.filter((t) => asked.has(t)).reduce((sum, t) => sum + corpus.idf(t), 0) / total : 0;
  };
  const lead = ranked.reduce((top, r) => {
    const score = (x: ReadSubmission) => window(x) / topWindow + described(x) / topDescribed + rank(x) / topRank + named(x);
    return score(r) > score(top) ? r : top;
  }, ranked[0]!);
  return [lead, ...ranked.filter((r) => r !== lead)].map((r, i) => ({ ...r, passages: i === 0 ? plan.passagesFirst : plan.passagesOther }));
}

/**
 * The numbered passages, submission by submission, and the scored sentences of each. A campaign
 * letter already given gives only what its sender added to it.
 */
function collectPassages(ranked: ReadSubmission[], retrieval: Retrieval, corpus: CorpusIndex): { passages: Source[]; candidates: Candidate[] } {
  const passages: Source[] = [];
  const candidates: Candidate[] = [];
  ranked.forEach(({ doc, passages: wanted, chunks }, rank) => {
    const head = retrieval.passages[retrieval.docs.indexOf(doc)];
    const earlier = ranked.slice(0, rank).filter((r) => corpus.clusterOf(r.doc).root === corpus.clusterOf(doc).root);
    const own = earlier.length ? chunks.filter((c) => !earlier.some((r) => corpus.repeats(r.doc, c.chunk))) : chunks;
    for (const { chunk, sentences, score } of own.slice(0, wanted)) {
      const passage: Passage = { ...corpus.passage(chunk, score), ...(head ? { similarCount: head.similarCount, similarDocIds: head.similarDocIds } : {}) };
      const source: Source = { ...passage, n: passages.length + 1 };
      passages.push(source);
      for (const sentence of sentences) candidates.push({ source, sentence, rank });
    }
  });
  return { passages, candidates };
}

/**
 * A submitter with several submissions (a letter filed twice, a letter and its appendix): the best
 * passages of them all, on one scale, the submission with the best one first.
 */
function pooled<T extends { doc: number; passages: number; chunks: { window: number; similarity: number; chunk: number; partBest?: boolean }[] }>(ranked: T[], wanted: number): T[] {
  const all = ranked.flatMap((r) => r.chunks.map((c) => ({ r, c })));
  const topWindow = Math.max(1e-9, ...all.map((x) => x.c.window));
  const topSimilarity = Math.max(1e-9, ...all.map((x) => x.c.similarity));
  const score = (c: T['chunks'][number]) => c.window / topWindow + CHUNK_VECTOR_WEIGHT * (c.similarity / topSimilarity) + (c.partBest ? PART_BEST_BONUS : 0);
  const best = all.sort((a, b) => score(b.c) - score(a.c)).slice(0, wanted);
  const order = [...new Set(best.map((x) => x.r))];
  return order.map((r) => ({ ...r, chunks: best.filter((x) => x.r === r).map((x) => x.c), passages: wanted }));
}

/** Per named submitter, its submissions (within the filters). */
function namedDocs(question: Understood, corpus: CorpusIndex, allowed: Set<number> | undefined): number[][] {
  return question.named
    .map((hit) => hit.docIds.map((id) => corpus.docNumber(id)).filter((d): d is number => d !== undefined && (!allowed || allowed.has(d))))
    .filter((docs) => docs.length > 0);
}

/**
 * What a chunk gains, beside its best window, for a sentence that puts a number before the thing
 * a "how many" question counts: as much as the best window, so the few passages read include it.
 */
const COUNTED_CHUNK_BONUS = 1;

/** Weight of a chunk's embedding similarity to the question, beside its best sentence window. */
export const CHUNK_VECTOR_WEIGHT = 0.5;

/**
 * What a chunk gains for holding the sentence that best answers one part of a question that asks
 * several things ("how many miles …, and how many states …"): each part's best passage is read,
 * though another part's words fill the best windows.
 */
const PART_BEST_BONUS = 1;

/** For a question of two or more parts, the chunk whose sentence answers each part best (none for a part no sentence touches). */
export function partsBestChunks(scored: readonly { chunk: number; sentences: readonly ScoredSentence[] }[], profile: QueryProfile): Set<number> {
  const best = new Set<number>();
  if (profile.parts.length < 2) return best;
  for (const part of profile.parts) {
    let top: { chunk: number; coverage: number } | undefined;
    for (const { chunk, sentences } of scored) for (const sentence of sentences) {
      const coverage = partCoverage(sentence, part, profile);
      if (coverage > (top?.coverage ?? 0)) top = { chunk, coverage };
    }
    if (top) best.add(top.chunk);
  }
  return best;
}

/** A chunk read for the question: its best sentence window, its similarity to the question, and its scored sentences. */
interface ReadChunk {
  chunk: number;
  window: number;
  similarity: number;
  /** It holds the best sentence for a part of the question (see `partsBestChunks`). */
  partBest?: boolean;
  score: number;
  sentences: (ScoredSentence & { sequence: string[] })[];
}

/**
 * The chunks of a submission that answer the question best: by their best sentence window
 * (terms close together) and by their embedding's similarity to the question, each relative to
 * the submission's best. Their sentences carry a share of their chunk's similarity.
 */
function bestChunks(corpus: CorpusIndex, retrieval: Retrieval, doc: number, profile: QueryProfile, limit: number): ReadChunk[] {
  const { first, end } = corpus.chunksOf(doc);
  const keyword = retrieval.keywordScores;
  const vector = retrieval.queryVector;
  const all = Array.from({ length: end - first }, (_, i) => first + i);
  const similarity = new Map<number, number>(vector ? all.map((c) => [c, Math.max(0, cosine(vector, corpus.chunkVector(c)))]) : []);
  const byKeyword = all.filter((c) => !keyword || keyword[c]! > 0).sort((a, b) => (keyword ? keyword[b]! - keyword[a]! : 0));
  const bySimilarity = [...all].sort((a, b) => similarity.get(b)! - similarity.get(a)!);
  const picked = new Set([...byKeyword.slice(0, limit), ...(vector ? bySimilarity.slice(0, Math.ceil(limit / 4)) : [])]);
  for (const hit of retrieval.chunksByDoc.get(doc) ?? []) picked.add(hit.chunk);
  // "How many rules do they put forward?": a passage that puts a number before the thing counted is read, whatever else it holds.
  if (profile.counted.length) for (const chunk of all) if (corpus.sentences(chunk).some((s) => countsThing(s.sequence, profile.counted))) picked.add(chunk);
  if (picked.size === 0) picked.add(first);
  const scored = [...picked].map((chunk) => {
    const sentences = scoreSentences(corpus.sentences(chunk), profile);
    return { chunk, sentences, window: bestWindow(sentences, profile).score, similarity: similarity.get(chunk) ?? 0 };
  });
  const topWindow = Math.max(1e-9, ...scored.map((s) => s.window));
  const topSimilarity = Math.max(1e-9, ...scored.map((s) => s.similarity));
  const partsBest = partsBestChunks(scored, profile);
  return scored
    .map(({ chunk, sentences, window, similarity: sim }) => {
      return {
        chunk,
        window,
        similarity: sim,
        ...(partsBest.has(chunk) ? { partBest: true } : {}),
        score: window / topWindow + CHUNK_VECTOR_WEIGHT * (sim / topSimilarity) + (sentences.some((x) => x.features.counting > 0) ? COUNTED_CHUNK_BONUS : 0) + (partsBest.has(chunk) ? PART_BEST_BONUS : 0),
        sentences: sentences.map((s) => {
          if (!s.terms.size) return s;
          const features = { ...s.features, context: sim / topSimilarity };
          return { ...s, features, score: sentenceScore(features) };
        }),
      };
    })
    .sort((a, b) => b.score - a.score || a.chunk - b.chunk);
}

/**
 * A count by category includes the submissions the index has no text of (scanned PDFs), which the
 * listing still assigns a category: "how many companies submitted" counts every company.
 */
function withoutText(aggregate: Aggregate & { docs: Set<number> }, corpus: CorpusIndex, question: Understood, options: AskOptions): Aggregate & { docs: Set<number> } {
  if (options.submitter || options.docId) return aggregate;
  const wanted = options.category ? [options.category] : question.categories;
  const extra = corpus.withoutText
    .filter((s) => s.category !== undefined && (wanted.length === 0 || wanted.some((c) => c.toLowerCase() === s.category!.toLowerCase())))
    .map((s) => ({ docId: s.id, category: s.category! }));
  if (extra.length === 0) return aggregate;
  const byCategory = new Map(aggregate.byCategory.map((c) => [c.category, c.submissions]));
  for (const s of extra) byCategory.set(s.category, (byCategory.get(s.category) ?? 0) + 1);
  return {
    ...aggregate,
    submissions: aggregate.submissions + extra.length,
    byCategory: [...byCategory].map(([category, submissions]) => ({ category, submissions })).sort((a, b) => b.submissions - a.submissions),
    withoutText: extra,
  };
}

/** The retrieval restriction: the allowed submissions (filters, categories), within what a count matched. */
function withinDocs(allowed: Set<number> | undefined, matched: Set<number> | undefined): { withinDocs?: Set<number> } {
  if (!allowed) return matched ? { withinDocs: matched } : {};
  return { withinDocs: matched ? new Set([...matched].filter((d) => allowed.has(d))) : allowed };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** A submitter's longest submission: its main one, when it filed more than once. */
function longest(docs: readonly number[], corpus: CorpusIndex): number {
  return docs.reduce((best, doc) => (corpus.doc(doc).chars > corpus.doc(best).chars ? doc : best), docs[0]!);
}
