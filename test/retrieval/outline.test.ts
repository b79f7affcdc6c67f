/**
 * Outlines of whole submissions, offline, over a real index of authored submissions laid out as
 * PDF extraction leaves them: every top-level section in order, with its page and its first
 * recommendation quoted verbatim from that page; numbered headings split from the sentence they
 * run into; no letterhead, introduction, signature or list-opening fragment; in English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/retrieval/types.js';
import { useAnswerService } from '../support/answer-corpus.js';
import { OUTLINE_DOCS } from '../support/outline-corpus.js';
import { occursVerbatim, quotedSpans } from '../support/retrieval-helpers.js';

const answers = useAnswerService(OUTLINE_DOCS);

/** The heading lines of an outline answer: every line after the first that is not a quote. */
const headingLines = (answer: Answer) =>
  answer.text
    .split('\n')
    .filter(Boolean)
    .slice(1)
    .filter((l) => !l.startsWith('•'));

/** Every quotation occurs in its source, every citation verified, and the answer fits a Discord message. */
function expectSound(answer: Answer): void {
  expect(answer.notCovered).toBe(false);
  expect(answer.citations.verified).toBe(answer.citations.total);
  expect(answer.text).not.toContain('[unverified]');
  // A quote cut short ends with "…".
  for (const quote of quotedSpans(answer.text).map((q) => q.replace(/…$/, ''))) expect(answer.sources.some((s) => occursVerbatim(quote, s.text)), quote).toBe(true);
  expect(answer.text.length).toBeLessThan(1_800);
}

/** Each heading's quote comes from the heading's own page. */
function expectQuotesOnTheirHeadingsPage(answer: Answer): void {
  const lines = answer.text.split('\n').filter(Boolean);
  lines.forEach((line, i) => {
    const page = /\(p\. (\d+)\)$/.exec(line)?.[1];
    const cited = /\[(\d+)\]$/.exec(lines[i + 1] ?? '')?.[1];
    if (page && cited) expect(answer.sources.find((s) => s.n === Number(cited))?.page, line).toBe(Number(page));
  });
}

const HARBORVIEW_HEADINGS = ['1. Strengthen Export Controls (p. 2)', '2. Expand Energy Supply (p. 2)', '3. TRAIN THE AI WORKFORCE (p. 3)'];

describe('the outline of a letter with numbered recommendations', () => {
  it.each([
    ["What are Harborview Compute Coalition's main recommendations?", "Harborview Compute Coalition's submission in its own order"],
    ['Harborview Compute Coalition 的主要建議是什麼？', 'Harborview Compute Coalition 意見書的結構'],
  ])('lists every recommendation in order, with its page and its first sentence: %s', async (question, heading) => {
    const answer = await answers.service.ask(question);
    expect(answer.text.split('\n')[0]).toContain(heading);
    // "1. Strengthen Export Controls The United States should …": the heading ends where the sentence starts.
    expect(headingLines(answer)).toEqual(HARBORVIEW_HEADINGS);
    expect(answer.text).toContain('• "The United States should tighten export controls on advanced AI chips and the tools used to make them." [');
    expect(answer.text).toContain('• "We recommend that the Department of Energy speed up permits for new generation built next to data centers." [');
    expect(answer.text).toContain('• "Congress should fund apprenticeships in data center operations at community colleges in every state." [');
    expectQuotesOnTheirHeadingsPage(answer);
    expectSound(answer);
  });

  it('leaves out the letterhead, the introduction, the signature and a line that only opens a list', async () => {
    const answer = await answers.service.ask("Summarise Harborview Compute Coalition's submission");
    expect(answer.text).not.toMatch(/Pier Avenue|March 12|Office of Science|Introduction|About the Coalition|Conclusion|Sincerely|Dana Whitfield/);
    expect(answer.text).not.toContain('consider:');
    expect(answer.text).not.toMatch(/^2 1\./m);
  });

  it('is what a summary gets when a submitter filter names the submission', async () => {
    const answer = await answers.service.ask('Summarise the submission', { submitter: 'Harborview Compute Coalition' });
    expect(headingLines(answer)).toEqual(HARBORVIEW_HEADINGS);
    expectSound(answer);
  });

  it('is what a question about the main points of what was submitted gets, not whether it was filed', async () => {
    const answer = await answers.service.ask('Harborview Compute Coalition 提交的意見有哪些重點？');
    expect(headingLines(answer)).toEqual(HARBORVIEW_HEADINGS);
  });
});

describe('the outline of a comment without headings', () => {
  it('quotes how it opens when it recommends nothing in so many words, rather than finding it not covered', async () => {
    const answer = await answers.service.ask('Summarise Riverside Institute’s submission');
    expect(answer.text.split('\n')[0]).toContain("Riverside Institute's submission has no headings");
    expect(answer.text).toContain('• "Riverside Institute studies how agencies adopt new tools." [');
    expectSound(answer);
  });

  it('quotes an e-mail\'s one sentence without the sign-off and footer it runs into', async () => {
    const answer = await answers.service.ask('What did Fernhill Ops say in its submission?');
    expect(answer.text).toContain('• "To Whom It May Concern, The highest priority for the nation is teaching every student to use these tools well." [1]');
    expect(answer.text).not.toMatch(/Best,|official use only/);
    expectSound(answer);
  });
});

describe('the outline of a report with sections and sub-sections', () => {
  it('shows its ALL-CAPS sections (one broken over two lines) and the sub-sections under them, without its contents page', async () => {
    const answer = await answers.service.ask('Summarise Lakeside Research Institute’s submission');
    expect(headingLines(answer)).toEqual(['EDUCATION AND WORKFORCE DEVELOPMENT', '– Scholarships for Service', '– Industry Certificates', 'RESEARCH PRIORITIES', '– Trustworthy AI', '– Critical Infrastructure']);
    expect(answer.text).toContain('• "We urge the Department of Energy to fund pilots that apply AI to grid operations." [');
    expect(answer.text).not.toMatch(/Contents|\.{5}|suggest two initiatives:/);
    expectSound(answer);
  });

  it('is shown the same way in /submission, with its levels', async () => {
    const summary = await answers.service.submission('Lakeside-Research-Institute-AI-RFI-2025');
    expect(summary?.outline?.map((s) => [s.heading, s.level])).toEqual([
      ['EDUCATION AND WORKFORCE DEVELOPMENT', 0],
      ['Scholarships for Service', 1],
      ['Industry Certificates', 1],
      ['RESEARCH PRIORITIES', 0],
      ['Trustworthy AI', 1],
      ['Critical Infrastructure', 1],
    ]);
    const letter = await answers.service.submission('Harborview-Compute-Coalition-AI-RFI-2025');
    expect(letter?.outline?.map((s) => [s.heading, s.page])).toEqual([
      ['1. Strengthen Export Controls', 2],
      ['2. Expand Energy Supply', 2],
      ['3. TRAIN THE AI WORKFORCE', 3],
    ]);
  });
});

describe('the outline of a letter whose named points are headed by their first sentences', () => {
  it('reads each point whole: a first sentence, a heading that fills its line, one printed after a sentence', async () => {
    const answer = await answers.service.ask('What does Meadowbrook Health Data Alliance propose?');
    expect(headingLines(answer)).toEqual([
      'Principle 1: Fragmented state rules slow down health AI',
      'Recommendation #1: Collaborate with industry to establish privacy-preserving, outcome-oriented health data governance frameworks for every hospital.',
      'Recommendation #2: Fund shared testing environments for clinical AI models',
    ]);
    expect(answer.text).toContain('• "A single federal definition of high-risk AI should replace the patchwork of state laws." [');
    expect(answer.text).toContain('• "The Administration should fund regional testbeds where hospitals can check clinical models before they use them." [');
    expectSound(answer);
  });
});

describe('the outline of a letter of bulleted paragraphs', () => {
  it('is headed by each paragraph’s lead sentence, the page number printed before a bullet left out', async () => {
    const answer = await answers.service.ask('Give me an outline of Birchwood University’s submission');
    expect(headingLines(answer)).toEqual(['We must have the best AI workforce', 'Universities must keep publishing free AI software', 'Energy availability is critical for strong AI capabilities']);
    expect(answer.text).toContain('• "We recommend funding research into efficient chips and resilient grids for data centers." [');
    expectSound(answer);
  });
});

describe('the outline of a long letter from a submitter with a long name', () => {
  it('is no longer for the name: the name takes from the outline’s room', async () => {
    const answer = await answers.service.ask('What are the main recommendations of the Granite Valley Center for Machine Intelligence and Data Science?');
    expect(headingLines(answer)[0]).toMatch(/^1\. Expand Federal Support/);
    expect(answer.text.split('\n')[0]!.length).toBeGreaterThan(300);
    // The outline's room (1,600 characters), the first line's own words and a line of sections not shown.
    expect(answer.text.length).toBeLessThan(1_750);
    expectSound(answer);
  });
});

