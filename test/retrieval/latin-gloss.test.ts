/**
 * The asker's own English inside a Chinese question is what a count counts: a gloss in brackets
 * after a term ("幻觉（hallucination）") or Latin words side by side ("water consumption"), as the
 * English question would count them, not the glossary's wider forms or one word of the phrase.
 */
import { describe, expect, it } from 'vitest';
import { residents, useAnswerService, type Doc } from '../support/answer-corpus.js';

const DOCS: Doc[] = [
  { id: 'Model-Watch-AI-RFI-2025', name: 'Model Watch', category: 'non-profit', text: 'Chatbots produce hallucinations that mislead patients.\n' },
  { id: 'Truth-Lab-AI-RFI-2025', name: 'Truth Lab', category: 'academia', text: 'AI hallucination is a known failure of large models.\n' },
  { id: 'Cool-Water-AI-RFI-2025', name: 'Cool Water', category: 'private-sector', text: 'The water consumption of cooling towers must be reported.\n' },
  { id: 'AI-RFI-2025-0701', name: 'Pat Doe', category: 'individuals', text: 'Power consumption is rising in our county.\n' },
  { id: 'AI-RFI-2025-0702', name: 'Lee Roe', category: 'individuals', text: 'Our drinking water in this county is clean and safe.\n' },
  { id: 'AI-RFI-2025-0703', name: 'Kim Poe', category: 'individuals', text: 'Our chips now face export controls from China, and talent needs immigration reform.\n' },
  ...residents('08', 'schools, roads, water and the weather'),
];

describe('English written in a Chinese question', () => {
  const fx = useAnswerService(DOCS);

  it.each(['有多少份意见提到 AI 幻觉（hallucination）问题？', 'How many submissions mention hallucination?'])('counts what a bracketed gloss names: "%s"', async (question) => {
    const answer = await fx.service.ask(question);
    expect(answer.aggregate?.submitters.map((s) => s.docId).sort()).toEqual(['Model-Watch-AI-RFI-2025', 'Truth-Lab-AI-RFI-2025']);
  });

  it.each(['有多少份意見書提到 water consumption？', 'How many submissions mention water consumption?'])('counts Latin words side by side as one phrase: "%s"', async (question) => {
    const answer = await fx.service.ask(question);
    expect(answer.aggregate?.submitters.map((s) => s.docId)).toEqual(['Cool-Water-AI-RFI-2025']);
  });

  it.each(['谁提到了数据中心的用水量（water consumption）？', 'Who mentioned the water consumption of data centers?'])('lists by the glossed thing, as the English question does, not by every word of the glossary in one passage: "%s"', async (question) => {
    const answer = await fx.service.ask(question);
    expect(answer.aggregate?.submitters.map((s) => s.docId)).toEqual(['Cool-Water-AI-RFI-2025']);
  });

  it('counts a Chinese question of many terms by most of its terms, as the English question counts most of its words', async () => {
    for (const question of ['有多少份意見書同時提到晶片、出口管制、中國、人才和移民？', 'How many submissions mention chips, export controls, China, talent and immigration?']) {
      const answer = await fx.service.ask(question);
      expect(answer.aggregate?.submissions, question).toBe(1);
      expect(answer.text, question).toMatch(/^(有 1 份|1 submission)/);
      // Named by each term's first English form, not by every form the glossary has.
      expect(answer.text.split('\n')[0], question).not.toMatch(/semiconductor|restrictions|PRC/i);
    }
  });
});
