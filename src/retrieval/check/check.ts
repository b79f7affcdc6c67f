/**
 * Checking a claim about what a submitter said ("Intel asked for a 50% tax credit for new fabs")
 * against the submission itself. Offline, the verdict says only what the words support: every key
 * term, number and name of the claim in one passage and none of its details different (found), a
 * passage that matches it but for a detail (differs: a number, a comparison, a negation, one thing
 * for another, shown side by side), some of its terms (partly found, with the terms missing), or
 * not found, with what was searched and, for a claim put on the wrong submitter, whose submission
 * does hold it. A claim that a submitter left something out is checked on its whole text
 * (confirmed absent, or not, with the passages). With a chat model: supported, contradicted or not
 * addressed, resting on a quote that must occur in its passage.
 */
import type { AskOptions, ClaimCheck, Source } from '../types.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { RetrievalEngine } from '../engine.js';
import { understand } from '../question/understand.js';
import type { TopicGroup } from '../question/topic.js';
import { gatherEvidence } from '../evidence/gather.js';
import { groupWeight, satisfiedIn } from '../evidence/presence.js';
import { quoteBlock } from '../answer/extractive.js';
import { renumberSources, verifyCitations } from '../answer/verify.js';
import { rejoinSplitWords } from '../text/rejoin.js';
import { sentencesOf } from '../answer/sentences.js';
import { checkPhrasesFor, type CheckPhrases } from './phrases.js';
import { claimSubmitter } from './submitter.js';
import { absenceOf, absentTopic } from './absence.js';
import { absenceVerdict, type CheckResult } from './absence-verdict.js';
import { claimDetails, differences, statesDetails, unstated, type ClaimDetails } from './details.js';
import { bestChunk, chunkFit, claimSlots, quotedSentences, tellingIn, type ClaimSlots } from './passage.js';
import { markersEn, turns } from './polarity.js';

/** A passage with this share of the claim's weight, though not all of it, is "partly found". */
export const PARTLY_FOUND_SHARE = 0.5;
/** Below this, the closest passage is not worth showing. */
const CLOSEST_SHARE = 0.3;
/** A word of the claim this common (idf, like "AI") is not required: missing it says nothing. */
const REQUIRED_IDF = 1;

export interface CheckDeps extends RetrievalEngine {
  translate?: (text: string, signal?: AbortSignal) => Promise<string>;
  /** With a chat model: a verdict on the claim from the passages (see `llm-verdict.ts`). */
  judge?: (claim: string, language: string, passages: Source[], signal?: AbortSignal) => Promise<ChatVerdict | undefined>;
}

export interface ChatVerdict {
  verdict: 'supported' | 'contradicted' | 'not-addressed';
  /** The passage number and the exact words the verdict rests on. */
  passage?: number;
  quote?: string;
  /** One sentence on what differs between the claim and the passage. */
  difference?: string;
}

type Submitter = ClaimCheck['submitter'] & object;

export async function checkClaim(claim: string, options: Pick<AskOptions, 'submitter' | 'signal'>, deps: CheckDeps): Promise<ClaimCheck> {
  const started = Date.now();
  const { corpus, analyzer, retriever } = deps;
  const question = await understand(claim, { ...(options.signal ? { signal: options.signal } : {}) }, { corpus, analyzer, ...(deps.translate ? { translate: deps.translate } : {}) });
  const script = question.bridge?.script;
  const phrases = checkPhrasesFor(question.language, script);
  const base = { claim: question.question, language: question.language, mode: deps.judge ? ('llm' as const) : ('extractive' as const), ...(script ? { script } : {}) };
  const done = (result: CheckResult): ClaimCheck => {
    const verified = verifyCitations(result.text, result.sources);
    const cited = /\[\d/.test(verified.text) ? renumberSources(verified.text, result.sources) : { text: verified.text, sources: result.sources };
    return { ...base, ...result, text: cited.text, sources: cited.sources, citations: verified.report, ms: Date.now() - started };
  };

  const who = claimSubmitter(question, options.submitter, corpus);
  if (who.kind === 'absent') {
    // A listed submitter whose file is a scan filed: its claim can be neither found nor ruled out.
    const unreadable = corpus.withoutTextNamed(who.name);
    if (unreadable) return done({ verdict: 'not-found', text: phrases.unreadableWhole(unreadable.name, unreadable.pdfUrl, unreadable.noFile), sources: [] });
    return done({ verdict: 'no-submitter', text: phrases.noSubmitter(who.name, corpus.size), sources: [] });
  }
  const docs = who.kind === 'docs' ? who.docs : undefined;
  // "X did not address Y": a presence test of Y on X's whole text, with a chat model too.
  const absence = docs ? absenceOf(question.question) : undefined;
  if (docs && absence) {
    const topic = absentTopic(question, absence);
    if (topic.groups.length > 0) return done(absenceVerdict(corpus, docs, absence, topic, phrases));
  }

  // No submitter named: the claim is checked against the submission that matches it best.
  const inferred = !docs;
  const evidence = await gatherEvidence(docs ? { ...question, named: [{ alias: '', docIds: docs.map((d) => corpus.doc(d).id), start: 0, end: 0 }] } : question, {}, { corpus, retriever });
  const ownDocs = docs ?? [...new Set(evidence.passages.slice(0, 1).map((p) => corpus.docNumber(p.docId)!))];
  if (ownDocs.length === 0 || evidence.passages.length === 0) return done({ verdict: 'not-found', text: phrases.nothing, sources: [] });
  const name = corpus.doc(ownDocs[0]!).submitter;
  const submitter: Submitter = { name, docIds: ownDocs.map((d) => corpus.doc(d).id), inferred };
  const groups = question.groups.filter((g) => groupWeight(g, corpus) >= REQUIRED_IDF);
  const details = claimDetails(question.question, [name, ...question.named.map((hit) => hit.alias)]);
  const head = inferred ? `${phrases.inferred(name)}\n\n` : '';

  const result = offline({ corpus, docs: ownDocs, groups, details, submitter, head, phrases, evidence: evidence.passages });
  if (deps.judge) {
    const passages = evidence.passages.filter((p) => submitter.docIds.includes(p.docId));
    const judged = await deps.judge(question.question, question.language, passages, options.signal);
    const searched = groups.map((g) => g.forms.join(' / '));
    if (judged?.verdict === 'not-addressed') return done({ verdict: 'not-addressed', submitter, text: `${head}${phrases.notAddressed(name, searched)}`, sources: [] });
    const source = judged?.passage !== undefined ? passages.find((p) => p.n === judged.passage) : undefined;
    // A verdict rests on a quote that can carry it: a word or two ("commercial") is in almost any passage.
    if (judged && source && judged.quote && quoteWords(judged.quote) >= MIN_VERDICT_QUOTE_WORDS) {
      const verdict = judged.verdict;
      const text = `${head}${phrases.chat(verdict, name)}\n"${judged.quote.replace(/"/g, '\u2019')}" [${source.n}]${judged.difference ? `\n${judged.difference}` : ''}`;
      const checked = done({ verdict, submitter, text, sources: passages });
      if (checked.citations.verified === checked.citations.total) return checked;
    }
    // A quote that is not in its passage (or a reply that cannot be read) voids the verdict: what the words show is said instead.
    return done({ ...result, text: `${phrases.voided}\n\n${result.text}` });
  }
  if (result.verdict !== 'not-found' && result.verdict !== 'partly') return done(result);
  // Put on the wrong submitter? Say whose submissions hold the whole claim.
  const elsewhere = holdersElsewhere(corpus, groups, new Set(ownDocs));
  return done({ ...result, ...(elsewhere.length ? { elsewhere } : {}), text: elsewhere.length ? `${result.text}\n\n${phrases.elsewhere(elsewhere.map((e) => e.submitter))}` : result.text });
}

/** A model's verdict needs a quote of at least this many words from its passage. */
export const MIN_VERDICT_QUOTE_WORDS = 5;

const quoteWords = (quote: string) => quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

interface OfflineInput {
  corpus: CorpusIndex;
  docs: number[];
  groups: TopicGroup[];
  details: ClaimDetails;
  submitter: Submitter;
  head: string;
  phrases: CheckPhrases;
  /** The gathered passages: a chunk among them keeps its number. */
  evidence: Source[];
}

/**
 * The offline verdict from the words: the chunk that fills most of the claim, the sentences of it
 * quoted, and how they differ from the claim in its details.
 */
function offline({ corpus, docs, groups, details, submitter, head, phrases, evidence }: OfflineInput): CheckResult {
  const slots = claimSlots(groups, details, corpus);
  const searched = slots.slots.map((s) => (s.group ? s.group.forms.join(' / ') : s.label));
  const notFound = `${head}${phrases.notFound(submitter.name, searched)}`;
  const reading = { telling: tellingIn(corpus), negatable: (t: string) => corpus.idf(t) >= Math.min(REQUIRED_IDF, corpus.rarestIdf / 4) };
  const states = (text: string) => statesDetails(details, rejoinSplitWords(text, corpus.words), reading);
  const best = bestChunk(corpus, docs, slots, states);
  if (!best || best.fit.alignedShare < CLOSEST_SHARE) return { verdict: 'not-found', submitter, text: notFound, sources: [] };
  // "X supports Y" is turned around by X opposing Y anywhere in its text, whichever passage fits the claim's words best.
  const against = stanceTurn(corpus, docs, details, slots, reading.telling);
  if (against) {
    const source = { ...sourceOf(corpus, against.chunk, against.share, evidence), n: 1 };
    const quote = quoteBlock([{ source, text: against.sentence }], corpus.words);
    const differing = [{ kind: 'direction' as const, claim: against.turn.claim, passage: against.turn.passage }];
    return { verdict: 'differs', submitter, differences: differing, text: `${head}${phrases.differs(submitter.name, differing)}\n${quote}`, sources: [source] };
  }
  const source = { ...sourceOf(corpus, best.chunk, best.fit.share, evidence), n: 1 };
  const quoted = quotedSentences(source.text, slots, corpus, states);
  const quote = quoteBlock([{ source, text: source.text.slice(quoted.start, quoted.end) }], corpus.words);
  const shown = rejoinSplitWords(source.text.slice(quoted.start, quoted.end), corpus.words);
  const options = { ...reading, context: rejoinSplitWords(source.text, corpus.words) };
  const differing = differences(details, shown, options);
  if (differing.length > 0 && best.fit.alignedShare >= PARTLY_FOUND_SHARE) {
    return { verdict: 'differs', submitter, differences: differing, text: `${head}${phrases.differs(submitter.name, differing)}\n${quote}`, sources: [source] };
  }
  // Found only when the passage also states the claim's details: its figures, its marked words on the same side, its negations.
  const missing = [...new Set([...missingOf(slots, best.fit.missing, best.fit.aligned), ...unstated(details, shown, options)])];
  if (missing.length === 0) return { verdict: 'found', submitter, text: `${head}${phrases.found(submitter.name)}\n${quote}`, sources: [source] };
  if (Math.max(quoted.fit.share, best.fit.share) >= PARTLY_FOUND_SHARE) return { verdict: 'partly', submitter, missing, text: `${head}${phrases.partly(submitter.name, missing)}\n${quote}`, sources: [source] };
  // Some of the claim is in the closest passage: the words it lacks, not every word searched as if none were there.
  const lacking = missingOf(slots, best.fit.missing, best.fit.aligned);
  return { verdict: 'not-found', submitter, missing, text: `${head}${phrases.notFoundAsStated(submitter.name, lacking.length ? lacking : missing)}\n\n${phrases.closest}\n${quote}`, sources: [source] };
}

/**
 * A sentence of the submitter's text that takes the other side of the claim's stance ("oppose any
 * opt-out proposals" for "supports an opt-out"), about the same thing (a telling word around both),
 * in a chunk that holds enough of the claim to be about it; the chunk best fitting the claim first.
 */
function stanceTurn(corpus: CorpusIndex, docs: readonly number[], details: ClaimDetails, slots: ClaimSlots, telling: (term: string) => boolean) {
  const stance = details.markers.filter((m) => m.axis === 'stance');
  if (stance.length === 0) return undefined;
  const found: { chunk: number; share: number; sentence: string; turn: { claim: string; passage: string } }[] = [];
  for (const doc of docs) {
    const { first, end } = corpus.chunksOf(doc);
    for (let chunk = first; chunk < end; chunk++) {
      const text = corpus.chunkText(chunk);
      if (!markersEn(text).some((m) => m.axis === 'stance')) continue;
      const fit = chunkFit(corpus, chunk, slots);
      if (fit.alignedShare < PARTLY_FOUND_SHARE) continue;
      for (const sentence of sentencesOf(text)) {
        const turn = turns(stance, markersEn(rejoinSplitWords(sentence.text, corpus.words)), telling)[0];
        if (turn) found.push({ chunk, share: fit.share, sentence: sentence.text, turn });
      }
    }
  }
  return found.sort((a, b) => b.share - a.share || a.chunk - b.chunk)[0];
}

/** The labels of the claim's slots the passage does not hold as the claim has them. */
function missingOf(claim: ClaimSlots, missing: ClaimSlots['slots'], aligned: ClaimSlots['slots']): string[] {
  return claim.slots.filter((s) => missing.includes(s) || aligned.includes(s)).map((s) => s.label);
}

/** The gathered passage of a chunk, or the chunk as a passage. */
function sourceOf(corpus: CorpusIndex, chunk: number, share: number, evidence: Source[]): Source {
  const start = corpus.chunkStart(chunk);
  const docId = corpus.doc(corpus.docOfChunk(chunk)).id;
  return evidence.find((p) => p.start === start && p.docId === docId) ?? { ...corpus.passage(chunk, share), n: evidence.length + 1 };
}

/** Other submitters whose submissions hold the whole claim in one passage (the biggest few). */
function holdersElsewhere(corpus: CorpusIndex, groups: TopicGroup[], own: Set<number>): { submitter: string; docId: string }[] {
  if (groups.length === 0) return [];
  const rarest = [...groups].sort((a, b) => groupWeight(b, corpus) - groupWeight(a, corpus))[0]!;
  const candidates = new Set<number>();
  for (const alt of rarest.alternatives) for (const term of alt) for (const chunk of corpus.chunksWith(term)) candidates.add(chunk);
  const out = new Map<number, string>();
  for (const chunk of [...candidates].sort((a, b) => a - b)) {
    const doc = corpus.docOfChunk(chunk);
    if (own.has(doc) || out.has(doc)) continue;
    if (groups.every((g) => satisfiedIn(corpus, g, chunk))) out.set(doc, corpus.doc(doc).submitter);
    if (out.size >= 50) break;
  }
  const organisations = [...out].sort(([a], [b]) => Number(corpus.doc(a).category === 'Individuals') - Number(corpus.doc(b).category === 'Individuals'));
  const seen = new Set<string>();
  return organisations
    .filter(([, submitter]) => !seen.has(submitter) && seen.add(submitter))
    .slice(0, 5)
    .map(([doc, submitter]) => ({ submitter, docId: corpus.doc(doc).id }));
}
