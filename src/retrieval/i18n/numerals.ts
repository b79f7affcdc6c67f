/** Chinese numerals and amounts (两千五百万, 百分之二十, 1000亿美元) and their English forms. */

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

export interface NumberSpan {
  start: number;
  end: number;
  en: string[];
}

const CN_NUM_CHARS = '零〇一二两三四五六七八九十百千万亿点';
export const CURRENCY_AFTER = /^(美元|美金)/;

/**
 * Numbers written with Chinese numerals or units in the Simplified text. Arabic numbers
 * without a Chinese unit are left to the Latin tokens.
 */
export function findNumbers(s: string): NumberSpan[] {
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

