/**
 * A question that asks two things: the passage whose sentence answers each part best is read,
 * though the other part's words fill the best windows of every other passage.
 */
import { describe, expect, it } from 'vitest';
import { partsBestChunks } from '../../src/retrieval/evidence/gather.js';
import { profileQuestion, scoreSentences } from '../../src/retrieval/evidence/sentence-score.js';
import { answerTypes } from '../../src/retrieval/question/answer-type.js';
import { questionParts } from '../../src/retrieval/question/parts.js';
import { topicTermsOf } from '../../src/retrieval/question/topic.js';

const profileOf = (question: string) => {
  const topic = topicTermsOf(question);
  return profileQuestion({ ownTerms: topic, weightOf: () => 1, types: answerTypes(question), questionText: question, parts: questionParts(question, 'en', topic) });
};

describe('the passages read for a question of two parts', () => {
  const question = 'What does the council say about export controls on chips, and how many member firms does it have?';
  const profile = profileOf(question);
  const chunks = [
    'Export controls on advanced chips must keep pace. Chip export controls work only with allies.',
    'Controls on chip exports should cover the tools that make chips. Export controls need staff.',
    'Our council has grown to more than 4,200 member firms in thirty states.',
    'Smuggled chips undercut export controls, so chip tracking belongs in the export rules.',
  ].map((text, chunk) => ({ chunk, sentences: scoreSentences(text, profile) }));

  it('include the best one for each part', () => {
    expect(profile.parts.length).toBe(2);
    expect([...partsBestChunks(chunks, profile)].sort()).toEqual([0, 2]);
  });

  it('are none singled out for a question that asks one thing', () => {
    expect(partsBestChunks(chunks, profileOf('What does the council say about export controls on chips?')).size).toBe(0);
  });
});
