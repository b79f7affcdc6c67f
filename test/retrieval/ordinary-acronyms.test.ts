/**
 * A submitter whose acronym other submissions use as an ordinary word ("HTTP" in every web
 * address) is named by it only where an author stands: "How many HTTP requests does Orbit Cloud
 * handle?" asks Orbit Cloud, not a comparison with the partnership.
 */
import { describe, expect, it } from 'vitest';
import { useAnswerService, type Doc } from '../support/answer-corpus.js';

const link = (n: number) => `See http://example.org/report-${n} and http://example.org/data-${n} for the figures behind this paragraph, which other filings cite as well.`;
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `${link(i)} ${'Cloud services grow every year across many regions and markets. '.repeat(12)}`).join('\n\n');

const DOCS: Doc[] = [
  { id: 'Orbit-Cloud-AI-RFI-2025', name: 'Orbit Cloud', category: 'private-sector', text: `Orbit Cloud handles 40 million HTTP requests per second on average.\n\n${paragraphs(6)}\n` },
  { id: 'HTTP-AI-RFI-2025', name: 'Hispanic Tech and Telecommunications Partnership (HTTP)', category: 'non-profit', text: 'The Hispanic Tech and Telecommunications Partnership asks for broadband in every community.\n' },
  { id: 'Harbor-Software-AI-RFI-2025', name: 'Harbor Software', category: 'private-sector', text: `Harbor Software sells accounting tools.\n\n${paragraphs(6)}\n` },
];

describe('an acronym the corpus uses as an ordinary word', () => {
  const answers = useAnswerService(DOCS);

  it('is a word of the topic where no author stands', async () => {
    const question = 'How many HTTP requests does Orbit Cloud handle each second?';
    expect(answers.service.analyzer.analyze(question).named.map((n) => n.alias)).toEqual(['orbit cloud']);
    expect(answers.service.analyzer.analyze(question).cues).not.toContain('compare');
    const answer = await answers.service.ask(question);
    expect(answer.text).toContain('Orbit Cloud handles 40 million HTTP requests per second on average.');
    expect(answer.text).not.toMatch(/Hispanic Tech/);
    expect(answers.service.analyzer.analyze('Orbit Cloud 平均每秒處理多少個 HTTP 請求？').named.map((n) => n.alias)).toEqual(['orbit cloud']);
  });

  it('still names its submitter where an author stands', async () => {
    expect(answers.service.analyzer.analyze('What does HTTP say about broadband?').named.map((n) => n.alias)).toEqual(['http']);
    expect((await answers.service.ask('Did HTTP submit a comment?')).text).toMatch(/^Yes — Hispanic Tech and Telecommunications Partnership/);
  });
});
