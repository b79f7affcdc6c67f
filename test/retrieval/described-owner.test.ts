/**
 * A question that opens by describing its submitter is about that submitter's text: an
 * organisation it names after the description is what the submitter talks about, not a second
 * author, and "how many people did the company employ" asks what the text tells, not a count of filings.
 */
import { describe, expect, it } from 'vitest';
import { answerText } from '../../src/retrieval/plain-text.js';
import { ANSWER_DOCS, useAnswerService, type Doc } from '../support/answer-corpus.js';

const filler = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} about ${topic} repeats general background in plain words.`).join(' ');

const DOCS: Doc[] = [
  ...ANSWER_DOCS,
  {
    id: 'AI-RFI-2025-0701',
    name: 'Kim Rowe',
    category: 'individuals',
    text: `I founded a small web business for booking kayak tours. Starting from September 2023, ranking updates made by Orbit Cloud cut our traffic by nine tenths. Our company was employing over 40 guides before the business collapsed. ${filler('kayak tours', 5)}\n`,
  },
  { id: 'Stanford-AI-RFI-2025', name: 'Stanford CRFM, Stanford RegLab, and Stanford HAI', category: 'academia', text: `Researchers need shared compute for open science. ${filler('research', 5)}\n` },
];

describe('a question that opens by describing its submitter', () => {
  const fx = useAnswerService(DOCS);
  const question = "The founder of a small web business for booking kayak tours says Orbit Cloud's updates wiped out his company. When did those updates start, and how many people did the company employ?";

  it('takes an organisation named after the description for what is talked about', () => {
    const analyzed = fx.service.analyzer.analyze(question);
    expect(analyzed.named).toEqual([]);
    expect(analyzed.kind).toBe('lookup');
    expect(analyzed.described).toBe(true);
  });

  it('answers from the described submitter’s text', async () => {
    const answer = await fx.service.ask(question);
    const text = answerText(answer);
    expect(text).toContain('September 2023');
    expect(text).toContain('over 40 guides');
    expect(answer.sources[0]?.docId).toBe('AI-RFI-2025-0701');
  });

  it('takes a name set beside the description for the author', () => {
    const analyzed = fx.service.analyzer.analyze('A cloud company, Orbit Cloud, says what about export controls?');
    expect(analyzed.named.flatMap((hit) => hit.docIds)).toEqual(['Orbit-Cloud-AI-RFI-2025']);
  });

  it('takes a name owned by a name of its own submitter for the author ("Stanford\'s HAI")', () => {
    const analyzed = fx.service.analyzer.analyze("What did Stanford's HAI say about compute?");
    expect(analyzed.named.flatMap((hit) => hit.docIds)).toContain('Stanford-AI-RFI-2025');
  });

  it('still counts filings when the count is of them', () => {
    expect(fx.service.analyzer.analyze('How many people submitted comments about kayak tours?').kind).toBe('count');
  });
});
