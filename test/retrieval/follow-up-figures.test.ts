/**
 * "What figure did X give?" after a question on a topic asks for X's figure on that topic: its
 * only words besides the name ("figure", "數字") name what kind of answer is wanted, not a topic.
 * Over a real index of the authored answer corpus and one more submitter, whose name has a small
 * word in it ("Council of Harbor Towns") and whose text has a figure on another subject first.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER_DOCS, useAnswerService } from '../support/answer-corpus.js';
import { conversation, docsOf, quotedSpans } from '../support/retrieval-helpers.js';

const COUNCIL = {
  id: 'Council-of-Harbor-Towns-AI-RFI-2025',
  name: 'Council of Harbor Towns',
  category: 'non-profit' as const,
  text: `Council of Harbor Towns speaks for fourteen towns along the coast.

Our member towns employ 2,400 people in public works and run 31 ferries.

Town budgets are set every spring after public hearings in each town hall. Members share one auditor and one engineer.

Data centers could use 9 percent of the county's electricity by 2030, so the grid that serves them must grow first.
`,
};

const answers = useAnswerService([...ANSWER_DOCS, COUNCIL]);

describe('a follow-up that asks only for a figure', () => {
  it('takes the topic of the question before it (en), a name with "of" in it counting as the name', async () => {
    const answer = await conversation(answers.service, ['How much electricity will data centers need, according to Beacon AI Lab?', 'What figure did the Council of Harbor Towns give?']);
    expect(docsOf(answer)).toEqual([COUNCIL.id]);
    expect(quotedSpans(answer.text)[0]).toContain('9 percent of the county');
    expect(answer.notes.join('\n')).toContain('topic carried over from the previous question');
  });

  it('takes the topic of the question before it (zh: 數字 is a figure, and the name’s words are not a topic)', async () => {
    const answer = await conversation(answers.service, ['Beacon AI Lab 對資料中心的電力需求有什麼看法？', 'Council of Harbor Towns 給的數字是多少？']);
    expect(docsOf(answer)).toEqual([COUNCIL.id]);
    expect(quotedSpans(answer.text)[0]).toContain('9 percent of the county');
  });
});
