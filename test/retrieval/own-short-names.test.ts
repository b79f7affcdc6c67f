/**
 * The short name a submission gives itself in brackets right after its own name is its name,
 * however it is formed ("Business Federation (BizFed)", not only initials): a question that uses it
 * is about that submitter, never "no submission from" it.
 */
import { describe, expect, it } from 'vitest';
import { answerText } from '../../src/retrieval/plain-text.js';
import { useAnswerService, type Doc } from '../support/answer-corpus.js';

const filler = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} about ${topic} repeats general background in plain words.`).join(' ');

const DOCS: Doc[] = [
  {
    id: 'AI-RFI-2025-0501',
    name: 'Harbor County Business Federation',
    category: 'non-profit',
    text: `The Harbor County Business Federation (HarborFed) submits the following comments on the AI Action Plan. HarborFed represents 310,000 employers across the region. ${filler('regional employers', 6)}\n`,
  },
  {
    id: 'AI-RFI-2025-0502',
    name: 'Quay Robotics',
    category: 'private-sector',
    text: `Quay Robotics builds warehouse robots. We work with the Port Authority (PortAuth) on automation pilots. ${filler('warehouse robots', 6)}\n`,
  },
];

describe('a short name in brackets after the submitter’s own name', () => {
  const fx = useAnswerService(DOCS);

  it('names that submitter: asked by it, the answer is its text', async () => {
    const answer = await fx.service.ask('HarborFed says it represents how many employers?');
    expect(answer.text).not.toMatch(/no submission from/i);
    expect(answerText(answer)).toContain('310,000');
    expect(answer.sources.map((s) => s.docId)).toEqual(['AI-RFI-2025-0501']);
  });

  it('answers that it filed', async () => {
    const answer = await fx.service.ask('Did HarborFed submit a comment?');
    expect(answer.text).toMatch(/^Yes — Harbor County Business Federation filed/);
  });

  it('is no name of a submitter when it follows another organisation’s name', async () => {
    const answer = await fx.service.ask('Did PortAuth submit a comment?');
    expect(answer.text).toMatch(/no submission from PortAuth/i);
  });
});
