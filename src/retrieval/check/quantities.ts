/**
 * The figures of a text, read as values with units, so that a claim's figure can be told to agree
 * with a passage's ("$83 billion" and "$83B", "兩成" and "20%", "2,000 gigawatts" and "2 TW") or
 * to differ from it ("10^20 FLOP/s" for "10^17 FLOP/s", "two rules" for "10 regulations").
 */
import { findNumbers, parseChineseNumeral } from '../i18n/numerals.js';
import { bridgeQuery } from '../i18n/query-bridge.js';
import { toSimplified } from '../i18n/script.js';
import { terms } from '../text/tokenize.js';

export interface Quantity {
  /** In the unit's base (watts for power, US dollars, percent points…). */
  value: number;
  /** Normalised unit: '%', 'w', 'wh', 'flops', 'flop', 'usd', 'year' (a date), 'year-span', 'month-span', 'times'…; '' for a bare count. */
  unit: string;
  /** As written ("$83 billion", "12.5 GW", "兩成"). */
  text: string;
  /** For a bare count, the stems of what it counts ("10 existing regulations" → exist, regul). */
  counts: string[];
  /** Written as an estimate ("about", "nearly", "half", "約"): matched more loosely. */
  approximate: boolean;
  /** Where it starts in the text. */
  index: number;
}

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };
/** Units after a figure: [pattern, unit, factor to the unit's base]. */
const UNIT: [RegExp, string, number][] = [
  [/^(%|percent\b|per cent\b|percentage points?\b)/i, '%', 1],
  [/^(gw|gigawatts?)\b/i, 'w', 1e9],
  [/^(mw|megawatts?)\b/i, 'w', 1e6],
  [/^(kw|kilowatts?)\b/i, 'w', 1e3],
  [/^(tw|terawatts?)\b/i, 'w', 1e12],
  [/^(twh|terawatt[- ]hours?)\b/i, 'wh', 1e12],
  [/^(gwh|gigawatt[- ]hours?)\b/i, 'wh', 1e9],
  [/^(mwh|megawatt[- ]hours?)\b/i, 'wh', 1e6],
  [/^(kwh|kilowatt[- ]hours?)\b/i, 'wh', 1e3],
  [/^(flop\/s|flops)\b/i, 'flops', 1],
  [/^(flop)\b/i, 'flop', 1],
  [/^(years?|yrs?)\b/i, 'year-span', 1],
  [/^(months?)\b/i, 'month-span', 1],
  [/^(weeks?)\b/i, 'week-span', 1],
  [/^(days?)\b/i, 'day-span', 1],
  [/^(hours?|hrs?)\b/i, 'hour-span', 1],
  [/^(miles?)\b/i, 'mile', 1],
  [/^(acres?)\b/i, 'acre', 1],
  [/^(times|x|fold)\b/i, 'times', 1],
];
const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const NUMBER =
  /(\$|€|£|US\$)?\s?(\d+(?:,\d{3})*(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b)(\s?\^\s?\d+|\s?[x×]\s?10\s?\^\s?\d+|\s?[eE]\s?\d+)?(\s?(?:thousand|million|billion|trillion|bn|mn|tn)\b|(?<=\d)(?:k|m|b|bn)\b)?/gi;
/** Fractions written as words: "half of", "a third of", "one in four", "two-thirds". */
const FRACTION = /\b(?:(?:about|nearly|almost|roughly|over|more than|less than|only|just)\s+)?(half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|one[- ]fifth|one in (?:two|three|four|five|ten))\b(?=\s+(?:of|the|were|are|say|said))/gi;
const FRACTION_VALUE: Record<string, number> = { half: 50, 'a third': 33.3, 'one third': 33.3, 'two thirds': 66.7, 'a quarter': 25, 'one quarter': 25, 'three quarters': 75, 'a fifth': 20, 'one fifth': 20, 'one in two': 50, 'one in three': 33.3, 'one in four': 25, 'one in five': 20, 'one in ten': 10 };
/** Multiples written as words: "doubled", "twice", "triple". */
const MULTIPLE = /\b(doubl(?:e|es|ed|ing)|twice|tripl(?:e|es|ed|ing)|threefold|quadrupl(?:e|es|ed|ing)|fourfold|tenfold|halv(?:e|es|ed|ing))\b/gi;
const MULTIPLE_VALUE = (w: string) => (/^doubl|^twice/i.test(w) ? 2 : /^tripl|^threefold/i.test(w) ? 3 : /^quadrupl|^fourfold/i.test(w) ? 4 : /^tenfold/i.test(w) ? 10 : 0.5);
const APPROXIMATE_BEFORE = /\b(about|around|approximately|roughly|nearly|almost|some|close to|more than|over|upwards of|at least|under|less than|fewer than|up to|estimated|an estimated|as (?:many|much) as|~|≈)\s*(?:\$|€|£)?\s*$/i;

/** The words a bare count counts: the first two content words after it. */
function countedEn(after: string): string[] {
  const clause = after.split(/[.,;:()!?–—]/)[0] ?? '';
  const words: string[] = [];
  for (const word of clause.trim().split(/\s+/).slice(0, 3)) {
    if (/^\d/.test(word) || COUNT_BREAK.test(word)) break;
    words.push(word);
  }
  return terms(words.join(' ')).slice(0, 2);
}
/** Words that end what a count counts ("94 units and 3 GW", "10 regulations for every…"). */
const COUNT_BREAK = /^(and|or|but|to|for|of|in|by|from|than|with|per|that|which|who|as|at|on|into|across|over|under|each|every)$/i;

/** The quantities of an English text: "$83 billion", "12.5 GW", "37%", "10^17 FLOP/s", "2030", "three years", "half of". */
export function quantitiesEn(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, currency, raw = '', power, scaleWord] = m;
    const start = m.index + whole.length - whole.trimStart().length;
    const end = m.index + whole.length;
    // Part of a code ("H100", "Q7", "18A", "B200"), not a figure.
    if (!currency && /[A-Za-z]$/.test(text.slice(0, start))) continue;
    if (/^[A-Za-z]/.test(text.slice(end)) && !/^(gw|mw|kw|tw|twh|gwh|mwh|kwh|x)\b/i.test(text.slice(end))) continue;
    let value = /^\d/.test(raw) ? Number(raw.replace(/,/g, '')) : WORD_NUMBERS[raw.toLowerCase()];
    if (value === undefined || Number.isNaN(value)) continue;
    if (power) {
      const exp = Number(/(\d+)\s*$/.exec(power)![1]);
      value = /[x×]/.test(power) ? value * 10 ** exp : /[eE]/.test(power) ? value * 10 ** exp : value ** exp;
    }
    if (scaleWord) value *= SCALE[scaleWord.trim().toLowerCase()] ?? 1;
    const rest = text.slice(end).replace(/^\s?-?\s?/, '');
    const unit = UNIT.find(([pattern]) => pattern.test(rest));
    const unitText = unit ? (unit[0].exec(rest)?.[0] ?? '') : '';
    const name = unit?.[1] ?? (currency ? 'usd' : /^(19|20)\d\d$/.test(raw) && !scaleWord && !power ? 'year' : '');
    // A word number alone ("one of them") says nothing: only with a unit, a scale or what it counts.
    const counts = name === '' ? countedEn(rest) : [];
    if (!/^\d/.test(raw) && !name && !scaleWord && counts.length === 0) continue;
    const written = `${whole.trim()}${unitText ? `${/^\s/.test(text.slice(end)) ? ' ' : ''}${unitText}` : ''}`;
    out.push({
      value: value * (unit?.[2] ?? 1),
      unit: name,
      text: written,
      counts,
      approximate: APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - 24), start)),
      index: start,
    });
  }
  for (const m of text.matchAll(FRACTION)) {
    const key = m[1]!.toLowerCase().replace(/-/g, ' ');
    out.push({ value: FRACTION_VALUE[key]!, unit: '%', text: m[0].trim(), counts: [], approximate: true, index: m.index });
  }
  for (const m of text.matchAll(MULTIPLE)) out.push({ value: MULTIPLE_VALUE(m[1]!), unit: 'times', text: m[0], counts: [], approximate: false, index: m.index });
  return out.sort((a, b) => a.index - b.index);
}

const CN_TENTHS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const CN_FRACTION: Record<string, number> = { 一半: 50, 半数: 50, 过半: 50, 三分之一: 33.3, 三分之二: 66.7, 四分之一: 25, 四分之三: 75, 五分之一: 20 };
const CN_MULTIPLE: [RegExp, number][] = [
  [/翻倍|翻一番|增加一倍|加倍|两倍|二倍/, 2],
  [/三倍/, 3],
  [/四倍/, 4],
  [/十倍/, 10],
  [/减半/, 0.5],
];
/** Measure words between a Chinese figure and what it counts. */
const MEASURE = /^\s*(?:多|余|几)?(?:名|个|家|位|项|座|户|台|间|所|种|份|篇|次|位|条|处|辆|架|颗|块|枚|人次)?/;

/** The unit after (or before) a Chinese figure, with its factor. */
function unitZh(after: string, before: string, value: number): [string, number] {
  if (/^\s*(%|％)/.test(after) || /百分之$/.test(before)) return ['%', 1];
  if (/^\s*(吉瓦|gw|十亿瓦)/i.test(after)) return ['w', 1e9];
  if (/^\s*(兆瓦|mw|百万瓦)/i.test(after)) return ['w', 1e6];
  if (/^\s*(千瓦|kw)/i.test(after)) return ['w', 1e3];
  if (/^\s*(太瓦|tw)/i.test(after)) return ['w', 1e12];
  if (/^\s*(flop\/s|flops)/i.test(after)) return ['flops', 1];
  if (/^\s*年(?!代)/.test(after) && value >= 1900 && value <= 2100 && Number.isInteger(value)) return ['year', 1];
  if (/^\s*(美元|美金)/.test(after) || /\$\s*$/.test(before)) return ['usd', 1];
  if (/^\s*(个?小时)/.test(after)) return ['hour-span', 1];
  if (/^\s*(个?月)/.test(after)) return ['month-span', 1];
  if (/^\s*(周|星期)/.test(after)) return ['week-span', 1];
  if (/^\s*(天|日)/.test(after)) return ['day-span', 1];
  if (/^\s*年/.test(after)) return ['year-span', 1];
  if (/^\s*倍/.test(after)) return ['times', 1];
  if (/^\s*(英里)/.test(after)) return ['mile', 1];
  if (/^\s*(英亩)/.test(after)) return ['acre', 1];
  return ['', 1];
}

/** The English stems of what a Chinese count counts: the glossary's words for the term after it. */
function countedZh(after: string): string[] {
  const rest = after.replace(MEASURE, '');
  if (/^\s*人/.test(rest)) return ['peopl', 'person'];
  const first = bridgeQuery(rest.slice(0, 8)).matches.find((m) => m.kind === 'term');
  return first && rest.indexOf(first.zh) <= 2 ? [...new Set(first.en.flatMap((e) => terms(e)))] : [];
}

/** The quantities of a Chinese text: 兩成 (20%), 一半, 十萬, 200 吉瓦, 2030 年, 百分之十二, 830 億美元. */
export function quantitiesZh(text: string): Quantity[] {
  const s = toSimplified(text);
  const out: Quantity[] = [];
  const approx = (at: number) => /(约|大约|大概|近|将近|接近|超过|逾|多达|至少|不到|不足|上下|左右)有?\s*$/.test(s.slice(Math.max(0, at - 3), at));
  for (const m of s.matchAll(/([一二两三四五六七八九十])成/g)) out.push({ value: 10 * CN_TENTHS[m[1]!]!, unit: '%', text: m[0], counts: [], approximate: true, index: m.index });
  for (const [word, value] of Object.entries(CN_FRACTION)) for (const m of s.matchAll(new RegExp(word, 'g'))) out.push({ value, unit: '%', text: m[0], counts: [], approximate: true, index: m.index });
  for (const [pattern, value] of CN_MULTIPLE) for (const m of s.matchAll(new RegExp(pattern, 'g'))) out.push({ value, unit: 'times', text: m[0], counts: [], approximate: false, index: m.index });
  const taken = (i: number) => out.some((q) => i >= q.index && i < q.index + q.text.length);
  const spans = findNumbers(s)
    .filter((n) => !taken(n.start))
    .map((n) => {
      const written = s.slice(n.start, n.end);
      const value = /\d/.test(written) ? parseArabic(written) : parseChineseNumeral(written.replace(/^百分之/, '').replace(/[^零〇一二两三四五六七八九十百千万亿点]/g, ''));
      return { start: n.start, end: n.end, value };
    });
  // Arabic figures in a Chinese sentence: 2030 年, 200 吉瓦, 12.5%; not those inside a code (H100, 18A).
  for (const m of s.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?(?:\s*(?:万亿|亿|万|千))?/g)) {
    if (spans.some((n) => m.index >= n.start && m.index < n.end) || taken(m.index)) continue;
    if (/[A-Za-z]$/.test(s.slice(0, m.index)) || /^[A-Za-z](?![A-Za-z])/.test(s.slice(m.index + m[0].length)) && !/^(gw|mw|kw|tw)/i.test(s.slice(m.index + m[0].length))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, value: parseArabic(m[0]) });
  }
  for (const n of spans) {
    if (n.value === undefined) continue;
    const after = s.slice(n.end, n.end + 12);
    const before = s.slice(Math.max(0, n.start - 4), n.start);
    const [unit, factor] = s.startsWith('百分之', n.start) ? ['%', 1] : unitZh(after, before, n.value);
    const unitText = unit ? (/^\s*[^\s\d]{1,4}/.exec(after)?.[0].trim() ?? '') : '';
    const counts = unit === '' ? countedZh(after) : [];
    if (unit === '' && counts.length === 0 && n.value < 10) continue;
    const written = text.slice(n.start, n.end) + (unit && unit !== 'year' && unit !== '%' ? unitText.replace(/^(吉瓦|兆瓦|千瓦|太瓦|美元|美金|个小时|小时|个月|月|年|倍|英里|英亩).*$/, '$1') : unit === 'year' ? '年' : unit === '%' && /^\s*[%％]/.test(after) ? '%' : '');
    out.push({ value: n.value * factor, unit, text: written, counts, approximate: approx(n.start), index: n.start });
  }
  return out.sort((a, b) => a.index - b.index);
}

function parseArabic(text: string): number | undefined {
  const m = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万亿|亿|万|千)?/.exec(text);
  if (!m) return undefined;
  const scale = m[2] === '万亿' ? 1e12 : m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : m[2] === '千' ? 1e3 : 1;
  return Number(m[1]!.replace(/,/g, '')) * scale;
}

/** The quantities of a text, English or Chinese. */
export function quantitiesOf(text: string): Quantity[] {
  return /\p{Script=Han}/u.test(text) ? quantitiesZh(text) : quantitiesEn(text);
}

/** A claim's figures that say something: those with a unit, a date, what they count, or a value of 10 or more. */
export function claimQuantities(claim: string): Quantity[] {
  return quantitiesOf(claim).filter((q) => q.unit !== '' || q.counts.length > 0 || q.value >= 10);
}

/** Relative tolerance of a figure written exactly ("$83 billion" for "$82.6 billion") and of one written as an estimate. */
const EXACT_TOLERANCE = 0.02;
const ESTIMATE_TOLERANCE = 0.12;

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= Math.max(1e-9, tolerance * Math.max(Math.abs(a), Math.abs(b)));

/** Whether two figures measure the same kind of thing (a bare count is loosely any count, never a date or a share). */
export function comparable(a: Quantity, b: Quantity): boolean {
  if (a.unit === b.unit) return true;
  const loose = (x: Quantity, y: Quantity) => x.unit === '' && y.unit !== 'year' && y.unit !== '%' && y.unit !== 'times';
  return loose(a, b) || loose(b, a);
}

/** Whether a passage's figure states the claim's (perhaps at another scale: "83 billion" and "$83B"). */
export function agrees(claim: Quantity, passage: Quantity): boolean {
  if (!comparable(claim, passage)) return false;
  if (claim.unit === 'year' || passage.unit === 'year') return claim.value === passage.value;
  const tolerance = claim.approximate || passage.approximate ? ESTIMATE_TOLERANCE : EXACT_TOLERANCE;
  if (near(claim.value, passage.value, tolerance)) return true;
  // A figure whose scale was written apart ("83" in a table of "$ billions") matches at that scale.
  return (claim.unit === '' || passage.unit === '') && [1e3, 1e6, 1e9].some((f) => near(claim.value * f, passage.value, tolerance) || near(claim.value, passage.value * f, tolerance));
}

/**
 * Whether a passage's figure measures what the claim's does, so that another value is a different
 * figure for the same thing: the same unit, and for bare counts the same thing counted ("two
 * existing rules", "10 existing regulations"). Dates count only within 15 years of each other.
 */
export function sameMeasure(claim: Quantity, passage: Quantity): boolean {
  if (claim.unit !== passage.unit) return false;
  if (claim.unit === '') return claim.counts.some((t) => passage.counts.includes(t));
  if (claim.unit === 'year') return Math.abs(claim.value - passage.value) <= 15;
  return true;
}
