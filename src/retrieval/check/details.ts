/**
 * The details a claim can get wrong while its words still match (FEVER's refuted claims): a
 * number or date, a comparison or its direction, a negation, a quantifier, one thing for another
 * ("coal" for "gas"). Word overlap cannot tell a claim from its altered twin; these can. A passage
 * that matches the claim's words but differs in one of them is shown as "differs", with the detail.
 */
import { findNumbers, parseChineseNumeral } from '../i18n/numerals.js';
import { toSimplified } from '../i18n/script.js';
import { terms, words } from '../text/tokenize.js';

export interface Quantity {
  value: number;
  /** Normalised unit ('%', 'gw', 'year', 'usd', '' for a bare count…). */
  unit: string;
  /** As written. */
  text: string;
}

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };
const UNIT: [RegExp, string][] = [
  [/^(%|percent|per cent|percentage points?)/i, '%'],
  [/^(gw|gigawatts?)\b/i, 'gw'],
  [/^(mw|megawatts?)\b/i, 'mw'],
  [/^(kw|kilowatts?)\b/i, 'kw'],
  [/^(twh|terawatt[- ]hours?)\b/i, 'twh'],
  [/^(tw|terawatts?)\b/i, 'tw'],
  [/^(flop\/?s|flops)\b/i, 'flops'],
  [/^(flop)\b/i, 'flop'],
  [/^(years?|yrs?)\b/i, 'year-span'],
  [/^(months?)\b/i, 'month-span'],
  [/^(hours?|hrs?)\b/i, 'hour-span'],
  [/^(days?)\b/i, 'day-span'],
  [/^(miles?)\b/i, 'mile'],
  [/^(times|x)\b/i, 'times'],
];
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12, half: 0.5 };
const NUMBER =
  /(\$|€|£)?\s?(\d+(?:,\d{3})*(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|half)\b)(\s?\^\s?\d+|\s?[x×]\s?10\s?\^\s?\d+)?(\s?(?:thousand|million|billion|trillion|bn|mn|tn)\b|(?<=\d)(?:k|m|b)\b)?(\s?-?\s?[%A-Za-z/ ]{0,22})?/gi;

/** The quantities of an English text: "$83 billion", "12.5 GW", "37%", "10^17 FLOP/s", "2030", "three years". */
export function quantitiesEn(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [, currency, raw = '', power, scaleWord, after = ''] = m;
    let value = /^\d/.test(raw) ? Number(raw.replace(/,/g, '')) : WORD_NUMBERS[raw.toLowerCase()];
    if (value === undefined || Number.isNaN(value)) continue;
    if (power) {
      const exp = Number(/(\d+)\s*$/.exec(power)![1]);
      value = /[x×]/.test(power) ? value * 10 ** exp : value ** exp;
    }
    if (scaleWord) value *= SCALE[scaleWord.trim().toLowerCase()] ?? 1;
    const rest = after.trim().replace(/^-\s?/, '');
    const unit = UNIT.find(([pattern]) => pattern.test(rest))?.[1] ?? (currency ? 'usd' : /^(19|20)\d\d$/.test(raw) && !scaleWord ? 'year' : '');
    // A word number alone ("one of them") says nothing: only with a unit or a scale.
    if (!/^\d/.test(raw) && !unit && !scaleWord) continue;
    out.push({ value, unit, text: m[0].trim() });
  }
  return out;
}

const CN_TENTHS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The unit after (or before) a Chinese figure. */
function unitZh(after: string, before: string, value: number): string {
  if (/^\s*(%|％)/.test(after) || /百分之$/.test(before)) return '%';
  if (/^\s*(吉瓦|gw)/i.test(after)) return 'gw';
  if (/^\s*(兆瓦|mw)/i.test(after)) return 'mw';
  if (/^\s*年(?!代)/.test(after) && value >= 1900 && value <= 2100) return 'year';
  if (/^\s*(美元|美金)/.test(after) || /\$$/.test(before)) return 'usd';
  if (/^\s*(个?小时)/.test(after)) return 'hour-span';
  if (/^\s*个?月/.test(after)) return 'month-span';
  if (/^\s*年/.test(after)) return 'year-span';
  return '';
}

/** The quantities of a Chinese text: 兩成 (20%), 十萬, 200 吉瓦, 2030 年, 百分之十二. */
export function quantitiesZh(text: string): Quantity[] {
  const s = toSimplified(text);
  const out: Quantity[] = [];
  for (const m of s.matchAll(/([一二两三四五六七八九十])成/g)) out.push({ value: 10 * CN_TENTHS[m[1]!]!, unit: '%', text: m[0] });
  const spans = findNumbers(s).map((n) => ({ start: n.start, end: n.end, value: parseChineseNumeral(s.slice(n.start, n.end).replace(/[^零〇一二两三四五六七八九十百千万亿点]/g, '')) ?? parseArabic(s.slice(n.start, n.end)) }));
  // Arabic figures in a Chinese sentence: 2030 年, 200 吉瓦, 12.5%.
  for (const m of s.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) if (!spans.some((n) => m.index >= n.start && m.index < n.end)) spans.push({ start: m.index, end: m.index + m[0].length, value: parseArabic(m[0]) });
  for (const n of spans) {
    if (n.value === undefined) continue;
    const after = s.slice(n.end, n.end + 6);
    const before = s.slice(Math.max(0, n.start - 4), n.start);
    out.push({ value: n.value, unit: unitZh(after, before, n.value), text: s.slice(n.start, n.end) });
  }
  return out;
}

function parseArabic(text: string): number | undefined {
  const m = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万亿|亿|万|千)?/.exec(text);
  if (!m) return undefined;
  const scale = m[2] === '万亿' ? 1e12 : m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : m[2] === '千' ? 1e3 : 1;
  return Number(m[1]!.replace(/,/g, '')) * scale;
}

export function quantitiesOf(text: string): Quantity[] {
  return /\p{Script=Han}/u.test(text) ? quantitiesZh(text) : quantitiesEn(text);
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, 0.02 * Math.max(Math.abs(a), Math.abs(b)));
const compatible = (a: Quantity, b: Quantity) => a.unit === b.unit || (a.unit === '' && b.unit !== 'year' && b.unit !== '%') || (b.unit === '' && a.unit !== 'year' && a.unit !== '%');
/** The same figure, perhaps at another scale ("83 billion" and "$83B"). */
const sameFigure = (a: Quantity, b: Quantity) => (a.unit === 'year' || b.unit === 'year' ? a.value === b.value : near(a.value, b.value)) || (compatible(a, b) && [1e3, 1e6, 1e9].some((f) => near(a.value * f, b.value) || near(a.value, b.value * f)));

/**
 * Opposite words: a claim using one side where the passage uses only the other differs in
 * direction ("trail" / "outperform", "support" / "oppose", "coal" / "gas").
 */
const OPPOSITES: [RegExp, RegExp][] = [
  [/\b(support(s|ed|ing)?|favou?r(s|ed)?|endorse[sd]?|embrace[sd]?)\b|支持|赞成|仿效/i, /\b(oppose[sd]?|opposing|opposition|reject(s|ed)?|object(s|ed)? to)\b|反对|拒绝/i],
  [/\b(replace[sd]?|replacing|substitute[sd]?|displace[sd]?)\b|取代|替代/i, /\b(complement(s|ed|ing)?|augment(s|ed|ing)?)\b|辅助|补充/i],
  [/\b(trail(s|ed)?|lag(s|ged)?|behind|underperform(s|ed)?|worse|weaker|inferior|fall short|fell short)\b|落后|不如|逊于/i, /\b(outperform(s|ed)?|exceed(s|ed)?|surpass(es|ed)?|better than|ahead of|superior)\b|超越|超过|优于|胜过/i],
  [/\b(restrict(s|ed|ing)?|restriction|ban(s|ned)?|prohibit(s|ed)?|curb(s|ed)?|tighten(s|ed)?)\b|限制|禁止|收紧|加强管制/i, /\b(free|freely|allow(s|ed)?|permit(s|ted)?|loosen(s|ed)?|relax(es|ed)?|lift(s|ed)?)\b|放宽|允许|自由/i],
  [/\bcoal(-fired)?\b|煤/i, /\b(natural gas|gas-fired|gas turbines?)\b|天然气/i],
  [/\b(as good as|equal(ly)? (good|capable)|same as|on par|just as good)\b|一样好|相当|同样好/i, /\b(underperform(s|ed)?|worse|weaker|inferior|less capable)\b|不如|逊于/i],
];

const NEGATION = /^(not|never|no|nor|without|neither|cannot|cant|won|wont|don|doesn|didn|isn|aren|shouldn|mustn)$/i;
/** Words a negation may stand before without being what it negates. */
const SKIP = new Set(['be', 'been', 'being', 'to', 'a', 'an', 'the', 'have', 'has', 'had', 't', 'yet', 'also', 'only', 'necessarily', 'currently']);

/** The search terms a text negates: the first content words after "not", "never", "n't" (two at most). */
function negatedTerms(text: string): Set<string> {
  const tokens = words(text);
  const out = new Set<string>();
  tokens.forEach((w, i) => {
    if (!NEGATION.test(w)) return;
    let seen = 0;
    for (let j = i + 1; j < tokens.length && seen < 2; j++) {
      if (SKIP.has(tokens[j]!)) continue;
      seen++;
      for (const t of terms(tokens[j]!)) out.add(t);
    }
  });
  return out;
}

export interface Difference {
  kind: 'number' | 'direction' | 'negation';
  /** The claim's detail and the passage's. */
  claim: string;
  passage: string;
}

/**
 * How a passage differs from a claim in its details, if it does: a figure of the claim the
 * passage gives otherwise (the same unit, another value), an opposite word, a negation of a word
 * both use. `claimEnglish`: an English rendering of a Chinese claim's words, if any.
 */
export function differences(claim: string, passage: string): Difference[] {
  const out: Difference[] = [];
  const claimed = quantitiesOf(claim).filter((q) => q.unit !== '' || q.value >= 10);
  const stated = quantitiesEn(passage);
  for (const q of claimed) {
    if (stated.some((p) => compatible(q, p) && sameFigure(q, p))) continue;
    const other = stated.find((p) => p.unit === q.unit && (q.unit !== '' || p.value >= 10) && !(q.unit === 'year' && Math.abs(p.value - q.value) > 15));
    if (other) out.push({ kind: 'number', claim: q.text, passage: other.text });
  }
  const zh = /\p{Script=Han}/u.test(claim);
  const claimText = zh ? toSimplified(claim) : claim;
  for (const [a, b] of OPPOSITES) {
    const [ca, cb, pa, pb] = [a.test(claimText), b.test(claimText), a.test(passage), b.test(passage)];
    if (ca && !cb && pb && !pa) out.push({ kind: 'direction', claim: a.exec(claimText)?.[0] ?? '', passage: b.exec(passage)?.[0] ?? '' });
    else if (cb && !ca && pa && !pb) out.push({ kind: 'direction', claim: b.exec(claimText)?.[0] ?? '', passage: a.exec(passage)?.[0] ?? '' });
  }
  // A negation on one side only, of a word both use ("should not be required" for "should be required").
  if (!zh) {
    const claimNegated = negatedTerms(claim);
    const passageNegated = negatedTerms(passage);
    const passageTerms = new Set(terms(passage));
    const flip = [...new Set(terms(claim))].find((t) => passageTerms.has(t) && claimNegated.has(t) !== passageNegated.has(t));
    if (flip) out.push({ kind: 'negation', claim: claimNegated.has(flip) ? `not ${flip}` : flip, passage: passageNegated.has(flip) ? `not ${flip}` : flip });
  }
  return out;
}
