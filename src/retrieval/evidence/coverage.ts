/**
 * Stage 3 of an answer: decide whether the evidence answers the question. A question about named
 * submitters is tested on their own submissions (does each address the topic?); any other on the
 * share of its keyword weight in the best passage (the relevance floor).
 */
import type { AskOptions } from '../types.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { Understood } from '../question/understand.js';
import type { Evidence } from './gather.js';
import { conceptPresenceIn, presenceIn, SHORT_TOPIC_GROUPS, type ConceptPresence } from './presence.js';

export interface Side {
  /** Display name of the submitter. */
  name: string;
  docs: number[];
  presence: ConceptPresence;
}

export type Decision =
  /** Answer from the evidence. `sides`: the named submitters, each with whether it addresses the topic. */
  | { kind: 'answer'; sides: Side[] }
  /** A count over categories only: no passage is needed. */
  | { kind: 'count' }
  /** No named submitter addresses the topic. */
  | { kind: 'not-addressed'; sides: Side[] }
  | { kind: 'not-covered' };

export function decide(question: Understood, evidence: Evidence, options: AskOptions, corpus: CorpusIndex, coverageFloor: number): Decision {
  if (question.intent === 'count' && question.topic.length === 0) return { kind: 'count' };
  if (evidence.passages.length === 0) return { kind: 'not-covered' };
  const sides = namedSides(question, corpus);
  if (sides.length > 0 && question.intent !== 'outline') {
    return sides.some((s) => s.presence.addressed) ? { kind: 'answer', sides } : { kind: 'not-addressed', sides };
  }
  if (sides.length > 0 || options.submitter || options.docId) return { kind: 'answer', sides };
  if (evidence.counted && evidence.counted.submissions === 0) return { kind: 'not-covered' };
  if (evidence.coverage < coverageFloor) return { kind: 'not-covered' };
  // A short topic ("the price of eggs in Ohio") must occur together in some passage found, not word by word here and there.
  if (question.groups.length > 0 && question.groups.length <= SHORT_TOPIC_GROUPS && !evidence.counted) {
    const docs = [...new Set(evidence.passages.map((p) => corpus.docNumber(p.docId)).filter((d): d is number => d !== undefined))];
    if (!docs.some((doc) => presenceIn(corpus, [doc], question.groups).addressed)) return { kind: 'not-covered' };
  }
  return { kind: 'answer', sides };
}

function namedSides(question: Understood, corpus: CorpusIndex): Side[] {
  return question.named
    .map((hit) => {
      const docs = hit.docIds.map((id) => corpus.docNumber(id)).filter((d): d is number => d !== undefined);
      return { name: docs.length ? corpus.doc(docs[0]!).submitter : hit.alias, docs, presence: conceptPresenceIn(corpus, docs, question.groups, question.concepts) };
    })
    .filter((side) => side.docs.length > 0);
}
