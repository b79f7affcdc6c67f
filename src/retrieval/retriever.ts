import type { Passage, SearchOptions } from './types.js';
import type { LoadedIndex } from './load-index.js';
import type { NameIndex } from './names.js';
import { analyzeQuestion, type AnalyzedQuestion } from './question/analyze.js';
import type { SubmissionMeta } from '../shared/types.js';
import type { WordFrequencies } from './text/rejoin.js';
import type { FusionWeights } from './calibration.js';
import { scoreChunks, type ScoredChunk, type SearchMode } from './search.js';
import { stem, terms } from './text/tokenize.js';
import type { ReadSentence } from './evidence/sentence-score.js';
import { tableSentences } from './evidence/sentence-table.js';

export interface Retrieval {
  question: AnalyzedQuestion;
  /** One passage per submission (form letters collapsed), best first. */
  passages: Passage[];
  /** The submissions of `passages`, in the same order. */
  docs: number[];
  /** The best chunks of each returned submission, for answers that quote more than one. */
  chunksByDoc: Map<number, ScoredChunk[]>;
  /** Keyword score of every chunk for the question's terms (absent for vector-only search). */
  keywordScores?: Float32Array;
  /** The question's embedding (absent for keyword-only search). */
  queryVector?: number[];
  /** Share of the question's keyword weight found in the best passage (0..1). */
  coverage: number;
}

export interface RetrieveOptions extends SearchOptions {
  mode?: SearchMode;
  /** Further restriction to these documents (e.g. those a counting question matched). */
  withinDocs?: Set<number>;
  /** Earlier question of a conversation: its words count, at a lower weight. */
  context?: string;
  /** The same, as search terms. */
  contextTerms?: string[];
}

const CONTEXT_WEIGHT = 0.3;
/** Chunks whose sentences are kept read (about 2 KB each). */
const SENTENCE_CACHE_CHUNKS = 8_000;

export class Retriever {
  constructor(
    readonly index: LoadedIndex,
    readonly names: NameIndex,
    private fusion: FusionWeights,
    private readonly knownOrganisations: (text: string) => string[],
    private readonly canAuthor: (name: string) => boolean = () => true,
  ) {}

  get weights(): FusionWeights {
    return this.fusion;
  }

  setWeights(weights: FusionWeights): void {
    this.fusion = weights;
  }

  analyze(question: string): AnalyzedQuestion {
    return analyzeQuestion(question, this.names, this.knownOrganisations, this.canAuthor, this.index.glossaryLinks);
  }

  async retrieve(questionText: string, options: RetrieveOptions = {}, analyzed?: AnalyzedQuestion): Promise<Retrieval> {
    const question = analyzed ?? this.analyze(questionText);
    const k = options.k ?? 8;
    const filtered = this.allowedDocs(options);
    const within = options.withinDocs;
    const allowedDocs = within ? new Set([...(filtered ?? within)].filter((d) => within.has(d))) : filtered;
    const namedDocs = new Set(question.named.flatMap((hit) => hit.docIds.map((id) => this.index.docIndex.get(id)!)));
    // Named submitters are found by name; within their submissions, the rest of the question decides.
    const nameTerms = new Set(question.nameTerms);
    const ownTerms = terms(question.searchText);
    const contentTerms = nameTerms.size ? ownTerms.filter((t) => !nameTerms.has(t)) : ownTerms;
    // "best-selling" is also searched as the one word a text may write ("bestselling"), when the corpus has it.
    const compounds = [...question.searchText.matchAll(/\b([A-Za-z]{2,})-([A-Za-z]{2,})\b/g)].map((m) => stem(`${m[1]}${m[2]}`.toLowerCase())).filter((t) => this.index.bm25.documentFrequency(t) > 0);
    const keywordTerms = [...(contentTerms.length ? contentTerms : ownTerms), ...compounds];
    const contextTerms = [...(options.contextTerms ?? []), ...(options.context ? terms(options.context) : [])].filter((t, i, all) => !nameTerms.has(t) && !keywordTerms.includes(t) && all.indexOf(t) === i);
    const { chunks: scored, keywordScores, queryVector } = await scoreChunks(this.index, {
      text: options.context ? `${question.searchText} ${options.context}` : question.searchText,
      terms: [...keywordTerms, ...contextTerms],
      termWeights: [...keywordTerms.map(() => 1), ...contextTerms.map(() => CONTEXT_WEIGHT)],
      ...(allowedDocs ? { allowedDocs } : {}),
      ...(namedDocs.size ? { namedDocs } : {}),
      ...(question.impliedCategory && !options.category ? { preferredCategory: question.impliedCategory } : {}),
      mode: options.mode ?? 'hybrid',
      weights: this.fusion,
    });
    const chunksByDoc = new Map<number, ScoredChunk[]>();
    const passages: Passage[] = [];
    const docs: number[] = [];
    const clusterSeen = new Map<number, Passage>();
    const collapsedDocs = new Set<number>();
    for (const hit of scored) {
      const list = chunksByDoc.get(hit.doc);
      if (list && !options.docId) {
        if (list.length < 3) list.push(hit);
        continue;
      }
      if (list && options.docId) {
        // Within one submission, every chunk is its own passage.
        if (passages.length < k) {
          list.push(hit);
          passages.push(this.passage(hit.chunk, hit.score));
          docs.push(hit.doc);
        }
        continue;
      }
      const root = this.index.cluster[hit.doc]!;
      const collapsed = options.docId ? undefined : clusterSeen.get(root);
      // A form letter with a paragraph of its own: a hit on that paragraph is its own submission.
      if (collapsed && this.repeats(this.index.docIndex.get(collapsed.docId)!, hit.chunk)) {
        if (!collapsedDocs.has(hit.doc)) collapsed.similarDocIds.push(this.index.docs[hit.doc]!.id);
        collapsedDocs.add(hit.doc);
        continue;
      }
      if (passages.length >= k) continue;
      chunksByDoc.set(hit.doc, [hit]);
      const passage = this.passage(hit.chunk, hit.score);
      clusterSeen.set(root, passage);
      passages.push(passage);
      docs.push(hit.doc);
    }
    if (!options.docId) for (const p of passages) p.similarCount = this.index.clusterSize[this.index.docIndex.get(p.docId)!]!;
    const best = passages[0] ? chunksByDoc.get(this.index.docIndex.get(passages[0].docId)!)![0]! : undefined;
    return { question, passages, docs, chunksByDoc, ...(keywordScores ? { keywordScores } : {}), ...(queryVector ? { queryVector } : {}), coverage: best ? this.coverage(question.searchText, best.chunk) : 0 };
  }

  /** A chunk's sentences with their search terms, read once and kept (the most recent ones). */
  sentences(chunk: number): readonly ReadSentence[] {
    let read = this.sentenceCache.get(chunk);
    if (!read) {
      read = tableSentences(this.index.sentences, chunk, this.index.store.text(chunk));
      if (this.sentenceCache.size >= SENTENCE_CACHE_CHUNKS) this.sentenceCache.delete(this.sentenceCache.keys().next().value!);
      this.sentenceCache.set(chunk, read);
    }
    return read;
  }

  private readonly sentenceCache = new Map<number, readonly ReadSentence[]>();

  /** Whether a chunk says what some chunk of another submission (of its campaign) says. */
  repeats(doc: number, chunk: number): boolean {
    const text = this.index.store.text(chunk);
    for (let c = this.index.firstChunk[doc]!; c < this.index.firstChunk[doc + 1]!; c++) if (sameText(this.index.store.text(c), text)) return true;
    return false;
  }

  /** A passage for one chunk, with its submission's metadata and PDF link. */
  passage(chunk: number, score: number): Passage {
    const index = this.index;
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

  // ── What the answer stages read from the index ─────────────────────────────

  /** Number of submissions. */
  get size(): number {
    return this.index.docs.length;
  }

  /** Submissions the index holds no text of (scanned PDFs, empty files), with their listed category. */
  get withoutText(): { id: string; reason: string; category?: string }[] {
    return this.index.manifest.skipped;
  }

  /** Number of chunks. */
  get chunkCount(): number {
    return this.index.chunkDoc.length;
  }

  doc(doc: number): SubmissionMeta {
    return this.index.docs[doc]!;
  }

  docNumber(docId: string): number | undefined {
    return this.index.docIndex.get(docId);
  }

  /** The chunks of a submission: `first` up to, not including, `end`. */
  chunksOf(doc: number): { first: number; end: number } {
    return { first: this.index.firstChunk[doc]!, end: this.index.firstChunk[doc + 1]! };
  }

  docOfChunk(chunk: number): number {
    return this.index.chunkDoc[chunk]!;
  }

  /** Offset of a chunk in its submission's original text. */
  chunkStart(chunk: number): number {
    return this.index.chunkStart[chunk]!;
  }

  chunkText(chunk: number): string {
    return this.index.store.text(chunk);
  }

  chunkVector(chunk: number): Float32Array {
    return this.index.store.vector(chunk);
  }

  /** Corpus word frequencies: to re-join PDF-split words in what is read and shown. */
  get words(): WordFrequencies {
    return this.index.wordFrequencies;
  }

  /** Inverse document frequency of a search term over chunks (0 when unknown). */
  idf(term: string): number {
    return this.index.bm25.idf(term);
  }

  /**
   * Other forms of a search term that the stemmer keeps apart ("rocketri" and "rocket",
   * "american" and "america"): one is the other plus at most three letters, and neither is shorter than five.
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
    if (term.length < 5 || /\d/.test(term)) return [];
    const shorter: string[] = [];
    for (let n = Math.max(5, term.length - 3); n < term.length; n++) if (this.index.bm25.documentFrequency(term.slice(0, n)) > 0) shorter.push(term.slice(0, n));
    return [...shorter, ...this.index.bm25.withPrefix(term, 3).filter((t) => t !== term)];
  }

  /** The idf of a term only one chunk holds: what a word the corpus never uses weighs at most. */
  get rarestIdf(): number {
    const n = this.index.chunkDoc.length;
    return Math.log(1 + (n - 1 + 0.5) / 1.5);
  }

  /** Chunks that contain a search term, in chunk order. */
  chunksWith(term: string): Int32Array {
    return this.index.bm25.postings(term);
  }

  /** Whether a chunk contains the term. */
  chunkContains(chunk: number, term: string): boolean {
    return this.index.bm25.contains(term, chunk);
  }

  /** Whether any chunk of the submission contains the term. */
  docContains(doc: number, term: string): boolean {
    const postings = this.index.bm25.postings(term);
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
    return { root: this.index.cluster[doc]!, size: this.index.clusterSize[doc]! };
  }

  /** Share of the question's idf mass present in a chunk. */
  coverage(text: string, chunk: number): number {
    const unique = [...new Set(terms(text))];
    let total = 0;
    let found = 0;
    for (const term of unique) {
      const idf = this.index.bm25.idf(term);
      total += idf;
      if (idf > 0 && this.index.bm25.contains(term, chunk)) found += idf;
    }
    return total > 0 ? found / total : 0;
  }

  allowedDocs(options: SearchOptions): Set<number> | undefined {
    let allowed: Set<number> | undefined;
    const narrow = (docs: Iterable<number>) => {
      const next = new Set(docs);
      allowed = allowed ? new Set([...allowed].filter((d) => next.has(d))) : next;
    };
    const { docs, docIndex } = this.index;
    if (options.category) {
      const wanted = options.category.toLowerCase();
      narrow([...docs.keys()].filter((d) => docs[d]!.category.toLowerCase() === wanted));
    }
    if (options.submitter) narrow(this.submitterDocs(options.submitter));
    if (options.docId) narrow([docIndex.get(options.docId)].filter((d): d is number => d !== undefined));
    if (options.campaign) {
      const doc = docIndex.get(options.campaign);
      // A submission alone is no campaign.
      const root = doc === undefined || this.index.clusterSize[doc]! < 2 ? -1 : this.index.cluster[doc]!;
      narrow(root < 0 ? [] : [...docs.keys()].filter((d) => this.index.cluster[d] === root));
    }
    return allowed;
  }

  /** Documents of a submitter named in free text: aliases, then the closest spelling, then a substring of the name. */
  submitterDocs(name: string): number[] {
    const toDocs = (ids: string[]) => ids.map((id) => this.index.docIndex.get(id)!);
    const byAlias = toDocs(this.names.lookup(name));
    if (byAlias.length) return byAlias;
    const closest = this.names.closest(name);
    if (closest) return toDocs(closest.docIds);
    const needle = name.trim().toLowerCase();
    if (needle.length < 3) return [];
    return [...this.index.docs.keys()].filter((d) => this.index.docs[d]!.submitter.toLowerCase().includes(needle));
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
