import type { AttachmentPayload } from 'discord.js';
import type { Answer, ListedSubmission } from '../retrieval/types.js';
import { MAX_ATTACHMENT_BYTES } from './charts.js';
import { csvTable } from './render/csv.js';

export const LIST_FILE_NAME = 'submitters.csv';
export const LIST_FILE_HEADER = ['doc_id', 'submitter', 'category', 'pdf_url', 'mentions'] as const;
/** A list this long or shorter reads well in the message itself; a longer one also comes as a file. */
export const LIST_IN_TEXT_MAX = 5;
/** Byte order mark: spreadsheet programs read the file as UTF-8 only with it (Chinese names). */
const BOM = '\uFEFF';

/** What a list adds to a reply: the CSV to attach and a line pointing to it, or why it was left off. */
export interface ListReply {
  files: AttachmentPayload[];
  note?: string;
  leftOff?: string;
}

/** Every submission of the list as CSV bytes: UTF-8 with a byte order mark. */
export function listCsv(listed: readonly ListedSubmission[]): Buffer {
  const rows = listed.map((s) => [s.docId, s.submitter, s.category, s.url, s.mentions]);
  return Buffer.from(BOM + csvTable(LIST_FILE_HEADER, rows), 'utf8');
}

/**
 * The whole list behind a list or count answer, as a CSV file, when it is longer than a message
 * shows well. A file over Discord's upload limit (far beyond the corpus's 10,068 rows) is left off
 * rather than have the upload refuse the answer.
 */
export function listReply(answer: Answer, maxBytes = MAX_ATTACHMENT_BYTES): ListReply {
  const listed = answer.listed ?? [];
  if (listed.length <= LIST_IN_TEXT_MAX) return { files: [] };
  const csv = listCsv(listed);
  if (csv.length > maxBytes) return { files: [], leftOff: `the list is ${csv.length} bytes as CSV, over the ${maxBytes}-byte upload limit` };
  const count = listed.length.toLocaleString('en-US');
  return {
    files: [{ attachment: csv, name: LIST_FILE_NAME, description: `All ${count} submissions of the answer: doc id, submitter, category, PDF link, mentions` }],
    note: `📎 All ${count} submissions are in ${LIST_FILE_NAME}, with their categories and PDF links.`,
  };
}
