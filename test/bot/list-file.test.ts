/** The whole list behind a list or count answer, attached as submitters.csv, through the real client. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LIST_FILE_NAME, listReply } from '../../src/bot/list-file.js';
import { csvField, csvTable } from '../../src/bot/render/csv.js';
import type { Aggregate, ListedSubmission } from '../../src/retrieval/types.js';
import type { RecordedCall } from '../support/fake-discord.js';
import { fakeAnswer } from '../support/fake-qa.js';
import { parseCsv } from '../support/csv.js';
import { callsFor, failOnUnhandledRejections, finalEdit, isOriginalEdit, postTo, startHarness, type Harness } from './harness.js';

const HEADER = ['doc_id', 'submitter', 'category', 'pdf_url', 'mentions'];
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const listedOne = (i: number, submitter = `Applied Labs ${i}`, category = 'Private Sector'): ListedSubmission => ({
  docId: `AI-RFI-2025-${String(i).padStart(4, '0')}`,
  submitter,
  category,
  url: `https://files.nitrd.gov/90-fr-9088/AI-RFI-2025-${String(i).padStart(4, '0')}.pdf`,
  mentions: i % 4,
});

/** 40 submissions; among them a name with a comma and quotes, a Chinese one, and one a spreadsheet would run. */
const LISTED: ListedSubmission[] = [
  listedOne(1, 'Smith, Jones & "Partners" LLC', 'Industry/Professional/Scientific Associations'),
  listedOne(2, '清华大学人工智能国际治理研究院', 'Academia'),
  listedOne(3, 'Line one\nline two Institute', 'Non-Profit'),
  ...Array.from({ length: 37 }, (_, i) => listedOne(i + 4)),
];

const COUNTS: Aggregate = {
  query: 'NAIRR',
  submissions: LISTED.length,
  byCategory: [{ category: 'Private Sector', submissions: 37 }, { category: 'Academia', submissions: 1 }],
  submitters: LISTED.slice(0, 25),
  campaigns: [],
};

/** The CSV uploaded with a call, as bytes and as parsed rows. */
function uploadedList(call: RecordedCall) {
  const file = call.files.find((f) => f.name === LIST_FILE_NAME);
  expect(file, `${LIST_FILE_NAME} in the upload`).toBeDefined();
  return { bytes: file!.data, rows: parseCsv(file!.data.subarray(BOM.length).toString('utf8')) };
}

const rowOf = (s: ListedSubmission) => [s.docId, s.submitter, s.category, s.url, String(s.mentions)];

describe('lists attached as CSV, through the real client', () => {
  let h: Harness;
  const rejections = failOnUnhandledRejections();
  beforeAll(async () => {
    h = await startHarness();
    h.qa.on('nairr list', async (q) => fakeAnswer(q, { text: 'They are: Smith, Jones; and 38 more.', aggregate: COUNTS, listed: LISTED }));
    h.qa.on('long list', async (q) => fakeAnswer(q, { text: 'Paragraph of the list answer. '.repeat(120), aggregate: COUNTS, listed: LISTED }));
    h.qa.on('five listed', async (q) => fakeAnswer(q, { aggregate: { ...COUNTS, submissions: 5 }, listed: LISTED.slice(0, 5) }));
  });
  afterAll(async () => {
    await h.close();
    rejections.dispose();
  });
  afterEach(() => expect(rejections.errors).toEqual([]));

  it('a count answer carries its chart and the whole list, which reads back to the same rows', async () => {
    const { token } = h.fake.chatInput('ask', { question: 'which submissions mention NAIRR? nairr list' });
    const edit = await h.fake.waitFor((c) => isOriginalEdit(token)(c) && c.files.length > 0, 5_000, 'the answer with its files');
    expect(edit.files.map((f) => f.name)).toEqual(['chart.png', LIST_FILE_NAME]);
    expect(edit.body.attachments).toEqual([
      { id: '0', description: expect.stringMatching(/^Bar chart of /) },
      { id: '1', description: 'All 40 submissions of the answer: doc id, submitter, category, PDF link, mentions' },
    ]);
    expect(String(edit.body.content)).toContain(`📎 All 40 submissions are in ${LIST_FILE_NAME}`);
    const { bytes, rows } = uploadedList(edit);
    expect(bytes.subarray(0, 3)).toEqual(BOM);
    expect(rows).toEqual([HEADER, ...LISTED.map(rowOf)]);
    expect(bytes.includes(Buffer.from('清华大学人工智能国际治理研究院', 'utf8'))).toBe(true);
    expect(bytes.toString('utf8')).toContain('"Smith, Jones & ""Partners"" LLC"');
  });

  it('a list by mention gets the CSV on the first message of a split answer only', async () => {
    const asked = h.fake.userMessage('long list of NAIRR submitters', { mention: true });
    const last = await h.fake.waitFor(postTo(asked.id, (s) => s.includes('Sources')), 5_000, 'the last part of the answer');
    const parts = h.fake.calls.slice(0, h.fake.calls.indexOf(last) + 1).filter(postTo(asked.id, () => true));
    const withFiles = parts.filter((c) => c.files.length > 0);
    expect(parts.length).toBeGreaterThan(2); // placeholder, first part, continuation
    expect(withFiles).toHaveLength(1);
    expect(withFiles[0]!.method).toBe('PATCH'); // the placeholder, edited into the first part
    expect(uploadedList(withFiles[0]!).rows).toEqual([HEADER, ...LISTED.map(rowOf)]);
  });

  it('an answer without a list, or with a list its text shows whole, carries no CSV', async () => {
    const plain = h.fake.chatInput('ask', { question: 'What about export controls?' });
    await finalEdit(h.fake, plain.token);
    const five = h.fake.chatInput('ask', { question: 'five listed' });
    await finalEdit(h.fake, five.token);
    const uploads = [...callsFor(h.fake, plain.token), ...callsFor(h.fake, five.token)].flatMap((c) => c.files.map((f) => f.name));
    expect(uploads).toContain('chart.png'); // the five-name count still has its chart
    expect(uploads).not.toContain(LIST_FILE_NAME);
  });
});

describe('csv', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, and doubles quotes', () => {
    expect(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', '', 12].map(csvField)).toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\rhere"', '', '12']);
    expect(csvTable(['a', 'b'], [['x,y', 3]])).toBe('a,b\r\n"x,y",3\r\n');
  });

  it('keeps a spreadsheet from running a name as a formula', () => {
    expect(['=HYPERLINK("http://evil.example")', '+1', '-x', '@SUM(A1)', 'A=B'].map(csvField)).toEqual([`"'=HYPERLINK(""http://evil.example"")"`, "'+1", "'-x", "'@SUM(A1)", 'A=B']);
  });

  it('leaves off a list over the upload limit rather than have Discord refuse the answer', () => {
    const answer = fakeAnswer('q', { listed: LISTED });
    expect(listReply(answer).files).toHaveLength(1);
    const over = listReply(answer, 1_000);
    expect(over.files).toEqual([]);
    expect(over.leftOff).toMatch(/over the 1000-byte upload limit/);
  });
});
