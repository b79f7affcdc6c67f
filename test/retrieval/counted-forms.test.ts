/**
 * A count or a list is of one thing, the same however it is asked: a Chinese question's glossary
 * word is counted by its own English forms and spellings, not by the word's other senses, and a
 * phrase under the glossary's other names of it, as the English question counts it.
 */
import { describe, expect, it } from 'vitest';
import { countedForms } from '../../src/retrieval/question/topic.js';
import { useAnswerService, type Doc } from '../support/answer-corpus.js';

const filler = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} about ${topic} repeats general background in plain words.`).join(' ');

const DOCS: Doc[] = [
  { id: 'AI-RFI-2025-0401', name: 'Ada Workforce Fund', category: 'non-profit', text: `The workforce needs training in AI skills. ${filler('training', 4)}\n` },
  { id: 'AI-RFI-2025-0402', name: 'Ben Miller', category: 'individuals', text: `Workers in my factory fear that AI will replace them. ${filler('factories', 4)}\n` },
  { id: 'AI-RFI-2025-0403', name: 'Cal Union', category: 'non-profit', text: `Organized labor must have a voice when AI is deployed. ${filler('unions', 4)}\n` },
  { id: 'AI-RFI-2025-0404', name: 'Dee Clinic', category: 'private-sector', text: `AI can lower the cost of health care in rural towns. ${filler('clinics', 4)}\n` },
  { id: 'AI-RFI-2025-0405', name: 'Eve Hospital Group', category: 'private-sector', text: `Healthcare providers need clear rules for AI tools. ${filler('hospitals', 4)}\n` },
  { id: 'AI-RFI-2025-0406', name: 'Fay Device Co', category: 'private-sector', text: `Medical devices that use AI need faster approval. ${filler('devices', 4)}\n` },
  { id: 'AI-RFI-2025-0407', name: 'Gus Chips', category: 'private-sector', text: `Export controls on chips must be enforced. ${filler('chips', 4)}\n` },
  { id: 'AI-RFI-2025-0408', name: 'Hal Trade', category: 'private-sector', text: `Export restrictions hurt American sellers abroad. ${filler('trade', 4)}\n` },
];

describe('what a count counts', () => {
  const fx = useAnswerService(DOCS);

  it.each([
    ['有多少份意見書提到勞動力？', 'How many submissions mention the workforce?', 1],
    ['有多少份意见书提到医疗保健？', 'How many submissions mention health care?', 2],
    ['有多少份意見書提到出口管制？', 'How many submissions mention export controls?', 2],
  ])('"%s" gives the number "%s" gives, not one of every sense of the word', async (zh, en, expected) => {
    const [zhAnswer, enAnswer] = [await fx.service.ask(zh), await fx.service.ask(en)];
    expect(enAnswer.aggregate?.submissions).toBe(expected);
    expect(zhAnswer.aggregate?.submissions).toBe(expected);
  });

  it('lists the same submitters in Chinese as in English', async () => {
    const zh = await fx.service.ask('哪些非營利組織提到勞動力？');
    const en = await fx.service.ask('Which non-profits mention the workforce?');
    expect(zh.listed?.map((l) => l.submitter)).toEqual(['Ada Workforce Fund']);
    expect(en.listed?.map((l) => l.submitter)).toEqual(['Ada Workforce Fund']);
  });
});

describe('countedForms', () => {
  it.each([
    [['workforce', 'workers', 'labor'], ['workforce']],
    [['health care', 'healthcare', 'medical'], ['health care', 'healthcare']],
    [['data center', 'data centers', 'datacenter', 'data centre'], ['data center', 'data centers', 'datacenter']],
    [['KOSA', 'Kids Online Safety Act'], ['KOSA', 'Kids Online Safety Act']],
    [['open source', 'open-source', 'open models'], ['open source', 'open-source']],
  ])('keeps of %j the first form, its spellings and, for a name, its other names', (forms, counted) => {
    expect(countedForms(forms)).toEqual(counted);
  });
});
