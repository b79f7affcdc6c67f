/**
 * A place written beside a submitter's name says where the submitter is ("Harlan County,
 * Maryland", "Maryland's Harlan County", "马里兰州 Harlan County"): it is no topic, so a county whose letter
 * never mentions nuclear power gets a plain no, not quotes about Maryland.
 */
import { describe, expect, it } from 'vitest';
import { residents, useAnswerService, type Doc } from '../support/answer-corpus.js';

const DOCS: Doc[] = [
  {
    id: 'Harlan-County-AI-RFI-2025',
    name: 'Harlan County',
    category: 'non-profit',
    text: 'Harlan County, Maryland, is home to a growing data center campus. Data centers raise our water use and strain the local grid. Maryland counties need a say in siting them.\n',
  },
  { id: 'AI-RFI-2025-0401', name: 'Dana Grid', category: 'individuals', text: 'Nuclear power can run data centers without carbon. Small reactors are the answer.\n' },
  ...residents('45'),
];

describe('a place beside a submitter’s name', () => {
  const fx = useAnswerService(DOCS);

  it.each(['Did Harlan County, Maryland mention nuclear power?', "Did Maryland's Harlan County mention nuclear power?", '马里兰州 Harlan County 的信里有没有提到核能？'])(
    'is where the submitter is, not the topic: "%s" is a plain no',
    async (question) => {
      const analyzed = fx.service.analyzer.analyze(question);
      expect(analyzed.topic).not.toContain('maryland');
      const answer = await fx.service.ask(question);
      expect(answer.text).toMatch(/^(No — Harlan County's submission does not mention|没有——Harlan County 的意见书没有提到)/);
    },
  );

  it('is still the topic when it is what is asked about', async () => {
    const answer = await fx.service.ask('Did Harlan County mention Maryland?');
    expect(answer.text).toMatch(/^Yes — Harlan County's submission mentions/);
  });
});
