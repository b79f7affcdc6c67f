/**
 * Question analysis over one corpus index: the submitters its name index knows, the glossary's
 * links to them, and the glossary's organisations (which may have filed nothing here).
 */
import type { CorpusIndex } from '../corpus-index.js';
import { analyzeQuestion, type AnalyzedQuestion } from './analyze.js';

export class QuestionAnalyzer {
  constructor(
    private readonly corpus: CorpusIndex,
    /** Organisations from the glossary that an English question names. */
    private readonly knownOrganisations: (text: string) => string[],
    /** Whether a name can be the author of a submission (not only a country or a product). */
    private readonly canAuthor: (name: string) => boolean = () => true,
  ) {}

  /** What a question asks for, before any search. */
  analyze(question: string): AnalyzedQuestion {
    return analyzeQuestion(question, this.corpus.names, this.knownOrganisations, this.canAuthor, this.corpus.loaded.glossaryLinks);
  }
}
