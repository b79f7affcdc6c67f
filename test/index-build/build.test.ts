import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFolders, buildOptions, linkTarget, sha256, tempRoot, type TempRoot } from '../support/build-helpers.js';
import { FIXTURE_TEXTS, writeFixtureCorpus, type FixtureCorpus } from '../support/fixture-corpus.js';
import { formatBuildReport } from '../../src/index-build/report.js';
import { buildIndex, type BuildSummary } from '../../src/index-build/build.js';
import { DEFAULT_CHUNKING } from '../../src/index-build/chunk.js';
import { GRAPH_PARTIAL_FILE } from '../../src/index-build/write-index.js';
import { EMPTY_REASON, pageOffsets, readSource, type SourceDocument } from '../../src/index-build/sources/index.js';
import { loadIndex, type LoadedIndex } from '../../src/retrieval/load-index.js';
import { stem, terms } from '../../src/retrieval/text/tokenize.js';
import { INDEX_FORMAT, MANIFEST_FILE, manifestSchema, type IndexManifest } from '../../src/shared/manifest.js';

const PDF_ID = 'Quantum-Chips-AI-RFI-2025';
const FORM_LETTERS = ['AI-RFI-2025-0102', 'AI-RFI-2025-0103', 'AI-RFI-2025-0104', 'AI-RFI-2025-0105'];

let root: TempRoot;
let corpus: FixtureCorpus;
let out: string;
let summary: BuildSummary;
let index: LoadedIndex;
let manifest: IndexManifest;
/** The PDF as the build read it (its text and page texts). */
let pdf: SourceDocument;

/** The original text of a document: the .txt file from disk, or the PDF's extracted text. */
async function originalText(id: string): Promise<string> {
  if (id === PDF_ID) return pdf.text;
  return fs.readFile(path.join(corpus.raw, `${id}.txt`), 'utf8');
}

function chunksOf(id: string): number[] {
  const d = index.docIndex.get(id);
  if (d === undefined) throw new Error(`${id} is not in the index`);
  return Array.from({ length: index.firstChunk[d + 1]! - index.firstChunk[d]! }, (_, i) => index.firstChunk[d]! + i);
}

function doc(id: string) {
  const meta = index.docs[index.docIndex.get(id)!];
  if (!meta) throw new Error(`${id} is not in the index`);
  return meta;
}

beforeAll(async () => {
  root = await tempRoot('build');
  corpus = await writeFixtureCorpus(root.dir);
  out = path.join(root.dir, 'index');
  summary = await buildIndex(buildOptions(root.dir, corpus.dir));
  index = await loadIndex(out);
  manifest = manifestSchema.parse(JSON.parse(await fs.readFile(path.join(out, MANIFEST_FILE), 'utf8')));
  for await (const item of readSource(path.join(corpus.raw, `${PDF_ID}.pdf`), { cacheDir: path.join(root.dir, 'cache') })) {
    if (item.type === 'document') pdf = item.doc;
  }
});
afterAll(() => root.cleanup());

describe('buildIndex on the fixture corpus', () => {
  it('indexes every file with text and skips the blank PDF and the empty .txt', () => {
    expect(summary.documents).toBe(corpus.documents - 2);
    expect(summary.skipped).toEqual(
      expect.arrayContaining([
        { id: 'AFL-AI-RFI-2025', reason: EMPTY_REASON },
        { id: 'AOA-AI-RFI-2025', reason: EMPTY_REASON },
      ]),
    );
    expect(summary.skipped).toHaveLength(2);
    expect(EMPTY_REASON).toBe('empty (no text; scanned PDF?)');
    // The listing names one submission the source has no file of: recorded, and said in the report.
    expect(summary.listedWithoutFile).toBe(1);
    expect(manifest.listedWithoutFile).toEqual([{ id: 'Harbor-Light-AI-RFI-2025', name: 'Harbor Light Action Fund', category: 'Non-Profit', pdfUrl: 'https://files.nitrd.gov/90-fr-9088/Harbor-Light-AI-RFI-2025.pdf' }]);
    expect(formatBuildReport(summary)).toContain('listed without a file in the source: 1');
    expect(summary.chunks).toBe(index.chunkDoc.length);
    expect(summary.chunks).toBeGreaterThanOrEqual(summary.documents);
    expect(summary.unchanged).toBe(false);
    expect(summary.cachedEmbeddings).toBe(0);
    expect(summary.embedder).toMatch(/^lsa-/);
    expect(summary.dimensions).toBeGreaterThan(0);
    expect(summary.out).toBe(out);

    const ids = index.docs.map((d) => d.id);
    const expected = [...Object.keys(FIXTURE_TEXTS).filter((id) => FIXTURE_TEXTS[id] !== ''), PDF_ID];
    expect([...ids].sort()).toEqual(expected.sort());
    // Every document has at least one chunk, and the chunks of a document are contiguous.
    for (const id of ids) expect(chunksOf(id).length).toBeGreaterThan(0);
  });

  it('writes a valid manifest recording the embedder, chunking, hashes, counts, skipped files and timings', async () => {
    expect(manifest.format).toBe(INDEX_FORMAT);
    expect(manifest.tool.name).toBe('rfi-bot');
    expect(Number.isNaN(Date.parse(manifest.builtAt))).toBe(false);
    expect(manifest.embedder).toMatchObject({ id: summary.embedder, kind: 'lsa', dimensions: summary.dimensions });
    expect(manifest.chunking).toEqual(DEFAULT_CHUNKING);
    expect(manifest.source.location).toBe(corpus.raw);
    expect(manifest.source.respondents).toBe(corpus.links);
    expect(manifest.source.fingerprint).toMatch(/^[0-9a-f]{64}$/);

    // Per-document sha256 of the source bytes, for exactly the indexed documents.
    expect(Object.keys(manifest.source.documents).sort()).toEqual(index.docs.map((d) => d.id).sort());
    for (const [id, hash] of Object.entries(manifest.source.documents)) {
      const file = id === PDF_ID ? `${id}.pdf` : `${id}.txt`;
      expect(hash, id).toBe(sha256(await fs.readFile(path.join(corpus.raw, file))));
      expect(doc(id).sha256).toBe(hash);
    }

    expect(manifest.counts).toEqual({
      documents: summary.documents,
      chunks: summary.chunks,
      skipped: 2,
      clusters: new Set(index.cluster).size,
    });
    expect(manifest.skipped.map((s) => [s.id, s.file, s.reason]).sort()).toEqual([
      ['AFL-AI-RFI-2025', 'AFL-AI-RFI-2025.txt', EMPTY_REASON],
      ['AOA-AI-RFI-2025', 'AOA-AI-RFI-2025.pdf', EMPTY_REASON],
    ]);
    for (const stage of ['read', 'chunk', 'normalise', 'tokenize', 'keyword', 'train', 'embed', 'dedupe', 'graph', 'write']) {
      expect(manifest.timingsMs[stage], stage).toBeGreaterThanOrEqual(0);
    }
    expect(summary.timingsMs).toEqual(manifest.timingsMs);
    // The graph's thread wrote its file for the store's writer, which removed it.
    await expect(fs.access(path.join(out, GRAPH_PARTIAL_FILE))).rejects.toThrow();
  });

  it('keeps offsets that map every chunk back to the original text exactly', async () => {
    for (const meta of index.docs) {
      const text = await originalText(meta.id);
      expect(meta.chars, meta.id).toBe(text.length);
      const chunks = chunksOf(meta.id);
      for (const c of chunks) {
        const [start, end] = [index.chunkStart[c]!, index.chunkEnd[c]!];
        expect(0 <= start && start < end && end <= text.length, `${meta.id} chunk ${c}`).toBe(true);
        expect(index.store.text(c)).toBe(text.slice(start, end));
      }
      // The chunks cover the whole comment: every non-space character after the first chunk's start.
      const from = index.chunkStart[chunks[0]!]!;
      for (let at = from; at < text.length; at++) {
        if (/\s/.test(text[at]!)) continue;
        const covered = chunks.some((c) => index.chunkStart[c]! <= at && at < index.chunkEnd[c]!);
        expect(covered, `${meta.id} offset ${at} (${JSON.stringify(text.slice(at, at + 20))})`).toBe(true);
      }
    }
  });

  it('leaves the regulations.gov cover block out of the chunks but starts at the comment', async () => {
    const text = await originalText('AI-RFI-2025-0101');
    const [first] = chunksOf('AI-RFI-2025-0101');
    expect(text.slice(0, index.chunkStart[first!]!)).toContain('Tracking No.');
    expect(index.store.text(first!)).toMatch(/^I teach high school/);
  });

  it('gives the PDF chunks the page whose text they contain', () => {
    const chunks = chunksOf(PDF_ID);
    const pages = chunks.map((c) => index.chunkPage[c]!);
    expect([...new Set(pages)].sort()).toEqual([1, 2]);
    expect(pdf.pages).toHaveLength(2);
    const offsets = pageOffsets(pdf.pages!);
    for (const c of chunks) {
      const page = index.chunkPage[c]!;
      const pageStart = offsets[page - 1]!;
      const pageEnd = pageStart + pdf.pages![page - 1]!.length + 2;
      expect(index.chunkStart[c]!).toBeGreaterThanOrEqual(pageStart);
      expect(index.chunkEnd[c]!).toBeLessThanOrEqual(pageEnd);
      expect(pdf.pages![page - 1]).toContain(index.store.text(c).trim());
    }
    const pageOf = (needle: string) => index.chunkPage[chunks.find((c) => index.store.text(c).includes(needle))!];
    expect(pageOf('$20 billion')).toBe(1);
    expect(pageOf('H20 accelerator')).toBe(2);
    expect(doc(PDF_ID).pages).toBe(2);
    // A plain .txt without page evidence has no page.
    for (const c of chunksOf('Northfield-University-AI-RFI-2025')) expect(index.chunkPage[c]).toBe(-1);
  });

  it('describes submitters from the cover block and the NITRD respondent tables', () => {
    expect(doc('AI-RFI-2025-0108')).toMatchObject({
      submitter: 'Lee County Business Council',
      organization: 'Lee County Business Council',
      coverName: 'Lee County Office',
      category: 'Non-Federal Government',
      received: '2025-03-14',
    });
    expect(doc(PDF_ID)).toMatchObject({
      submitter: 'Quantum Chips & Co',
      respondentName: 'Quantum Chips & Co',
      category: 'Private Sector',
      pdfUrl: `https://files.nitrd.gov/90-fr-9088/${PDF_ID}.pdf`,
    });
    expect(doc('Acme-Robotics-AI-RFI-2025')).toMatchObject({ submitter: 'Acme Robotics Inc.', category: 'Private Sector' });
    expect(doc('Northfield-University-AI-RFI-2025').category).toBe('Academia');
    expect(doc('Grid-Power-Association-AI-RFI-2025').category).toBe('Industry/Professional/Scientific Associations');
    expect(doc('AI-RFI-2025-0101')).toMatchObject({ submitter: 'Pat Example', coverName: 'Pat Example', category: 'Individuals' });
    // An anonymous cover name is not used as the submitter.
    expect(doc('AI-RFI-2025-0102').coverName).toBeUndefined();
  });

  it('puts the form-letter campaign in one near-duplicate cluster and nothing else with it', () => {
    const clusterOf = (id: string) => index.cluster[index.docIndex.get(id)!];
    const campaign = new Set(FORM_LETTERS.map(clusterOf));
    expect(campaign.size).toBe(1);
    for (const id of FORM_LETTERS) expect(index.clusterSize[index.docIndex.get(id)!]).toBe(4);
    const others = index.docs.filter((d) => !FORM_LETTERS.includes(d.id));
    for (const d of others) {
      expect(campaign.has(clusterOf(d.id)!), d.id).toBe(false);
      expect(index.clusterSize[index.docIndex.get(d.id)!], d.id).toBe(1);
    }
    expect(manifest.counts.clusters).toBe(index.docs.length - 3);
  });

  it('finds words split by PDF extraction ("Com m ittee", "Departm ent") under the whole word; citations keep the original', async () => {
    // Enough use of the whole words in the corpus for the rejoiner to trust them.
    const local = path.join(root.dir, 'split-words');
    await fs.mkdir(local, { recursive: true });
    const sentence = (n: number) => `Paragraph ${n}: the committee asked the department for information on energy and research. `;
    const digest = Array.from({ length: 30 }, (_, i) => sentence(i + 1)).join('');
    await fs.writeFile(path.join(local, 'Committee-Digest-AI-RFI-2025.txt'), digest);
    await fs.writeFile(
      path.join(local, 'AI-RFI-2025-0999.txt'),
      'The Com m ittee needs better Inform ation from the Departm ent about laboratories.\n',
    );
    await buildIndex(buildOptions(root.dir, local, { out: path.join(root.dir, 'split-index') }));
    const split = await loadIndex(path.join(root.dir, 'split-index'));
    const chunks = Array.from({ length: split.chunkDoc.length }, (_, c) => c);
    const chunk = chunks.find((c) => split.docs[split.chunkDoc[c]!]!.id === 'AI-RFI-2025-0999')!;
    expect(split.store.text(chunk)).toBe('The Com m ittee needs better Inform ation from the Departm ent about laboratories.');
    for (const word of ['committee', 'department']) {
      expect(terms(split.store.text(chunk)), word).not.toContain(stem(word)); // unnormalised, the word is lost
      expect(Array.from(split.bm25.postings(stem(word))), word).toContain(chunk);
    }
    expect(split.bm25.contains('ation', chunk)).toBe(false);
    expect(split.bm25.contains('ittee', chunk)).toBe(false);
    const scores = split.bm25.scoreAll(terms('committee information'));
    expect(scores[chunk]).toBeGreaterThan(0);
  });
});

describe('re-running the build', () => {
  it('returns unchanged quickly without touching the index, and force rebuilds from cached embeddings', async () => {
    const target = await linkTarget(out);
    const folders = await buildFolders(out);
    expect(folders).toHaveLength(1);

    const again = await buildIndex(buildOptions(root.dir, corpus.dir));
    expect(again.unchanged).toBe(true);
    expect(again).toMatchObject({ documents: summary.documents, chunks: summary.chunks, embedder: summary.embedder, skipped: summary.skipped });
    expect(again.categories).toEqual(summary.categories);
    expect(Object.values(summary.categories).reduce((a, b) => a + b, 0)).toBe(summary.documents);
    expect(Object.keys(again.timingsMs)).toEqual(['read']); // nothing after reading the sources
    expect(again.ms).toBeLessThan(Math.max(summary.ms, 2_000));
    expect(await linkTarget(out)).toBe(target);
    expect(await buildFolders(out)).toEqual(folders);

    const forced = await buildIndex(buildOptions(root.dir, corpus.dir, { force: true }));
    expect(forced.unchanged).toBe(false);
    expect(forced.cachedEmbeddings).toBe(forced.chunks);
    expect(forced).toMatchObject({ documents: summary.documents, chunks: summary.chunks, embedder: summary.embedder });
    const newTarget = await linkTarget(out);
    expect(newTarget).not.toBe(target);
    // The new build is current, the one before it is kept.
    expect(await buildFolders(out)).toEqual([...folders, path.basename(newTarget)].sort());
    const reloaded = await loadIndex(out);
    expect(reloaded.chunkDoc.length).toBe(summary.chunks);
    for (let c = 0; c < reloaded.chunkDoc.length; c++) expect(reloaded.store.text(c)).toBe(index.store.text(c));

    // A third build prunes the oldest, keeping the current one and its predecessor.
    await buildIndex(buildOptions(root.dir, corpus.dir, { force: true }));
    const kept = await buildFolders(out);
    expect(kept).toHaveLength(2);
    expect(kept).toContain(path.basename(newTarget));
    expect(kept).not.toContain(path.basename(target));
  });

  it('rebuilds when a source file changes, recording its new hash', async () => {
    const file = path.join(corpus.raw, 'AI-RFI-2025-0101.txt');
    const changed = `${FIXTURE_TEXTS['AI-RFI-2025-0101']}Postscript: teachers also need reliable classroom internet.\n`;
    await fs.writeFile(file, changed);
    try {
      const rebuilt = await buildIndex(buildOptions(root.dir, corpus.dir));
      expect(rebuilt.unchanged).toBe(false);
      const m = manifestSchema.parse(JSON.parse(await fs.readFile(path.join(out, MANIFEST_FILE), 'utf8')));
      expect(m.source.documents['AI-RFI-2025-0101']).toBe(sha256(changed));
      expect(m.source.fingerprint).not.toBe(manifest.source.fingerprint);
    } finally {
      await fs.writeFile(file, FIXTURE_TEXTS['AI-RFI-2025-0101']!);
    }
  });

  it('rebuilds when the respondent tables change, even with the same number of rows', async () => {
    await buildIndex(buildOptions(root.dir, corpus.dir)); // up to date with the sources first
    expect((await buildIndex(buildOptions(root.dir, corpus.dir))).unchanged).toBe(true);
    const file = path.join(corpus.links, 'academia_links.txt');
    const original = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, original.replace('>Northfield University<', '>Northfield State University<'));
    try {
      const rebuilt = await buildIndex(buildOptions(root.dir, corpus.dir));
      expect(rebuilt.unchanged).toBe(false);
      const reloaded = await loadIndex(out);
      expect(reloaded.docs[reloaded.docIndex.get('Northfield-University-AI-RFI-2025')!]!.respondentName).toBe('Northfield State University');
    } finally {
      await fs.writeFile(file, original);
    }
  });

  it('rebuilds with force over an index whose manifest is damaged', async () => {
    await fs.writeFile(path.join(out, MANIFEST_FILE), '{ "format": 1, "tool": ');
    await expect(loadIndex(out)).rejects.toMatchObject({ code: 'BAD_INDEX' });
    const rebuilt = await buildIndex(buildOptions(root.dir, corpus.dir, { force: true }));
    expect(rebuilt.unchanged).toBe(false);
    expect((await loadIndex(out)).docs).toHaveLength(summary.documents);
  });
});
