/**
 * Question analysis over one corpus index: the submitters its name index knows, the glossary's
 * links to them, and the glossary's organisations (which may have filed nothing here).
 */
import type { CorpusIndex } from '../corpus-index.js';
import { analyzeQuestion, type AnalyzedQuestion } from './analyze.js';
import { terms } from '../text/tokenize.js';
import { acronymsOf, type NameHit } from '../names.js';
import { respell } from '../text/spelling.js';
import { QUESTION_WORDS } from './categories.js';

/** A word in this many passages is an ordinary word, not an unknown organisation's name. */
const COMMON_WORD_CHUNKS = 300;
/** An acronym in this share of other submitters' passages is an ordinary word there (0.7%: 300 of the full index's passages). */
const ORDINARY_ACRONYM_SHARE = 0.007;
/** And in more than this many, on an index too small for the share to say anything. */
const MIN_ORDINARY_CHUNKS = 3;

export class QuestionAnalyzer {
  constructor(
    private readonly corpus: CorpusIndex,
    /** Organisations from the glossary that an English question names. */
    private readonly knownOrganisations: (text: string) => string[],
    /** Whether a name can be the author of a submission (not only a country or a product). */
    private readonly canAuthor: (name: string) => boolean = () => true,
  ) {}

  /** What a question asks for, before any search; its misspelt words ("univeristies") read as the words they stand for, its shortened ones written out. */
  analyze(question: string): AnalyzedQuestion {
    const { text, respelt } = respell(question, (term) => this.corpus.chunksWith(term).length, QUESTION_WORDS);
    const analyzed = this.analyzeNamed(text);
    return respelt.length ? { ...analyzed, respelt } : analyzed;
  }

  private analyzeNamed(question: string): AnalyzedQuestion {
    const analyzed = this.analyzeAsWritten(question);
    // "Did Antropic discuss export controls?": a name with a word no submission writes, a letter or so
    // from one submitter's name, is that submitter misspelt, not one that filed nothing.
    const [absent] = analyzed.absentAuthors;
    if (analyzed.absentAuthors.length !== 1 || !absent || terms(absent).every((t) => this.corpus.chunksWith(t).length > 0)) return analyzed;
    const closest = this.corpus.names.closest(absent);
    const at = question.indexOf(absent);
    if (!closest || at < 0 || closest.docIds.length === 0) return analyzed;
    const name = this.corpus.doc(this.corpus.docNumber(closest.docIds[0]!)!).submitter;
    const reread = this.analyzeAsWritten(`${question.slice(0, at)}${name}${question.slice(at + absent.length)}`);
    return reread.named.some((hit) => hit.docIds.some((id) => closest.docIds.includes(id))) ? { ...reread, original: question, readAs: { written: absent, name } } : analyzed;
  }

  private analyzeAsWritten(question: string): AnalyzedQuestion {
    return analyzeQuestion(question, this.corpus.names, this.knownOrganisations, (name) => this.canAuthor(name) && !this.commonWord(name), this.corpus.loaded.glossaryLinks, (hit) => this.ordinaryAcronym(hit));
  }

  /**
   * A submitter's acronym that other submissions use as an ordinary word in many passages ("HTTP"
   * of the Hispanic Tech and Telecommunications Partnership, in every web address): it names the
   * submitter only where an author stands ("Did HTTP comment?"), not in "how many HTTP requests".
   */
  private ordinaryAcronym(hit: NameHit): boolean {
    const words = hit.alias.split(' ');
    const own = new Set(hit.docIds.map((id) => this.corpus.docNumber(id)).filter((d): d is number => d !== undefined));
    if (words.length !== 1 || own.size === 0 || ![...own].every((d) => acronymsOf(this.corpus.doc(d)).includes(hit.alias))) return false;
    const [term] = terms(hit.alias);
    if (!term) return false;
    let others = 0;
    for (const chunk of this.corpus.chunksWith(term)) if (!own.has(this.corpus.docOfChunk(chunk))) others++;
    return others > Math.max(MIN_ORDINARY_CHUNKS, ORDINARY_ACRONYM_SHARE * this.corpus.chunkCount);
  }

  /**
   * A one-word "name" the corpus uses as an ordinary word in many passages ("Library", "Besides"):
   * capitalised at the start of a sentence, not a submitter that filed nothing.
   */
  private commonWord(name: string): boolean {
    const words = terms(name);
    return words.length === 1 && this.corpus.chunksWith(words[0]!).length > COMMON_WORD_CHUNKS;
  }
}
