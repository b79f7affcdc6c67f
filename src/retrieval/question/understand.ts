/**
 * Stage 1 of an answer: understand the question. Checks it, analyses it (language, submitters,
 * intent, topic), resolves a follow-up against the conversation, and with a chat model turns a
 * non-English question into English search terms.
 */
import { CodedError } from '../../shared/errors.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { AskOptions, Turn } from '../types.js';
import { terms } from '../text/tokenize.js';
import type { AnalyzedQuestion } from './analyze.js';
import type { QuestionAnalyzer } from './analyzer.js';
import { followUpCues, SHORT_FOLLOW_UP_TERMS } from './follow-up.js';
import { topicGroups, type TopicGroup } from './topic.js';
import { conceptsOf, type Concept } from './concepts.js';

/** A question that cannot be asked as it is; the message says why. */
export class QaError extends CodedError<'BAD_QUESTION'> {}

export const MAX_QUESTION_CHARS = 1_000;

export function checkQuestion(question: string): string {
  const text = question.replace(/\s+/g, ' ').trim();
  if (!text) throw new QaError('BAD_QUESTION', 'The question is empty. Ask about what the submissions said, e.g. "What did Anthropic recommend about export controls?"');
  if (text.length > MAX_QUESTION_CHARS) throw new QaError('BAD_QUESTION', `The question is ${text.length} characters long; please keep it under ${MAX_QUESTION_CHARS}.`);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new QaError('BAD_QUESTION', 'The question has no words in it.');
  return text;
}

export interface Understood extends AnalyzedQuestion {
  /** The question as checked (whitespace collapsed). */
  question: string;
  /** Text to search with: the question's own search text, and an inherited topic's. */
  queryText: string;
  /** The topic as groups of alternatives, for the test of whether a submission addresses it. */
  groups: TopicGroup[];
  /** The groups as the phrases they stand in ("nuclear power", "data centers"). */
  concepts: Concept[];
  /** Earlier words of the conversation, searched at a lower weight. */
  context: string[];
  /** What a follow-up took from the previous question. */
  inherited: { submitters?: string[]; topic?: string };
}

/** Earlier user questions, most recent first (at most three: a follow-up of a follow-up). */
function previousQuestions(history: readonly Turn[] | undefined): string[] {
  return [...(history ?? [])].filter((t) => t.role === 'user').reverse().slice(0, 3).map((t) => t.content);
}

/** Resolves `analyzed` as a follow-up of `prior` (itself resolved). `nameOf` gives a named submitter's display name. */
export function resolveFollowUp(analyzed: Understood, prior: Understood, nameOf: (docId: string) => string = (id) => id): Understood {
  const cues = followUpCues(analyzed.original, analyzed.language);
  const short = terms(analyzed.searchText).length < SHORT_FOLLOW_UP_TERMS;
  let next = analyzed;
  const namesNone = analyzed.named.length === 0 && analyzed.absentAuthors.length === 0;
  if (namesNone && prior.named.length > 0 && (cues.pronoun || short) && analyzed.intent !== 'count' && analyzed.intent !== 'list') {
    next = {
      ...next,
      named: prior.named,
      nameTerms: prior.nameTerms,
      topic: next.topic.filter((t) => !prior.nameTerms.includes(t)),
      groups: next.groups.filter((g) => !g.alternatives.every((alt) => alt.every((t) => prior.nameTerms.includes(t)))),
      inherited: { ...next.inherited, submitters: [...new Set(prior.named.map((hit) => nameOf(hit.docIds[0]!)))] },
    };
    if (next.intent === 'lookup' || next.intent === 'list') next = { ...next, intent: /^\s*(and\s+)?(did|does|do|has|have|is|was)\b/i.test(analyzed.original) ? 'yesno' : next.intent };
  }
  // "Did OpenAI say the same?", "What about Google?": the topic carries over.
  const ownTopic = next.topic.length;
  if (prior.topic.length > 0 && (ownTopic === 0 || (cues.sameTopic && short && analyzed.named.length > 0 && ownTopic <= 1))) {
    const topic = [...new Set([...next.topic, ...prior.topic])];
    const words = topicWords(prior);
    const groups = [...next.groups, ...prior.groups.filter((g) => !next.groups.some((own) => own.label === g.label))];
    return { ...next, topic, groups, queryText: `${next.queryText} ${words}`, inherited: { ...next.inherited, topic: words }, intent: next.intent === 'outline' && ownTopic === 0 ? 'lookup' : next.intent };
  }
  // A short follow-up on a new topic keeps the old one only as weak context.
  if (short) return { ...next, context: prior.topic.filter((t) => !next.topic.includes(t)) };
  return next;
}

/** The words of the question that carry its topic, for notes ("export controls"). */
export function topicWords(question: Understood): string {
  if (question.inherited.topic) return question.inherited.topic;
  if (question.language === 'zh' && question.bridge) return question.bridge.englishTerms.slice(0, 4).join(', ');
  const topic = new Set(question.topic);
  const words = question.searchText.split(/\s+/).filter((w) => terms(w).some((t) => topic.has(t)));
  return words.join(' ').replace(/[?.!,;:]+$/, '');
}

export interface UnderstandDeps {
  corpus: CorpusIndex;
  analyzer: QuestionAnalyzer;
  /** Turns a non-English question into English search terms (with a chat model). */
  translate?: (question: string, signal?: AbortSignal) => Promise<string>;
}

function initial(question: string, analyzed: AnalyzedQuestion): Understood {
  const groups = topicGroups(analyzed);
  return { ...analyzed, question, queryText: analyzed.searchText, groups, concepts: conceptsOf(analyzed.language === 'zh' ? analyzed.searchText : analyzed.topicText, groups), context: [], inherited: {} };
}

async function analyse(question: string, deps: UnderstandDeps, signal?: AbortSignal): Promise<Understood> {
  const analyzed = deps.analyzer.analyze(question);
  if (analyzed.language === 'en' || !deps.translate) return initial(question, analyzed);
  const english = deps.analyzer.analyze(await deps.translate(question, signal));
  // The English rewrite searches (and gives the topic); the original keeps its language, and its submitters if it found any.
  const translated = initial(question, {
    ...english,
    language: analyzed.language,
    original: question,
    ...(analyzed.bridge ? { bridge: analyzed.bridge } : {}),
    ...(analyzed.named.length ? { named: analyzed.named, nameTerms: [...new Set([...analyzed.nameTerms, ...english.nameTerms])] } : {}),
    intent: analyzed.intent === 'lookup' ? english.intent : analyzed.intent,
    categories: analyzed.categories.length ? analyzed.categories : english.categories,
  });
  const groups = topicGroups({ ...translated, language: 'en' });
  return { ...translated, groups, concepts: conceptsOf(english.topicText, groups) };
}

/** Stage 1: the question, checked and understood in its conversation. */
export async function understand(raw: string, options: Pick<AskOptions, 'history' | 'signal'>, deps: UnderstandDeps): Promise<Understood> {
  const question = checkQuestion(raw);
  const current = await analyse(question, deps, options.signal);
  const previous = previousQuestions(options.history);
  if (previous.length === 0) return current;
  // Resolve the chain oldest first, so that a follow-up of a follow-up keeps the first subject.
  const nameOf = (docId: string) => {
    const doc = deps.corpus.docNumber(docId);
    return doc === undefined ? docId : deps.corpus.doc(doc).submitter;
  };
  let prior: Understood | undefined;
  for (const text of previous.reverse()) {
    const analysed = initial(text, deps.analyzer.analyze(text.replace(/\s+/g, ' ').trim() || '?'));
    prior = prior ? resolveFollowUp(analysed, prior, nameOf) : analysed;
  }
  return resolveFollowUp(current, prior!, nameOf);
}
