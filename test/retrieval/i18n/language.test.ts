import { describe, expect, it } from 'vitest';
import { languageOf } from '../../../src/retrieval/i18n/language.js';

describe('languageOf', () => {
  it('recognises Chinese, English and other languages', () => {
    expect(languageOf('人工智能对就业有什么影响？')).toBe('zh');
    expect(languageOf('OpenAI 对版权怎么说？')).toBe('zh');
    expect(languageOf('What did OpenAI say about copyright?')).toBe('en');
    expect(languageOf('What does 算力 mean in these submissions?')).toBe('en');
    expect(languageOf('人工知能についてどう思いますか')).toBe('other');
    expect(languageOf('인공지능 정책')).toBe('other');
    expect(languageOf('Что такое ИИ?')).toBe('other');
    expect(languageOf('12345 ?')).toBe('other');
  });

  it('reads a Chinese question about an organisation with a long English name as Chinese', () => {
    expect(languageOf('National Center for the Advancement of Semiconductor Technology 有沒有提到能源？')).toBe('zh');
    expect(languageOf('Healthcare Information and Management Systems Society 對偏見有什麼看法？')).toBe('zh');
    expect(languageOf('Did the National Center for the Advancement of Semiconductor Technology discuss 能源?')).toBe('en');
    // Written in lower case, a name with no English grammar among its words is still a name.
    expect(languageOf('the leadership conference on civil and human rights 有沒有提交意見？')).toBe('zh');
    expect(languageOf('software and information industry association 對隱私有什麼看法？')).toBe('zh');
    expect(languageOf('What did the leadership conference on civil rights say about 版權?')).toBe('en');
  });
});
