/**
 * A question that names its source at the end ("…, according to X?") asks what X says of its
 * subject, even when the subject is X's own under another of its names ("AWS" of Amazon).
 */
import { describe, expect, it } from 'vitest';
import { residents, useAnswerService, type Doc } from '../support/answer-corpus.js';

const DOCS: Doc[] = [
  { id: 'Orbit-Cloud-AI-RFI-2025', name: 'Orbit Cloud Services (OCS)', category: 'private-sector', text: 'The OCS Drone Scholarship Program has awarded $4 million to students since 2021.\n' },
  ...residents('07'),
];

describe('a source named at the end of a question', () => {
  const fx = useAnswerService(DOCS);

  it("keeps the subject, written with the source's other name, as the topic", async () => {
    const question = fx.service.analyzer.analyze("How much has OCS's Drone Scholarship Program awarded, according to Orbit Cloud Services?");
    expect(question.named.flatMap((hit) => hit.docIds)).toEqual(['Orbit-Cloud-AI-RFI-2025']);
    expect(question.topic).toEqual(expect.arrayContaining(['drone', 'scholarship']));
    const answer = await fx.service.ask("How much has OCS's Drone Scholarship Program awarded, according to Orbit Cloud Services?");
    expect(answer.text).toContain('$4 million');
  });
});
