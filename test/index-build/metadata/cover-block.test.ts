import { describe, expect, it } from 'vitest';
import { parseCoverBlock, parseReceivedDate } from '../../../src/index-build/metadata/cover-block.js';

// Authored fixtures imitating the regulations.gov cover layout after PyPDF2 extraction.
const HEAD = [
  'PUBLIC SUBMISSIONAs of: April 02, 2025',
  'Received: February 07, 2025',
  'Status: ',
  'Tracking No. m 7q-ab3c-x9yz',
  'Com m ents Due: March 15, 2025',
  'Subm ission Type: Web',
  'Docket: NSF_FRDOC_0001',
  'Recently Posted NSF Rules and Notices.',
  'Com m ent On: NSF_FRDOC_0001-3479',
  'Request for Inform ation: Developm ent of an Artificial Intelligence Action Plan',
  'Docum ent: NSF_FRDOC_0001-DRAFT-0123',
  'Com m ent on FR Doc # 2025-02305',
  'Submitter Information',
].join('\n');

const WITH_ORGANIZATION = `${HEAD}
Em ail:  
Organization:  Acm e Hum an Factors Lab
General Comment
See attached file(s)
Attachments
Our letter
`;

const WITH_NAME = `${HEAD}
Nam e: Sam  Kim ble
General Comment
I am  writing about m odels.
`;

describe('parseCoverBlock', () => {
  it('reads a block with an organization', () => {
    const block = parseCoverBlock(WITH_ORGANIZATION);
    expect(block).toEqual({
      organization: 'Acme Human Factors Lab',
      received: '2025-02-07',
      trackingNumber: 'm7q-ab3c-x9yz',
      documentId: 'NSF_FRDOC_0001-DRAFT-0123',
      bodyStart: WITH_ORGANIZATION.indexOf('See attached'),
    });
  });

  it('reads the name, repairing the split after "m" but keeping real spaces', () => {
    const block = parseCoverBlock(WITH_NAME);
    expect(block?.name).toBe('Sam Kimble');
    expect(block?.organization).toBeUndefined();
    expect(WITH_NAME.slice(block?.bodyStart)).toBe('I am  writing about m odels.\n');
  });

  it('handles split labels, values over two lines and a glued heading', () => {
    const text = [
      'PUBLIC SUBMISSIONAs of: March 21, 2025',
      'Received: March 09, 2025',
      'Tracking No. m 8c-q1 -zz20',
      'Comments Due: March 15, ',
      '2025  Submission Type: API',
      'Docket: NSF_FRDOC_0001',
      'Docum ent: NSF_FRDOC_0001-DRAFT-7777',
      'Subm itter InformationName: Robin ',
      'Hartwell   Email',
      ': ',
      'Genera l CommentPlease be careful.',
    ].join('\n');
    const block = parseCoverBlock(text);
    expect(block?.name).toBe('Robin Hartwell');
    expect(block?.trackingNumber).toBe('m8c-q1-zz20');
    expect(block?.received).toBe('2025-03-09');
    expect(text.slice(block?.bodyStart)).toBe('Please be careful.');
  });

  it('normalises anonymous names and drops empty or placeholder values', () => {
    const anonymous = parseCoverBlock(`${HEAD}\nNam e: Anonym ous Anonym ous\nGeneral Comment\nNo.\n`);
    expect(anonymous?.name).toBe('Anonymous');
    const blank = parseCoverBlock(`${HEAD}\nNam e: - -\nOrganization: N/A\nGeneral Comment\nNo.\n`);
    expect(blank?.name).toBeUndefined();
    expect(blank?.organization).toBeUndefined();
  });

  it('uses a government agency as the organization', () => {
    const block = parseCoverBlock(
      `${HEAD}\nEm ail:  \nGovernm ent Agency Type:  State\nGovernm ent Agency:  Example County\nGeneral Comment\nHi\n`,
    );
    expect(block?.organization).toBe('Example County');
  });

  it('reads the spaced layout whose tracking number follows the attachments list', () => {
    const text = [
      'PUBLIC  SUBMISSION  ',
      ' ',
      'Docket:  NSF_FRDOC_0001 ',
      'Document:  NSF_FRDOC_0001 -DRAFT -0456 ',
      'Submitter  Information  ',
      'Email:  ',
      'Organization:  Example Robotics  ',
      ' ',
      'General  Comment  ',
      'See attached  file(s)  ',
      'Attachments  ',
      'As of: March  21, 2025 ',
      'Tracking  No. m89-abcd-ef01 ',
      '',
      'Body text.',
    ].join('\n');
    const block = parseCoverBlock(text);
    expect(block).toMatchObject({
      organization: 'Example Robotics',
      documentId: 'NSF_FRDOC_0001-DRAFT-0456',
      trackingNumber: 'm89-abcd-ef01',
    });
    expect(block?.received).toBeUndefined();
    expect(text.slice(block?.bodyStart).startsWith('See attached')).toBe(true);
  });

  it('ends the block after the last field when there is no General Comment heading', () => {
    const text = `${HEAD}\nNam e: Lee Park\n`;
    expect(parseCoverBlock(text)?.bodyStart).toBe(text.length);
  });

  it('returns undefined without a cover block', () => {
    expect(parseCoverBlock('')).toBeUndefined();
    expect(parseCoverBlock('March 14, 2025\nDear Mr. Smith,\nPUBLIC SUBMISSION is a phrase.\n')).toBeUndefined();
    expect(parseCoverBlock('PUBLIC SUBMISSION\nnothing else here\n')).toBeUndefined();
  });
});

describe('parseReceivedDate', () => {
  it('makes ISO dates and keeps other values', () => {
    expect(parseReceivedDate('March 14, 2025')).toBe('2025-03-14');
    expect(parseReceivedDate('Febr uary 3,2025')).toBe('2025-02-03');
    expect(parseReceivedDate('sometime soon')).toBe('sometime soon');
  });
});
