/**
 * "Who signed X's comment?": the signature under a submission's sign-off ("Respectfully, / Lezlie
 * Vermillion / Scott County Administrator"), or else the sender its letterhead names ("From:
 * Christopher Lehane"), quoted verbatim with its passage. A submission with neither says so: the
 * answer is then that the text names no signer, never that someone did not sign.
 */
import type { Source } from '../types.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { NameHit } from '../names.js';
import type { Phrases } from './phrases.js';
import { quoteBlock } from './extractive.js';

export interface SignedAnswer {
  text: string;
  sources: Source[];
}

/** A sign-off on a line of its own, and the lines under it. */
const SIGN_OFF = /(?:^|\n)[ \t]*((?:Sincerely|Respectfully(?: submitted)?|Regards|Best regards|Kind regards|Warm regards|Best wishes|Yours (?:truly|sincerely|faithfully)|Very truly yours|Cordially|With (?:gratitude|appreciation|respect)|Thank you)[,.]?[ \t]*)\n/gi;
/** The sender a letterhead names. */
const FROM = /\bFrom:[ \t]*([^\n]{2,80}?)[ \t]*(?:\n|$)/;
/** A signature line: short, not a page number, not a sentence of the letter. */
const SIGNATURE_LINE = /^(?=.*\p{L})[^\n]{2,80}$/u;
/** Signature lines taken under a sign-off: a name, a title, an organisation. */
const SIGNATURE_LINES = 3;

/** For each named submitter, its signature or sender, quoted; undefined when the question names no submitter in the index. */
export function signedAnswer(named: readonly NameHit[], corpus: CorpusIndex, phrases: Phrases): SignedAnswer | undefined {
  const sources: Source[] = [];
  const parts: string[] = [];
  for (const hit of named) {
    const docs = [...new Set(hit.docIds.map((id) => corpus.docNumber(id)).filter((d): d is number => d !== undefined))];
    for (const doc of docs) {
      const found = signatureOf(corpus, doc) ?? senderOf(corpus, doc);
      const submitter = corpus.doc(doc).submitter;
      if (!found) {
        parts.push(phrases.noSigner(submitter));
        continue;
      }
      const source: Source = { ...corpus.passage(found.chunk, 1), n: sources.length + 1 };
      sources.push(source);
      parts.push(`${found.kind === 'signature' ? phrases.signedBy(submitter) : phrases.sentBy(submitter)}\n${quoteBlock([{ source, text: found.text }], corpus.words)}`);
    }
  }
  return parts.length ? { text: parts.join('\n\n'), sources } : undefined;
}

/** The last sign-off of a submission with the signature lines under it. */
function signatureOf(corpus: CorpusIndex, doc: number): { chunk: number; text: string; kind: 'signature' } | undefined {
  const { first, end } = corpus.chunksOf(doc);
  for (let chunk = end - 1; chunk >= first; chunk--) {
    const text = corpus.chunkText(chunk);
    const signOffs = [...text.matchAll(SIGN_OFF)];
    for (const m of signOffs.reverse()) {
      const start = m.index + m[0].indexOf(m[1]!);
      const lines: string[] = [];
      for (const line of text.slice(m.index + m[0].length).split('\n')) {
        const trimmed = line.trim();
        if (!SIGNATURE_LINE.test(trimmed) || /[.!?]$/.test(trimmed) || lines.length === SIGNATURE_LINES || (lines.length === 0 && !nameLike(trimmed))) break;
        lines.push(trimmed);
      }
      if (lines.length === 0) continue;
      const last = lines.at(-1)!;
      const stop = text.indexOf(last, m.index + m[0].length) + last.length;
      return { chunk, text: text.slice(start, stop), kind: 'signature' };
    }
  }
  return undefined;
}

/** The sender named on a letterhead in a submission's opening chunk ("From: Christopher Lehane"). */
function senderOf(corpus: CorpusIndex, doc: number): { chunk: number; text: string; kind: 'sender' } | undefined {
  const { first, end } = corpus.chunksOf(doc);
  if (first >= end) return undefined;
  const m = FROM.exec(corpus.chunkText(first));
  return m ? { chunk: first, text: m[0].trim(), kind: 'sender' } : undefined;
}

/** A signer's line: a few words, most of them capitalised ("Lezlie Vermillion", "/s/ Jane Doe"), not a line of the letter run on. */
function nameLike(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.length <= 6 && words.filter((w) => /^\P{Ll}*\p{Lu}/u.test(w)).length * 2 >= words.length;
}
