/**
 * Chinese → English keyword bridge for search over the English RFI submissions.
 *
 * No translation model is available offline, so a Chinese question is mapped to
 * English keywords with a bilingual glossary (glossary-terms.ts, glossary-orgs.ts):
 *
 *   1. detect the language and, for Chinese, the script;
 *   2. convert Traditional → Simplified with OpenCC (Taiwan phrase conversion, so
 *      輝達 → 英伟达, 晶片 → 芯片, 資料中心 → 数据中心), then a Hong Kong
 *      character pass for HK variants;
 *   3. segment the Simplified text by longest match against the glossary keys,
 *      Chinese numbers (1000亿美元, 一千, 百分之二十) and function words; a small
 *      dynamic programme picks the segmentation that covers the most characters,
 *      then the one with the fewest (longest) pieces;
 *   4. keep Latin-script words, names and numbers that are already in the question.
 *
 * The result says honestly what was not understood (`unmatched`, `coverage`).
 */
import * as OpenCC from 'opencc-js';
import { ENGLISH_ALIASES, ORGS, type OrgEntry } from './glossary-orgs.js';
import { FUNCTION_WORDS, TERMS, type TermEntry } from './glossary-terms.js';

export type Language = 'zh' | 'en' | 'other';
export type Script = 'hans' | 'hant';

/** One glossary or number match in the question, in text order. */
export interface BridgeMatch {
  /** The matched Simplified text. */
  zh: string;
  kind: 'term' | 'org' | 'number';
  /** English terms or names it contributed. */
  en: string[];
}

export interface BridgeResult {
  language: Language;
  /** Set when `language` is 'zh': the script the question was written in. */
  script?: Script;
  /** English keywords for glossary terms and Chinese numbers, deduplicated, in question order. */
  englishTerms: string[];
  /** English names of the organisations, places and people found (glossary or English alias). */
  organisations: string[];
  /** Exact manifest `nitrd_respondent_name`s of the found organisations that filed a submission. */
  submitters: string[];
  /** Latin-script words, names and numbers already in the question (SemiAnalysis, 18A, H20, 2024, Scale AI, 100 GW). */
  latinTokens: string[];
  /** Chinese segments with no glossary entry, in the user's script. */
  unmatched: string[];
  /**
   * Share of the question's Chinese characters covered by glossary terms, organisation
   * names, numbers or function words (0..1). 1 when the question has no Chinese characters.
   */
  coverage: number;
  /** What was matched, for an honest "we searched for …" note. */
  matches: BridgeMatch[];
}

// ── OpenCC converters (built lazily: each loads its dictionaries) ──────────

type Converter = (text: string) => string;
const converters = new Map<string, Converter>();

function converter(from: string, to: string): Converter {
  const key = `${from}>${to}`;
  const cached = converters.get(key);
  if (cached) return cached;
  const conv: Converter = OpenCC.Converter({ from, to });
  converters.set(key, conv);
  return conv;
}

const HAN = /\p{Script=Han}/u;
const HAN_G = /\p{Script=Han}/gu;

function isHan(ch: string): boolean {
  return HAN.test(ch);
}

function countDiff(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length !== y.length) return Math.abs(x.length - y.length) + 1;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n;
}

function scriptCounts(text: string): { tradOnly: number; simpOnly: number } {
  const han = (text.match(HAN_G) ?? []).join('');
  if (!han) return { tradOnly: 0, simpOnly: 0 };
  return {
    tradOnly: countDiff(han, converter('t', 'cn')(han)),
    simpOnly: countDiff(han, converter('cn', 't')(han)),
  };
}

/** 'hant' when the text has more Traditional-only than Simplified-only characters. */
export function scriptOf(text: string): Script {
  const { tradOnly, simpOnly } = scriptCounts(text);
  return tradOnly > simpOnly ? 'hant' : 'hans';
}

/** Taiwan phrase conversion then a Hong Kong character pass. */
function phraseToSimplified(text: string): string {
  return converter('hk', 'cn')(converter('twp', 'cn')(text));
}

/** Character-only conversion (Taiwan then Hong Kong variants). */
export function charsToSimplified(text: string): string {
  return converter('hk', 'cn')(converter('tw', 'cn')(text));
}

/**
 * Traditional (Taiwan, Hong Kong) → Simplified (Mainland). Text without Simplified-only
 * characters also gets Taiwan phrase conversion (軟體 → 软件, 人工智慧 → 人工智能);
 * text with them only a character pass, so Simplified text is left as it is.
 */
export function toSimplified(text: string): string {
  return scriptCounts(text).simpOnly === 0 ? phraseToSimplified(text) : charsToSimplified(text);
}

/**
 * Simplified → Traditional, for answering in the user's script. `twp` (default)
 * uses Taiwan characters and vocabulary (芯片 → 晶片), `tw` Taiwan characters only,
 * `hk` Hong Kong characters.
 */
export function toTraditional(text: string, variant: 'twp' | 'tw' | 'hk' = 'twp'): string {
  return converter('cn', variant)(text);
}

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

// ── Glossary index ─────────────────────────────────────────────────────────

interface KeyInfo {
  terms: TermEntry[];
  orgs: OrgEntry[];
  fn: boolean;
}

interface Index {
  keys: Map<string, KeyInfo>;
  maxLen: number;
  /** lower-cased English org name → entries, for Latin tokens in Chinese questions. */
  englishOrgNames: Map<string, OrgEntry[]>;
  aliases: { re: RegExp; names: readonly string[] }[];
}

let index: Index | undefined;

/** Lower-cases ASCII letters only, so string lengths and offsets are preserved. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function normaliseKey(key: string): string {
  return asciiLower(converter('hk', 'cn')(key.normalize('NFKC')).replace(/\s+/g, ' ').trim());
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Short all-capital aliases (MIT, ACE, NEA) only match in capitals. */
function caseSensitive(name: string): boolean {
  return name.length <= 5 && /[A-Z]/.test(name) && name === name.toUpperCase();
}

function buildIndex(): Index {
  const keys = new Map<string, KeyInfo>();
  const slot = (raw: string): KeyInfo => {
    const k = normaliseKey(raw);
    let info = keys.get(k);
    if (!info) {
      info = { terms: [], orgs: [], fn: false };
      keys.set(k, info);
    }
    return info;
  };
  for (const t of TERMS) for (const z of t.zh) slot(z).terms.push(t);
  for (const o of ORGS) for (const z of o.zh) slot(z).orgs.push(o);
  for (const f of FUNCTION_WORDS) slot(f).fn = true;
  keys.delete('');
  let maxLen = 0;
  for (const k of keys.keys()) maxLen = Math.max(maxLen, k.length);

  const englishOrgNames = new Map<string, OrgEntry[]>();
  for (const o of ORGS) {
    for (const n of o.names) {
      if (n.length < 2) continue;
      const k = caseSensitive(n) ? n : n.toLowerCase();
      const list = englishOrgNames.get(k) ?? [];
      if (!list.includes(o)) list.push(o);
      englishOrgNames.set(k, list);
    }
  }

  const aliases = ENGLISH_ALIASES.map((a) => ({
    re: new RegExp(`(?<![A-Za-z0-9])${escapeRe(a.alias)}(?![A-Za-z0-9])`, caseSensitive(a.alias) ? '' : 'i'),
    names: a.names,
  }));
  return { keys, maxLen, englishOrgNames, aliases };
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

// ── Chinese numbers ────────────────────────────────────────────────────────

const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a Chinese numeral such as 两千五百万, 十五, 三点五亿, 二〇二四; undefined if malformed. */
export function parseChineseNumeral(s: string): number | undefined {
  const scaled = /^(.+点[^万亿]+)(万亿|亿|万)$/.exec(s);
  if (scaled) {
    const mantissa = parseChineseNumeral(scaled[1] ?? '');
    const unit = scaled[2] === '万亿' ? 1e12 : scaled[2] === '亿' ? 1e8 : 1e4;
    return mantissa === undefined ? undefined : mantissa * unit;
  }
  const [intPart = '', fracPart, extra] = s.split('点');
  if (extra !== undefined) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of intPart) {
    const d = CN_DIGIT[ch];
    const small = CN_SMALL_UNIT[ch];
    if (d !== undefined) {
      // Digits in a row (二〇二四) read positionally; after 零 a new digit starts.
      digit = digit !== undefined && digit > 0 ? digit * 10 + d : d;
    } else if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = undefined;
    } else if (ch === '万') {
      total += (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
      digit = undefined;
    } else if (ch === '亿') {
      total = (total + section + (digit ?? 0) || 1) * 1e8;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  let value = total + section + (digit ?? 0);
  if (fracPart) {
    let frac = '';
    for (const ch of fracPart) {
      const d = CN_DIGIT[ch];
      if (d === undefined) return undefined;
      frac += String(d);
    }
    value += Number(`0.${frac}`);
  }
  return value;
}

function trimNumber(n: number): string {
  return String(Number(n.toFixed(3)));
}

/** English forms of a value: 1e11 → ['100 billion'], 1000 → ['1000', '1,000']. */
export function englishNumber(value: number): string[] {
  if (value >= 1e12) return [`${trimNumber(value / 1e12)} trillion`];
  if (value >= 1e9) return [`${trimNumber(value / 1e9)} billion`];
  if (value >= 1e6) return [`${trimNumber(value / 1e6)} million`];
  const plain = trimNumber(value);
  if (value >= 1000 && Number.isInteger(value)) return [plain, value.toLocaleString('en-US')];
  return [plain];
}

interface NumberSpan {
  start: number;
  end: number;
  en: string[];
}

const CN_NUM_CHARS = '零〇一二两三四五六七八九十百千万亿点';
const CURRENCY_AFTER = /^(美元|美金)/;

/**
 * Numbers written with Chinese numerals or units in the Simplified text. Arabic numbers
 * without a Chinese unit are left to the Latin tokens.
 */
function findNumbers(s: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  const withCurrency = (end: number, en: string[]): string[] => {
    if (!CURRENCY_AFTER.test(s.slice(end))) return en;
    return [...en, ...en.filter((e) => /\d/.test(e)).map((e) => `$${e}`)];
  };

  // 百分之二十, 百分之35
  const percent = /百分之([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百点]+)/g;
  for (const m of s.matchAll(percent)) {
    const raw = m[1] ?? '';
    const v = /^[0-9]/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
    if (v === undefined || Number.isNaN(v)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, en: [`${trimNumber(v)}%`, `${trimNumber(v)} percent`] });
  }

  // 1000亿, 3.5万亿, 5000万
  const arabic = /([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)\s*(万亿|亿|万|千)/g;
  for (const m of s.matchAll(arabic)) {
    const n = Number((m[1] ?? '').replace(/,/g, ''));
    const unit = m[2] === '万亿' ? 1e12 : m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1e3;
    const end = m.index + m[0].length;
    spans.push({ start: m.index, end, en: withCurrency(end, englishNumber(n * unit)) });
  }

  // 一千, 两千五百万, 十五, 三点五亿
  const chinese = new RegExp(`[${CN_NUM_CHARS}]+`, 'g');
  for (const m of s.matchAll(chinese)) {
    let text = m[0];
    let start = m.index;
    // Must start with a digit or 十 (not 百/千/万/亿/点 alone: 百度, 千瓦, 万一).
    while (text && !/^[零〇一二两三四五六七八九十]/.test(text)) {
      text = text.slice(1);
      start++;
    }
    text = text.replace(/点$/, '');
    if (Array.from(text).length < 2) continue;
    if (spans.some((sp) => start < sp.end && start + text.length > sp.start)) continue;
    const v = parseChineseNumeral(text);
    if (v === undefined || v === 0) continue;
    const end = start + text.length;
    spans.push({ start, end, en: withCurrency(end, englishNumber(v)) });
  }
  return spans;
}

// ── Latin tokens ───────────────────────────────────────────────────────────

const UNIT_WORD = /^(?:%|k?w|[kmgt]wh?|nm|gallons?|acres?|percent|million|billion|trillion|x)$/i;
const NUMERIC = /^[$€£]?\d[\d.,]*%?$/;

function nameLike(tok: string): boolean {
  return /^[A-Z0-9]/.test(tok) && !NUMERIC.test(tok);
}

/**
 * Latin-script words, names and numbers in (NFKC-normalised) text. Adjacent capitalised
 * words separated by one space merge ("Scale AI", "Hugging Face"), as do a number and
 * its unit ("100 GW"). Arabic numbers followed by a Chinese unit (1000亿) are skipped:
 * they are converted by the number pass.
 */
function latinTokens(text: string): string[] {
  const re = /[A-Za-z0-9$€£][A-Za-z0-9.&'’+_/%-]*/g;
  const toks: { t: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    const t = /^(?:[A-Za-z]\.)+$/.test(m[0]) ? m[0] : m[0].replace(/[.'’/_+-]+$/, '');
    if (!t) continue;
    const end = m.index + t.length;
    if (NUMERIC.test(t) && /^\s*(万亿|萬億|亿|億|万|萬|千)/.test(text.slice(end))) continue;
    toks.push({ t, start: m.index, end });
  }
  const out: string[] = [];
  let cur: { t: string; end: number; kind: 'name' | 'number' | 'other' } | undefined;
  for (const tok of toks) {
    const kind = NUMERIC.test(tok.t) ? 'number' : nameLike(tok.t) ? 'name' : 'other';
    const gap = cur ? text.slice(cur.end, tok.start) : '';
    const adjacent = cur !== undefined && /^ ?$/.test(gap) && gap.length === 1;
    if (cur && adjacent && ((cur.kind === 'name' && kind === 'name') || (cur.kind === 'number' && UNIT_WORD.test(tok.t)))) {
      cur = { t: `${cur.t} ${tok.t}`, end: tok.end, kind: cur.kind === 'number' ? 'other' : 'name' };
      continue;
    }
    if (cur) out.push(cur.t);
    cur = { t: tok.t, end: tok.end, kind };
  }
  if (cur) out.push(cur.t);
  return dedupe(out);
}

// ── Bridge ─────────────────────────────────────────────────────────────────

function dedupe(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of list) {
    const k = x.toLowerCase();
    if (!x || seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

const LATIN_EDGE = /[a-z0-9]/;

interface Piece {
  start: number;
  end: number;
  info?: KeyInfo;
  number?: NumberSpan;
}

/**
 * Segments `s` (Simplified, ASCII lower-cased): maximise covered Han characters, then
 * minimise the number of pieces; ties prefer glossary entries to numbers.
 */
function segment(s: string, idx: Index, numbers: NumberSpan[]): Piece[] {
  const n = s.length;
  const hanBefore = new Array<number>(n + 1).fill(0);
  for (let i = 0; i < n; i++) hanBefore[i + 1] = (hanBefore[i] ?? 0) + (isHan(s[i] ?? '') ? 1 : 0);
  const han = (a: number, b: number): number => (hanBefore[b] ?? 0) - (hanBefore[a] ?? 0);

  const numbersAt = new Map<number, NumberSpan[]>();
  for (const sp of numbers) numbersAt.set(sp.start, [...(numbersAt.get(sp.start) ?? []), sp]);

  // best[i]: best segmentation of s[i..n) as [covered, pieces, choice]
  const covered = new Array<number>(n + 1).fill(0);
  const pieces = new Array<number>(n + 1).fill(0);
  const choice = new Array<Piece | undefined>(n + 1).fill(undefined);
  for (let i = n - 1; i >= 0; i--) {
    // Skip one character.
    let bestCov = covered[i + 1] ?? 0;
    let bestPieces = (pieces[i + 1] ?? 0) + 1;
    let bestChoice: Piece | undefined;
    const consider = (p: Piece, isNumber: boolean): void => {
      const cov = han(p.start, p.end) + (covered[p.end] ?? 0);
      const pc = (pieces[p.end] ?? 0) + 1;
      if (cov > bestCov || (cov === bestCov && (pc < bestPieces || (pc === bestPieces && !isNumber && bestChoice?.number)))) {
        bestCov = cov;
        bestPieces = pc;
        bestChoice = p;
      }
    };
    const maxLen = Math.min(idx.maxLen, n - i);
    for (let len = maxLen; len >= 1; len--) {
      const sub = s.slice(i, i + len);
      const info = idx.keys.get(sub);
      if (!info) continue;
      // A key starting/ending in a Latin letter or digit must not cut a Latin word.
      if (LATIN_EDGE.test(sub[0] ?? '') && LATIN_EDGE.test(s[i - 1] ?? '')) continue;
      if (LATIN_EDGE.test(sub[len - 1] ?? '') && LATIN_EDGE.test(s[i + len] ?? '')) continue;
      consider({ start: i, end: i + len, info }, false);
    }
    for (const sp of numbersAt.get(i) ?? []) consider({ start: i, end: sp.end, number: sp }, true);
    covered[i] = bestCov;
    pieces[i] = bestPieces;
    choice[i] = bestChoice;
  }

  const out: Piece[] = [];
  let i = 0;
  while (i < n) {
    const c = choice[i];
    if (c) {
      out.push(c);
      i = c.end;
    } else {
      out.push({ start: i, end: i + 1 });
      i++;
    }
  }
  return out;
}

function aliasOrganisations(text: string, idx: Index): { organisations: string[]; submitters: string[] } {
  const organisations: string[] = [];
  for (const a of idx.aliases) if (a.re.test(text)) organisations.push(...a.names);
  return { organisations, submitters: [...organisations] };
}

/** Bridges a question to English keywords. */
export function bridgeQuery(question: string): BridgeResult {
  const text = question.normalize('NFKC');
  const language = languageOf(text);
  const idx = getIndex();

  if (language !== 'zh') {
    const { organisations, submitters } = aliasOrganisations(text, idx);
    return {
      language,
      englishTerms: [],
      organisations: dedupe(organisations),
      submitters: dedupe(submitters),
      latinTokens: [],
      unmatched: [],
      coverage: (text.match(HAN_G) ?? []).length === 0 ? 1 : 0,
      matches: [],
    };
  }

  const counts = scriptCounts(text);
  const script: Script = counts.tradOnly > counts.simpOnly ? 'hant' : 'hans';
  // Taiwan phrase conversion maps TW vocabulary (晶片 → 芯片) but sometimes rewrites a
  // word the glossary knew in its character-converted form (複製品 → 拷贝品): segment
  // both and keep the one that covers more. Ties go to the phrase conversion for
  // Traditional text, to the characters as written for text of undecided script.
  const candidates =
    script === 'hant'
      ? [phraseToSimplified(text), charsToSimplified(text)]
      : counts.simpOnly === 0
        ? [charsToSimplified(text), phraseToSimplified(text)]
        : [charsToSimplified(text)];
  let best: { simplified: string; s: string; segs: Piece[]; covered: number } | undefined;
  for (const simplifiedCandidate of candidates) {
    if (best && simplifiedCandidate === best.simplified) continue;
    const lower = asciiLower(simplifiedCandidate);
    const candidateSegs = segment(lower, idx, findNumbers(lower));
    const covered = candidateSegs.reduce((n, p) => n + (p.info || p.number ? (lower.slice(p.start, p.end).match(HAN_G) ?? []).length : 0), 0);
    if (!best || covered > best.covered) best = { simplified: simplifiedCandidate, s: lower, segs: candidateSegs, covered };
  }
  const { simplified, s, segs } = best ?? { simplified: '', s: '', segs: [] };

  const englishTerms: string[] = [];
  const organisations: string[] = [];
  const submitters: string[] = [];
  const matches: BridgeMatch[] = [];
  const unmatchedSimplified: string[] = [];
  let totalHan = 0;
  let coveredHan = 0;
  let pending = '';
  const flush = (): void => {
    if (pending) unmatchedSimplified.push(pending);
    pending = '';
  };

  let prevNumber: string | undefined;
  for (const p of segs) {
    const raw = simplified.slice(p.start, p.end);
    const lastNumber = prevNumber;
    prevNumber = undefined;
    const hanCount = (raw.match(HAN_G) ?? []).length;
    totalHan += hanCount;
    if (p.number) {
      coveredHan += hanCount;
      flush();
      englishTerms.push(...p.number.en);
      matches.push({ zh: raw, kind: 'number', en: [...p.number.en] });
      prevNumber = p.number.en[0];
    } else if (p.info) {
      coveredHan += hanCount;
      flush();
      const { terms, orgs } = p.info;
      if (orgs.length > 0) {
        const names = orgs.flatMap((o) => o.names);
        organisations.push(...names);
        submitters.push(...orgs.flatMap((o) => o.submitter ?? []));
        matches.push({ zh: raw, kind: 'org', en: dedupe(names) });
      }
      if (terms.length > 0) {
        const en = terms.flatMap((t) => t.en);
        // A number right before a unit: 50吉瓦 → "50 GW", "50 gigawatts".
        const amount = lastNumber ?? /(\d+(?:[.,]\d+)?)\s*$/.exec(s.slice(0, p.start))?.[1];
        if (amount && terms.some((t) => t.topic === 'units') && !CURRENCY_AFTER.test(raw)) {
          en.unshift(...terms.filter((t) => t.topic === 'units').flatMap((t) => t.en.flatMap((u) => (/^[a-z]{1,3}$/i.test(u) ? [`${amount} ${u}`, `${amount}${u}`] : [`${amount} ${u}`]))));
        }
        englishTerms.push(...en);
        matches.push({ zh: raw, kind: 'term', en: dedupe(en) });
      }
    } else if (hanCount > 0) {
      pending += raw;
    } else {
      flush();
    }
  }
  flush();

  // Latin names in a Chinese question: English aliases and glossary org names.
  const latin = latinTokens(text);
  const fromAliases = aliasOrganisations(text, idx);
  organisations.push(...fromAliases.organisations);
  submitters.push(...fromAliases.submitters);
  for (const tok of latin) {
    const candidates = [tok, ...(tok.includes(' ') ? tok.split(' ') : [])];
    for (const c of candidates) {
      const hits = idx.englishOrgNames.get(c) ?? idx.englishOrgNames.get(c.toLowerCase());
      if (!hits) continue;
      for (const o of hits) {
        if (o.kind === 'country') continue;
        organisations.push(...o.names);
        submitters.push(...(o.submitter ?? []));
      }
    }
  }

  const unmatched = dedupe(unmatchedSimplified).map((u) => (script === 'hant' ? converter('cn', 'tw')(u) : u));
  return {
    language,
    script,
    englishTerms: dedupe(englishTerms),
    organisations: dedupe(organisations),
    submitters: dedupe(submitters),
    latinTokens: latin,
    unmatched,
    coverage: totalHan === 0 ? 1 : coveredHan / totalHan,
    matches,
  };
}
