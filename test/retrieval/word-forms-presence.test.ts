/**
 * A submission that uses another form of the asked-for words is never answered "does not mention":
 * a plural the stemmer cuts apart from its singular ("biases", "bias"), and two words written as
 * one ("healthcare" for "health care"). In English and Chinese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetrievalService } from '../../src/retrieval/service.js';
import { openAnswerService, type Doc } from '../support/answer-corpus.js';

const FILLER = 'We thank the Office of Science and Technology Policy for the chance to comment on the AI Action Plan.';

const DOCS: Doc[] = [
  {
    id: 'Clinic-Data-Group-AI-RFI-2025',
    name: 'Clinic Data Group',
    category: 'private-sector',
    text: `Clinic Data Group\n\n${FILLER}\n\nModels trained on narrow records can carry harmful biases into diagnoses. Vendors should test for such biases before deployment.\n\nAI will reshape healthcare delivery in rural hospitals, where staff are scarce.\n\n${FILLER}`,
  },
  {
    id: 'Town-Pharmacists-AI-RFI-2025',
    name: 'Town Pharmacists League',
    category: 'non-profit',
    text: `Town Pharmacists League\n\n${FILLER}\n\nOur members care about public health in small towns, and about the bias of tools trained on city patients.\n\nPharmacies should be paid to review automated refill alerts.\n\n${FILLER}`,
  },
];

let service: RetrievalService;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ service, cleanup } = await openAnswerService(DOCS));
});
afterAll(async () => {
  await cleanup?.();
});

const NO = /does not mention|沒有提到|没有提到/;

describe('another form of the words asked for', () => {
  it.each([
    ['Did Clinic Data Group discuss bias?', 'biases'],
    ['What did Clinic Data Group say about health care?', 'healthcare'],
    ['Did Clinic Data Group discuss health care?', 'healthcare'],
    ['Clinic Data Group 有沒有提到偏見？', 'biases'],
  ])('is found, and quoted, never a "no": "%s"', async (question, quoted) => {
    const answer = await service.ask(question);
    expect(answer.text).not.toMatch(NO);
    expect(answer.notCovered).toBe(false);
    expect(answer.text).toContain(quoted);
  });
});
