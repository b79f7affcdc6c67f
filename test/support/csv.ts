/**
 * Reads CSV the way a spreadsheet does (RFC 4180): records end with CRLF, a quoted field may hold
 * commas, line breaks and doubled quotes. Strict, so a malformed file fails the test that reads it.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      const close = quotedEnd(text, i);
      field = text.slice(i + 1, close).replaceAll('""', '"');
      i = close + 1;
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
    } else if (c === ',') {
      endField();
      i++;
    } else if (text.startsWith('\r\n', i)) {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('the last record does not end with CRLF');
  return rows;
}

/** Index of the quote that closes the field opened at `open`. */
function quotedEnd(text: string, open: number): number {
  let i = open + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) throw new Error(`unclosed quote opened at ${open}`);
    if (text[q + 1] !== '"') return q;
    i = q + 2;
  }
}
