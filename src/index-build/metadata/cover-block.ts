/**
 * The regulations.gov cover block that most `AI-RFI-2025-NNNN` submissions start with:
 *
 *   PUBLIC SUBMISSIONAs of: March 21, 2025
 *   Received: March 14, 2025
 *   Tracking No. m 89-abcd-ef12
 *   …
 *   Docum ent: NSF_FRDOC_0001-DRAFT-1608
 *   Submitter Information
 *   Nam e: Jane Doe
 *   Organization:  Example Org
 *   General Comment
 *   <comment body, then attachment text>
 *
 * The text is PyPDF2 output, so labels may be split ("Subm itter", "Genera l Comment"),
 * a value may run over two lines, and in most blocks the font adds a space after every "m"
 * ("Am erican"; a real space after "m" then shows as two).
 */

export interface CoverBlock {
  name?: string;
  organization?: string;
  /** ISO date `YYYY-MM-DD` when parseable, else the raw value. */
  received?: string;
  /** regulations.gov tracking number, spaces removed, e.g. `m89-hfx5-s7eg`. */
  trackingNumber?: string;
  /** e.g. `NSF_FRDOC_0001-DRAFT-1608`. */
  documentId?: string;
  /** Offset in the text where the comment body begins: after the "General Comment" heading, or after the block. */
  bodyStart: number;
}

type Field =
  | 'asOf'
  | 'received'
  | 'status'
  | 'tracking'
  | 'commentsDue'
  | 'submissionType'
  | 'docket'
  | 'recentlyPosted'
  | 'commentOn'
  | 'requestFor'
  | 'document'
  | 'frDoc'
  | 'submitterInformation'
  | 'name'
  | 'email'
  | 'address'
  | 'organization'
  | 'agencyType'
  | 'agency'
  | 'city'
  | 'state'
  | 'country'
  | 'phone';

/** A word whose letters may be separated by one stray space ("Subm itter"). */
function looseWord(word: string): string {
  return [...word].map((ch) => ch.replace(/[.#]/, '\\$&')).join(' ?');
}

/** Words separated by any whitespace; a final colon may follow a line break ("Email\\n:"). */
function loosePhrase(phrase: string): string {
  const colon = phrase.endsWith(':');
  const words = (colon ? phrase.slice(0, -1) : phrase).split(' ').map(looseWord).join('\\s+');
  return colon ? `${words}\\s*:` : words;
}

const LABELS: ReadonlyArray<readonly [Field, string]> = [
  ['asOf', 'As of:'],
  ['received', 'Received:'],
  ['status', 'Status:'],
  ['tracking', 'Tracking No.'],
  ['commentsDue', 'Comments Due:'],
  ['submissionType', 'Submission Type:'],
  ['docket', 'Docket:'],
  ['recentlyPosted', 'Recently Posted NSF Rules and Notices.'],
  ['commentOn', 'Comment On:'],
  ['requestFor', 'Request for Information:'],
  ['document', 'Document:'],
  ['frDoc', 'Comment on FR Doc #'],
  ['submitterInformation', 'Submitter Information'],
  ['agencyType', 'Government Agency Type:'],
  ['agency', 'Government Agency:'],
  ['organization', 'Organization:'],
  ['name', 'Name:'],
  ['email', 'Email:'],
  ['address', 'Address:'],
  ['city', 'City:'],
  ['state', 'State:'],
  ['country', 'Country:'],
  ['phone', 'Phone:'],
];

const LABEL_PATTERN = new RegExp(
  LABELS.map(([field, phrase]) => `(?<${field}>${loosePhrase(phrase)})`).join('|'),
  'g',
);

const START = /^\uFEFF?\s*PUBLIC\s+SUBMISSION/;
const GENERAL_COMMENT = new RegExp(`(?:^|\\n)[ \\t]*${loosePhrase('General Comment')}[ \\t]*(?:\\r?\\n)?`, 'g');
/** How far into the text the block's labels may reach. */
const HEADER_LIMIT = 4000;
/** How far past the heading to look for fields that some layouts print after the attachments list. */
const LATE_FIELD_WINDOW = 3000;

interface LabelHit {
  field: Field;
  start: number;
  end: number;
}

function findLabels(text: string, from: number, to: number): LabelHit[] {
  const region = text.slice(0, to);
  const hits: LabelHit[] = [];
  LABEL_PATTERN.lastIndex = from;
  for (let m = LABEL_PATTERN.exec(region); m; m = LABEL_PATTERN.exec(region)) {
    const field = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] as Field | undefined;
    if (!field) continue;
    const before = m.index === 0 ? '' : region.charAt(m.index - 1);
    const previous = hits.at(-1);
    // "Name:" is sometimes glued to a leftover of the previous field ("pa.usName:").
    const firstName = field === 'name' && !hits.some((h) => h.field === 'name');
    const atBoundary = !/[A-Za-z]/.test(before) || previous?.end === m.index || firstName;
    if (atBoundary) hits.push({ field, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** Whether the block's font splits words after "m" ("Com m ent", "Docum ent"). */
function hasSplitM(header: string): boolean {
  return /Com m ent|Docum ent|Nam e\s?:|Subm ission|Inform ation/.test(header);
}

/** Collapse whitespace; with `splitM`, first rejoin "m" + single space + lowercase letter. */
function cleanValue(raw: string, splitM: boolean): string | undefined {
  const joined = splitM ? raw.replace(/m (?=[a-z])/g, 'm') : raw;
  const value = joined.replace(/\s+/g, ' ').trim();
  return value === '' ? undefined : value;
}

/** "Anonym ous Anonym ous" → "Anonymous"; punctuation-only names ("- -") → undefined. */
function cleanName(raw: string, splitM: boolean): string | undefined {
  const value = cleanValue(raw, splitM);
  if (value === undefined || !/[\p{L}\p{N}]/u.test(value)) return undefined;
  if (/^(?:anonymous)+$/i.test(value.replace(/\s/g, ''))) return 'Anonymous';
  return value;
}

const PLACEHOLDER_ORGANIZATIONS = /^(?:n\/?a|none|no|null|self|myself|individual|personal|private|-+|\.+)$/i;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "March 14, 2025" (letters possibly split) → "2025-03-14"; anything else is returned trimmed. */
export function parseReceivedDate(raw: string): string {
  const value = raw.replace(/\s+/g, ' ').trim();
  const m = /^([A-Za-z][A-Za-z ]*?)\s*(\d{1,2})\s*,?\s*(\d{4})$/.exec(value);
  if (m?.[1] && m[2] && m[3]) {
    const month = MONTHS.indexOf(m[1].replace(/\s/g, '').toLowerCase()) + 1;
    const day = Number(m[2]);
    if (month > 0 && day >= 1 && day <= 31) {
      return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  return value;
}

function compact(raw: string): string | undefined {
  const value = raw.split('\n')[0]?.replace(/\s+/g, '') ?? '';
  return value === '' ? undefined : value;
}

function cleanTracking(raw: string): string | undefined {
  const value = compact(raw);
  return value !== undefined && value.length <= 40 ? value : undefined;
}

function lateTrackingNumber(text: string, from: number): string | undefined {
  const window = text.slice(from, from + LATE_FIELD_WINDOW);
  const m = new RegExp(`${loosePhrase('Tracking No.')}([^\\n]*)`).exec(window);
  return m?.[1] === undefined ? undefined : cleanTracking(m[1]);
}

/** Parse the regulations.gov cover block at the start of `text`, or return undefined when there is none. */
export function parseCoverBlock(text: string): CoverBlock | undefined {
  const start = START.exec(text);
  if (!start) return undefined;

  const limit = Math.min(text.length, HEADER_LIMIT);
  GENERAL_COMMENT.lastIndex = start[0].length;
  const heading = GENERAL_COMMENT.exec(text.slice(0, limit));
  const headerEnd = heading ? heading.index : limit;
  const hits = findLabels(text, start[0].length, headerEnd);
  if (!hits.some((h) => h.field === 'document' || h.field === 'docket' || h.field === 'tracking')) return undefined;

  const header = text.slice(0, headerEnd);
  const splitM = hasSplitM(header);
  const values = new Map<Field, string>();
  hits.forEach((hit, i) => {
    const valueEnd = hits[i + 1]?.start ?? headerEnd;
    if (!values.has(hit.field)) values.set(hit.field, text.slice(hit.end, valueEnd));
  });

  let bodyStart: number;
  if (heading) {
    bodyStart = heading.index + heading[0].length;
  } else {
    const last = hits.at(-1);
    const lineEnd = last ? text.indexOf('\n', last.end) : -1;
    bodyStart = lineEnd === -1 ? text.length : lineEnd + 1;
  }

  const block: CoverBlock = { bodyStart };
  const name = values.get('name');
  const nameValue = name === undefined ? undefined : cleanName(name, splitM);
  if (nameValue) block.name = nameValue;
  const organization = values.get('organization') ?? values.get('agency');
  const organizationValue = organization === undefined ? undefined : cleanValue(organization, splitM);
  if (organizationValue && !PLACEHOLDER_ORGANIZATIONS.test(organizationValue)) block.organization = organizationValue;
  const received = values.get('received');
  const receivedValue = received === undefined ? undefined : cleanValue(received, false);
  if (receivedValue) block.received = parseReceivedDate(receivedValue);
  const tracking = values.get('tracking');
  const trackingNumber = tracking === undefined ? lateTrackingNumber(text, bodyStart) : cleanTracking(tracking);
  if (trackingNumber) block.trackingNumber = trackingNumber;
  const document = values.get('document');
  const documentId = document === undefined ? undefined : compact(document);
  if (documentId) block.documentId = documentId;
  return block;
}
