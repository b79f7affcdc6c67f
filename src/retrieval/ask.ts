/**
 * The answer pipeline: understand the question → gather evidence → decide coverage → compose →
 * verify. Each stage is its own module; this one only runs them in order.
 */
import type { Answer, AskOptions, Source } from './types.js';
import type { RetrievalEngine } from './engine.js';
import { absentAuthorAnswer } from './answer/absent.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { silentLog, type Log } from '../shared/log.js';
import { compose, type Composed } from './answer/compose.js';
import type { ChatModel } from './chat/model.js';
import { phrasesFor, type Phrases } from './answer/phrases.js';
import { translateForSearch } from './answer/translate.js';
import { renumberSources, verifyCitations } from './answer/verify.js';
import { readableText } from './answer/sentences.js';
import { decide } from './evidence/coverage.js';
import { gatherEvidence } from './evidence/gather.js';
import { understand, type Understood } from './question/understand.js';

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
  const question = await understand(rawQuestion, options, {
    corpus,
    analyzer,
    ...(chat ? { translate: (text: string, signal?: AbortSignal) => translateForSearch(text, { chat, log }, signal) } : {}),
  });
  const phrases = phrasesFor(question.language, question.bridge?.script);
  const base = { question: question.question, language: question.language, mode: chat ? ('llm' as const) : ('extractive' as const), notes: notesOf(question, phrases, !!chat) };
  if (question.absentAuthors.length > 0 && !options.submitter && !options.docId) {
    const absent = await absentAuthorAnswer(question.absentAuthors, question.searchText, deps, phrases);
    return verify({ ...base, ...absent, notCovered: true }, [], clock() - started);
  }
  const evidence = await gatherEvidence(question, options, deps);
  const decision = decide(question, evidence, options, corpus, deps.coverageFloor);
  const composed = await compose(question, evidence, decision, options, { corpus, phrases, log, clock, ...(chat ? { chat } : {}) });
  const aggregate = evidence.counted ? (({ docs: _docs, ...rest }) => rest)(evidence.counted) : undefined;
  const given = evidence.passages.map((p) => ({ ...p, text: readableText(p.text, corpus.words) }));
  return verify({ ...base, ...composed, ...(aggregate ? { aggregate } : {}) }, given, clock() - started);
}

function notesOf(question: Understood, phrases: Phrases, translated: boolean): string[] {
  const notes: string[] = [];
  if (question.inherited.submitters || question.inherited.topic) notes.push(phrases.followUp(question.inherited.submitters, question.inherited.topic));
  if (!translated && question.language === 'zh' && question.bridge) {
    notes.push(phrases.offlineTranslationNote(question.bridge.matches.flatMap((m) => m.en).slice(0, 8), question.bridge.unmatched));
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
