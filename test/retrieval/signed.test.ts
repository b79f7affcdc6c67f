/**
 * "Who signed X's letter?", "who is its sender?", "X 的意見書是誰署名的？": the signature under the
 * sign-off, or the sender the letterhead names, quoted with its citation; never a "no".
 */
import { describe, expect, it } from 'vitest';
import { residents, useAnswerService, type Doc } from '../support/answer-corpus.js';

const DOCS: Doc[] = [
  {
    id: 'AI-RFI-2025-0401',
    name: 'Lake County, Ohio',
    category: 'non-profit',
    text: 'Lake County thanks the Office for the chance to comment.\n\nCounties need help to train their staff in the safe use of AI tools for permits.\n\nThank you for your consideration of these comments.\nRespectfully,\nDana Whitfield\nLake County Administrator\n',
  },
  {
    id: 'Harbor-Labs-AI-RFI-2025',
    name: 'Harbor Labs',
    category: 'private-sector',
    text: 'To: Office of Science and Technology Policy        From: Morgan Ellery\nHarbor Labs\n\nHarbor Labs builds models for shipping ports and asks for open data on cargo flows.\n',
  },
  // "Thank you." ends its letter; the line under it is a run-on line of text, no signer.
  { id: 'Quiet-Co-AI-RFI-2025', name: 'Quiet Co', category: 'private-sector', text: 'Quiet Co supports open data on cargo flows for all ports.\nThank you.\nwe look forward to working with the Office on the\n' },
  ...residents('05'),
];

describe('who signed a submission', () => {
  const fx = useAnswerService(DOCS);

  it.each(["Who signed Lake County, Ohio's comment?", 'Who is the signatory of the Lake County, Ohio letter?', 'Lake County, Ohio 的意見書是誰署名的？'])('quotes the signature under the sign-off: "%s"', async (question) => {
    const answer = await fx.service.ask(question);
    expect(answer.text).toContain('Dana Whitfield');
    expect(answer.text).toMatch(/\[1\]/);
    expect(answer.sources[0]?.docId).toBe('AI-RFI-2025-0401');
    expect(answer.citations.verified).toBe(answer.citations.total);
  });

  it.each(["Who is listed as the sender of Harbor Labs' submission?", 'Who sent the Harbor Labs letter?', 'Harbor Labs 的意见书是谁寄出的？'])('quotes the sender a letterhead names: "%s"', async (question) => {
    const answer = await fx.service.ask(question);
    expect(answer.text).toContain('Morgan Ellery');
    expect(answer.sources[0]?.docId).toBe('Harbor-Labs-AI-RFI-2025');
  });

  it('says plainly when a submission names no signer, and says no "no"', async () => {
    const answer = await fx.service.ask('Who signed the Quiet Co comment?');
    expect(answer.text).not.toMatch(/^No —|does not mention/);
    expect(answer.text).toMatch(/no sign-off|names no/i);
  });

  it.each(['Who wrote about open data on cargo flows?', 'Does Harbor Labs want a digital signature on cargo manifests?'])('reads no signature question where none is asked: "%s"', async (question) => {
    const answer = await fx.service.ask(question);
    expect(answer.text).not.toMatch(/is signed|names its sender|names no signer/i);
  });
});
