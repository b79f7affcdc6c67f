import { HAN_G } from './script.js';

export type Language = 'zh' | 'en' | 'other';


/**
 * 'zh' when Chinese characters carry the question (at least as many Han characters as
 * Latin words, and no Japanese kana), 'en' when it is mostly ASCII Latin script, 'other'
 * otherwise (kana, Hangul, Cyrillic, accented Latin…). Other Latin-script languages
 * written without accents are indistinguishable from English here.
 */
export function languageOf(text: string): Language {
  const han = (text.match(HAN_G) ?? []).length;
  const kana = (text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const latinWords = (text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length;
  if (han > 0 && kana * 4 < han && han >= latinWords) return 'zh';
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return 'other';
  const ascii = (text.match(/[A-Za-z]/g) ?? []).length;
  return ascii / letters >= 0.9 ? 'en' : 'other';
}
