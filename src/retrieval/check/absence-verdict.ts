/**
 * The verdict on an absence claim ("X did not address Y"): confirmed when no concept of Y occurs
 * in X's whole text (its words together, in any of their forms), not so when one does, with the
 * passages that mention it. A submission with unreadable text never confirms an absence.
 */
import type { ClaimCheck } from '../types.js';
import type { CorpusIndex } from '../corpus-index.js';
import { conceptPresenceIn } from '../evidence/presence.js';
import { quoteBlock } from '../answer/extractive.js';
import type { AbsenceClaim, AbsentTopic, Mention } from './absence.js';
import { mentionsOf } from './absence.js';
import { claimSlots, quotedSentences } from './passage.js';
import type { CheckPhrases } from './phrases.js';

export type CheckResult = Omit<ClaimCheck, 'claim' | 'language' | 'mode' | 'citations' | 'ms'>;

/** Passages shown for an absence that is not so. */
const SHOWN = 2;

export function absenceVerdict(corpus: CorpusIndex, docs: readonly number[], absence: AbsenceClaim, topic: AbsentTopic, phrases: CheckPhrases): CheckResult {
  const name = corpus.doc(docs[0]!).submitter;
  const submitter = { name, docIds: docs.map((d) => corpus.doc(d).id), inferred: false };
  const presence = conceptPresenceIn(corpus, docs, topic.groups, topic.concepts);
  // A concept whose words are all too common to tell (presence leaves it out) is looked for as it is.
  const checked = topic.concepts.map((concept) => {
    const decisive = presence.concepts.find((c) => c.concept === concept);
    return { concept, mentions: !decisive || decisive.occurs ? mentionsOf(corpus, docs, concept) : [] };
  });
  const held = checked.filter((c) => c.mentions.length > 0);
  const base = { submitter, absent: absence.object };
  if (held.length === 0) {
    const unreadable = new Set(corpus.withoutText.map((w) => w.id));
    if (submitter.docIds.some((id) => unreadable.has(id))) return { ...base, verdict: 'not-found', text: phrases.unreadable(name), sources: [] };
    return { ...base, verdict: 'confirmed-absent', text: phrases.confirmedAbsent(name, absence.object, topic.concepts.map((c) => c.groups.map((g) => g.forms.join(' / ')).join(' + '))), sources: [] };
  }
  const mentions = [...new Map(held.flatMap((c) => c.mentions).map((m) => [m.chunk, m])).values()].sort((a, b) => b.sentences - a.sentences || a.chunk - b.chunk);
  const shown: Mention[] = mentions.slice(0, SHOWN).sort((a, b) => a.chunk - b.chunk);
  const slots = claimSlots(held.flatMap((c) => c.concept.groups), { quantities: [], markers: [], zh: false, words: [] }, corpus);
  const sources = shown.map((m, i) => ({ ...corpus.passage(m.chunk, 1), n: i + 1 }));
  const quotes = sources.map((source) => {
    const { start, end } = quotedSentences(source.text, slots, corpus);
    return { source, text: source.text.slice(start, end) };
  });
  const notHeld = checked.filter((c) => c.mentions.length === 0).map((c) => c.concept.label);
  const text = `${phrases.notAbsent(name, absence.object, mentions.length, held.map((c) => c.concept.label), notHeld)}\n${quoteBlock(quotes, corpus.words)}`;
  return { ...base, verdict: 'not-absent', text, sources };
}
