/**
 * A submitter whose name holds a category's word ("the Plains Association of Counties": counties,
 * associations) is a submitter, not a category: the words its topic shares with the category's
 * words stay in the topic, in the question and in the conversation after it.
 */
import { describe, expect, it } from 'vitest';
import { useAnswerService, type Doc } from '../support/answer-corpus.js';
import { conversation } from '../support/retrieval-helpers.js';

const FILLER = 'We thank the Office of Science and Technology Policy for the chance to comment on the AI Action Plan.';

const DOCS: Doc[] = [
  {
    id: 'Plains-Counties-AI-RFI-2025',
    name: 'Plains Association of Counties',
    category: 'non-profit',
    text: `Plains Association of Counties\n\n${FILLER}\n\nCounties need clear state laws on AI in permitting. A patchwork of state laws burdens small counties.\n\n${FILLER}`,
  },
  {
    id: 'Lakeside-Robotics-AI-RFI-2025',
    name: 'Lakeside Robotics',
    category: 'private-sector',
    text: `Lakeside Robotics\n\n${FILLER}\n\nFederal law should preempt conflicting laws. Robots need safety tests.\n\n${FILLER}`,
  },
  ...['river flood maps', 'museum archives', 'bus route planning', 'violin lessons', 'library hours'].map(
    (topic, i): Doc => ({ id: `AI-RFI-2025-07${i}0`, name: `Resident ${String.fromCharCode(65 + i)} Example`, category: 'individuals', text: `${FILLER}\n\nI write about ${topic}. The plan should fund ${topic} in every county.` }),
  ),
];

const answers = useAnswerService(DOCS);

describe('a category word inside a submitter’s name', () => {
  it('is no category: "state" stays in the topic "state laws"', () => {
    const analyzed = answers.service.analyzer.analyze('What did Plains Association of Counties say about state laws?');
    expect(analyzed.named.map((n) => n.docIds)).toEqual([['Plains-Counties-AI-RFI-2025']]);
    expect(analyzed.impliedCategory).toBeUndefined();
    expect(analyzed.topic).toEqual(expect.arrayContaining(['state', 'law']));
  });

  it.each([
    ['What did Plains Association of Counties say about state laws?', 'And Lakeside Robotics?', /Lakeside Robotics's submission does not mention state laws/],
    ['Plains Association of Counties 對州法律有什麼看法？', '那 Lakeside Robotics 呢？', /Lakeside Robotics 的意見書沒有提到/],
  ])('carries the whole topic to the next submitter asked about: "%s" → "%s"', async (first, next, no) => {
    const after = await conversation(answers.service, [first, next]);
    // Lakeside writes "laws", never "state laws": the topic carried is the whole phrase.
    expect(after.text).toMatch(no);
    expect(after.text).not.toMatch(/does not mention laws\b/);
  });
});
