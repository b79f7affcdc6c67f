/**
 * Whose submission a claim is checked against: the `submitter` option, else the submitters the
 * claim names, else none (the best-matching submission is then used). A name that matches no
 * submitter, in the claim or in the option, is an organisation that filed nothing.
 */
import type { CorpusIndex } from '../corpus-index.js';
import type { Understood } from '../question/understand.js';
import type { NameHit } from '../names.js';
import { toSimplified } from '../i18n/script.js';
import { terms } from '../text/tokenize.js';
import { GLOSSARY } from '../i18n/glossary.js';

export type ClaimSubmitter =
  /** The submissions to check against. */
  | { kind: 'docs'; docs: number[] }
  /** An organisation named (or given as the option) that filed nothing. */
  | { kind: 'absent'; name: string }
  /** No submitter named. */
  | { kind: 'none' };

export function claimSubmitter(question: Understood, option: string | undefined, corpus: CorpusIndex): ClaimSubmitter {
  if (option?.trim()) {
    const docs = corpus.submitterDocs(option);
    if (docs.length) return { kind: 'docs', docs };
    // The option names nobody who filed: the claim's own names, if they do, else the option is the absent organisation.
    const named = namedDocs(question, corpus);
    return named.length ? { kind: 'docs', docs: named } : { kind: 'absent', name: option.trim() };
  }
  const docs = namedDocs(question, corpus);
  if (docs.length) return { kind: 'docs', docs };
  const absent = question.absentAuthors.find((name) => !commonWord(name, corpus));
  if (absent) return { kind: 'absent', name: absent };
  return { kind: 'none' };
}

/**
 * A single word that is a policy term of the glossary ("data", "energy"), or this common in the
 * corpus (idf), is no organisation's name: "Data centers could…" names nobody.
 */
const NAME_MIN_IDF = 3;

let glossaryWords: Set<string> | undefined;

function commonWord(name: string, corpus: CorpusIndex): boolean {
  const words = terms(name);
  if (words.length !== 1) return false;
  glossaryWords ??= new Set(GLOSSARY.terms.flatMap((t) => t.en.map((e) => terms(e))).filter((w) => w.length === 1).map((w) => w[0]!));
  return glossaryWords.has(words[0]!) || (corpus.chunksWith(words[0]!).length > 0 && corpus.idf(words[0]!) < NAME_MIN_IDF);
}

/** The submissions of the submitters a claim names, an ambiguous short form resolved by the full name beside it. */
function namedDocs(question: Understood, corpus: CorpusIndex): number[] {
  const hits = disambiguated(question.named, (hit) => written(question, hit));
  const docs = hits.flatMap((hit) => hit.docIds.map((id) => corpus.docNumber(id)).filter((d): d is number => d !== undefined));
  return [...new Set(docs)];
}

/**
 * "American Academy of Pediatrics (AAP)", "Duke Energy": a short form or a part of a name stands
 * for several submitters ("AAP" for two, "Duke" for the university), the name written out for
 * one. When the claim writes some names out, a hit that is not written and shares a word with one
 * that is, or stands for its submissions and others, came from a part of it: it goes.
 */
export function disambiguated(hits: readonly NameHit[], isWritten: (hit: NameHit) => boolean): NameHit[] {
  const written = hits.filter(isWritten);
  if (written.length === 0) return [...hits];
  const wordsOf = (hit: NameHit) => new Set(hit.alias.toLowerCase().split(/\s+/));
  const partOf = (hit: NameHit) =>
    written.some((w) => [...wordsOf(hit)].some((word) => wordsOf(w).has(word)) || (hit.docIds.length > w.docIds.length && w.docIds.every((d) => hit.docIds.includes(d))));
  return hits.filter((hit) => written.includes(hit) || !partOf(hit));
}

/** Whether a submitter's name is written out in the claim (in English, or as a glossary name in a Chinese one). */
function written(question: Understood, hit: NameHit): boolean {
  const alias = hit.alias.toLowerCase();
  const words = alias.split(/\s+/).length;
  if (question.language === 'zh') {
    const text = toSimplified(question.original).toLowerCase();
    return (words > 1 && text.includes(alias)) || (question.bridge?.matches ?? []).some((m) => m.kind === 'org' && m.en.some((e) => e.toLowerCase() === alias));
  }
  // A short form counts as written only as a name of its own (not "AAP" standing for two).
  return words > 1 && question.original.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').includes(alias);
}
