/**
 * `npm run bench:pdf -- [--docs N] [--pages P]`: PDF text extraction speed. The official source
 * is a zip of PDFs, which these machines cannot download, so this generates N text PDFs of P
 * pages (about 40 lines a page) and times `readSource` over them: ms per document and per page.
 * Real PDFs with embedded fonts and images are slower; treat the figure as a lower bound.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSource } from '../src/index-build/sources/index.js';
import { makePdf } from '../test/support/pdf-fixtures.js';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '200' }, pages: { type: 'string', default: '4' } } });
const docs = Number(values.docs);
const pages = Number(values.pages);
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rfi-bench-pdf-'));
try {
  const line = 'The Action Plan should invest in compute, energy and talent so that American research leads.';
  for (let d = 0; d < docs; d++) {
    const content = Array.from({ length: pages }, (_, p) => Array.from({ length: 38 }, (_, l) => `${line} ${d}.${p}.${l}`));
    await fs.writeFile(path.join(dir, `DOC-${d}.pdf`), await makePdf(content));
  }
  const started = performance.now();
  let read = 0;
  for await (const item of readSource(dir, { cacheDir: path.join(dir, 'cache') })) if (item.type === 'document') read++;
  const ms = performance.now() - started;
  console.log(`${read}/${docs} PDFs of ${pages} pages extracted in ${(ms / 1000).toFixed(1)} s: ${(ms / read).toFixed(1)} ms a document, ${(ms / (read * pages)).toFixed(1)} ms a page`);
  console.log(JSON.stringify({ bench: 'pdf', docs: read, pages, ms: Math.round(ms), msPerDoc: +(ms / read).toFixed(1), msPerPage: +(ms / (read * pages)).toFixed(2) }));
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
