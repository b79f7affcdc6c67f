/**
 * How a question asks about a thing is not the thing: a verb of change before it ("reducing bias")
 * and a word of stance ("in favour of") decide no "no". The thing alone does.
 */
import { describe, expect, it } from 'vitest';
import { answerText } from '../../src/retrieval/plain-text.js';
import { ANSWER_DOCS, useAnswerService, type Doc } from '../support/answer-corpus.js';

const filler = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} about ${topic} repeats general background in plain words.`).join(' ');

const DOCS: Doc[] = [
  {
    id: 'AI-RFI-2025-0601',
    name: 'Quality Health Council',
    category: 'non-profit',
    text: `${filler('health plans', 6)} Our accreditation standards for AI cover auditing, validation and bias mitigation in clinical tools. ${filler('clinical quality', 6)}\n`,
  },
  { id: 'AI-RFI-2025-0602', name: 'Dana Lee', category: 'individuals', text: `Hospitals should publish how often their AI tools are wrong, and keep reducing emissions, preventing waste and favouring audits. ${filler('hospital reporting', 4)}\n` },
];

describe('a verb of change or a word of stance in a yes/no question', () => {
  const fx = useAnswerService([...ANSWER_DOCS, ...DOCS]);

  it.each([
    'Does the Quality Health Council say anything about reducing bias in AI?',
    'Did the Quality Health Council talk about preventing bias?',
    'Is the Quality Health Council in favour of bias audits?',
  ])('is no ground for a "no" where the text names the thing: "%s"', async (question) => {
    const answer = await fx.service.ask(question);
    expect(answer.text).not.toMatch(/^No —|does not mention/);
    expect(answerText(answer)).toContain('bias mitigation');
  });

  it('names the thing, not the verb, in a plain yes', async () => {
    const answer = await fx.service.ask('Does the Quality Health Council say anything about reducing bias?');
    expect(answer.text).toMatch(/^Yes — Quality Health Council's submission mentions bias:/);
  });

  it('still says no when the thing is absent', async () => {
    const answer = await fx.service.ask('Did the Quality Health Council talk about reducing emissions?');
    expect(answer.text).toMatch(/^No — Quality Health Council's submission does not mention/);
  });
});
