import type { Answer, AskOptions, CampaignList, ClaimCheck, Comparison, IndexStats, Passage, QaService, SearchOptions, Source, SubmissionSummary } from './types.js';
import { checkClaim } from './check/check.js';
import { listCampaigns } from './campaigns.js';
import { judgeClaim } from './check/llm-verdict.js';
import { translateForSearch } from './answer/translate.js';
import type { CorpusIndex } from './corpus-index.js';
import type { QuestionAnalyzer } from './question/analyzer.js';
import type { Retriever } from './retriever.js';
import { answerQuestion, checkQuestion, type AskDeps } from './ask.js';
import { checkCampaign } from './question/understand.js';
import { SubmitterDirectory } from './directory.js';
import { readableText } from './answer/sentences.js';
import { OUTLINE_LIMITS } from './evidence/gather.js';
import { outlineOf } from './evidence/outline.js';
import { selectOutline } from './evidence/outline-select.js';

/** The retrieval pipeline behind the bot, the console and the command line. */
export class RetrievalService implements QaService {
  private readonly directory: SubmitterDirectory;

  constructor(private readonly deps: AskDeps) {
    this.directory = new SubmitterDirectory(deps.corpus.loaded.docs);
  }

  /** The index the service answers from. */
  get corpus(): CorpusIndex {
    return this.deps.corpus;
  }

  /** What reads questions against that index. */
  get analyzer(): QuestionAnalyzer {
    return this.deps.analyzer;
  }

  /** What searches it (and holds the fusion weights, which eval can change). */
  get retriever(): Retriever {
    return this.deps.retriever;
  }

  ask(question: string, options: AskOptions = {}): Promise<Answer> {
    return answerQuestion(question, options, this.deps);
  }

  async search(query: string, options: SearchOptions = {}): Promise<Passage[]> {
    const question = checkQuestion(query);
    checkCampaign(options.campaign, this.corpus);
    const result = await this.retriever.retrieve(this.analyzer.analyze(question), options);
    return result.passages;
  }

  async submission(docId: string): Promise<SubmissionSummary | undefined> {
    const { corpus } = this;
    const doc = corpus.docNumber(docId) ?? corpus.docNumber(this.directory.resolveDocId(docId) ?? '');
    if (doc === undefined) return undefined;
    const { first, end: last } = corpus.chunksOf(doc);
    // Representative passages: the opening, then the prose chunks closest to the submission's
    // mean vector (lists of names or references are alike too, so they are left out).
    const chunks = Array.from({ length: last - first }, (_, i) => first + i);
    const prose = chunks.filter((c) => isProse(corpus.chunkText(c)));
    const pool = prose.length ? prose : chunks;
    const vectors = pool.map((c) => corpus.chunkVector(c));
    const centroid = vectors[0]?.map((_, d) => vectors.reduce((sum, v) => sum + v[d]!, 0) / vectors.length) ?? [];
    const byCentrality = pool
      .map((chunk, i) => ({ chunk, score: vectors[i]!.reduce((sum, x, d) => sum + x * centroid[d]!, 0) }))
      .sort((a, b) => b.score - a.score);
    const opening = pool[0] === undefined ? [] : [{ chunk: pool[0], score: 1 }];
    // Page headers repeat: a chunk that starts like one already chosen adds nothing.
    const starts = new Set<string>();
    const ranked = [...opening, ...byCentrality.filter((c) => c.chunk !== pool[0])]
      .filter(({ chunk }) => {
        const start = corpus.chunkText(chunk).replace(/\s+/g, ' ').trim().slice(0, 60);
        if (starts.has(start)) return false;
        starts.add(start);
        return true;
      })
      .slice(0, 3)
      .sort((a, b) => a.chunk - b.chunk);
    const outline = selectOutline(outlineOf(corpus, doc), OUTLINE_LIMITS).map((section) => {
      const at = (chunk: number) => corpus.passage(chunk, 1);
      const first = at(section.heading?.chunk ?? section.statements[0]!.chunk);
      return {
        ...(section.heading ? { heading: readableText(section.heading.text, corpus.words) } : {}),
        level: section.level,
        page: first.page,
        statements: section.statements.map((s) => ({ text: readableText(s.text, corpus.words), page: at(s.chunk).page, url: at(s.chunk).url })),
      };
    });
    return { meta: corpus.doc(doc), ...(outline.length ? { outline } : {}), passages: ranked.map(({ chunk, score }) => corpus.passage(chunk, score)) };
  }

  campaigns(options: { topic?: string; id?: string; limit?: number } = {}): CampaignList {
    return listCampaigns(this.corpus, options);
  }

  checkClaim(claim: string, options: Pick<AskOptions, 'submitter' | 'signal'> = {}): Promise<ClaimCheck> {
    const { chat, corpus, analyzer, retriever } = this.deps;
    return checkClaim(claim, options, {
      corpus,
      analyzer,
      retriever,
      ...(chat ? { translate: (text: string, signal?: AbortSignal) => translateForSearch(text, { chat, ...(this.deps.log ? { log: this.deps.log } : {}) }, signal), judge: (c: string, language: string, passages: Source[], signal?: AbortSignal) => judgeClaim(c, language, passages, chat, signal) } : {}),
    });
  }

  async compare(submitters: string[], question: string, options: Pick<AskOptions, 'signal'> = {}): Promise<Comparison> {
    const sides = [];
    for (const name of submitters.map((s) => s.trim()).filter(Boolean)) {
      const docs = this.corpus.submitterDocs(name);
      if (docs.length === 0) {
        sides.push({ name, missing: `No submission from ${name} is in the corpus.` });
        continue;
      }
      const meta = this.corpus.doc(docs[0]!);
      const answer = await this.ask(question, { submitter: name, k: 2, ...(options.signal ? { signal: options.signal } : {}) });
      sides.push({ name: meta.submitter, meta, answer });
    }
    return { question, sides };
  }

  stats(): IndexStats {
    const { manifest, docs } = this.corpus.loaded;
    const byCategory = new Map<string, number>();
    for (const doc of docs) byCategory.set(doc.category, (byCategory.get(doc.category) ?? 0) + 1);
    return {
      submissions: docs.length,
      chunks: manifest.counts.chunks,
      byCategory: [...byCategory].map(([category, submissions]) => ({ category, submissions })).sort((a, b) => b.submissions - a.submissions),
      embedder: manifest.embedder.id,
      dimensions: manifest.embedder.dimensions,
      builtAt: manifest.builtAt,
      skipped: manifest.counts.skipped,
    };
  }

  suggestSubmitters(fragment: string, limit: number) {
    return this.directory.suggestSubmitters(fragment, limit);
  }

  suggestDocIds(fragment: string, limit: number) {
    return this.directory.suggestDocIds(fragment, limit);
  }

  categories(): string[] {
    return [...new Set(this.corpus.loaded.docs.map((d) => d.category))].sort();
  }
}

/** Running sentences rather than a list: several sentence ends and lines of some length. */
function isProse(text: string): boolean {
  const sentences = text.match(/[a-z][.!?](\s|$)/g)?.length ?? 0;
  const lines = text.split('\n').filter((l) => l.trim());
  const averageLine = lines.reduce((sum, l) => sum + l.trim().length, 0) / (lines.length || 1);
  return sentences >= 2 && averageLine >= 40;
}
