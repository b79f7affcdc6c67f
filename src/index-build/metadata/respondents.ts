/**
 * The official NITRD respondent tables: which PDF belongs to which respondent and category.
 *
 * Input files are either HTML `<tr>` fragments holding
 * `<a href="https://files.nitrd.gov/90-fr-9088/<doc>.pdf" …>Respondent Name</a>` or a JSON
 * array of `{ "title": "<pdf url>", "name": "<respondent name>" }`. The category comes from
 * the file name (`private-sector_links.txt` → "Private Sector").
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface Respondent {
  /** PDF base name without `.pdf`, URL-decoded, NFC. */
  docId: string;
  name: string;
  category: string;
  pdfUrl: string;
}

export interface RespondentTable {
  byDocId: Map<string, Respondent>;
  /** Table rows read (including duplicates). */
  rows: number;
  /** Rows whose doc id was already listed (the first listing wins). */
  duplicates: number;
  /** Files read, absolute paths, sorted. */
  files: string[];
  /** Find a respondent by doc id, tolerating accents and case (see {@link matchKey}). */
  lookup(docId: string): Respondent | undefined;
}

const CATEGORY_BY_FILE_STEM: ReadonlyArray<readonly [string, string]> = [
  ['academia', 'Academia'],
  ['individuals', 'Individuals'],
  ['industry-professional-scientificassoc', 'Industry/Professional/Scientific Associations'],
  ['non-federal', 'Non-Federal Government'],
  ['non-profit', 'Non-Profit'],
  ['private-sector', 'Private Sector'],
];

/** The category a respondent table file stands for, from its name. Never throws. */
export function categoryFromFileName(fileName: string): string {
  const stem = path
    .basename(fileName)
    .replace(/\.[^.]*$/, '')
    .replace(/[_-]?links$/i, '')
    .toLowerCase();
  for (const [known, label] of CATEGORY_BY_FILE_STEM) {
    if (stem === known) return label;
  }
  const words = stem.split(/[\s_-]+/).filter((w) => w !== '');
  if (words.length === 0) return 'Unknown';
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** Lookup key that ignores diacritics and case: `Maja-Smoljanović` and `maja-smoljanovic` match. */
export function matchKey(docId: string): string {
  return docId.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC').toLowerCase();
}

/** Doc id of a PDF URL or path: base name without `.pdf`, URL-decoded, NFC. */
export function docIdFromPdfUrl(url: string): string | undefined {
  const withoutQuery = url.trim().replace(/[?#].*$/, '');
  const base = withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1);
  const match = /^(.+)\.pdf$/i.exec(base);
  if (!match?.[1]) return undefined;
  let decoded = match[1];
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // Malformed escapes: keep the raw name.
  }
  return decoded.normalize('NFC');
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  eacute: '\u00e9',
  egrave: '\u00e8',
  aacute: '\u00e1',
  iacute: '\u00ed',
  oacute: '\u00f3',
  uacute: '\u00fa',
  ntilde: '\u00f1',
  uuml: '\u00fc',
  ouml: '\u00f6',
  auml: '\u00e4',
  ccedil: '\u00e7',
  reg: '\u00ae',
  copy: '\u00a9',
  trade: '\u2122',
};

/** Decode HTML character references: numeric (`&#39;`, `&#x27;`) and common named ones. Unknown ones stay. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        return '\ufffd';
      }
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function cleanName(raw: string): string {
  return decodeHtmlEntities(raw.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

function respondent(pdfUrl: string, rawName: string, category: string): Respondent | undefined {
  const url = decodeHtmlEntities(pdfUrl).trim();
  const docId = docIdFromPdfUrl(url);
  if (docId === undefined) return undefined;
  const name = cleanName(rawName);
  return { docId, name: name === '' ? docId : name, category, pdfUrl: url };
}

function parseJsonRows(content: string, category: string): Respondent[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return undefined;
  }
  if (!Array.isArray(data)) return undefined;
  const out: Respondent[] = [];
  for (const item of data) {
    if (typeof item !== 'object' || item === null) continue;
    const { title, name, url } = item as Record<string, unknown>;
    const link = typeof title === 'string' ? title : typeof url === 'string' ? url : undefined;
    if (link === undefined) continue;
    const row = respondent(link, typeof name === 'string' ? name : '', category);
    if (row) out.push(row);
  }
  return out;
}

function parseHtmlRows(content: string, category: string): Respondent[] {
  const out: Respondent[] = [];
  const anchor = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
  for (const match of content.matchAll(anchor)) {
    const attributes = match[1] ?? '';
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    const link = href?.[1] ?? href?.[2] ?? href?.[3];
    if (link === undefined) continue;
    const row = respondent(link, match[2] ?? '', category);
    if (row) out.push(row);
  }
  return out;
}

/** Parse one respondent table (HTML rows or the JSON form). Rows without a PDF link are skipped. */
export function parseRespondentTable(content: string, category: string): Respondent[] {
  const trimmed = content.trimStart();
  if (trimmed.startsWith('[')) {
    const rows = parseJsonRows(trimmed, category);
    if (rows) return rows;
  }
  return parseHtmlRows(content, category);
}

/** Build a table from parsed rows; the first listing of a doc id wins. */
export function buildRespondentTable(rows: Respondent[], files: string[] = []): RespondentTable {
  const byDocId = new Map<string, Respondent>();
  const byKey = new Map<string, Respondent>();
  let duplicates = 0;
  for (const row of rows) {
    if (byDocId.has(row.docId)) {
      duplicates += 1;
      continue;
    }
    byDocId.set(row.docId, row);
    const key = matchKey(row.docId);
    if (!byKey.has(key)) byKey.set(key, row);
  }
  return {
    byDocId,
    rows: rows.length,
    duplicates,
    files,
    lookup(docId: string) {
      const nfc = docId.normalize('NFC');
      return byDocId.get(nfc) ?? byKey.get(matchKey(nfc));
    },
  };
}

async function tableFiles(pathToFileOrFolder: string): Promise<string[]> {
  const info = await stat(pathToFileOrFolder);
  if (!info.isDirectory()) return [path.resolve(pathToFileOrFolder)];
  const entries = await readdir(pathToFileOrFolder, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && /\.(txt|html?|json)$/i.test(e.name))
    .map((e) => path.resolve(pathToFileOrFolder, e.name))
    .sort();
}

/** Read a respondent table file, or every `.txt`/`.html`/`.json` table in a folder. */
export async function loadRespondents(pathToFileOrFolder: string): Promise<RespondentTable> {
  const files = await tableFiles(pathToFileOrFolder);
  const rows: Respondent[] = [];
  for (const file of files) {
    const content = await readFile(file, 'utf8');
    rows.push(...parseRespondentTable(content, categoryFromFileName(file)));
  }
  return buildRespondentTable(rows, files);
}
