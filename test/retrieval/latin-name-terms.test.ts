/**
 * A Latin name written right before a glossary word in a Chinese question ("CHIPS 法案") is one
 * thing, counted as the English question counts it ("the CHIPS Act"), not every act or bill.
 */
import { describe, expect, it } from 'vitest';
import { residents, useAnswerService, type Doc } from '../support/answer-corpus.js';

const DOCS: Doc[] = [
  { id: 'Fab-Works-AI-RFI-2025', name: 'Fab Works', category: 'private-sector', text: 'Fab Works supports the CHIPS Act and the new fabs it funds.\n' },
  { id: 'Privacy-First-AI-RFI-2025', name: 'Privacy First', category: 'non-profit', text: 'The privacy bill before Congress is an act of good faith, and the legislation should pass.\n' },
  { id: 'AI-RFI-2025-0501', name: 'Sam Lee', category: 'individuals', text: 'Potato chips are not semiconductors, and this act is a joke.\n' },
  // Others on other things, so that the words above are as rare as such words are.
  ...residents('06'),
];

describe('a Latin name before a glossary word', () => {
  const fx = useAnswerService(DOCS);

  it.each(['How many submissions mention the CHIPS Act?', '有多少份意見書提到 CHIPS 法案？', '有多少份意见书提到CHIPS法案？'])('is one thing to count: "%s"', async (question) => {
    const answer = await fx.service.ask(question);
    expect(answer.aggregate?.submitters.map((s) => s.docId)).toEqual(['Fab-Works-AI-RFI-2025']);
    expect(answer.aggregate?.submissions).toBe(1);
    expect(answer.aggregate?.submitters.map((s) => s.docId)).toEqual(['Fab-Works-AI-RFI-2025']);
  });

  it('reads as one piece of the topic, with the term\'s name forms', () => {
    expect(fx.service.analyzer.analyze('有多少份意見書提到 CHIPS 法案？').topicPieces).toContainEqual(['CHIPS Act']);
  });
});
