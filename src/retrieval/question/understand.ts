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
import { SHORT_FOLLOW_UP_TERMS } from './follow-up.js';
import { topicGroups, type TopicGroup } from './topic.js';
import { conceptsOf, conceptsOfPhrases, type Concept } from './concepts.js';
import { scriptCounts, type Script } from '../i18n/script.js';

/** A question that cannot be asked as it is; the message says why. */
export class QaError extends CodedError<'BAD_QUESTION'> {}

export const MAX_QUESTION_CHARS = 1_000;

/**
 * Characters that show nothing but split a word for a search: soft hyphens, zero-width spaces and
 * joiners, direction marks and controls, word joiners, the byte-order mark.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** A question or claim as it is read and echoed: invisible characters removed, whitespace collapsed; refused when it cannot be asked. */
export function checkQuestion(question: string): string {
  const text = question.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (!text) throw new QaError('BAD_QUESTION', 'The question is empty. Ask about what the submissions said, e.g. "What did Anthropic recommend about export controls?"');
  if (text.length > MAX_QUESTION_CHARS) throw new QaError('BAD_QUESTION', `The question is ${text.length} characters long; please keep it under ${MAX_QUESTION_CHARS}.`);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new QaError('BAD_QUESTION', 'The question has no words in it.');
  return text;
}

/** A campaign filter that names no campaign is refused, not answered "not covered" (`/campaigns` gives the ids). */
export function checkCampaign(campaign: string | undefined, corpus: CorpusIndex): void {
  if (campaign !== undefined && !corpus.inCampaign(campaign)) {
    throw new QaError('BAD_QUESTION', `No form-letter campaign has the id “${campaign}”. \`/campaigns\` lists them with the id to give.`);
  }
}

export interface Understood extends AnalyzedQuestion {
  /** The question as checked (whitespace collapsed). */
  question: string;
  /** Text to search with: the question's own search text, and an inherited topic's. */
  queryText: string;
  /** The groups as the phrases they stand in ("nuclear power", "data centers"). */
  concepts: Concept[];
  /** Earlier words of the conversation, searched at a lower weight. */
  context: string[];
  /** What a follow-up took from the previous question. */
  inherited: { submitters?: string[]; topic?: string };
  /** A count or list "of them" with a topic of its own: the previous question's topic, whose submissions it counts within. */
  within?: { topicPieces: string[][]; topic: string[]; language: string };
  /** The Chinese script to answer in: the question's, or the conversation's when the question does not show it ("那 Google 呢?"). */
  script?: Script;
}

/** Earlier user questions, most recent first (at most three: a follow-up of a follow-up). */
function previousQuestions(history: readonly Turn[] | undefined): string[] {
  return [...(history ?? [])].filter((t) => t.role === 'user').reverse().slice(0, 3).map((t) => t.content);
}

/** At most this many words besides the names and the small words ("what", "did", "the"), or Chinese characters, and a follow-up is elliptical. */
const ELLIPTICAL_WORDS = 2;
const ELLIPTICAL_HAN = 10;

/** How much a question says besides the names it gives: search words (English; "What figure did the X give?" says two) or Han characters (Chinese). */
function restLength(question: Understood): number {
  if (question.language === 'zh') return (question.original.replace(/[A-Za-z0-9&.'’ -]+/g, '').replace(/（[^）]*）|\([^)]*\)/g, '').match(/\p{Script=Han}/gu) ?? []).length - hanOfNames(question);
  const names = new Set(question.nameTerms);
  // A name as written, with its small words ("Chamber of Progress"), is taken out whole first.
  let text = question.original;
  for (const hit of question.named) {
    const at = text.toLowerCase().indexOf(hit.alias.toLowerCase());
    if (at >= 0) text = `${text.slice(0, at)} ${text.slice(at + hit.alias.length)}`;
  }
  return text.split(/\s+/).filter((w) => {
    const own = terms(w);
    return own.length > 0 && !own.some((t) => names.has(t));
  }).length;
}

/** Han characters a Chinese question spends on the organisations' Chinese names (from the glossary). */
function hanOfNames(question: Understood): number {
  return (question.bridge?.matches ?? []).filter((m) => m.kind === 'org').reduce((sum, m) => sum + (m.zh.match(/\p{Script=Han}/gu) ?? []).length, 0);
}

/** A pronoun as what is mentioned ("mentioned them", "discussed it", "raised that"): it stands for the earlier topic. */
const OBJECT_PRONOUN = /(提到|提及|谈到|談到|谈及|談及|讨论|討論|支持|反对|反對|关注|關注|涉及)(了|过|過)?\s*(它们|它們|它|这个问题|這個問題|这个议题|這個議題|这一点|這一點|这个|這個|此事|此)|\b(mention(ed|s|ing)?|discuss(ed|es|ing)?|rais(e|ed|es|ing)|cit(e|ed|es|ing)|address(ed|es|ing)?|support(ed|s|ing)?|oppos(e|ed|es|ing)|back(ed|s|ing)?|want(ed|s)?|push(ed|es)? for|call(ed|s)? for|brought up|bring(s)? up)\s+(it|that|this|them|those|these)\b/i;

/** Topic words too vague to stand on their own in a follow-up ("the number", "the figure"). */
const VAGUE_TOPIC = new Set(terms('number numbers figure figures statistic statistics amount data point thing say give given said'));

/**
 * Resolves `analyzed` as a follow-up of `prior` (itself resolved): it carries only what it is
 * missing. A turn with its own submitter and its own topic, or one that says a new question
 * starts ("unrelated:", "換個問題"), stands alone. One without a submitter takes the previous one
 * when it points back to it (a pronoun: "they", "its", "他們") or is a short question with no
 * subject of its own ("and in 2030?"); a count or a list of submitters never does ("How many
 * companies submitted?"), unless a pronoun speaks of the subject ("how many people use their
 * site?"). One with a submitter and no topic of its own ("And Google?", "Did CrowdStrike say the
 * same?", "那 Bloom Energy 呢?") takes the previous topic; a count or a list takes it only when it
 * says so ("of them", "those", "其中"). `nameOf` gives a named submitter's display name.
 */
export function resolveFollowUp(analyzed: Understood, prior: Understood, nameOf: (docId: string) => string = (id) => id): Understood {
  const cues = new Set(analyzed.cues);
  if (cues.has('newTopic')) return analyzed;
  const ownSubmitter = analyzed.named.length > 0 || analyzed.absentAuthors.length > 0;
  // A Chinese question keeps a Latin-script name's words in its topic ("Chamber of Progress 給的數字"): they are its submitter, not its topic.
  // An English question's name is cut where it is written, so words it shares with the topic are the topic ("What did the Small Business & Entrepreneurship Council say about small businesses?").
  const ownTopic = analyzed.topic.filter((t) => !VAGUE_TOPIC.has(t) && (analyzed.language !== 'zh' || !analyzed.nameTerms.includes(t)));
  const countOrList = analyzed.kind === 'count' || analyzed.kind === 'list';
  const pronoun = cues.has('pronoun');
  const short = terms(analyzed.searchText).length < SHORT_FOLLOW_UP_TERMS;
  const opensAsFollowUp = /^\W*(and|so|but|also|then|what about|how about)\b|^\s*(那|那么|那麼|还有|還有|另外那)/i.test(analyzed.original);
  let next = analyzed;
  // "Did Anduril?" (which filed nothing) leaves its name behind, not a topic: "what about Scale AI" after it is not about Anduril.
  const absentNames = new Set(prior.absentAuthors.flatMap((name) => terms(name)));
  const priorTopic = prior.topic.filter((t) => !absentNames.has(t));
  const named = (g: TopicGroup) => g.alternatives.every((alt) => alt.every((t) => absentNames.has(t)));
  /** The turn with the prior topic added to its own. */
  const withPriorTopic = (turn: Understood): Understood => {
    const words = absentNames.size ? topicWords({ ...prior, topic: priorTopic }) : topicWords(prior);
    return {
      ...turn,
      topic: [...new Set([...turn.topic, ...priorTopic])],
      groups: [...turn.groups, ...prior.groups.filter((g) => !named(g) && !turn.groups.some((own) => own.label === g.label))],
      concepts: [...turn.concepts, ...prior.concepts.filter((c) => !c.groups.every(named) && !turn.concepts.some((own) => own.label === c.label))],
      topicText: `${turn.topicText} ${prior.topicText}`.trim(),
      topicPieces: [...turn.topicPieces, ...prior.topicPieces],
      queryText: `${turn.queryText} ${words}`,
      inherited: { ...turn.inherited, topic: words },
      // "And Google?" after "Did Meta discuss Y?" asks the same: whether, or what, it said on Y.
      cues: [...new Set([...turn.cues, ...prior.cues.filter((c) => c === 'yesno' || c === 'about')])],
    };
  };
  // A turn that brings nothing of its own ("Why?", "What exactly did it say?"): it asks on, about the same submitter and topic.
  const bare = !ownSubmitter && ownTopic.length === 0 && analyzed.categories.length === 0 && !countOrList && !cues.has('summary') && !cues.has('submitted');
  // "about it", "on that": a pronoun for the topic (a possessive, "in its comment", is the turn's own submitter);
  // so is the object of mentioning in a count or a list ("How many companies mentioned them?", "Which universities discussed it?").
  const itAsTopic = /\b(about|on|regarding|concerning|with)\s+(it|that|this|them|those|these)\b|对此|對此/i.test(analyzed.original);
  const mentionsIt = countOrList && OBJECT_PRONOUN.test(analyzed.original);
  // The subject carries over.
  // "Which group asked for …?", "Who raised …?": it asks for a submitter, so it carries none.
  const asksForSubmitter = cues.has('list') && (cues.has('counted') || /\bwho\b|谁|誰|哪家|哪一家/i.test(analyzed.original));
  const takesSubject =
    !ownSubmitter && prior.named.length > 0 && !analyzed.described && !asksForSubmitter &&
    (countOrList ? pronoun && analyzed.kind === 'count' && !mentionsIt && !itAsTopic : pronoun || opensAsFollowUp || bare || (short && ownTopic.length > 0 && analyzed.kind === 'lookup'));
  if (takesSubject) {
    const topic = next.topic.filter((t) => !prior.nameTerms.includes(t));
    next = {
      ...next,
      named: prior.named,
      nameTerms: prior.nameTerms,
      topic,
      groups: next.groups.filter((g) => !g.alternatives.every((alt) => alt.every((t) => prior.nameTerms.includes(t)))),
      concepts: next.concepts.map((c) => ({ ...c, groups: c.groups.filter((g) => !g.alternatives.every((alt) => alt.every((t) => prior.nameTerms.includes(t)))) })).filter((c) => c.groups.length > 0),
      inherited: { ...next.inherited, submitters: [...new Set(prior.named.map((hit) => nameOf(hit.docIds[0]!)))] },
    };
    // With no topic of its own and no ask for the whole submission, it is about the same topic.
    if (topic.length === 0 && bare && priorTopic.length > 0) next = withPriorTopic(next);
    // Words only the general dictionary reads ("那它代表多少個組織？": represent) are a topic too, as in a question that names its submitter.
    const kind = next.topic.length > 0 || next.looseSenses.length > 0 ? (prior.named.length > 1 ? 'comparison' : 'presence') : cues.has('submitted') ? 'submitted' : 'outline';
    next = { ...next, kind, intent: kind === 'presence' && new Set(next.cues).has('yesno') ? 'yesno' : kind === 'outline' ? 'outline' : kind === 'submitted' ? 'submitted' : 'lookup', categories: [] };
    return short && !next.inherited.topic ? { ...next, context: prior.topic.filter((t) => !next.topic.includes(t)) } : next;
  }
  // The topic carries over.
  // "And APLU?", "What about Planet Labs?", "那 Bloom Energy 呢?": little besides the name; "What did Stanford say about it?": a pronoun for it.
  const elliptical = restLength(analyzed) <= (analyzed.language === 'zh' ? ELLIPTICAL_HAN : ELLIPTICAL_WORDS);
  const takesTopic =
    priorTopic.length > 0 &&
    (countOrList
      ? cues.has('ofThem') || mentionsIt || itAsTopic
      : (ownSubmitter && ((ownTopic.length === 0 && (elliptical || cues.has('sameTopic') || itAsTopic)) || (cues.has('sameTopic') && short && ownTopic.length <= 1))) || (bare && prior.named.length === 0));
  if (takesTopic) {
    next = withPriorTopic(next);
    const kind = countOrList ? next.kind : next.named.length > 1 ? 'comparison' : next.kind === 'not-submitted' ? 'not-submitted' : next.named.length > 0 ? 'presence' : 'lookup';
    // "其中有幾所？" after "哪些大學…": of them, so of the same categories.
    const categories = countOrList && next.categories.length === 0 ? prior.categories : next.categories;
    // "How many of them mention compute?" after "Which universities mentioned NAIRR?": compute, counted among those that mention NAIRR.
    // What it counts is its own thing; the previous one only says among which.
    const within = countOrList && cues.has('ofThem') && ownTopic.length > 0 ? { within: { topicPieces: prior.topicPieces, topic: priorTopic, language: prior.language }, topicPieces: analyzed.topicPieces } : {};
    return { ...next, kind, categories, ...within, intent: kind === 'presence' ? (cues.has('yesno') ? 'yesno' : 'lookup') : next.intent };
  }
  return next;
}

/** The words of the question that carry its topic, for notes ("export controls"). */
export function topicWords(question: Understood): string {
  if (question.inherited.topic) return question.inherited.topic;
  // A Chinese question's topic by its groups' labels ("export controls"), not every English word its glossary matches gave (a category's "universities" too).
  if (question.language === 'zh' && question.groups.length) return question.groups.map((g) => g.label).slice(0, 4).join(', ');
  if (question.language === 'zh' && question.bridge) return question.bridge.englishTerms.slice(0, 4).join(', ');
  const topic = new Set(question.topic);
  // As the topic writes its words, without a name's that share them ("Small Business" of a council's name).
  const text = question.topicText && terms(question.topicText).some((t) => topic.has(t)) ? question.topicText : question.searchText;
  const words = text.split(/\s+/).filter((w) => terms(w).some((t) => topic.has(t)));
  return words.join(' ').replace(/[?.!,;:]+$/, '');
}

export interface UnderstandDeps {
  corpus: CorpusIndex;
  analyzer: QuestionAnalyzer;
  /** Turns a non-English question into English search terms (with a chat model). */
  translate?: (question: string, signal?: AbortSignal) => Promise<string>;
}

function initial(question: string, analyzed: AnalyzedQuestion): Understood {
  const { groups } = analyzed;
  // A Chinese question's groups come from glossary words: the words of one phrase of the question form a concept.
  const concepts = analyzed.language === 'zh' ? conceptsOfPhrases(groups) : conceptsOf(analyzed.topicText, groups);
  return { ...analyzed, question, queryText: analyzed.searchText, groups, concepts, context: [], inherited: {} };
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

/** The script of a Chinese question, or of the latest earlier question that shows one. */
function scriptOf(question: string, language: string, previous: readonly string[]): { script?: Script } {
  if (language !== 'zh') return {};
  for (const text of [question, ...previous]) {
    const { tradOnly, simpOnly } = scriptCounts(text);
    if (tradOnly !== simpOnly) return { script: tradOnly > simpOnly ? 'hant' : 'hans' };
  }
  return {};
}

/** Stage 1: the question, checked and understood in its conversation. */
export async function understand(raw: string, options: Pick<AskOptions, 'history' | 'signal'>, deps: UnderstandDeps): Promise<Understood> {
  const question = checkQuestion(raw);
  const analysed = await analyse(question, deps, options.signal);
  const previous = previousQuestions(options.history);
  const current = { ...analysed, ...scriptOf(question, analysed.language, previous) };
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
