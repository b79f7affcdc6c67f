import { describe, expect, it } from 'vitest';
import { acronymsOf, aliasesOf, NameIndex } from '../../src/retrieval/names.js';
import type { SubmissionMeta } from '../../src/shared/types.js';

const meta = (id: string, submitter: string, category = 'Private Sector', extra: Partial<SubmissionMeta> = {}): SubmissionMeta => ({
  id, submitter, respondentName: submitter, category, pdfUrl: `https://example.test/${id}.pdf`, chars: 100, pages: null, sha256: id, ...extra,
});

const docs = [
  meta('Anthropic-AI-RFI-2025', 'Anthropic'),
  meta('OpenAI-RFI-2025', 'OpenAI'),
  meta('ISA-AI-RFI-2025', 'International Society of Automation', 'Industry/Professional/Scientific Associations'),
  meta('Palantir-AI-RFI-2025', 'Palantir Technologies'),
  meta('AI-RFI-2025-0001', 'A Green', 'Individuals'),
  meta('AI-RFI-2025-0002', 'Jane Q Public', 'Individuals'),
];
const names = new NameIndex(docs.map((d) => ({ docId: d.id, aliases: aliasesOf(d) })));
const found = (question: string) => names.find(question).flatMap((hit) => hit.docIds);

describe('submitter names', () => {
  it('are found in questions by full name, short form and doc-id stem', () => {
    expect(found('What did Palantir say about procurement?')).toEqual(['Palantir-AI-RFI-2025']);
    expect(found('What did palantir technologies propose?')).toEqual(['Palantir-AI-RFI-2025']);
    expect(found('Did Open AI mention copyright?')).toEqual(['OpenAI-RFI-2025']);
  });

  it('do not match ordinary words', () => {
    expect(found('This is a question about green energy')).toEqual([]);
    expect(found('What did the public say about jobs?')).toEqual([]);
  });

  it('match individuals only by their whole name', () => {
    expect(found('What did Jane Q Public write?')).toEqual(['AI-RFI-2025-0002']);
  });

  it('forgive a misspelt explicit name when one alias is clearly closest', () => {
    expect(names.closest('Antropic')?.docIds).toEqual(['Anthropic-AI-RFI-2025']);
    expect(names.closest('Palentir')?.docIds).toEqual(['Palantir-AI-RFI-2025']);
    expect(names.closest('Zzyzx Corp')).toBeUndefined();
    expect(names.closest('Meta')).toBeUndefined(); // too short to guess
    // A whole word changed is another name, not a misspelling of this one.
    const banks = new NameIndex([{ docId: 'ABA-AI-RFI-2025', aliases: ['american bankers association', 'aba'] }]);
    expect(banks.closest('American Bar Association')).toBeUndefined();
    expect(banks.closest('American Bankers Asociation')?.docIds).toEqual(['ABA-AI-RFI-2025']);
  });
});

describe('acronyms', () => {
  it('a name with its acronym in brackets is found by the name and by the acronym', () => {
    const sia = meta('AI-RFI-2025-1494', 'Semiconductor Industry Association (SIA)', 'Industry/Professional/Scientific Associations');
    expect(acronymsOf(meta('AIR-AI-RFI-2025', 'American Institutes for Research'))).toEqual(['air']);
    expect(aliasesOf(sia)).toContain('semiconductor industry association');
    expect(acronymsOf(sia)).toEqual(['sia']);
  });

  it('an acronym that is also a common word names the submitter only in capitals', () => {
    const names = new NameIndex([{ docId: 'AIR-AI-RFI-2025', aliases: ['american institutes for research', 'air'], capitalsOnly: ['air'] }]);
    expect(names.find('What did AIR say about schools?').map((h) => h.docIds[0])).toEqual(['AIR-AI-RFI-2025']);
    expect(names.find('a study of the damage from air pollution')).toEqual([]);
  });

  it('a one-word name that is also a common word names the submitter only capitalised', () => {
    const names = new NameIndex([{ docId: 'Cover-AI-RFI-2025', aliases: ['cover'], capitalisedOnly: ['cover'] }]);
    expect(names.find('What did Cover say about schools?').map((h) => h.docIds[0])).toEqual(['Cover-AI-RFI-2025']);
    expect(names.find("What does IBM's submission cover?")).toEqual([]);
  });
});

describe('names made of parts', () => {
  const tntech = meta('MInDS-AI-RFI-2025', 'Machine Intelligence and Data Science Center and Advanced Scalable Computing, Extreme Networks & Data Center, Tennessee Tech', 'Academia');
  const stanford = meta('AI-RFI-2025-7342', 'Stanford CRFM, Stanford RegLab, and Stanford HAI', 'Academia');
  const person = meta('AI-RFI-2025-0003', 'Smith, John / Jones, Mary', 'Individuals');
  const byPart = new NameIndex([tntech, stanford, person].map((d) => ({ docId: d.id, aliases: aliasesOf(d) })));
  const foundByPart = (question: string) => byPart.find(question).flatMap((hit) => hit.docIds);

  it('each comma- or slash-separated part of two words or more names an organisation', () => {
    expect(aliasesOf(tntech)).toContain('tennessee tech');
    expect(aliasesOf(stanford)).toEqual(expect.arrayContaining(['stanford crfm', 'stanford reglab', 'stanford hai']));
    expect(foundByPart('What did Tennessee Tech propose?')).toEqual(['MInDS-AI-RFI-2025']);
    expect(foundByPart('Summarise Stanford HAI’s submission')).toEqual(['AI-RFI-2025-7342']);
  });

  it('a part of one word, or a part of a person’s name, is no alias', () => {
    expect(aliasesOf(meta('X-AI-RFI-2025', 'Palo Alto Networks, Inc.'))).not.toContain('inc');
    expect(aliasesOf(person)).not.toContain('smith');
    expect(aliasesOf(person)).not.toContain('jones mary');
  });
});

describe('names in another word order', () => {
  const orgs = [
    meta('Duke-Energy-RFI-2025', 'Duke Energy'),
    meta('Duke-Health-RFI-2025', 'Duke Health', 'Non-Profit'),
    meta('Quantum-Connect-RFI-2025', 'Quantum Connect AI'),
    meta('Workforce-AI-RFI-2025', 'Workforce AI'),
    meta('NDUS-AI-RFI-2025', 'North Dakota University System', 'Academia'),
    meta('ND-RFI-2025', 'North Dakota', 'Non-Federal Government'),
  ];
  const index = new NameIndex(orgs.map((d) => ({ docId: d.id, aliases: aliasesOf(d) })));
  const anyOrder = (text: string) => index.findAnyOrder(text).map((hit) => hit.alias);

  it('are found when their words stand apart', () => {
    expect(anyOrder("North Dakota's state university system")).toEqual(['north dakota university system']);
  });

  it('never take a word from a name written as such', () => {
    expect(anyOrder('health care something Duke Energy raised')).not.toContain('duke health');
    expect(anyOrder('the workforce something Quantum Connect AI raised')).not.toContain('workforce ai');
  });
});
