import { HAN_G } from './script.js';

export type Language = 'zh' | 'en' | 'other';


/** Two or more capitalised Latin words in a row, with the small words names have between them; not an English question's first word ("Did the National Center …"). */
const NAME_RUN = /\b(?!(?:Did|Does|Do|Is|Are|Was|Were|What|How|Which|Who|Why|When|Where|Can|Could|Should|Would|Will|Has|Have|Tell|Give|Show|List|Compare)\b)[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|the|and|on|in|at|&)\s+)*[A-Z][\w.&'’-]*)+/g;

/** Words of an English sentence's grammar (asking, saying), never of an organisation's name. */
const ENGLISH_GRAMMAR = /^(did|does|do|is|are|was|were|what|how|which|who|whom|whose|why|when|where|can|could|should|would|will|has|have|had|say|says|said|mention|mentions|mentioned|discuss|discussed|discusses|think|thinks|about|tell|give|show|list|compare|please|any|their|its|they|it)$/i;

/**
 * 'zh' when Chinese characters carry the question (at least as many Han characters as
 * Latin words outside names of several capitalised words, and no Japanese kana), 'en' when it is mostly ASCII Latin script, 'other'
 * otherwise (kana, Hangul, Cyrillic, accented Latin…). Other Latin-script languages
 * written without accents are indistinguishable from English here.
 */
export function languageOf(text: string): Language {
  const han = (text.match(HAN_G) ?? []).length;
  const kana = (text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  // An organisation's name of several capitalised words ("National Center for the Advancement of Semiconductor Technology 有沒有提到能源？") is no English grammar.
  const latin = text.replace(NAME_RUN, ' ').match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  // Latin words with no English grammar among them are a name, however written ("the leadership conference on civil and human rights 有沒有提交意見？").
  const grammar = latin.some((w) => ENGLISH_GRAMMAR.test(w));
  if (han > 0 && kana * 4 < han && (han >= latin.length || !grammar)) return 'zh';
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return 'other';
  const ascii = (text.match(/[A-Za-z]/g) ?? []).length;
  return ascii / letters >= 0.9 ? 'en' : 'other';
}
