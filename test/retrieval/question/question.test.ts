/** Understanding a question: intent, answer types, categories, parts, topic and follow-up cues. */
import { describe, expect, it } from 'vitest';
import { answersType, answerTypes } from '../../../src/retrieval/question/answer-type.js';
import { categoriesNamed } from '../../../src/retrieval/question/categories.js';
import { followUpCues } from '../../../src/retrieval/question/follow-up.js';
import { describesOneSubmitter, intentOf } from '../../../src/retrieval/question/intent.js';
import { questionParts } from '../../../src/retrieval/question/parts.js';
import { topicTermsOf } from '../../../src/retrieval/question/topic.js';
import { toSimplified } from '../../../src/retrieval/i18n/script.js';

describe('intent', () => {
  it.each([
    ['How many companies submitted comments?', false, 'count', ['Private Sector']],
    ['How many submissions came from the private sector?', false, 'count', ['Private Sector']],
    ['How many state governments filed?', false, 'count', ['Non-Federal Government']],
    ['What share of submissions mention open-source models?', false, 'count', []],
    ['Which universities warned about export controls?', false, 'list', ['Academia']],
    ['Which non-profit organisations asked for child-safety laws?', false, 'list', ['Non-Profit']],
    ['Which submissions discussed the ELVIS Act?', false, 'list', []],
    ['Did Microsoft discuss export controls?', true, 'yesno', []],
    ["What are Anthropic's main recommendations?", true, 'outline', []],
    ['Summarise the Palantir submission', true, 'outline', []],
    ['What did Anthropic recommend?', true, 'outline', []],
    ['What did Anthropic recommend about export controls?', true, 'lookup', []],
    // A fact about a submitter's own numbers is no corpus count.
    ['How many people did it say were on its team?', false, 'lookup', []],
    ['How many elements of the periodic table does it cover?', false, 'lookup', []],
  ] as const)('%s → %s', (question, named, intent, categories) => {
    const result = intentOf(question, named);
    expect(result.intent).toBe(intent);
    expect(result.categories).toEqual(categories);
  });

  it.each([
    ['有多少家公司提交了意見？', 'count', ['Private Sector']],
    ['有多少個人提交了意見？', 'count', ['Individuals']],
    ['哪些大學討論了出口管制？', 'list', ['Academia']],
    ['哪些非營利組織提到兒童安全？', 'list', ['Non-Profit']],
  ] as const)('%s → %s (zh)', (question, intent, categories) => {
    const result = intentOf(question, false, toSimplified(question));
    expect(result.intent).toBe(intent);
    expect(result.categories).toEqual(categories);
  });

  it('reads yes/no and outline questions in Chinese', () => {
    expect(intentOf('微軟有沒有討論出口管制？', true, toSimplified('微軟有沒有討論出口管制？')).intent).toBe('yesno');
    expect(intentOf('Anthropic 的主要建議是什麼？', true, toSimplified('Anthropic 的主要建議是什麼？')).intent).toBe('outline');
  });

  it('notices a question about one submitter it describes but does not name', () => {
    expect(describesOneSubmitter('A Writers Guild member argued that stories drive science. Which show did he work on?')).toBe(true);
    expect(describesOneSubmitter('According to the trade group for electric utilities, how much will members invest?')).toBe(true);
    expect(describesOneSubmitter('What do submissions say about data center water use?')).toBe(false);
  });
});

describe('answer types', () => {
  it.each([
    ['How much did Intel say it is investing?', ['number']],
    ['By what year should capacity reach half of demand?', ['date']],
    ['Where did the agency open its first office?', ['place']],
    ['What is the bill called, and which senator introduced it?', ['name']],
    ['Which TV drama did he work on?', ['name']],
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
