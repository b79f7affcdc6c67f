/**
 * A quoted sentence that points back to the one before it ("This Council should …", "They …")
 * is quoted with that sentence, which says what it is about, whatever words that one shares with
 * the question. In English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { useAnswerService, type Doc } from '../support/answer-corpus.js';

const FILLER = 'We thank the Office of Science and Technology Policy for the chance to comment on the AI Action Plan.';

const DOCS: Doc[] = [
  {
    id: 'Prairie-Clinics-AI-RFI-2025',
    name: 'Prairie Clinics Network',
    category: 'non-profit',
    text: `Prairie Clinics Network\n\n${FILLER}\n\nRecommendation 2: Establish a National Rural Care Council, modeled after the Council on Bioethics. This Council should review every triage chatbot that rural hospitals deploy.\n\nRural hospitals lose nurses every year. Broadband in the plains is slow.\n\n${FILLER}`,
  },
  ...['river flood maps', 'museum archives', 'bus route planning', 'violin lessons', 'library hours'].map(
    (topic, i): Doc => ({ id: `AI-RFI-2025-08${i}0`, name: `Resident ${String.fromCharCode(65 + i)} Example`, category: 'individuals', text: `${FILLER}\n\nI write about ${topic}. The plan should fund ${topic} in every county.` }),
  ),
];

const answers = useAnswerService(DOCS);

describe('a quote that points back to the sentence before it', () => {
  it.each([
    ['What does Prairie Clinics Network want done to review triage chatbots?'],
    ['Prairie Clinics Network 希望怎樣審查分診聊天機器人？'],
  ])('is quoted with that sentence, which names what it points to: "%s"', async (question) => {
    const answer = await answers.service.ask(question);
    expect(answer.text).toMatch(/"Recommendation 2: Establish a National Rural Care Council, modeled after the Council on Bioethics\. This Council should review every triage chatbot that rural hospitals deploy\." \[1\]/);
    expect(answer.citations?.verified).toBe(answer.citations?.total);
  });
});
