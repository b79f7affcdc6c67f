import { describe, expect, it } from 'vitest';
import { englishNumber, parseChineseNumeral } from '../../../src/retrieval/i18n/numerals.js';

describe('Chinese numerals', () => {
  it('parses numerals', () => {
    expect(parseChineseNumeral('一千')).toBe(1000);
    expect(parseChineseNumeral('十五')).toBe(15);
    expect(parseChineseNumeral('三百零五')).toBe(305);
    expect(parseChineseNumeral('两千五百万')).toBe(25_000_000);
    expect(parseChineseNumeral('三亿五千万')).toBe(350_000_000);
    expect(parseChineseNumeral('一万亿')).toBe(1e12);
    expect(parseChineseNumeral('三点五亿')).toBe(350_000_000);
    expect(parseChineseNumeral('二〇二四')).toBe(2024);
    expect(parseChineseNumeral('三星')).toBeUndefined();
    expect(englishNumber(1e11)).toEqual(['100 billion']);
    expect(englishNumber(2.5e12)).toEqual(['2.5 trillion']);
    expect(englishNumber(50_000)).toEqual(['50000', '50,000']);
    expect(englishNumber(12)).toEqual(['12']);
  });
});
