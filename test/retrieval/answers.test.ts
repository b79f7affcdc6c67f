/**
 * What the answers contain, offline, over a real index of the authored answer corpus: a plain
 * "no", counts, category filters, phrase matches, comparisons, follow-ups and outlines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetrievalService } from '../../src/retrieval/service.js';
import { resultAnswer } from '../../src/retrieval/eval/sets.js';
import type { Answer } from '../../src/retrieval/types.js';
import { openAnswerService } from '../support/answer-corpus.js';
import { conversation, docsOf, occursVerbatim, quotedSpans } from '../support/retrieval-helpers.js';

let service: RetrievalService;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ service, cleanup } = await openAnswerService());
});
afterAll(async () => {
  await cleanup?.();
});

/** Every quotation in the answer occurs in one of its sources, and every citation verified. */
function expectVerified(answer: Answer): void {
  expect(answer.citations.verified).toBe(answer.citations.total);
  expect(answer.text).not.toContain('[unverified]');
  for (const quote of quotedSpans(answer.text)) expect(answer.sources.some((s) => occursVerbatim(quote, s.text)), quote).toBe(true);
}

const converse = (...questions: string[]) => conversation(service, questions);

describe('a named submitter that did not address the topic', () => {
  it('gets a plain no, with what was searched and the closest passage (en)', async () => {
    const answer = await service.ask('Did Harbor Software discuss export controls?');
    // A proven no is an answer, not a question the corpus cannot answer.
    expect(answer.notCovered).toBe(false);
    // The phrase as searched, its words together: "export" alone is in the text.
    expect(answer.text).toMatch(/^No — Harbor Software's submission does not mention export controls \(searched its whole text for: export controls\)\./);
    // Harbor writes "export of software services" and "security controls", never the two together.
    expect(answer.text).toContain('export of software services');
    expect(docsOf(answer)).toEqual(['Harbor-Software-AI-RFI-2025']);
    expectVerified(answer);
  });

  it('names as searched only the words that could decide: not "AI", which its text holds (en, zh)', async () => {
    const answer = await service.ask('Did Harbor Software discuss AI and export controls?');
    expect(answer.text).toMatch(/^No — Harbor Software's submission does not mention export controls \(searched its whole text for: export controls\)\./);
    const zh = await service.ask('Harbor Software 有沒有討論 AI 和出口管制？');
    expect(zh.text).toMatch(/^沒有——Harbor Software 的意見書沒有提到 [^（]*（已在其全文中檢索：export controls \/ export control[^）]*）/);
    expect(zh.text.slice(0, zh.text.indexOf('）'))).not.toMatch(/檢索：AI|；AI/);
  });

  it('gets a plain no in Chinese, searched with the glossary’s English equivalents (zh)', async () => {
    const answer = await service.ask('Harbor Software 有沒有討論出口管制？');
    expect(answer.language).toBe('zh');
    expect(answer.notCovered).toBe(false);
    expect(answer.text).toMatch(/^沒有——Harbor Software 的意見書沒有提到 export controls（已在其全文中檢索：export controls \/ export control/);
    expectVerified(answer);
  });

  it('gets a plain no when a phrase of the Chinese question has only one of its words in the text (zh)', async () => {
    // Harbor writes "federal", never "data centers": 聯邦資料中心 (federal data centers) is one
    // concept, as "federal data centers" is in English, so "federal" alone is not it.
    const answer = await service.ask('Harbor Software 對聯邦資料中心有什麼看法？');
    expect(answer.language).toBe('zh');
    expect(answer.text).toMatch(/^沒有——Harbor Software 的意見書沒有提到 /);
    const english = await service.ask('What does Harbor Software think about federal data centers?');
    expect(english.text).toMatch(/^No — Harbor Software's submission does not mention/);
    expectVerified(answer);
  });

  it('names each concept it searched for in the no, not one run of words (en)', async () => {
    const answer = await service.ask('What does Harbor Software think about work visas or immigration policy for AI talent?');
    expect(answer.text).toMatch(/^No — Harbor Software's submission does not mention work visas, immigration policy or AI talent \(searched its whole text for: /);
  });

  it('says first that it never names a country the question takes for granted, then quotes the rest (en, zh)', async () => {
    // Harbor writes about the export of its services (to Canada), never about China.
    const answer = await service.ask('How does Harbor Software talk about exports to China?');
    expect(answer.text).toMatch(/^Harbor Software's submission does not mention China \(searched its whole text for: China; Chinese; PRC; .*\); the quotes below are what it says on the rest of the question\./);
    expect(answer.text).toContain('export of software services');
    expectVerified(answer);
    const zh = await service.ask('Harbor Software 怎麼談對中國的出口？');
    expect(zh.text).toMatch(/^Harbor Software 的意見書沒有提到 China（已在其全文中檢索：China；Chinese；PRC/);
    expect(zh.text).toContain('export of software services');
    // A country it does name is quoted, with nothing said first.
    const canada = await service.ask('How does Harbor Software talk about exports to Canada?');
    expect(canada.text).not.toMatch(/does not mention/);
    expect(canada.text).toContain('Canada');
  });

  it('gets the quotes when the submission does address it', async () => {
    const answer = await service.ask('Did Orbit Cloud discuss export controls?');
    expect(answer.notCovered).toBe(false);
    expect(answer.text).toContain('Orbit Cloud supports export controls on advanced AI chips');
    expectVerified(answer);
  });

  it('gets the same no for "what did X say about" a topic it never mentions', async () => {
    const answer = await service.ask('What did Northgate University say about export controls?');
    expect(answer.notCovered).toBe(false);
    expect(answer.text).toMatch(/^No — Northgate University's submission does not mention export controls/);
  });
});

describe('a named submitter whose text lacks the words of a question that asks for a fact', () => {
  // "Which nation buys most from X overseas?" asks for a fact in its own words; X's text need not use
  // them ("Our biggest market abroad is Canada"), so their absence proves no "no".
  it('gets its closest passages, saying the words are absent, and no "no" (en)', async () => {
    const answer = await service.ask('Which nation buys the most from Harbor Software overseas?');
    expect(answer.notCovered).toBe(false);
    expect(answer.text).toMatch(/^Harbor Software's submission does not use the question's words \(searched its whole text for: nation buys; overseas\)\. That proves nothing about what it says/);
    expect(answer.text).not.toMatch(/^No\b|does not mention/);
    expect(docsOf(answer)).toEqual(['Harbor-Software-AI-RFI-2025']);
    expectVerified(answer);
  });

  it('the same in Chinese: no "沒有提到" for a fact looked up in other words (zh)', async () => {
    const answer = await service.ask('Harbor Software 在海外哪個國家賣得最多？');
    expect(answer.language).toBe('zh');
    expect(answer.notCovered).toBe(false);
    expect(answer.text).toMatch(/^Harbor Software 的意見書未使用問題中的詞語/);
    expect(answer.text).not.toMatch(/沒有提到|沒有——/);
    expectVerified(answer);
  });

  it('still gets a plain no when it asks whether X said something on the topic', async () => {
    const answer = await service.ask('What is Harbor Software’s position on export controls?');
    expect(answer.text).toMatch(/^No — Harbor Software's submission does not mention export controls/);
  });
});

describe('counting questions', () => {
  it('answer "how many companies" with the count from the categories, the submitters and the source of the labels (en)', async () => {
    const answer = await service.ask('How many companies submitted?');
    expect(answer.text.split('\n')[0]).toBe('3 submissions are in the Private Sector category of the NITRD respondent listing (of 11 submissions).');
    expect(answer.text).toContain('They are: Beacon AI Lab; Harbor Software; Orbit Cloud.');
    expect(answer.text).toContain('NITRD respondent listing');
    expect(answer.aggregate?.byCategory).toEqual([{ category: 'Private Sector', submissions: 3 }]);
    expect(answer.notCovered).toBe(false);
  });

  it.each([
    ['有多少家公司提交了意見？', '共有 3 份提交意見屬於 NITRD 提交者名單的「私營部門」類別（全部 11 份）。', 3],
    ['有多少个人提交了意见？', '共有 5 份提交意见属于 NITRD 提交者名单的「个人」类别（全部 11 份）。', 5],
  ])('answer %s with the count first (zh)', async (question, first, count) => {
    const answer = await service.ask(question);
    expect(answer.text.split('\n')[0]).toBe(first);
    expect(answer.aggregate?.submissions).toBe(count);
  });

  it.each(['How many submissions mention export controls?', 'How many submissions mention export controls, by category?', 'Give a breakdown by categories: how many submissions mention export controls?'])('count the submissions that mention a topic, by category: %s', async (question) => {
    const answer = await service.ask(question);
    expect(answer.text.split('\n')[0]).toBe('3 submissions mention ‘export controls’ (its words side by side in a sentence).');
    expect(answer.aggregate?.byCategory).toEqual([
      { category: 'Private Sector', submissions: 2 },
      { category: 'Academia', submissions: 1 },
    ]);
    // Harbor Software has both words, but never side by side.
    expect(answer.aggregate?.submitters.map((s) => s.submitter).sort()).toEqual(['Beacon AI Lab', 'Orbit Cloud', 'Southbay College']);
    expectVerified(answer);
  });

  it('give, in an evaluation result, what a count rests on as its source: the listing rows or the text search, with the figures the answer leads with', async () => {
    const listing = resultAnswer(await service.ask('How many companies submitted?'));
    expect(listing.sources).toEqual([expect.objectContaining({ docId: 'nitrd-respondent-listing', text: expect.stringMatching(/^Counts: 3 submissions — Private Sector 3/) })]);
    const searched = resultAnswer(await service.ask('How many submissions mention export controls?'));
    const basis = searched.sources.at(-1);
    expect(basis).toMatchObject({ docId: 'text-count', text: expect.stringMatching(/^Counts: 3 submissions match /) });
    expect(basis?.text).toContain('Southbay College');
    // The quoted passages come first, as the answer numbers them.
    expect(searched.sources.length).toBeGreaterThan(1);
    // An answer that counts nothing has no such source.
    const plain = resultAnswer(await service.ask('What did Orbit Cloud say about export controls?'));
    expect(plain.sources.map((s) => s.docId)).not.toContain('text-count');
  });

  it('say "no submission" when nothing mentions the topic', async () => {
    const answer = await service.ask('How many submissions mention quantum cryptography?');
    expect(answer.text.split('\n')[0]).toBe('No submission mentions ‘quantum cryptography’.');
    // A count of none is an answer.
    expect(answer.notCovered).toBe(false);
    expect(answer.aggregate?.submissions).toBe(0);
  });
});

describe('category words', () => {
  it('are applied as a filter: "which universities" lists and quotes universities only', async () => {
    const answer = await service.ask('Which universities discussed export controls?');
    expect(answer.aggregate?.submitters.map((s) => s.submitter)).toEqual(['Southbay College']);
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.sources.every((s) => s.category === 'Academia')).toBe(true);
    expect(answer.text).not.toMatch(/Beacon|Orbit/);
  });

  it('are applied in Chinese too ("哪些公司")', async () => {
    const answer = await service.ask('哪些公司討論了出口管制？');
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.sources.every((s) => s.category === 'Private Sector')).toBe(true);
  });
});

describe('form letters', () => {
  it('are one hit for their common text, saying how many sent it', async () => {
    const answer = await service.ask('What do illustrators ask about consent before artwork trains a model?');
    const common = answer.evidence.filter((s) => s.text.includes('I ask the Administration to require consent'));
    expect(common).toHaveLength(1);
    expect(common[0]?.similarCount).toBe(2);
  });

  it('but a paragraph one sender added is found as that submission', async () => {
    // The common text of both letters ranks first; the added paragraph must not be folded into it.
    const answer = await service.ask('What did the illustrators who ask for consent, credit and compensation say about a library?');
    expect(answer.sources.map((s) => s.docId)).toContain('AI-RFI-2025-0205');
    expect(answer.text).toContain('I painted the mural at the Riverton public library');
  });
});

describe('finding the passage that answers', () => {
  it('prefers the passage with the question’s words as a phrase, and the asked-for place', async () => {
    const answer = await service.ask('Where did the agency open its first American office?');
    const first = quotedSpans(answer.text)[0];
    expect(first).toContain('first American office in Boston');
    // The scattered words ("American staff … first … office software") come from another passage.
    expect(answer.text.indexOf('Boston')).toBeLessThan(answer.text.indexOf('American staff') === -1 ? Infinity : answer.text.indexOf('American staff'));
  });

  it('gives each side of a comparison its own sentence on the topic', async () => {
    const answer = await service.ask('How do Beacon AI Lab and Orbit Cloud differ on export controls?');
    expect(answer.text).toContain('Beacon AI Lab (Private Sector):\n"We recommend that the Commerce Department tighten export controls');
    expect(answer.text).toContain('Orbit Cloud (Private Sector):\n"Orbit Cloud supports export controls');
    expectVerified(answer);
  });

  it('quotes no sentence twice', async () => {
    const answer = await service.ask('What did Orbit Cloud say about export controls on advanced AI chips for allies?');
    const quotes = quotedSpans(answer.text).map((q) => q.replace(/\W+/g, ''));
    expect(new Set(quotes).size).toBe(quotes.length);
  });
});

describe('follow-ups', () => {
  const FIRST = 'What did Beacon AI Lab recommend about export controls?';

  it('keep the submitter when the follow-up says "they" (zh)', async () => {
    const answer = await converse(FIRST, '他們對資料中心的電力有什麼建議？');
    expect(docsOf(answer)).toEqual(['Beacon-AI-Lab-AI-RFI-2025']);
    expect(answer.text).toContain('speed up permits for new power plants that serve data centers');
    expect(answer.notes.join('\n')).toContain('Beacon AI Lab');
  });

  it('keep the submitter when the follow-up says "their" (en)', async () => {
    const answer = await converse(FIRST, 'And what is their view on electricity for data centers?');
    expect(docsOf(answer)).toEqual(['Beacon-AI-Lab-AI-RFI-2025']);
    expect(answer.text).toContain('Data centers will need far more electricity');
  });

  it('keep the topic when the follow-up names only another submitter: "Did X say the same?" (en)', async () => {
    const answer = await converse(FIRST, 'Did Orbit Cloud say the same?');
    expect(answer.notCovered).toBe(false);
    expect(docsOf(answer)).toEqual(['Orbit-Cloud-AI-RFI-2025']);
    expect(answer.text).toContain('Orbit Cloud supports export controls');
    expect(answer.notes.join('\n')).toContain('topic carried over from the previous question: export controls');
  });

  it('keep the topic for "那 X 呢" (zh)', async () => {
    const answer = await converse(FIRST, '那 Southbay College 呢？');
    expect(docsOf(answer)).toEqual(['Southbay-College-AI-RFI-2025']);
    expect(answer.text).toContain('export controls exempt open academic research');
  });

  it('carry the last topic even when its words are the last submitter\'s name too ("What did Orbit Cloud say about the cloud?")', async () => {
    const answer = await converse('What did Harbor Software say about export controls?', 'What did Orbit Cloud say about the cloud?', 'And Harbor Software?');
    expect(answer.text).toMatch(/^No — Harbor Software's submission does not mention cloud \(searched its whole text for: cloud\)/);
  });

  it('say no when the new submitter did not address the carried-over topic', async () => {
    const answer = await converse(FIRST, 'What about Harbor Software?');
    expect(answer.notCovered).toBe(false);
    expect(answer.text).toMatch(/^No — Harbor Software's submission does not mention export controls/);
  });
});

describe('a broad question about one submission', () => {
  it.each([
    ["What are Beacon AI Lab's main recommendations?", "Beacon AI Lab's submission in its own order"],
    ['Summarise Beacon AI Lab’s submission', "Beacon AI Lab's submission in its own order"],
    ['Beacon AI Lab 的主要建議是什麼？', 'Beacon AI Lab 意見書的結構'],
  ])('gets its outline, in document order: %s', async (question, heading) => {
    const answer = await service.ask(question);
    const lines = answer.text.split('\n').filter(Boolean);
    expect(lines[0]).toContain(heading);
    // Headings in document order, the letterhead and address left out.
    const headings = lines.filter((l) => !l.startsWith('•')).slice(1);
    expect(headings).toEqual(['Export Controls', 'Energy for Data Centers', 'Workforce']);
    expect(answer.text).toContain('• "We recommend that the Commerce Department tighten export controls on advanced AI chips shipped to adversaries." [1]');
    expect(answer.text).toContain('• "Expand apprenticeships for data center technicians in every region."');
    expect(answer.text).not.toMatch(/Harbor Street|March 10/);
    expectVerified(answer);
  });

  it.each([
    ['Compare Beacon AI Lab and Orbit Cloud.', "Beacon AI Lab's submission in its own order", "Orbit Cloud's submission has no headings"],
    ['What did Beacon AI Lab and Orbit Cloud say in their submissions?', "Beacon AI Lab's submission in its own order", "Orbit Cloud's submission has no headings"],
    ['比較 Beacon AI Lab 和 Orbit Cloud 的意見書', 'Beacon AI Lab 意見書的結構', 'Orbit Cloud'],
  ])('asked of several submitters on no topic, gets each one\'s outline in turn: %s', async (question, first, second) => {
    const answer = await service.ask(question);
    expect(answer.notCovered).toBe(false);
    expect(answer.text.indexOf(first)).toBe(0);
    expect(answer.text.indexOf(second)).toBeGreaterThan(0);
    expect(answer.text).toContain('Export Controls');
    expect(answer.text).toContain('"Orbit Cloud supports export controls on advanced AI chips');
    // Numbered across both, each number a passage of its own submitter.
    expect(answer.sources.map((s) => s.docId)).toEqual(['Beacon-AI-Lab-AI-RFI-2025', 'Beacon-AI-Lab-AI-RFI-2025', 'Orbit-Cloud-AI-RFI-2025']);
    expectVerified(answer);
  });

  it('shows the same outline in /submission', async () => {
    const summary = await service.submission('Beacon-AI-Lab-AI-RFI-2025');
    expect(summary?.outline?.map((s) => s.heading)).toEqual(['Export Controls', 'Energy for Data Centers', 'Workforce']);
    expect(summary?.outline?.[0]?.statements[0]?.text).toContain('We recommend that the Commerce Department');
  });
});
