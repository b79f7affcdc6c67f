/**
 * The corpus index as the answer stages read it: submissions and their metadata, chunks and their
 * text, vectors and sentences, keyword postings, near-duplicate clusters and submitter names.
 * Read-only: loaded once and shared by every question (its caches only keep what was read).
 */
import { sameWord } from './text/word-forms.js';
import type { Passage } from './types.js';
import type { LoadedIndex } from './load-index.js';
import { aliasesOf, nameTokens, type NameIndex } from './names.js';
import type { SubmissionMeta } from '../shared/types.js';
import type { WordFrequencies } from './text/rejoin.js';
import { stem, terms } from './text/tokenize.js';
import type { ReadSentence } from './evidence/sentence-score.js';
import { tableSentences } from './evidence/sentence-table.js';

/** Chunks whose sentences are kept read (about 2 KB each). */
const SENTENCE_CACHE_CHUNKS = 8_000;

export class CorpusIndex {
  constructor(
    /** The index files as loaded (arrays in shared memory, the keyword index, the chunk store, the sentence table). */
    readonly loaded: LoadedIndex,
    /** Submitter names and aliases, to find the submitters a text names. */
    readonly names: NameIndex,
  ) {}

  /** Number of submissions. */
  get size(): number {
    return this.loaded.docs.length;
  }

  /** Submissions the index holds no text of (scanned PDFs, empty files), with their listed category. */
  get withoutText(): { id: string; reason: string; category?: string; name?: string; pdfUrl?: string }[] {
    return this.loaded.manifest.skipped;
  }

  /**
   * The listed submitter with no text to search that a name asked about is, by the aliases a
   * submitter of its listed name has ("the American Federation of Labor"): one whose file is a
   * scanned PDF, or (`noFile`) one the listing names whose file the source did not hold.
   */
  withoutTextNamed(asked: string): { id: string; name: string; category?: string; pdfUrl?: string; noFile: boolean } | undefined {
    const wanted = nameTokens(asked).filter((t) => t !== 'the').join(' ');
    if (!wanted) return undefined;
    const named = (w: { id: string; name?: string | undefined; category?: string | undefined; pdfUrl?: string | undefined }) =>
      w.name !== undefined && aliasesOf({ id: w.id, submitter: w.name, respondentName: w.name, category: w.category ?? '', pdfUrl: w.pdfUrl ?? '', chars: 0, pages: null, sha256: '' }).includes(wanted);
    const scanned = this.withoutText.find(named);
    const listed = scanned ?? (this.loaded.manifest.listedWithoutFile ?? []).find(named);
    return listed ? { id: listed.id, name: listed.name!, ...(listed.category ? { category: listed.category } : {}), ...(listed.pdfUrl ? { pdfUrl: listed.pdfUrl } : {}), noFile: !scanned } : undefined;
  }

  /** Number of chunks. */
  get chunkCount(): number {
    return this.loaded.chunkDoc.length;
  }

  doc(doc: number): SubmissionMeta {
    return this.loaded.docs[doc]!;
  }

  docNumber(docId: string): number | undefined {
    return this.loaded.docIndex.get(docId);
  }

  /** The chunks of a submission: `first` up to, not including, `end`. */
  chunksOf(doc: number): { first: number; end: number } {
    return { first: this.loaded.firstChunk[doc]!, end: this.loaded.firstChunk[doc + 1]! };
  }

  docOfChunk(chunk: number): number {
    return this.loaded.chunkDoc[chunk]!;
  }

  /** Offset of a chunk in its submission's original text. */
  chunkStart(chunk: number): number {
    return this.loaded.chunkStart[chunk]!;
  }

  chunkText(chunk: number): string {
    return this.loaded.store.text(chunk);
  }

  chunkVector(chunk: number): Float32Array {
    return this.loaded.store.vector(chunk);
  }

  /** Off: answers use no embedding at all (keyword search, no closeness in meaning), to measure what the vectors earn (`npm run eval -- --no-vectors`). */
  vectors = true;

  /** Whether the index's embedder runs in this process (the corpus-trained one) rather than behind an API. */
  get embedderIsLocal(): boolean {
    return this.loaded.manifest.embedder.kind === 'lsa';
  }

  /** A text's embedding by the index's embedder, comparable with `chunkVector`. */
  embedQuery(text: string): Promise<number[]> {
    return this.loaded.embedder.embedQuery(text);
  }

  /** Corpus word frequencies: to re-join PDF-split words in what is read and shown. */
  get words(): WordFrequencies {
    return this.loaded.wordFrequencies;
  }

  /** Inverse document frequency of a search term over chunks (0 when unknown). */
  idf(term: string): number {
    return this.loaded.bm25.idf(term);
  }

  /**
   * Other forms of a search term that the stemmer keeps apart ("rocketri" and "rocket",
   * "american" and "america"): one is the other plus at most three letters, and neither is shorter
   * than five; or, for a shorter one, a final "s" ("bia" and "bias").
   */
  variants(term: string): string[] {
    let known = this.variantCache.get(term);
    if (!known) {
      known = this.findVariants(term);
      if (this.variantCache.size > 50_000) this.variantCache.clear();
      this.variantCache.set(term, known);
    }
    return known;
  }

  private readonly variantCache = new Map<string, string[]>();

  private findVariants(term: string): string[] {
    if (/\d/.test(term)) return [];
    // A short word the stemmer cuts apart from its other forms: "bias" is "bia", "biases" and "biased" are "bias" ("focu", "focus"); not "new" and "news".
    if (term.length < 5) {
      if (term.length < 3) return [];
      const words = this.loaded.wordFrequencies;
      const longer = `${term}s`;
      const out = this.loaded.bm25.documentFrequency(longer) > 0 && (words.has(`${longer}es`) || words.has(`${longer}ed`)) && stem(longer) === term ? [longer] : [];
      const shorter = term.slice(0, -1);
      if (term.endsWith('s') && words.has(term) && stem(term) === shorter && this.loaded.bm25.documentFrequency(shorter) > 0) out.push(shorter);
      return out;
    }
    const shorter: string[] = [];
    for (let n = Math.max(5, term.length - 3); n < term.length; n++) if (this.loaded.bm25.documentFrequency(term.slice(0, n)) > 0) shorter.push(term.slice(0, n));
    // A noun made with "-ship" is a form of the word it is made of ("membership": "member").
    const base = /^(.{4,})ship$/.exec(term)?.[1];
    if (base && this.loaded.bm25.documentFrequency(base) > 0) shorter.push(base);
    return [...shorter, ...this.loaded.bm25.withPrefix(term, 3).filter((t) => t !== term)];
  }

  /**
   * A wider family of a term's forms, for saying whether a submission mentions something at all:
   * its variants, and shorter stems it starts with down to six letters and three-fifths of its
   * length ("discriminatori" → "discrimin"), that are forms of the same word ("electr" is not
   * "elect"): a wrong "no" is worse than a loose "yes", and a yes on another word is a wrong yes.
   */
  family(term: string): string[] {
    const shorter: string[] = [];
    if (term.length >= 7 && !/\d/.test(term))
      for (let n = Math.max(6, Math.ceil(0.6 * term.length)); n < term.length - 3; n++) if (this.loaded.bm25.documentFrequency(term.slice(0, n)) > 0) shorter.push(term.slice(0, n));
    return [...new Set([...this.variants(term), ...shorter])].filter((form) => sameWord(term, form));
  }

  /** Vocabulary terms that end with a suffix and are at most `extra` letters longer. */
  termsWithSuffix(suffix: string, extra: number): string[] {
    return this.loaded.bm25.withSuffix(suffix, extra);
  }

  /** Vocabulary terms that start with a prefix and are at most `extra` letters longer. */
  termsWithPrefix(prefix: string, extra: number): string[] {
    return this.loaded.bm25.withPrefix(prefix, extra);
  }

  /** The idf of a term only one chunk holds: what a word the corpus never uses weighs at most. */
  get rarestIdf(): number {
    const n = this.loaded.chunkDoc.length;
    return Math.log(1 + (n - 1 + 0.5) / 1.5);
  }

  /** Chunks that contain a search term, in chunk order. */
  chunksWith(term: string): Int32Array {
    return this.loaded.bm25.postings(term);
  }

  /** Whether a chunk contains the term. */
  chunkContains(chunk: number, term: string): boolean {
    return this.loaded.bm25.contains(term, chunk);
  }

  /** Whether any chunk of the submission contains the term. */
  docContains(doc: number, term: string): boolean {
    const postings = this.loaded.bm25.postings(term);
    const { first, end } = this.chunksOf(doc);
    let lo = 0;
    let hi = postings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (postings[mid]! < first) lo = mid + 1;
      else hi = mid;
    }
    return lo < postings.length && postings[lo]! < end;
  }

  /** The first submission of a submission's near-duplicate cluster, and the cluster's size. */
  clusterOf(doc: number): { root: number; size: number } {
    return { root: this.loaded.cluster[doc]!, size: this.loaded.clusterSize[doc]! };
  }

  /** Whether a doc id is one of a form-letter campaign's submissions (a campaign has two or more). */
  inCampaign(docId: string): boolean {
    const doc = this.docNumber(docId);
    return doc !== undefined && this.loaded.clusterSize[doc]! >= 2;
  }

  /** Whether a chunk says what some chunk of another submission (of its campaign) says. */
  repeats(doc: number, chunk: number): boolean {
    const text = this.loaded.store.text(chunk);
    for (let c = this.loaded.firstChunk[doc]!; c < this.loaded.firstChunk[doc + 1]!; c++) if (sameText(this.loaded.store.text(c), text)) return true;
    return false;
  }

  /** A passage for one chunk, with its submission's metadata and PDF link. */
  passage(chunk: number, score: number): Passage {
    const index = this.loaded;
    const doc = index.docs[index.chunkDoc[chunk]!]!;
    const page = index.chunkPage[chunk]! >= 1 ? index.chunkPage[chunk]! : null;
    return {
      docId: doc.id,
      submitter: doc.submitter,
      category: doc.category,
      page,
      url: page ? `${doc.pdfUrl}#page=${page}` : doc.pdfUrl,
      text: index.store.text(chunk),
      score,
      start: index.chunkStart[chunk]!,
      end: index.chunkEnd[chunk]!,
      similarCount: 1,
      similarDocIds: [doc.id],
    };
  }

  /** A chunk's sentences with their search terms, from the index's sentence table, kept read (the most recent ones). */
  sentences(chunk: number): readonly ReadSentence[] {
    let read = this.sentenceCache.get(chunk);
    if (!read) {
      read = tableSentences(this.loaded.sentences, chunk, this.loaded.store.text(chunk));
      if (this.sentenceCache.size >= SENTENCE_CACHE_CHUNKS) this.sentenceCache.delete(this.sentenceCache.keys().next().value!);
      this.sentenceCache.set(chunk, read);
    }
    return read;
  }

  private readonly sentenceCache = new Map<number, readonly ReadSentence[]>();

  /** Share of the question's idf mass present in a chunk (or in any of several), each term's idf times its weight in the search (1 unless given). */
  coverage(text: string, chunk: number | readonly number[], weightOf: (term: string) => number = () => 1): number {
    const chunks = typeof chunk === 'number' ? [chunk] : chunk;
    const unique = [...new Set(terms(text))];
    let total = 0;
    let found = 0;
    for (const term of unique) {
      const idf = this.loaded.bm25.idf(term) * weightOf(term);
      total += idf;
      if (idf > 0 && chunks.some((c) => this.loaded.bm25.contains(term, c))) found += idf;
    }
    return total > 0 ? found / total : 0;
  }

  /** Documents of a submitter named in free text: aliases, then the closest spelling, then a substring of the name. */
  submitterDocs(name: string): number[] {
    const toDocs = (ids: string[]) => ids.map((id) => this.loaded.docIndex.get(id)!);
    const byAlias = toDocs(this.names.lookup(name));
    if (byAlias.length) return byAlias;
    const closest = this.names.closest(name);
    if (closest) return toDocs(closest.docIds);
    const needle = name.trim().toLowerCase();
    if (needle.length < 3) return [];
    return [...this.loaded.docs.keys()].filter((d) => this.loaded.docs[d]!.submitter.toLowerCase().includes(needle));
  }
}

/**
 * Whether a chunk of a campaign letter only repeats another chunk: it adds fewer new words than a
 * short sentence's worth (or than 15% of its words). A paragraph of the sender's own adds more.
 */
function sameText(other: string, chunk: string): boolean {
  const wordsOf = (t: string) => new Set(t.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  const [known, own] = [wordsOf(other), wordsOf(chunk)];
  let added = 0;
  for (const w of own) if (!known.has(w)) added++;
  return added < Math.max(NEW_WORDS, 0.15 * own.size);
}

/** New words that make a campaign letter's chunk its sender's own text. */
const NEW_WORDS = 8;
