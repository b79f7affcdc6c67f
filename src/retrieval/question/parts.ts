/**
 * The parts of a question that asks several things ("What is the bill called, and which senator
 * introduced it?"): each part is answered by its own sentence, so each is scored on its own.
 */
import { bridgeQuery } from '../i18n/query-bridge.js';
import { terms } from '../text/tokenize.js';
import { answerTypes, type AnswerType } from './answer-type.js';

export interface QuestionPart {
  text: string;
  /** The part's topic terms (a subset of the question's). */
  terms: string[];
  types: AnswerType[];
  /** A question, rather than a statement that sets it up ("A teacher noticed … . What is …?"). */
  asks: boolean;
}

const ASKS_EN = new RegExp(String.raw`^\W*(and\s+|but\s+|so\s+)?${'(what|which|how|who|whom|whose|when|where|why|did|does|do|is|are|was|were|has|have|can|could|would|should)'}\b|\?\s*$`, 'i');
const ASKS_ZH = /[？?]|什么|什麼|哪|多少|多大|多长|多長|多久|多高|多远|多遠|多快|多重|几|幾|如何|怎样|怎樣|为何|為何|是否|吗|嗎|呢/;

const QUESTION_WORD = String.raw`(what|which|how|who|whom|whose|when|where|why|did|does|do|is|are|was|were|has|have|can|could|would|should)`;
/** Sentence ends, and "…, and what …" / "… and how …" joints. */
const SPLIT_EN = new RegExp(String.raw`(?<=[.?!;])\s+|,?\s+(?:and|but|or)\s+(?=${QUESTION_WORD}\b)|,\s+(?=${QUESTION_WORD}\b)`, 'i');
const SPLIT_ZH = /[？?。！!；;]|，(?=[^，]*[？?]?$)|，(?=(?:它|其|他们|他們|该|該|以及|并且|並且|还|還|又|哪|什么|什麼|多少|几|幾|何|是否))/;

/** Every piece of a question (sentences, "…, and what …" joints), each with the topic terms it holds. */
function pieces(text: string, language: string, topic: readonly string[]): QuestionPart[] {
  const own = new Set(topic);
  return text
    .split(language === 'zh' ? SPLIT_ZH : SPLIT_EN)
    .map((p) => p?.trim() ?? '')
    .filter((p) => p.length > 3)
    .map((piece) => {
      const asks = (language === 'zh' ? ASKS_ZH : ASKS_EN).test(piece);
      if (language !== 'zh') return { text: piece, terms: [...new Set(terms(piece).filter((t) => own.has(t)))], types: answerTypes(piece), asks };
      // A Chinese piece: the glossary's words and its Latin-script words; with them, the dictionary's senses of the words the glossary lacks (英里, miles).
      const { englishTerms, latinTokens, dictionary } = bridgeQuery(piece);
      const read = terms([...englishTerms, ...latinTokens].join(' ')).filter((t) => own.has(t));
      const senses = read.length ? terms(dictionary.flatMap((w) => w.en).join(' ')).filter((t) => own.has(t)) : [];
      return { text: piece, terms: [...new Set([...read, ...senses])], types: answerTypes(piece), asks };
    });
}

/** The parts of a question with two or more; an empty list for a question that asks one thing. */
export function questionParts(text: string, language: string, topic: readonly string[]): QuestionPart[] {
  const parts = pieces(text, language, topic).filter((part) => part.terms.length > 0);
  return parts.length >= 2 ? parts : [];
}

/** A part that asks for a submitter's main points, whatever else the question asks: "What topics does X want addressed, and …", "X 的主要建議有哪些，…". */
const MAIN_POINTS_EN = /\b(what|which)\s+(main\s+|key\s+|top\s+|other\s+|broad\s+)?(topics|issues|recommendations|priorities|points|areas|proposals|themes|asks)\b/i;
const MAIN_POINTS_ZH = /(哪些|什么|什麼)(主要)?(议题|議題|方面|建议|建議|重点|重點|主题|主題)|主要(建议|建議|主张|主張|观点|觀點)/;

/**
 * Whether one part of a question that asks several things asks for the submitter's main points
 * and holds none of the topic's words, while another part asks about the topic ("What topics does
 * Cloudflare want the plan to address, and which cloud program does it want reworked?").
 */
export function asksForMainPoints(text: string, language: string, topic: readonly string[]): boolean {
  if (topic.length === 0) return false;
  const all = pieces(text, language, topic);
  const mainPoints = language === 'zh' ? MAIN_POINTS_ZH : MAIN_POINTS_EN;
  return all.some((piece) => mainPoints.test(piece.text) && piece.terms.length === 0) && all.some((piece) => piece.terms.length > 0);
}
