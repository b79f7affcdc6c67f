/**
 * Whether an organisation filed anything: "Yes — X filed N submissions" with each one's listing
 * entry and PDF, or "No submission from X is in the corpus", with the names closest to it and the
 * other submitters that mention it (quoted, so that nothing is put on X).
 */
import type { ListedSubmission, Source } from '../types.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { NameHit } from '../names.js';
import type { Phrases } from './phrases.js';

export interface FiledAnswer {
  text: string;
  sources: Source[];
  listed: ListedSubmission[];
}

/** Each named submitter's filings, its first passage cited for each; `counted`: the question asks how many, so the number leads. */
export function filedAnswer(named: readonly NameHit[], corpus: CorpusIndex, phrases: Phrases, counted = false): FiledAnswer {
  const sources: Source[] = [];
  const listed: ListedSubmission[] = [];
  const parts: string[] = [];
  for (const hit of named) {
    const docs = [...new Set(hit.docIds.map((id) => corpus.docNumber(id)).filter((d): d is number => d !== undefined))];
    if (docs.length === 0) continue;
    const lines: string[] = [];
    for (const doc of docs) {
      const meta = corpus.doc(doc);
      const source: Source = { ...corpus.passage(corpus.chunksOf(doc).first, 1), n: sources.length + 1 };
      sources.push(source);
      listed.push({ docId: meta.id, submitter: meta.submitter, category: meta.category, url: meta.pdfUrl, mentions: 0 });
      lines.push(phrases.filing(meta.submitter, meta.category, meta.id, meta.received, source.n));
    }
    const names = [...new Set(docs.map((d) => corpus.doc(d).submitter))];
    parts.push(`${(counted ? phrases.filedCount : phrases.filed)(names, docs.length)}\n${lines.join('\n')}`);
  }
  return { text: parts.join('\n\n'), sources, listed };
}
