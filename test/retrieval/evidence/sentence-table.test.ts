/** The sentence table written at build time says what reading each chunk at query time says. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSentences } from '../../../src/retrieval/evidence/sentence-score.js';
import { tableSentences } from '../../../src/retrieval/evidence/sentence-table.js';
import { loadIndex, type LoadedIndex } from '../../../src/retrieval/load-index.js';
import { codeOf } from '../../../src/shared/errors.js';
import { buildFixtureIndex, type FixtureIndex } from '../../support/retrieval-helpers.js';

let fixture: FixtureIndex;
let index: LoadedIndex;
beforeAll(async () => {
  fixture = await buildFixtureIndex();
  index = await loadIndex(fixture.dir);
});
afterAll(() => fixture?.cleanup());

describe('the sentence table', () => {
  it('holds, for every chunk, the sentences and search terms that reading the chunk gives', () => {
    const table = index.sentences!;
    expect(table.first.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(table.termIds.buffer).toBeInstanceOf(SharedArrayBuffer);
    let sentences = 0;
    for (let c = 0; c < index.chunkDoc.length; c++) {
      const text = index.store.text(c);
      const read = readSentences(text, index.wordFrequencies);
      expect(tableSentences(table, c, text), `chunk ${c}`).toEqual(read);
      sentences += read.length;
    }
    expect(sentences).toBeGreaterThan(index.chunkDoc.length);
  });

  it('makes an index whose table is cut short or missing unloadable, with a rebuild hint', async () => {
    const dir = await fs.realpath(fixture.dir);
    const file = path.join(dir, 'sentences.bin');
    const whole = await fs.readFile(file);
    try {
      await fs.writeFile(file, whole.subarray(0, whole.length - 8));
      const cut = await loadIndex(dir).catch((e: unknown) => e);
      expect(codeOf(cut)).toBe('BAD_INDEX');
      // The manifest's checksum catches it before the table is read.
      expect((cut as Error).message).toMatch(/is damaged: sentences\.bin is not the file its build wrote.*rebuild/);
      await fs.rm(file);
      const missing = await loadIndex(dir).catch((e: unknown) => e);
      expect(codeOf(missing)).toBe('BAD_INDEX');
      expect((missing as Error).message).toMatch(/sentences\.bin is missing/);
    } finally {
      await fs.writeFile(file, whole);
    }
  });
});
