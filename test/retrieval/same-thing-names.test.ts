/**
 * A name counts under the glossary's other names of the same thing: a list of the submitters that
 * mention the National AI Research Resource holds those that write only "NAIRR".
 */
import { describe, expect, it } from 'vitest';
import { residents, useAnswerService, type Doc } from '../support/answer-corpus.js';

const DOCS: Doc[] = [
  { id: 'Compute-Campus-AI-RFI-2025', name: 'Compute Campus', category: 'academia', text: 'Congress should fund the National AI Research Resource in full.\n' },
  { id: 'Lake-University-AI-RFI-2025', name: 'Lake University', category: 'academia', text: 'Our researchers joined the NAIRR pilot last year.\n' },
  { id: 'Hill-College-AI-RFI-2025', name: 'Hill College', category: 'academia', text: 'Research resources at our college are thin.\n' },
  { id: 'Brook-University-AI-RFI-2025', name: 'Brook University', category: 'academia', text: 'AI tools may be misused to generate biological weapons.\n' },
  { id: 'Stone-College-AI-RFI-2025', name: 'Stone College', category: 'academia', text: 'Models could lower the barriers to bioweapons development.\n' },
  ...residents('09'),
];

describe('a name with other names of the same thing', () => {
  const fx = useAnswerService(DOCS);

  it.each(['Which universities mention the National AI Research Resource?', 'How many submissions mention the National AI Research Resource?'])('counts them all: "%s"', async (question) => {
    const answer = await fx.service.ask(question);
    expect(answer.aggregate?.submitters.map((s) => s.docId).sort()).toEqual(['Compute-Campus-AI-RFI-2025', 'Lake-University-AI-RFI-2025']);
  });

  it.each(['Which universities mention bioweapons?', 'Which universities mention biological weapons?', '哪些大學提到生物武器？'])('counts them all, a one-word name too: "%s"', async (question) => {
    const answer = await fx.service.ask(question);
    expect(answer.aggregate?.submitters.map((s) => s.docId).sort()).toEqual(['Brook-University-AI-RFI-2025', 'Stone-College-AI-RFI-2025']);
  });
});
