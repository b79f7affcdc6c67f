/**
 * The answer pipeline: understand the question → gather evidence → decide coverage → compose →
 * verify. Each stage is its own module; this one only runs them in order.
 */
import type { Answer, AskOptions, Source } from './types.js';
import type { RetrievalEngine } from './engine.js';
import type { CorpusIndex } from './corpus-index.js';
import { absentAuthorAnswer } from './answer/absent.js';
import { filedAnswer } from './answer/filed.js';
import { signedAnswer } from './answer/signed.js';
import { listingAnswer } from './answer/listing-answer.js';
import { mentionAnswer, mentioningWithin } from './answer/mention-answer.js';
import { campaignsAnswer } from './answer/campaigns-answer.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { silentLog, type Log } from '../shared/log.js';
import { compose, type Composed } from './answer/compose.js';
import type { ChatModel } from './chat/model.js';
import { phrasesFor, type Phrases } from './answer/phrases.js';
import { translateForSearch } from './answer/translate.js';
import { renumberSources, verifyCitations } from './answer/verify.js';
import { readableText } from './answer/sentences.js';
import { byMeaning, decide, type Decision, type Side } from './evidence/coverage.js';
import { gatherEvidence } from './evidence/gather.js';
import { checkCampaign, understand, type Understood } from './question/understand.js';

export { checkQuestion, MAX_QUESTION_CHARS, QaError } from './question/understand.js';

/** The engine over the index (its corpus index, question analyzer and retriever), and how answers are written, logged and timed. */
export interface AskDeps extends RetrievalEngine {
  /** Writes the answers when given; without it, answers are extractive. */
  chat?: ChatModel;
  /** Below this share of the question's keyword weight in the best passage, the question is not covered. */
  coverageFloor: number;
  /** Where the chat model's requests are logged; nothing is logged without it. */
  log?: Log;
  clock?: Clock;
}

export async function answerQuestion(rawQuestion: string, options: AskOptions, deps: AskDeps): Promise<Answer> {
  const { corpus, analyzer, chat, log = silentLog, clock = systemClock } = deps;
  const started = clock();
  checkCampaign(options.campaign, corpus);
  const question = await understand(rawQuestion, options, {
    corpus,
    analyzer,
    ...(chat ? { translate: (text: string, signal?: AbortSignal) => translateForSearch(text, { chat, log }, signal) } : {}),
  });
  const phrases = phrasesFor(question.language, question.script ?? question.bridge?.script);
  const base = { question: question.question, language: question.language, mode: chat ? ('llm' as const) : ('extractive' as const), notes: notesOf(question, phrases, !!chat) };
  const direct = options.submitter || options.docId || options.campaign ? undefined : await answerFromSlots(question, options, deps, phrases);
  if (direct) return verify({ ...base, ...direct }, direct.sources, clock() - started);
  const evidence = await gatherEvidence(question, options, deps);
  const decision = await reconsidered(decide(question, evidence, options, corpus, deps.coverageFloor), question, corpus, log);
  const composed = await compose(question, evidence, decision, options, { corpus, phrases, log, clock, ...(chat ? { chat } : {}) });
  const aggregate = evidence.counted ? (({ docs: _docs, ...rest }) => rest)(evidence.counted) : undefined;
  const given = evidence.passages.map((p) => ({ ...p, text: readableText(p.text, corpus.words) }));
  return verify({ ...base, ...composed, ...(aggregate ? { aggregate } : {}) }, given, clock() - started);
}

/**
 * A "no" from absent words stands only when nothing in the submitter's text is close to the topic
 * in meaning either; an answer in other words quotes the passages closest in meaning.
 */
async function reconsidered(decision: Decision, question: Understood, corpus: CorpusIndex, log: Log): Promise<Decision> {
  if (decision.kind === 'count' || decision.kind === 'not-covered') return decision;
  try {
    if (decision.kind === 'answer') return { ...decision, sides: await nearSides(decision.sides, question, corpus) };
    // Several submitters, none in the topic's words: each is tested on its own, and a "no" stands for those not near it in meaning.
    if (decision.kind === 'not-addressed' && decision.sides.length > 1) {
      const sides = await nearSides(decision.sides, question, corpus);
      return sides.some((s) => s.near) ? { kind: 'answer', sides } : decision;
    }
    // Several submitters in other words: each one's closest passages, so that every side is quoted.
    if (decision.kind === 'other-words' && decision.sides.length > 1) {
      const each = await Promise.all(decision.sides.map((side) => byMeaning(question, [side], corpus)));
      const near = each.flatMap((m) => m?.quotes ?? []);
      return near.length ? { ...decision, near, byMeaning: each.some((m) => m?.near) } : decision;
    }
    const meaning = await byMeaning(question, decision.sides, corpus);
    if (decision.kind === 'other-words') return meaning?.quotes.length ? { ...decision, near: meaning.quotes } : decision;
    return meaning?.near && meaning.quotes.length ? { kind: 'other-words', sides: decision.sides, near: meaning.quotes, byMeaning: true } : decision;
  } catch (error) {
    // Without the embedding, the words' absence is what was proven; the "no" says what was searched.
    log.warn({ err: error }, 'could not embed the topic to test its meaning; the answer rests on its words');
    return decision;
  }
}

/**
 * Of several named submitters, each that does not use the topic's words is tested for closeness in
 * meaning on its own (so a near one does not stand for a far one): near, it carries its closest
 * sentences, quoted rather than a "does not mention".
 */
async function nearSides(sides: Side[], question: Understood, corpus: CorpusIndex): Promise<Side[]> {
  if (sides.length < 2) return sides;
  return Promise.all(
    sides.map(async (side) => {
      if (side.presence.addressed || side.presence.together?.inPassing) return side;
      const meaning = await byMeaning(question, [side], corpus);
      return meaning?.near && meaning.quotes.length ? { ...side, near: meaning.quotes } : side;
    }),
  );
}

type Direct = Pick<Answer, 'text' | 'sources' | 'notCovered'> & Partial<Pick<Answer, 'aggregate' | 'listed'>>;

/**
 * The kinds of question answered from the listing and the index alone, before any passage is
 * searched: who filed nothing, who filed, counts and lists.
 */
async function answerFromSlots(question: Understood, options: AskOptions, deps: AskDeps, phrases: Phrases): Promise<Direct | undefined> {
  const { corpus } = deps;
  const filter = options.category ? deps.retriever.allowedDocs({ category: options.category }) : undefined;
  // "How many form letters were there?": the campaigns, not a count of every submission.
  if (question.cues.includes('campaign') && question.named.length === 0 && question.absentAuthors.length === 0) {
    const campaigns = campaignsAnswer(question, corpus, phrases);
    return { text: campaigns.text, sources: campaigns.sources, notCovered: false };
  }
  // "Who signed X's comment?": its signature or its sender, from its own text.
  if (question.cues.includes('signed') && question.named.length > 0) {
    const signed = signedAnswer(question.named, corpus, phrases);
    if (signed) return { text: signed.text, sources: signed.sources, notCovered: false };
  }
  switch (question.kind) {
    case 'not-submitted': {
      const absent = await absentAuthorAnswer(question.absentAuthors, question.searchText, deps, phrases);
      const near = [...new Set(question.nearNames.flatMap((n) => n.docIds.map((id) => corpus.docNumber(id)).filter((d): d is number => d !== undefined).map((d) => corpus.doc(d).submitter)))].slice(0, 3);
      return { text: [absent.text, near.length ? phrases.nearNames(near) : ''].filter(Boolean).join('\n\n'), sources: absent.sources, notCovered: false };
    }
    case 'submitted': {
      const filed = filedAnswer(question.named, corpus, phrases, question.cues.includes('count'));
      return filed.text ? { text: filed.text, sources: filed.sources, notCovered: false, listed: filed.listed } : undefined;
    }
    case 'count':
    case 'list': {
      // "提到氫能的意見書有幾份？" with no English for 氫能: no number, rather than the number of every submission.
      if (question.unreadTopic.length > 0) return { text: phrases.unreadTopic(question.unreadTopic), sources: [], notCovered: false };
      if (question.topic.length === 0 || question.uncategorised || question.creditedTo) {
        if (question.kind === 'list' && question.categories.length === 0 && !question.uncategorised) return undefined;
        const listing = listingAnswer(question, corpus, phrases);
        return { text: listing.text, sources: [], notCovered: false, aggregate: listing.aggregate, listed: listing.listed };
      }
      // "How many of them mention compute?": counted among the previous answer's submissions.
      const within = question.within ? mentioningWithin(question.within, corpus, filter) : undefined;
      const mentions = mentionAnswer(question, corpus, phrases, within ?? filter);
      if (!mentions) return undefined;
      return { text: mentions.text, sources: mentions.sources, notCovered: mentions.listed.length === 0 && question.kind === 'list', aggregate: mentions.aggregate, listed: mentions.listed };
    }
    default:
      return undefined;
  }
}

function notesOf(question: Understood, phrases: Phrases, translated: boolean): string[] {
  const notes: string[] = [];
  if (question.readAs) notes.push(phrases.readAs(question.readAs.written, question.readAs.name));
  for (const { written, read } of question.respelt ?? []) notes.push(phrases.readAs(written, read));
  if (question.inherited.submitters || question.inherited.topic) notes.push(phrases.followUp(question.inherited.submitters, question.inherited.topic));
  if (!translated && question.language === 'zh' && question.bridge) {
    notes.push(phrases.offlineTranslationNote(question.bridge.matches.flatMap((m) => m.en).slice(0, 8), question.bridge.unmatched, question.bridge.dictionary));
  }
  return notes.filter(Boolean);
}

/** Stage 5: every citation and quote checked against its passage; sources renumbered to those cited. */
function verify(answer: Omit<Answer, 'citations' | 'ms' | 'evidence'> & Composed, evidence: Source[], ms: number): Answer {
  const verified = verifyCitations(answer.text, answer.sources);
  const cited = /\[\d/.test(verified.text) ? renumberSources(verified.text, answer.sources) : { text: verified.text, sources: answer.sources };
  const { usage, ...rest } = answer;
  return { ...rest, text: cited.text, sources: cited.sources, evidence, citations: verified.report, ...(usage ? { usage } : {}), ms };
}
