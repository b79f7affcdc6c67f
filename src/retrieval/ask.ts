import type OpenAI from 'openai';
import type { Aggregate, Answer, AskOptions, Source } from './types.js';
import type { Retriever, Retrieval } from './retriever.js';
import type { AnalyzedQuestion } from './analyze.js';
import { countTopic } from './aggregate.js';
import { extractiveAnswer } from './answer/extractive.js';
import { generateAnswer } from './answer/llm.js';
import { phrasesFor } from './answer/phrases.js';
import { displayQuote, sentencesOf } from './answer/sentences.js';
import { renumberSources, verifyCitations } from './answer/verify.js';
import { translateForSearch } from './answer/translate.js';
import { terms } from './text/tokenize.js';

export interface ChatSettings {
  client: OpenAI;
  model: string;
  timeoutMs: number;
  maxRetries: number;
}

export interface AskDeps {
  retriever: Retriever;
  chat?: ChatSettings;
  /** Below this share of the question's keyword weight in the best passage, the question is not covered. */
  coverageFloor: number;
}

export class QaError extends Error {
  override name = 'QaError';
  constructor(
    readonly code: 'BAD_QUESTION',
    message: string,
  ) {
    super(message);
  }
}

export const MAX_QUESTION_CHARS = 1_000;
const SUBMISSIONS_PER_ANSWER = 6;
const CHUNKS_PER_SUBMISSION = 2;

export function checkQuestion(question: string): string {
  const text = question.replace(/\s+/g, ' ').trim();
  if (!text) throw new QaError('BAD_QUESTION', 'The question is empty. Ask about what the submissions said, e.g. "What did Anthropic recommend about export controls?"');
  if (text.length > MAX_QUESTION_CHARS) throw new QaError('BAD_QUESTION', `The question is ${text.length} characters long; please keep it under ${MAX_QUESTION_CHARS}.`);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new QaError('BAD_QUESTION', 'The question has no words in it.');
  return text;
}

export async function answerQuestion(rawQuestion: string, options: AskOptions, deps: AskDeps): Promise<Answer> {
  const started = Date.now();
  const question = checkQuestion(rawQuestion);
  const { retriever } = deps;
  // A follow-up ("What about its engineers?") keeps the submitters and, more weakly, the words of
  // the previous question; its own words decide what is quoted.
  const previous = [...(options.history ?? [])].reverse().find((t) => t.role === 'user')?.content;
  let analyzed = retriever.analyze(question);
  let context: string | undefined;
  if (previous && terms(question).length < 8) {
    const prior = retriever.analyze(previous);
    context = prior.searchText;
    if (analyzed.named.length === 0 && prior.named.length > 0 && analyzed.absentAuthors.length === 0) analyzed = { ...analyzed, named: prior.named };
  }
  const notes: string[] = [];
  const phrases = phrasesFor(analyzed.language, analyzed.bridge?.script);
  if (analyzed.language !== 'en' && deps.chat) {
    const english = await translateForSearch(question, deps.chat, options.signal);
    analyzed = { ...retriever.analyze(english), language: analyzed.language, original: question, ...(analyzed.named.length ? { named: analyzed.named } : {}) };
  } else if (analyzed.language === 'zh' && analyzed.bridge) {
    notes.push(phrases.offlineTranslationNote(analyzed.bridge.matches.flatMap((m) => m.en).slice(0, 8), analyzed.bridge.unmatched));
  }
  const base = { question, language: analyzed.language, mode: deps.chat ? ('llm' as const) : ('extractive' as const), notes };

  if (analyzed.absentAuthors.length > 0 && !options.submitter && !options.docId) {
    return absentAuthorAnswer(analyzed, base, deps, started);
  }
  // A counting question is answered from the submissions it counted.
  const counted = analyzed.aggregate ? countTopic(retriever.index, analyzed.searchText, retriever.allowedDocs(options), analyzed.impliedCategory) : undefined;
  const { docs: countedDocs, ...aggregate } = counted ?? { docs: undefined };
  const retrieval = await retriever.retrieve(
    question,
    { ...options, k: options.k ?? SUBMISSIONS_PER_ANSWER, ...(countedDocs?.size ? { withinDocs: countedDocs } : {}), ...(context ? { context } : {}) },
    analyzed,
  );
  // A question about named submitters is answered from their own submissions.
  const namedIds = new Set(analyzed.named.flatMap((hit) => hit.docIds));
  if (namedIds.size > 0 && retrieval.passages.some((p) => namedIds.has(p.docId))) {
    retrieval.passages = retrieval.passages.filter((p) => namedIds.has(p.docId));
  }
  const sources = sourcesOf(retrieval, retriever);
  const covered = retrieval.passages.length > 0 && (analyzed.named.length > 0 || !!options.submitter || !!options.docId || retrieval.coverage >= deps.coverageFloor);
  if (!covered) {
    return finish({ ...base, text: phrases.notCovered, notCovered: true }, sources.slice(0, 3), started);
  }
  let text: string;
  let usage: Answer['usage'];
  if (deps.chat) {
    const generated = await generateAnswer(
      { question, language: analyzed.language, passages: sources, ...(options.history ? { history: options.history } : {}), ...(options.onPartial ? { onPartial: options.onPartial } : {}), ...(options.signal ? { signal: options.signal } : {}) },
      deps.chat,
    );
    text = generated.text;
    usage = generated.usage;
  } else {
    // The submitter's own name is in every passage of theirs: it says nothing about relevance.
    const nameTerms = new Set(analyzed.named.flatMap((hit) => terms(hit.alias)));
    const questionTerms = new Map(terms(analyzed.searchText).filter((t) => !nameTerms.has(t)).map((t) => [t, retriever.index.bm25.idf(t)]));
    // Each submitter a comparison names gets a voice, even where another one's sentences score higher.
    const ensureDocs = analyzed.named.length > 1 ? analyzed.named.map((hit) => sources.find((s) => hit.docIds.includes(s.docId))?.docId).filter((id): id is string => !!id) : [];
    text = extractiveAnswer({ sources, questionTerms, ensureDocs, wordFrequencies: retriever.index.wordFrequencies, wantsFigures: /\b(how (many|much)|what (share|percent|fraction|number)|\d)|多少|几|幾/i.test(question), heading: phrases.quotesHeading });
    if (!text) return finish({ ...base, text: phrases.notCovered, notCovered: true }, sources.slice(0, 3), started);
  }
  return finish({ ...base, text, notCovered: false, ...(counted ? { aggregate: aggregate as Aggregate } : {}), ...(usage ? { usage } : {}) }, sources, started);
}

/** Numbered sources: the best chunks of each retrieved submission, in rank order. */
function sourcesOf(retrieval: Retrieval, retriever: Retriever): Source[] {
  const sources: Source[] = [];
  for (const passage of retrieval.passages) {
    const doc = retriever.index.docIndex.get(passage.docId)!;
    const chunks = retrieval.chunksByDoc.get(doc) ?? [];
    chunks.slice(0, CHUNKS_PER_SUBMISSION).forEach((hit, i) => {
      const p = i === 0 ? passage : { ...retriever.passage(hit.chunk, hit.score), similarCount: passage.similarCount, similarDocIds: passage.similarDocIds };
      sources.push({ ...p, n: sources.length + 1 });
    });
  }
  return sources;
}

async function absentAuthorAnswer(analyzed: AnalyzedQuestion, base: Omit<Answer, 'text' | 'sources' | 'citations' | 'notCovered' | 'ms'>, deps: AskDeps, started: number): Promise<Answer> {
  const { retriever } = deps;
  const phrases = phrasesFor(analyzed.language, analyzed.bridge?.script);
  const parts: string[] = [];
  const sources: Source[] = [];
  for (const org of analyzed.absentAuthors) {
    const mentions = countTopic(retriever.index, org);
    parts.push(phrases.absent(org, retriever.index.docs.length, mentions?.submissions ?? 0));
    const found = await retriever.retrieve(`${org} ${analyzed.searchText}`, { k: 3, mode: 'keyword' });
    for (const p of found.passages) {
      const mention = sentencesOf(p.text).find((s) => s.text.toLowerCase().includes(org.toLowerCase()));
      if (!mention) continue;
      sources.push({ ...p, n: sources.length + 1 });
      parts.push(`${p.submitter} (${p.category}): "${displayQuote(mention.text, retriever.index.wordFrequencies)}" [${sources.length}]`);
    }
  }
  return finish({ ...base, text: parts.join('\n\n'), notCovered: true }, sources, started);
}

function finish(answer: Omit<Answer, 'sources' | 'citations' | 'ms'>, sources: Source[], started: number): Answer {
  const verified = verifyCitations(answer.text, sources);
  const cited = /\[\d/.test(verified.text) ? renumberSources(verified.text, sources) : { text: verified.text, sources };
  return { ...answer, text: cited.text, sources: cited.sources, citations: verified.report, ms: Date.now() - started };
}
