/**
 * Search over the corpus index: an analysed question's passages, one per submission (form letters
 * collapsed), best first, within the submissions its filters allow, by keyword and vector
 * similarity fused with the weights set here. Questions are analysed before (`question/`).
 */
import type { Passage, SearchOptions } from './types.js';
import type { CorpusIndex } from './corpus-index.js';
import type { FusionWeights } from './calibration.js';
import { scoreChunks, type ScoredChunk, type SearchMode } from './search.js';
import { stem, terms } from './text/tokenize.js';
import { STOPWORDS } from './text/stopwords.js';

/** What retrieval reads of an analysed question (`AnalyzedQuestion` is one). */
export interface RetrievalQuery {
  /** English text to search with. */
  searchText: string;
  /** Submitters the question names: their submissions are candidates, and rank higher. */
  named: readonly { docIds: readonly string[] }[];
  /** Search terms of those names: they find the submitters; within their submissions, the other terms decide. */
  nameTerms: readonly string[];
  /** Category the wording implies, preferred unless a category filter is given. */
  impliedCategory?: string;
  /** The topic's terms (without frame and corpus words such as "White House"): the only words searched also as one ("health care" as "healthcare"). */
  topic?: readonly string[];
  /** A Chinese question's words read in the general dictionary, each as its senses' terms: searched, each word's senses sharing one weight. */
  looseSenses?: readonly (readonly (readonly string[])[])[];
  /** The topic's parts, each with its alternatives (a Chinese word's English equivalents): a part's alternatives share its weight. */
  groups?: readonly { alternatives: readonly (readonly string[])[] }[];
}

export interface Retrieval {
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
  /** The same share, found in any of these chunks. */
  coverageOf: (chunks: readonly number[]) => number;
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
/** What a Chinese question's dictionary word weighs in the search, shared among its senses (a glossary word's part weighs 1). */
const LOOSE_SEARCH_WEIGHT = 1;

export class Retriever {
  constructor(
    readonly corpus: CorpusIndex,
    private fusion: FusionWeights,
  ) {}

  get weights(): FusionWeights {
    return this.fusion;
  }

  setWeights(weights: FusionWeights): void {
    this.fusion = weights;
  }

  async retrieve(question: RetrievalQuery, options: RetrieveOptions = {}): Promise<Retrieval> {
    const { corpus } = this;
    const index = corpus.loaded;
    const k = options.k ?? 8;
    const filtered = this.allowedDocs(options);
    const within = options.withinDocs;
    const allowedDocs = within ? new Set([...(filtered ?? within)].filter((d) => within.has(d))) : filtered;
    const namedDocs = new Set(question.named.flatMap((hit) => hit.docIds.map((id) => index.docIndex.get(id)!)));
    // Named submitters are found by name; within their submissions, the rest of the question decides.
    const nameTerms = new Set(question.nameTerms);
    const ownTerms = terms(question.searchText);
    const contentTerms = nameTerms.size ? ownTerms.filter((t) => !nameTerms.has(t)) : ownTerms;
    // "best-selling" and "health care" are also searched as the one word a text may write ("bestselling", "healthcare"), and "bias" as the
    // stem its plural has ("biases" is "bias", "bias" is "bia"), when the corpus has them.
    const own = contentTerms.length ? contentTerms : ownTerms;
    const held = (t: string) => index.bm25.documentFrequency(t) > 0 && !own.includes(t);
    const keywordTerms = [...own, ...[...new Set([...joinedPairs(question.searchText, question.topic ?? own, (t) => index.bm25.documentFrequency(t)), ...own.filter((t) => t.length < 5).flatMap((t) => corpus.variants(t))])].filter(held)];
    // A word's senses share its weight: one of them is meant, and a text that holds a wrong one often ("message" for 信息) must not win.
    const looseWeights = new Map<string, number>();
    for (const senses of question.looseSenses ?? []) {
      for (const term of senses.flat()) looseWeights.set(term, Math.max(looseWeights.get(term) ?? 0, LOOSE_SEARCH_WEIGHT / senses.length));
    }
    // A part's alternatives share its weight: a part with several ("power demand", "electricity demand", "energy use") weighs no more than a part with one ("Markov chain").
    const partWeights = new Map<string, number>();
    for (const group of question.groups ?? []) {
      const n = new Set(group.alternatives.map((a) => a.join(' '))).size;
      for (const term of group.alternatives.flat()) partWeights.set(term, Math.max(partWeights.get(term) ?? 0, 1 / n));
    }
    const looseTerms = [...looseWeights.keys()].filter((t) => !nameTerms.has(t) && !keywordTerms.includes(t));
    const contextTerms = [...(options.contextTerms ?? []), ...(options.context ? terms(options.context) : [])].filter((t, i, all) => !nameTerms.has(t) && !keywordTerms.includes(t) && !looseTerms.includes(t) && all.indexOf(t) === i);
    const { chunks: scored, keywordScores, queryVector } = await scoreChunks(index, {
      text: options.context ? `${question.searchText} ${options.context}` : question.searchText,
      terms: [...keywordTerms, ...looseTerms, ...contextTerms],
      termWeights: [...keywordTerms.map((t) => partWeights.get(t) ?? 1), ...looseTerms.map((t) => looseWeights.get(t)!), ...contextTerms.map(() => CONTEXT_WEIGHT)],
      ...(allowedDocs ? { allowedDocs } : {}),
      ...(namedDocs.size ? { namedDocs } : {}),
      ...(question.impliedCategory && !options.category ? { preferredCategory: question.impliedCategory } : {}),
      mode: corpus.vectors ? (options.mode ?? 'hybrid') : 'keyword',
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
          passages.push(corpus.passage(hit.chunk, hit.score));
          docs.push(hit.doc);
        }
        continue;
      }
      const root = index.cluster[hit.doc]!;
      const collapsed = options.docId ? undefined : clusterSeen.get(root);
      // A form letter with a paragraph of its own: a hit on that paragraph is its own submission.
      if (collapsed && corpus.repeats(index.docIndex.get(collapsed.docId)!, hit.chunk)) {
        if (!collapsedDocs.has(hit.doc)) collapsed.similarDocIds.push(index.docs[hit.doc]!.id);
        collapsedDocs.add(hit.doc);
        continue;
      }
      if (passages.length >= k) continue;
      chunksByDoc.set(hit.doc, [hit]);
      const passage = corpus.passage(hit.chunk, hit.score);
      clusterSeen.set(root, passage);
      passages.push(passage);
      docs.push(hit.doc);
    }
    if (!options.docId) for (const p of passages) p.similarCount = index.clusterSize[index.docIndex.get(p.docId)!]!;
    const searched = [question.searchText, ...looseTerms].join(' ');
    const coverageOf = (chunks: readonly number[]) => corpus.coverage(searched, chunks, (t) => looseWeights.get(t) ?? partWeights.get(t) ?? 1);
    const best = passages[0] ? chunksByDoc.get(index.docIndex.get(passages[0].docId)!)![0]! : undefined;
    return { passages, docs, chunksByDoc, ...(keywordScores ? { keywordScores } : {}), ...(queryVector ? { queryVector } : {}), coverage: best ? coverageOf([best.chunk]) : 0, coverageOf };
  }

  /** The submissions a search's filters allow (category, submitter, submission, campaign); undefined = all. */
  allowedDocs(options: SearchOptions): Set<number> | undefined {
    let allowed: Set<number> | undefined;
    const narrow = (docs: Iterable<number>) => {
      const next = new Set(docs);
      allowed = allowed ? new Set([...allowed].filter((d) => next.has(d))) : next;
    };
    const index = this.corpus.loaded;
    const { docs, docIndex } = index;
    if (options.category) {
      const wanted = options.category.toLowerCase();
      narrow([...docs.keys()].filter((d) => docs[d]!.category.toLowerCase() === wanted));
    }
    if (options.submitter) narrow(this.corpus.submitterDocs(options.submitter));
    if (options.docId) narrow([docIndex.get(options.docId)].filter((d): d is number => d !== undefined));
    if (options.campaign) {
      const doc = docIndex.get(options.campaign);
      // A submission alone is no campaign.
      const root = doc === undefined || index.clusterSize[doc]! < 2 ? -1 : index.cluster[doc]!;
      narrow(root < 0 ? [] : [...docs.keys()].filter((d) => index.cluster[d] === root));
    }
    return allowed;
  }
}

/** A pair written apart ("health care") is also searched as one word when the corpus writes it so often enough ("actionplan" in a few links is no such word). */
const JOINED_MIN_SHARE = 0.05;
const JOINED_MIN_DF = 20;

/**
 * Two neighbouring words of a text written as one, stemmed: hyphenated ("best-selling" →
 * "bestselling"), or two topic words the corpus also writes as one ("health care" → "healthcare").
 */
function joinedPairs(text: string, own: readonly string[], df: (term: string) => number): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\b([a-z]{2,})([-\s]+)(?=([a-z]{2,})\b)/g)) {
    const [a, b] = [m[1]!, m[3]!];
    if (STOPWORDS.has(a) || STOPWORDS.has(b)) continue;
    const joined = stem(`${a}${b}`);
    if (m[2]!.includes('-')) out.push(joined);
    else if (own.includes(stem(a)) && own.includes(stem(b)) && df(joined) >= Math.max(JOINED_MIN_DF, JOINED_MIN_SHARE * Math.min(df(stem(a)), df(stem(b))))) out.push(joined);
  }
  return out;
}
