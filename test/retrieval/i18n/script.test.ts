import { describe, expect, it } from 'vitest';
import { scriptOf, toSimplified, toTraditional } from '../../../src/retrieval/i18n/script.js';

describe('script conversion', () => {
  it('detects the script', () => {
    expect(scriptOf('輝達的晶片與資料中心')).toBe('hant');
    expect(scriptOf('英伟达的芯片与数据中心')).toBe('hans');
  });

  it('converts Taiwan vocabulary to Mainland vocabulary and back', () => {
    expect(toSimplified('輝達')).toBe('英伟达');
    expect(toSimplified('這些晶片')).toBe('这些芯片');
    expect(toSimplified('資料中心')).toBe('数据中心');
    expect(toSimplified('人工智慧')).toBe('人工智能');
    expect(toSimplified('数据中心和芯片')).toBe('数据中心和芯片');
    expect(toTraditional('芯片')).toBe('晶片');
    expect(toTraditional('数据中心', 'tw')).toBe('數據中心');
    expect(toTraditional('卫生', 'hk')).toBe('衞生');
  });
});
