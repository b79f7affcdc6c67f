/**
 * A count or a list "of them" with a topic of its own counts among the previous answer's
 * submissions: "How many of them mention compute?" after "Which universities mentioned export
 * controls?" is of those universities, not of every university.
 */
import { describe, expect, it } from 'vitest';
import { useAnswerService, type Doc } from '../support/answer-corpus.js';

const filler = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} about ${topic} repeats general background in plain words.`).join(' ');

const DOCS: Doc[] = [
  { id: 'AI-RFI-2025-0801', name: 'Alder University', category: 'academia', text: `Export controls slow our labs. Our students need more compute for research. ${filler('teaching', 4)}\n` },
  { id: 'AI-RFI-2025-0802', name: 'Birch University', category: 'academia', text: `Export controls on chips should stay narrow. ${filler('chips', 4)}\n` },
  { id: 'AI-RFI-2025-0803', name: 'Cedar University', category: 'academia', text: `Our scientists need more compute for research. ${filler('science', 4)}\n` },
  { id: 'AI-RFI-2025-0804', name: 'Dune Chips', category: 'private-sector', text: `Export controls and compute limits hurt sales. ${filler('sales', 4)}\n` },
];

describe('a count "of them"', () => {
  const fx = useAnswerService(DOCS);
  const history = [
    { role: 'user' as const, content: 'Which universities mentioned export controls?' },
    { role: 'assistant' as const, content: '2 submitters in the Academia category mention ‘export controls’: Alder University; Birch University.' },
  ];

  it('counts its own topic among the previous answer’s submissions', async () => {
    const answer = await fx.service.ask('How many of them mention compute?', { history });
    expect(answer.aggregate?.submissions).toBe(1);
    expect(answer.listed?.map((l) => l.submitter)).toEqual(['Alder University']);
    expect(answer.notes.join(' ')).toContain('export controls');
  });

  it('reads "of those" as "of them"', async () => {
    const answer = await fx.service.ask('How many of those mention compute?', { history });
    expect(answer.aggregate?.submissions).toBe(1);
  });

  it('does so in Chinese', async () => {
    const answer = await fx.service.ask('其中有幾所提到算力？', { history: [{ role: 'user', content: '哪些大學提到出口管制？' }] });
    expect(answer.aggregate?.submissions).toBe(1);
    // What it counts is named alone, not with the previous question's words.
    expect(answer.text).toMatch(/提到「compute」/);
  });

  it('asked alone, counts every university', async () => {
    const answer = await fx.service.ask('How many universities mention compute?');
    expect(answer.aggregate?.submissions).toBe(2);
  });
});
