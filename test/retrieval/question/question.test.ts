/** Understanding a question: intent, answer types, categories, parts, topic and follow-up cues. */
import { describe, expect, it } from 'vitest';
import { answersType, answerTypes } from '../../../src/retrieval/question/answer-type.js';
import { categoriesNamed } from '../../../src/retrieval/question/categories.js';
import { followUpCues } from '../../../src/retrieval/question/follow-up.js';
import { describesOneSubmitter } from '../../../src/retrieval/question/intent.js';
import { questionParts } from '../../../src/retrieval/question/parts.js';
import { topicTermsOf } from '../../../src/retrieval/question/topic.js';

describe('intent', () => {
  it('notices a question about one submitter it describes but does not name', () => {
    expect(describesOneSubmitter('A Writers Guild member argued that stories drive science. Which show did he work on?')).toBe(true);
    expect(describesOneSubmitter('According to the trade group for electric utilities, how much will members invest?')).toBe(true);
    expect(describesOneSubmitter('What do submissions say about data center water use?')).toBe(false);
  });
});

describe('answer types', () => {
  it.each([
    ['How much did Intel say it is investing?', ['number', 'money']],
    ['Roughly how much money has the company poured into America?', ['number', 'money']],
    ['How much electricity will data centers need?', ['number']],
    ['該公司在美國投資了多少錢？', ['number', 'money']],
    ['By what year should capacity reach half of demand?', ['date']],
    ['Where did the agency open its first office?', ['place']],
    ['What is the bill called, and which senator introduced it?', ['name']],
    ['Which TV drama did he work on?', ['name']],
    ['He argued the appeal himself. What is the case?', ['name']],
    ['多少比例的學生修讀電腦科學？哪一年？', ['number', 'date']],
    ['Why do they oppose it?', []],
  ] as const)('%s → %j', (question, types) => {
    expect(answerTypes(question)).toEqual(types);
  });

  it('counts only what the question does not already hold', () => {
    const question = 'What share of power could data centers use by 2030?';
    expect(answersType('Data centers could use 9.1 percent of power by 2030.', 'number', question)).toBe(true);
    expect(answersType('Data centers will grow a lot by 2030.', 'number', question)).toBe(false);
    expect(answersType('The FoRGED Act was introduced by Senator Roger Wicker.', 'name', 'What is the bill called?')).toBe(true);
    expect(answersType('It opened an office in Boston.', 'place', 'Where did it open an office?')).toBe(true);
    expect(answersType('Section 48D credits matter.', 'number', 'How much?')).toBe(false);
    // A sum of money is a figure with a currency sign or word; a share or a count is none.
    expect(answersType('It has invested more than $90 billion in America.', 'money', 'How much money?')).toBe(true);
    expect(answersType('Members will spend 12 billion dollars on the grid.', 'money', 'How much money?')).toBe(true);
    expect(answersType('Demand will rise to 12 percent of 90 billion kWh.', 'money', 'How much money?')).toBe(false);
    // A case is named by its parties, even first in its sentence.
    expect(answersType('Thaler v. Vidal, 43 F.4th 1207, 1210 (Fed. Cir. 2022).', 'name', 'What is the case?')).toBe(true);
  });
});

describe('category words', () => {
  it('name groups of submitters, in the order they appear', () => {
    expect(categoriesNamed('which universities and companies').categories).toEqual(['Academia', 'Private Sector']);
    expect(categoriesNamed('哪些大学').categories).toEqual(['Academia']);
    expect(categoriesNamed('what did the national education association say').categories).toEqual([]);
  });
});

describe('topic', () => {
  it('is what is left without framing words and names', () => {
    expect(topicTermsOf('Did Microsoft discuss export controls?', new Set(['microsoft']))).toEqual(['export', 'control']);
    expect(topicTermsOf('What are the main recommendations?')).toEqual([]);
    expect(topicTermsOf('Did OpenAI say the same?', new Set(['openai']))).toEqual([]);
  });

  it('leaves out who wrote with the submitter ("and colleagues", "and her coauthors"): no topic a text must name', () => {
    expect(topicTermsOf('How many rules do Casper and colleagues propose?', new Set(['casper']))).toEqual(['rule']);
    expect(topicTermsOf('What did Lee and her coauthors say about privacy?', new Set(['lee']))).toEqual(['privaci']);
  });
});

describe('question parts', () => {
  it('split a question that asks several things, and mark the statement that sets it up', () => {
    const text = 'A student compared AI risk with the bomb project. What odds did they cite from the bomb project, and what estimates did they attribute to Hinton?';
    const topic = topicTermsOf(text);
    const parts = questionParts(text, 'en', topic);
    expect(parts.map((p) => p.asks)).toEqual([false, true, true]);
    expect(parts[2]!.terms).toContain('hinton');
    expect(parts[1]!.terms).not.toContain('hinton');
  });

  it.each([
    ['核能公司的反應堆有多大比例的零件來自現有的供應鏈？它還說納稅人每年要承擔多少美元的負債？'],
    ['这座电厂有多久才能建成？它的发电量有多少？'],
  ])('each ask in Chinese, whatever its question word (多大, 多久, 多少): "%s"', (text) => {
    const parts = questionParts(text, 'zh', ['reactor', 'suppli', 'chain', 'taxpay', 'annual', 'usd', 'power', 'plant', 'electr', 'capac', 'built', 'gener']);
    expect(parts.length).toBe(2);
    expect(parts.map((p) => p.asks)).toEqual([true, true]);
  });

  it('hold, in Chinese, the dictionary\'s senses of the words the glossary lacks, in a part the glossary reads (會員, 英里)', () => {
    const parts = questionParts('AVIA 說，會員的自駕車已經在公共道路上累積了多少英里？目前又有多少個州訂了自駕車相關法律？', 'zh', ['autonom', 'vehicl', 'state', 'law', 'member', 'mile', 'road']);
    expect(parts.length).toBe(2);
    expect(parts[0]!.terms).toEqual(expect.arrayContaining(['autonom', 'member', 'mile', 'road']));
    expect(parts[1]!.terms).toEqual(expect.arrayContaining(['state', 'law']));
    expect(parts[1]!.terms).not.toContain('mile');
    // A piece with the dictionary's words only is no part of its own.
    expect(questionParts('退休後去看過古文明遺址。這位醫師說自己多少年前開始執業？', 'zh', ['physician', 'doctor', 'retir', 'ancient', 'civil']).length).toBe(0);
  });

  it('are none for a question that asks one thing', () => {
    expect(questionParts('What did Intel say about export controls?', 'en', ['intel', 'export', 'control'])).toEqual([]);
  });
});

describe('follow-up cues', () => {
  it.each([
    // "What about …" may carry either over: the resolution decides by what it names.
    ['What about their energy plans?', 'en', true, true],
    ['Their energy plans, then?', 'en', true, false],
    ['Did OpenAI say the same?', 'en', false, true],
    ['What about Google?', 'en', false, true],
    ['他們對資料中心的電力有什麼建議？', 'zh', true, false],
    ['那 OpenAI 呢？', 'zh', false, true],
    ['What did Intel say about water use?', 'en', false, false],
  ] as const)('%s', (question, language, pronoun, sameTopic) => {
    expect(followUpCues(question, language)).toEqual({ pronoun, sameTopic });
  });
});
