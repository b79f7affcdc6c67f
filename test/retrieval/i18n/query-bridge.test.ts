import { beforeAll, describe, expect, it } from 'vitest';
import type { GlossaryLinks } from '../../../src/retrieval/i18n/glossary.js';
import { latinRuns } from '../../../src/retrieval/i18n/latin.js';
import { bridgeQuery as bridge } from '../../../src/retrieval/i18n/query-bridge.js';
import { toTraditional } from '../../../src/retrieval/i18n/script.js';
import { shippedListingLinks } from '../../support/glossary-links.js';

// Which submitters an organisation stands for comes from the index; here, from links derived
// as the build derives them, over the official listing.
let links: GlossaryLinks;
beforeAll(async () => {
  links = await shippedListingLinks();
});
const bridgeQuery = (question: string, dictionary?: () => Map<string, string[]>) => bridge(question, links, undefined, dictionary);

/** Questions on varied topics, written in Simplified Chinese for these tests. */
const SIMPLIFIED_QUESTIONS = [
  '英伟达和英特尔对芯片出口管制有什么看法？',
  '数据中心的电力需求会不会超过电网的承受能力？',
  '作家和出版商如何看待用盗版书训练大模型？',
  '哪些大学建议扩大国家人工智能研究资源？',
  '关于儿童和聊天机器人的安全，家长团体说了什么？',
  '联邦政府应该如何采购人工智能并培训公务员？',
  '开源模型会不会带来国家安全风险？',
  '医院使用人工智能诊断时谁承担责任？',
  '演员工会对声音和肖像的数字复制品有什么担忧？',
  '州法律的拼凑和联邦优先权问题',
];

describe('bridgeQuery: Traditional and Simplified', () => {
  it('gives the same terms and organisations for hand-written TW and Mainland forms', () => {
    const hans = bridgeQuery('英伟达的芯片出口管制与数据中心的电力需求');
    const hant = bridgeQuery('輝達的晶片出口管制與資料中心的電力需求');
    expect(hans.script).toBe('hans');
    expect(hant.script).toBe('hant');
    expect(hant.englishTerms).toEqual(hans.englishTerms);
    expect(hant.organisations).toEqual(hans.organisations);
    expect(hans.englishTerms).toEqual(expect.arrayContaining(['chips', 'export controls', 'data center', 'power demand']));
  });

  it.each(SIMPLIFIED_QUESTIONS)('gives the same result for the Traditional forms of %s', (q) => {
    const hans = bridgeQuery(q);
    for (const variant of ['twp', 'tw', 'hk'] as const) {
      const hant = bridgeQuery(toTraditional(q, variant));
      expect(hant.language).toBe('zh');
      expect(hant.englishTerms).toEqual(hans.englishTerms);
      expect(hant.organisations).toEqual(hans.organisations);
    }
  });
});

describe('bridgeQuery: organisations', () => {
  it('reads a company\'s staff (員工) as its employees, and labour in general (勞動力) as the workforce', () => {
    expect(bridgeQuery('他們目前大約有多少員工？').englishTerms).toEqual(expect.arrayContaining(['employees']));
    expect(bridgeQuery('勞動力').englishTerms).toEqual(expect.arrayContaining(['workforce']));
  });

  it('finds chip makers in either script, with the corpus spelling', () => {
    expect(bridgeQuery('英特爾怎麼說？').organisations).toContain('Intel');
    expect(bridgeQuery('英特尔怎么说？').organisations).toContain('Intel');
    expect(bridgeQuery('輝達被提到了嗎？').organisations).toContain('NVIDIA');
    expect(bridgeQuery('英伟达被提到了吗？').organisations).toContain('NVIDIA');
    expect(bridgeQuery('台积电在美国建厂').organisations).toContain('TSMC');
    expect(bridgeQuery('三星和高通').organisations).toEqual(expect.arrayContaining(['Samsung', 'Qualcomm']));
  });

  it('reports the manifest name of organisations that submitted, and none for those that did not', () => {
    const cmu = bridgeQuery('卡内基梅隆大学提交了意见吗？');
    expect(cmu.organisations).toContain('Carnegie Mellon University');
    expect(cmu.submitters).toEqual(['Carnegie Mellon University']);

    const meta = bridgeQuery('脸书的意见书说了什么？');
    expect(meta.submitters).toEqual(['Meta Platforms, Inc.']);

    for (const q of ['甲骨文有没有提交意见？', '深度求索被谁提到？', '沃尔玛提交了吗？']) {
      const r = bridgeQuery(q);
      expect(r.organisations.length).toBeGreaterThan(0);
      expect(r.submitters).toEqual([]);
    }
    expect(bridgeQuery('甲骨文有没有提交意见？').organisations).toContain('Oracle');
    expect(bridgeQuery('深度求索被谁提到？').organisations).toContain('DeepSeek');
  });

  it('finds people and places discussed in submissions', () => {
    expect(bridgeQuery('川普的行政命令').organisations).toContain('Trump');
    expect(bridgeQuery('特朗普的行政命令').organisations).toContain('Trump');
    expect(bridgeQuery('梅鐸的新聞集團').organisations).toEqual(expect.arrayContaining(['Murdoch', 'News Corp']));
    expect(bridgeQuery('马斯克怎么看').organisations).toContain('Elon Musk');
    expect(bridgeQuery('加州和科罗拉多州的法律').organisations).toEqual(expect.arrayContaining(['California', 'Colorado']));
  });

  it('recognises English names and aliases written inside a Chinese question', () => {
    const r = bridgeQuery('OpenAI 和 CMU 对版权怎么看？');
    expect(r.organisations).toEqual(expect.arrayContaining(['OpenAI', 'Carnegie Mellon University']));
    expect(r.submitters).toEqual(expect.arrayContaining(['OpenAI', 'Carnegie Mellon University']));
  });

  it('takes a name of several words whole, not the shorter names inside it', () => {
    expect(bridgeQuery('Duke Energy 對隱私有什麼看法？').organisations).toEqual(['Duke Energy']);
    expect(bridgeQuery('Duke 對隱私有什麼看法？').organisations).toContain('Duke University');
    expect(bridgeQuery('OpenAI Anthropic 對版權的看法').organisations).toEqual(expect.arrayContaining(['OpenAI', 'Anthropic']));
  });
});

describe('bridgeQuery: Latin tokens', () => {
  it('keeps names, product codes and years', () => {
    const r = bridgeQuery('SemiAnalysis 在2024年对英特尔 18A 和 H20 怎么说？');
    expect(r.latinTokens).toEqual(['SemiAnalysis', '2024', '18A', 'H20']);
    expect(r.organisations).toEqual(expect.arrayContaining(['Intel', 'SemiAnalysis']));
  });

  it('keeps adjacent capitalised words and numbers with units together', () => {
    expect(bridgeQuery('Scale AI 和 Hugging Face 的意见').latinTokens).toEqual(['Scale AI', 'Hugging Face']);
    expect(bridgeQuery('Code.org 对计算机科学教育的建议').latinTokens).toEqual(['Code.org']);
    // An ampersand between capitalised words is inside one name.
    expect(bridgeQuery('Software & Information Industry Association 有沒有提交意見？').latinTokens).toEqual(['Software & Information Industry Association']);
    expect(bridgeQuery('AT&T 和 Johnson & Johnson 的意见').latinTokens).toEqual(['AT&T', 'Johnson & Johnson']);
  });

  it('gives the runs of Latin words as written, where a whole name may stand in lower case or with small words', () => {
    expect(latinRuns('software & information industry association 有沒有提交意見？')).toEqual(['software & information industry association']);
    expect(latinRuns('Fast Machine Learning Collaboration and AI-Accelerated Algorithms for Data-Driven Discovery Institute 有沒有提交意見？')).toEqual([
      'Fast Machine Learning Collaboration and AI-Accelerated Algorithms for Data-Driven Discovery Institute',
    ]);
    // A single word is no run; two runs apart stay apart.
    expect(latinRuns('OpenAI 和 Scale AI 的意见')).toEqual(['Scale AI']);
    expect(bridgeQuery('需要 100 GW 的电力').latinTokens).toEqual(['100 GW']);
    expect(bridgeQuery('U.S. 的芯片').latinTokens).toEqual(['U.S.']);
  });
});

describe('bridgeQuery: phrases', () => {
  it('puts the words of one phrase in one phrase, and starts another after a grammar word or a mark', () => {
    const phrases = (q: string) => bridgeQuery(q).matches.filter((m) => m.kind === 'term').map((m) => m.phrase);
    const [relax, talent, jobs, visa, immigration] = phrases('放寬 AI 人才的工作簽證或移民政策');
    // A Latin-script word between two glossary words does not end their phrase; 的 and 或 do.
    expect(talent).toBe(relax);
    expect(visa).toBe(jobs);
    expect(new Set([relax, jobs, immigration]).size).toBe(3);
    const [federal, data, exports] = phrases('聯邦資料中心，出口');
    expect(data).toBe(federal);
    expect(exports).not.toBe(federal);
    // 數位孿生 (Taiwan) and 数字孪生 (Mainland) are one term: digital twins, not "digital".
    for (const q of ['數位孿生', '数字孪生']) expect(bridgeQuery(q).englishTerms).toEqual(['digital twin', 'digital twins']);
    // The longer word wins: 處理器 is a processor, not 處理 (handle) and a stray 器; 內容農場 a content farm, not farming.
    expect(bridgeQuery('每一顆處理器').englishTerms).toContain('processor');
    expect(bridgeQuery('每一顆處理器').englishTerms).not.toContain('handle');
    expect(bridgeQuery('內容農場醜聞').englishTerms).toEqual(['content farm', 'content farms', 'scandal', 'scandals']);
    // A number before 歲 is an age.
    expect(bridgeQuery('一位 67 歲的人').englishTerms).toContain('67 years old');
  });
});

describe('bridgeQuery: numbers', () => {
  it('converts Chinese units and numerals', () => {
    const money = bridgeQuery('投资1000亿美元建设数据中心');
    expect(money.englishTerms).toEqual(expect.arrayContaining(['100 billion', '$100 billion', 'investment', 'data center']));
    expect(money.latinTokens).toEqual([]);
    expect(bridgeQuery('一千名教师').englishTerms).toEqual(expect.arrayContaining(['1000', '1,000', 'teachers']));
    expect(bridgeQuery('百分之二十的学生').englishTerms).toEqual(expect.arrayContaining(['20%', '20 percent', 'students']));
    expect(bridgeQuery('两千五百万个岗位').englishTerms).toContain('25 million');
    expect(bridgeQuery('微軟投資800億美元').englishTerms).toEqual(expect.arrayContaining(['80 billion', '$80 billion']));
    expect(bridgeQuery('每年五百万加仑水').englishTerms).toEqual(expect.arrayContaining(['5 million gallons', 'water']));
    expect(bridgeQuery('50吉瓦').englishTerms).toEqual(expect.arrayContaining(['50 GW', '50GW', '50 gigawatts']));
  });

  it('does not read names and words as numbers', () => {
    expect(bridgeQuery('三星').englishTerms).toEqual([]);
    expect(bridgeQuery('三星').organisations).toContain('Samsung');
    expect(bridgeQuery('百度').organisations).toContain('Baidu');
    expect(bridgeQuery('一带一路').englishTerms).toContain('Belt and Road');
    expect(bridgeQuery('二战时期').englishTerms).toContain('World War II');
    expect(bridgeQuery('千瓦时').englishTerms).toContain('kWh');
  });
});

describe('bridgeQuery: English and other questions', () => {
  it('returns language en with empty lists, and alias organisations', () => {
    const r = bridgeQuery('What did CMU and the EFF say about open source?');
    expect(r.language).toBe('en');
    expect(r.script).toBeUndefined();
    expect(r.englishTerms).toEqual([]);
    expect(r.latinTokens).toEqual([]);
    expect(r.unmatched).toEqual([]);
    expect(r.organisations).toEqual(['Carnegie Mellon University', 'Electronic Frontier Foundation']);
    expect(r.coverage).toBe(1);
  });

  it('matches short aliases only in capitals', () => {
    expect(bridgeQuery('Did MIT submit?').organisations.length).toBe(3);
    expect(bridgeQuery('We mit the point').organisations).toEqual([]);
    expect(bridgeQuery('What did MITRE say?').organisations).toEqual([]);
  });

  it('marks other languages', () => {
    expect(bridgeQuery('人工知能についてどう思いますか').language).toBe('other');
  });
});

describe('bridgeQuery: honesty', () => {
  // The glossary alone: the general dictionary would read these words (see dictionary-words.test.ts).
  const noDictionary = () => new Map<string, string[]>();

  it('reports unmatched segments in the user script and partial coverage', () => {
    const hans = bridgeQuery('数据中心对蝴蝶标本收藏的影响', noDictionary);
    expect(hans.unmatched).toEqual(['蝴蝶标本收藏']);
    expect(hans.coverage).toBeGreaterThan(0);
    expect(hans.coverage).toBeLessThan(1);
    expect(hans.englishTerms).toContain('data center');

    const hant = bridgeQuery('資料中心對蝴蝶標本收藏的影響', noDictionary);
    expect(hant.unmatched).toEqual(['蝴蝶標本收藏']);
    expect(hant.coverage).toBeCloseTo(hans.coverage, 5);
  });

  it('has zero coverage when nothing is known', () => {
    const r = bridgeQuery('蝴蝶标本', noDictionary);
    expect(r.coverage).toBe(0);
    expect(r.englishTerms).toEqual([]);
    expect(r.unmatched).toEqual(['蝴蝶标本']);
  });

  it('keeps coverage within 0..1 and explains its matches', () => {
    for (const q of SIMPLIFIED_QUESTIONS) {
      const r = bridgeQuery(q);
      expect(r.coverage).toBeGreaterThanOrEqual(0.8);
      expect(r.coverage).toBeLessThanOrEqual(1);
      expect(r.matches.length).toBeGreaterThan(0);
      for (const m of r.matches) expect(m.en.length).toBeGreaterThan(0);
    }
  });

  it('does not let a glossary key cut into a Latin word', () => {
    // 'x公司' is an alias of Twitter; it must not match the end of "SpaceX公司".
    expect(bridgeQuery('SpaceX公司').organisations).not.toContain('Twitter');
  });

  it('is fast once warmed up', () => {
    bridgeQuery('预热');
    const start = performance.now();
    for (let i = 0; i < 200; i++) bridgeQuery(SIMPLIFIED_QUESTIONS[i % SIMPLIFIED_QUESTIONS.length] ?? '');
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
