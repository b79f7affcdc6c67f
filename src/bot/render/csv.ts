/**
 * CSV for spreadsheets (RFC 4180): CRLF between records, a field quoted when it holds a comma, a
 * quote or a line break, quotes inside doubled. No CSV library is among the dependencies, and
 * this is all a list needs.
 */

export type CsvValue = string | number;

/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * first) is prefixed with `'`: submitter names are written by the public.
 */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvValue): string {
  if (typeof value === 'number') return String(value);
  const text = inert(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header line and one record per row, each ended by CRLF. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
