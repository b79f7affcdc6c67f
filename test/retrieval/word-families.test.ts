/**
 * A word and the noun made of it with "-ship" are one word's forms: a question about a
 * "membership figure" finds the sentence that counts members, and the sentence scorer reads
 * "members" for "membership".
 */
import { describe, expect, it } from 'vitest';
import { sameWord } from '../../src/retrieval/text/word-forms.js';
import { answerText } from '../../src/retrieval/plain-text.js';
import { residents, useAnswerService, type Doc } from '../support/answer-corpus.js';

const DOCS: Doc[] = [
  {
    id: 'Quill-Guild-AI-RFI-2025',
    name: 'Quill Guild',
    category: 'non-profit',
    text: [
      'The Quill Guild thanks the Office for the chance to comment on the plan.',
      'Writers face new pressure from generated text, and their incomes fall each year.',
      'The Guild gives one figure for what writers lost: they earn 40% less than a decade ago.',
      'The Guild gives workshops on contracts for new writers every spring.',
      'The Guild gives legal advice to writers whose books were copied.',
      'The Guild gives awards to debut novelists each year.',
      'The Guild gives testimony to Congress on copyright law.',
      'The Guild gives grants to translators of poetry.',
      'The Guild gives its archive of letters to a public library.',
      'The Quill Guild has more than 9,000 members who write books, essays and scripts.',
      'Licensing markets for training data should be built, and writers paid for their work.',
      'The Guild asks that generated text be labelled so that readers can tell it apart.',
    ].join('\n'),
  },
  ...residents('46', 'the membership of their clubs and the weather'),
];

describe('"-ship" nouns', () => {
  const fx = useAnswerService(DOCS);

  it('are forms of the word they are made of', () => {
    expect(sameWord('membership', 'member')).toBe(true);
    expect(sameWord('leadership', 'leader')).toBe(true);
    expect(fx.service.corpus.variants('membership')).toContain('member');
  });

  it('find the sentence on the word: "What membership figure does the Quill Guild give?" quotes its members', async () => {
    const answer = await fx.service.ask('What membership figure does the Quill Guild give for itself?');
    // Among the Guild's many sentences on what it gives, the one that counts its members is quoted.
    expect(answerText(answer)).toContain('9,000 members');
  });
});
