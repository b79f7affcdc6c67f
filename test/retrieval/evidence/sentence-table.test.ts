/** The sentence table written at build time says what reading each chunk at query time says. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSentences } from '../../../src/retrieval/evidence/sentence-score.js';
import { boilerplateSpread, buildSentenceTable, sentenceSpread, tableSentences } from '../../../src/retrieval/evidence/sentence-table.js';
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
      // What the table adds to reading (the spread, counted at load) is tested below.
      const fromTable = tableSentences(table, c, text).map(({ spread: _spread, boilerplate: _boilerplate, ...sentence }) => sentence);
      expect(fromTable, `chunk ${c}`).toEqual(read);
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

describe('how widely a sentence is shared', () => {
  const NOTICE = 'This comment may be copied by the agency for the national plan and its related papers without credit.';
  const texts = [
    `${NOTICE} We ask for grants to rural hospitals that adopt diagnostic software.`,
    `Our members build wind turbines and need faster grid connections for new factories. ${NOTICE}`,
    `${NOTICE} We are grateful for the chance to share our views with you.`,
    `${NOTICE} We are grateful for the chance to share our views with you.`,
    'We are grateful for the chance to share our views with you. Teachers need training before schools buy tutoring software for their classrooms.',
  ];
  // One chunk per submission; the third and fourth are one form letter (one cluster).
  const chunkDoc = Int32Array.from([0, 1, 2, 3, 4]);
  const cluster = Int32Array.from([0, 1, 2, 2, 4]);
  const table = buildSentenceTable(texts.length, (c) => texts[c]!, new Map());
  const spread = sentenceSpread(table, chunkDoc, cluster);
  const spreadOf = (chunk: number, sentence: string) => {
    const i = tableSentences(table, chunk, texts[chunk]!).findIndex((s) => s.text.startsWith(sentence));
    expect(i, sentence).toBeGreaterThanOrEqual(0);
    return spread[table.first[chunk]! + i];
  };

  it('counts the otherwise different submissions (clusters) that have the same sentence, a form letter once', () => {
    expect(spreadOf(0, 'This comment may be copied')).toBe(3);
    expect(spreadOf(1, 'This comment may be copied')).toBe(3);
    expect(spreadOf(0, 'We ask for grants')).toBe(1);
  });

  it('does not tell short sentences apart ("We are grateful …"): their spread is 1', () => {
    expect(spreadOf(2, 'We are grateful for the chance to share our views with you')).toBe(1);
    expect(spreadOf(4, 'We are grateful for the chance to share our views with you')).toBe(1);
  });

  it('marks a sentence as boilerplate from the floor on, in the sentences the table gives back', () => {
    const marked = { ...table, spread, boilerplateSpread: 3 };
    expect(tableSentences(marked, 1, texts[1]!).map((s) => [s.spread, s.boilerplate ?? false])).toEqual([
      [1, false],
      [3, true],
    ]);
    expect(tableSentences({ ...table, spread, boilerplateSpread: 4 }, 1, texts[1]!).some((s) => s.boilerplate)).toBe(false);
  });

  it('puts the floor at 2% of the clusters, and never under 20', () => {
    expect(boilerplateSpread(10)).toBe(20);
    expect(boilerplateSpread(9000)).toBe(180);
  });
});
