/**
 * A submission that uses another form of the asked-for words is never answered "does not mention":
 * a plural the stemmer cuts apart from its singular ("biases", "bias"), and two words written as
 * one ("healthcare" for "health care"). In English and Chinese. And the other way: a hyphenated
 * word's part alone is not the word ("sources" is not "open-source").
 */
import { describe, expect, it } from 'vitest';
import { useAnswerService, type Doc } from '../support/answer-corpus.js';

const FILLER = 'We thank the Office of Science and Technology Policy for the chance to comment on the AI Action Plan.';

const DOCS: Doc[] = [
  {
    id: 'Clinic-Data-Group-AI-RFI-2025',
    name: 'Clinic Data Group',
    category: 'private-sector',
    text: `Clinic Data Group\n\n${FILLER}\n\nModels trained on narrow records can carry harmful biases into diagnoses. Vendors should test for such biases before deployment.\n\nAI will reshape healthcare delivery in rural hospitals, where staff are scarce. Hospitals should be free to run open source models on their own servers.\n\n${FILLER}`,
  },
  {
    id: 'Town-Pharmacists-AI-RFI-2025',
    name: 'Town Pharmacists League',
    category: 'non-profit',
    text: `Town Pharmacists League\n\n${FILLER}\n\nOur members care about public health in small towns, and about the bias of tools trained on city patients.\n\nPharmacies should be paid to review automated refill alerts. Labs should publish the weights of older models as open weights.\n\n${FILLER}`,
  },
  {
    id: 'Ledger-Works-AI-RFI-2025',
    name: 'Ledger Works',
    category: 'private-sector',
    text: `Ledger Works\n\n${FILLER}\n\nOur pricing models draw on many data sources, including public records and court filings.\n\nSmall lenders need clear rules for automated credit decisions.\n\n${FILLER}`,
  },
  {
    id: 'Audit-Standards-Board-AI-RFI-2025',
    name: 'Audit Standards Board',
    category: 'non-profit',
    text: `Audit Standards Board\n\n${FILLER}\n\nSuitable criteria for assurance on AI systems have all of the following characteristics, as our attestation standards define them:\n• Relevance. Criteria are relevant.\n• Objectivity. Free from bias.\n• Completeness. Nothing that matters to a user is left out of the criteria.\n\nA Chinese supplier's model was audited under these criteria last year. Our auditors also test cyber security controls.\n\n${FILLER}`,
  },
  {
    id: 'Plains-Freight-AI-RFI-2025',
    name: 'Plains Freight Lines',
    category: 'private-sector',
    text: `Plains Freight Lines\n\n${FILLER}\n\nOur business moves goods for shippers both large and small across the plains. Trucking needs clear AI safety rules.\n\n${FILLER}`,
  },
  {
    id: 'Mesa-Drone-Works-AI-RFI-2025',
    name: 'Mesa Drone Works',
    category: 'private-sector',
    text: `Mesa Drone Works\n\n${FILLER}\n\nDoD should license commercial drone software rather than build its own. Drone software buyers need short contracts.\n\n${FILLER}`,
  },
];

/** Comments on other subjects, so that the words asked about are telling (weigh something) in this small corpus. */
const OTHER_TOPICS = ['rural broadband for farms', 'teacher training time', 'museum archives', 'trucking safety rules', 'library hours', 'river flood maps', 'bus route planning', 'violin lessons'];
DOCS.push(
  ...OTHER_TOPICS.map((topic, i): Doc => ({
    id: `AI-RFI-2025-09${String(i).padStart(2, '0')}`,
    name: `Resident ${String.fromCharCode(65 + i)} Example`,
    category: 'individuals',
    text: `${FILLER}\n\nI write about ${topic}. The plan should fund ${topic} in every county.`,
  })),
);

const answers = useAnswerService(DOCS);

const NO = /does not mention|沒有提到|没有提到/;

describe('another form of the words asked for', () => {
  it.each([
    ['Did Clinic Data Group discuss bias?', 'biases'],
    ['What did Clinic Data Group say about health care?', 'healthcare'],
    ['Did Clinic Data Group discuss health care?', 'healthcare'],
    ['Clinic Data Group 有沒有提到偏見？', 'biases'],
    ['Did Clinic Data Group discuss open-source models?', 'open source models'],
    // In a list item too short for a sentence, by another of its names ("Chinese"), as two words ("cyber security") or in the glossary's other words ("open weights").
    ['Did Audit Standards Board discuss bias?', 'Free from bias'],
    ['Did Audit Standards Board mention China?', 'Chinese supplier'],
    ['Audit Standards Board 有沒有提到中國？', 'Chinese supplier'],
    ['Did Audit Standards Board discuss cybersecurity?', 'cyber security'],
    ['Did Town Pharmacists League discuss open-source models?', 'open weights'],
  ])('is found, and quoted where the text holds it, never a "no": "%s"', async (question, quoted) => {
    const answer = await answers.service.ask(question);
    expect(answer.text).not.toMatch(NO);
    expect(answer.notCovered).toBe(false);
    expect(answer.text).toContain(quoted);
    expect(answer.citations?.verified).toBe(answer.citations?.total);
  });

  it.each([['How many submissions mention China?'], ['有多少份意見書提到中國？']])('is counted by its other names, in English as in Chinese ("Chinese" for China): "%s"', async (question) => {
    const answer = await answers.service.ask(question);
    expect(answer.aggregate?.submissions).toBe(1);
    expect(answer.aggregate?.submitters.map((s) => s.docId)).toEqual(['Audit-Standards-Board-AI-RFI-2025']);
  });

  it('asked whether, and found in the question\'s own words, is a plain yes before the quotes (en); in Chinese, matched through the glossary\'s looser forms, it is quoted without one', async () => {
    const answer = await answers.service.ask('Did Clinic Data Group discuss open-source models?');
    expect(answer.text).toMatch(/^Yes — Clinic Data Group's submission mentions open-source models:\n/);
    expect(answer.text).toContain('open source models');
    const zh = await answers.service.ask('Clinic Data Group 有沒有提到開源模型？');
    expect(zh.text).not.toMatch(/^有——|沒有提到/);
    expect(zh.text).toContain('open source models');
  });

  it('asked of two things it both mentions, is a yes of each ("and"), not of either ("or")', async () => {
    const answer = await answers.service.ask('Did Clinic Data Group discuss open-source models and rural hospitals?');
    expect(answer.text).toMatch(/^Yes — Clinic Data Group's submission mentions open-source models and rural hospitals:\n/);
  });

  it('found with its words apart ("business … both large and small" for small businesses), is quoted but no plain yes', async () => {
    const answer = await answers.service.ask('Did Plains Freight Lines discuss small businesses?');
    expect(answer.text).toContain('both large and small');
    expect(answer.text).not.toMatch(/^Yes\b/);
    expect(answer.text).not.toMatch(NO);
  });

  it('found only in other words, is no plain yes', async () => {
    const answer = await answers.service.ask('Did Town Pharmacists League discuss open-source models?');
    expect(answer.text).not.toMatch(/^Yes\b/);
  });

  it('found only in other words, is said to be so, and quoted where those words stand', async () => {
    const answer = await answers.service.ask('Did Town Pharmacists League discuss open-source models?');
    expect(answer.text).toMatch(/^Town Pharmacists League's submission does not use the question's words/);
    expect(answer.text).toContain('open weights');
  });

  it.each([
    // The glossary's English forms of 開源模型 include "open weights": in Chinese, both are in the question's words.
    ['How do Clinic Data Group and Town Pharmacists League differ on open-source models?', /^Town Pharmacists League's submission does not use the question's words/m],
    ['Clinic Data Group 和 Town Pharmacists League 對開源模型的看法有何不同？', /^Town Pharmacists League \(/m],
  ])('of two submitters compared, one that has it only in other words is quoted where those stand, after the one in the question\'s words: "%s"', async (question, side) => {
    const answer = await answers.service.ask(question);
    expect(answer.text).not.toMatch(NO);
    const own = answer.text.indexOf('open source models');
    const other = answer.text.search(side);
    expect(own).toBeGreaterThan(-1);
    expect(other).toBeGreaterThan(own);
    expect(answer.text.slice(other)).toContain('open weights');
    // Not its sentences on the question's other words ("models" of city patients' tools).
    expect(answer.text).not.toContain('bias of tools');
    expect(answer.citations?.verified).toBe(answer.citations?.total);
    expect(new Set(answer.sources.map((s) => s.docId))).toEqual(new Set(['Clinic-Data-Group-AI-RFI-2025', 'Town-Pharmacists-AI-RFI-2025']));
  });

  it.each([
    ['What did Mesa Drone Works say about the Pentagon?'],
    ['How should the Pentagon buy drone software, according to Mesa Drone Works?'],
    ['Mesa Drone Works 對五角大樓有什麼看法？'],
    ['Mesa Drone Works 認為五角大樓應該怎樣採購無人機軟體？'],
  ])(
    'is found by another name the glossary gives it ("DoD" for the Pentagon), never "does not mention": "%s"',
    async (question) => {
      const answer = await answers.service.ask(question);
      expect(answer.text).toContain('DoD should license commercial drone software');
      expect(answer.text).not.toMatch(NO);
    },
  );

  it('is not a hyphenated word\'s part alone: "sources" and "models" are not open-source models', async () => {
    const answer = await answers.service.ask('Did Ledger Works discuss open-source models?');
    expect(answer.text).toMatch(/^No — Ledger Works's submission does not mention open-source models/);
  });

  it('a hyphenated word not there takes nothing from the rest of the phrase ("fully-automated credit decisions": credit decisions)', async () => {
    const answer = await answers.service.ask('Did Ledger Works discuss fully-automated credit decisions?');
    expect(answer.text).not.toMatch(NO);
    expect(answer.text).toContain('automated credit decisions');
  });
});
