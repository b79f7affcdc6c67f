/** Metadata parsers against the real corpus (skipped with a message when it is absent; required in CI). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { parseCoverBlock } from '../../../src/index-build/metadata/cover-block.js';
import { inferPages } from '../../../src/index-build/metadata/pages.js';
import { loadRespondents, type RespondentTable } from '../../../src/index-build/metadata/respondents.js';
import { corpusDir, describeCorpus } from '../../support/corpus.js';

describeCorpus('metadata on the real corpus', () => {
  let docs: { id: string; text: string }[] = [];
  let table: RespondentTable;

  beforeAll(async () => {
    const rawDir = path.join(corpusDir, 'raw');
    docs = readdirSync(rawDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ id: f.slice(0, -'.txt'.length).normalize('NFC'), text: readFileSync(path.join(rawDir, f), 'utf8') }));
    table = await loadRespondents(path.join(corpusDir, 'source', 'links'));
  });

  it('matches at least 10,064 respondent rows to raw files', () => {
    expect(table.files).toHaveLength(6);
    expect(table.rows).toBeGreaterThanOrEqual(10_064);
    const matched = docs.filter((d) => table.lookup(d.id) !== undefined);
    expect(matched.length).toBeGreaterThanOrEqual(10_064);
    // The one id that differs by an accent still matches.
    expect(table.lookup('Maja-Smoljanović-AI-RFI-2025')?.docId).toBe('Maja-Smoljanovic-AI-RFI-2025');
  });

  it('parses cover blocks for more than 8,000 files', () => {
    const blocks = docs.map((d) => ({ id: d.id, block: parseCoverBlock(d.text) }));
    const parsed = blocks.filter((b) => b.block !== undefined);
    expect(parsed.length).toBeGreaterThan(8_000);
    const withSubmitter = parsed.filter((b) => b.block?.name ?? b.block?.organization);
    expect(withSubmitter.length).toBeGreaterThan(8_000);
    for (const { id, block } of parsed) {
      expect(block?.documentId).toBe(`NSF_FRDOC_0001-DRAFT-${id.slice(-4)}`);
    }
  });

  it('returns page spans that tile the text, for most files', () => {
    let withSpans = 0;
    for (const { id, text } of docs) {
      const spans = inferPages(text);
      if (!spans) continue;
      withSpans += 1;
      let pos = 0;
      for (const span of spans) {
        if (span.start !== pos) throw new Error(`${id}: gap before page ${span.page}`);
        pos = span.end;
      }
      if (pos !== text.length) throw new Error(`${id}: spans end at ${pos}, text at ${text.length}`);
    }
    expect(withSpans).toBeGreaterThan(8_000);
  });
});
