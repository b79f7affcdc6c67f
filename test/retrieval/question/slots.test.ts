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
