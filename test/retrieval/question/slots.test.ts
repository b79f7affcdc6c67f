/** The author slot with a name index of its own: names written as people type them. */
import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../../src/retrieval/names.js';
import { readSlots } from '../../../src/retrieval/question/slots.js';

// "Cover" is a submitter, and a word common enough that the finder takes it for the submitter only capitalised.
const names = new NameIndex([{ docId: 'Cover-AI-RFI-2025', aliases: ['cover'], capitalisedOnly: ['cover'] }]);
const slots = (question: string) =>
  readSlots({ question, english: question, language: 'en', named: names.find(question), organisations: [], inSpan: () => false }, { names, canAuthor: () => true });

describe('a submitter named where an author stands', () => {
  it.each(['Did cover submit a comment?', 'What did cover say about schools?'])('is the submitter whose whole name it is, in lower case too: "%s"', (question) => {
    const read = slots(question);
    expect(read.authors.flatMap((a) => a.docIds)).toEqual(['Cover-AI-RFI-2025']);
    expect(read.unknownAuthors).toEqual([]);
  });

  it('is not read into a common word elsewhere', () => {
    expect(slots("What does IBM's submission cover?").authors.flatMap((a) => a.docIds)).not.toContain('Cover-AI-RFI-2025');
  });
});

describe('a name with another name of it in brackets', () => {
  // The alliance filed twice: once under its acronym's document, once through the docket.
  const alliance = new NameIndex([
    { docId: 'GDA-AI-RFI-2025', aliases: ['the global data alliance', 'global data alliance', 'gda'] },
    { docId: 'AI-RFI-2025-1172', aliases: ['global data alliance', 'the global data alliance'] },
    { docId: 'Other-AI-RFI-2025', aliases: ['open data group', 'odg'] },
  ]);
  const read = (question: string) =>
    readSlots({ question, english: question, language: 'en', named: alliance.find(question), organisations: [], inSpan: () => false }, { names: alliance, canAuthor: () => true });

  it('is one submitter, not two to compare', () => {
    const slotsRead = read('What did The Global Data Alliance (GDA) say in its submission?');
    expect(slotsRead.authors).toHaveLength(1);
    expect([...slotsRead.authors[0]!.docIds].sort()).toEqual(['AI-RFI-2025-1172', 'GDA-AI-RFI-2025']);
  });

  it('leaves two different submitters two', () => {
    expect(read('Compare the Global Data Alliance (GDA) and the Open Data Group (ODG).').authors).toHaveLength(2);
  });
});
