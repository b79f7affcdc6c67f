/**
 * What an offline answer quotes beyond the sentences richest in the question's words. A quoted
 * sentence that points back to the one before it ("This Council should …", "They …") is quoted
 * with that sentence, which says what it is about, whatever words that one shares with the
 * question; a question for a sum of money gets the sentence that holds one. In English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { useAnswerService, type Doc } from '../support/answer-corpus.js';

const FILLER = 'We thank the Office of Science and Technology Policy for the chance to comment on the AI Action Plan.';

const DOCS: Doc[] = [
  {
    id: 'Prairie-Clinics-AI-RFI-2025',
    name: 'Prairie Clinics Network',
    category: 'non-profit',
    text: `Prairie Clinics Network\n\n${FILLER}\n\nRecommendation 2: Establish a National Rural Care Council, modeled after the Council on Bioethics. This Council should review every triage chatbot that rural hospitals deploy.\n\nRural hospitals lose nurses every year. Broadband in the plains is slow.\n\nVendor contracts that forbid clinics to audit their triage software should not be enforced. This can be achieved under conflict preemption.\n\n${FILLER}`,
  },
  {
    id: 'Granite-Steel-AI-RFI-2025',
    name: 'Granite Steel Works',
    category: 'private-sector',
    text: `Granite Steel Works\n\n${FILLER}\n\nAmerica will need steel for decades: America builds, and America's data centers across two coasts need steel frames for decades to come.\n\nWe are proud that the United States is our largest market, having invested more than $40 billion in America over the past 20 years.\n\nSteel mills in America employ two million people across the decades. The federal Buy Steel program should be revised to cover recycled steel.\n\n${FILLER}`,
  },
  {
    id: 'Harbor-Legal-Clinic-AI-RFI-2025',
    name: 'Harbor Legal Clinic',
    category: 'non-profit',
    text: [
      `Harbor Legal Clinic\n\n${FILLER}`,
      'In our recent paper, colleagues and I outline 12 disclosure-only AI regulations. None of them limits what developers may build.',
      ...['model cards', 'incident logs', 'training data summaries', 'audit trails', 'risk reports', 'red-team findings'].map(
        (thing) => `Transparency-focused AI rules should cover ${thing}. Transparency rules for AI help the public, and transparency-focused rules on ${thing} help courts and agencies alike; such AI rules on ${thing} cost developers little.`,
      ),
      FILLER,
    ].join('\n\n'),
  },
  ...['river flood maps', 'museum archives', 'bus route planning', 'violin lessons', 'library hours'].map(
    (topic, i): Doc => ({ id: `AI-RFI-2025-08${i}0`, name: `Resident ${String.fromCharCode(65 + i)} Example`, category: 'individuals', text: `${FILLER}\n\nI write about ${topic}. The plan should fund ${topic} in every county.` }),
  ),
];

const answers = useAnswerService(DOCS);

const POINTED_TO = '"Recommendation 2: Establish a National Rural Care Council, modeled after the Council on Bioethics. This Council should review every triage chatbot that rural hospitals deploy." [1]';
const GOES_ON = 'should not be enforced. This can be achieved under conflict preemption.';
const DOLLARS = 'having invested more than $40 billion in America over the past 20 years';

describe('what an answer quotes beyond the sentences richest in the question\'s words', () => {
  it.each([
    ['a quote that points back takes the sentence it points to', 'What does Prairie Clinics Network want done to review triage chatbots?', POINTED_TO],
    ['a quote that points back takes the sentence it points to', 'Prairie Clinics Network 希望怎樣審查分診聊天機器人？', POINTED_TO],
    ['a sentence after the quote that points back to it goes on with it, whatever its words', 'What does Prairie Clinics Network want done about vendor contracts that forbid audits?', GOES_ON],
    ['a sentence after the quote that points back to it goes on with it, whatever its words', 'Prairie Clinics Network 希望怎樣處理禁止審計的供應商合約？', GOES_ON],
    // "money" is what is asked for, not a word the text must hold: never named as missing.
    ['a sum of money asked for gets the sentence that holds one', 'How much money has Granite Steel Works poured into America across two decades?', DOLLARS, true],
    ['a sum of money asked for gets the sentence that holds one', 'Granite Steel Works 在美國投入了多少錢？', DOLLARS, true],
    [
      'how many of a thing gets the sentence that puts a number before it, in a passage that says little else of it',
      'How many transparency-focused AI rules does Harbor Legal Clinic put forward?',
      'colleagues and I outline 12 disclosure-only AI regulations',
    ],
  ] as [string, string, string, boolean?][])('%s: "%s"', async (_what, question, quoted, nothingMissing) => {
    const answer = await answers.service.ask(question);
    expect(answer.text).toContain(quoted);
    if (nothingMissing) expect(answer.text).not.toMatch(/does not mention|沒有提到/);
    expect(answer.citations?.verified).toBe(answer.citations?.total);
  });
});

describe('a verb of the question', () => {
  it('is never named as what the submission does not mention ("reworked")', async () => {
    const answer = await answers.service.ask('Which federal program does Granite Steel Works want reworked?');
    expect(answer.text).toContain('Buy Steel program should be revised');
    expect(answer.text).not.toMatch(/does not mention/);
  });
});
