/**
 * Checking a claim about what a submitter said ("Intel asked for a 50% tax credit for new fabs")
 * against the submission itself. Offline, the verdict says only what the words support: every key
 * term, number and name of the claim in one passage (found), some of them (partly found, with the
 * terms missing), or not found, with what was searched and, for a claim put on the wrong
 * submitter, whose submission does hold it. With a chat model: supported, contradicted or not
 * addressed, resting on a quote that must occur in its passage.
 */
import type { AskOptions, ClaimCheck, Source } from '../types.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { RetrievalEngine } from '../engine.js';
import { understand, type Understood } from '../question/understand.js';
import type { TopicGroup } from '../question/topic.js';
import { gatherEvidence, type Evidence } from '../evidence/gather.js';
import { groupWeight, satisfiedIn } from '../evidence/presence.js';
import { quoteBlock } from '../answer/extractive.js';
import { phrasesFor } from '../answer/phrases.js';
import { renumberSources, verifyCitations } from '../answer/verify.js';
import { checkPhrasesFor } from './phrases.js';
import { sentencesOf } from '../answer/sentences.js';
import { rejoinSplitWords } from '../text/rejoin.js';
import { terms } from '../text/tokenize.js';

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

interface Match {
  chunk: number;
  source?: Source;
  found: TopicGroup[];
  missing: TopicGroup[];
  share: number;
}

export async function checkClaim(claim: string, options: Pick<AskOptions, 'submitter' | 'signal'>, deps: CheckDeps): Promise<ClaimCheck> {
  const started = Date.now();
  const { corpus, analyzer, retriever } = deps;
  const question = await understand(claim, { ...(options.signal ? { signal: options.signal } : {}) }, { corpus, analyzer, ...(deps.translate ? { translate: deps.translate } : {}) });
  const phrases = checkPhrasesFor(question.language, question.bridge?.script);
  const base = { claim: question.question, language: question.language, mode: deps.judge ? ('llm' as const) : ('extractive' as const) };
  const done = (result: Omit<ClaimCheck, 'claim' | 'language' | 'mode' | 'citations' | 'ms'>): ClaimCheck => {
    const verified = verifyCitations(result.text, result.sources);
    const cited = /\[\d/.test(verified.text) ? renumberSources(verified.text, result.sources) : { text: verified.text, sources: result.sources };
    return { ...base, ...result, text: cited.text, sources: cited.sources, citations: verified.report, ms: Date.now() - started };
  };

  const docs = submitterDocs(question, options, corpus);
  if (!docs && question.absentAuthors.length > 0) {
    const org = question.absentAuthors[0]!;
    return done({ verdict: 'no-submitter', text: phrasesFor(question.language, question.bridge?.script).absent(org, corpus.size, 0).split('. ')[0]! + '.', sources: [] });
  }
  // No submitter named: the claim is checked against the submission that matches it best.
  const inferred = !docs;
  const evidence = await gatherEvidence(docs ? { ...question, named: [{ alias: '', docIds: docs.map((d) => corpus.doc(d).id), start: 0, end: 0 }] } : question, {}, { corpus, retriever });
  const ownDocs = docs ?? [...new Set(evidence.passages.slice(0, 1).map((p) => corpus.docNumber(p.docId)!))];
  if (ownDocs.length === 0 || evidence.passages.length === 0) return done({ verdict: 'not-found', text: phrases.nothing, sources: [] });
  const name = corpus.doc(ownDocs[0]!).submitter;
  const submitter = { name, docIds: ownDocs.map((d) => corpus.doc(d).id), inferred };
  const groups = question.groups.filter((g) => groupWeight(g, corpus) >= REQUIRED_IDF);
  const best = bestMatch(corpus, ownDocs, groups, evidence);
  const searched = groups.map((g) => g.forms.join(' / '));
  const head = inferred ? `${phrases.inferred(name)}\n\n` : '';

  const result = offline(best, groups, searched, submitter, head, phrases, corpus);
  if (deps.judge) {
    const passages = evidence.passages.filter((p) => submitter.docIds.includes(p.docId));
    const judged = await deps.judge(question.question, question.language, passages, options.signal);
    if (judged?.verdict === 'not-addressed') return done({ verdict: 'not-addressed', submitter, text: `${head}${phrases.notAddressed(name, searched)}`, sources: [] });
    const source = judged?.passage !== undefined ? passages.find((p) => p.n === judged.passage) : undefined;
    if (judged && source && judged.quote) {
      const verdict = judged.verdict;
      const text = `${head}${phrases.chat(verdict, name)}\n"${judged.quote.replace(/"/g, '\u2019')}" [${source.n}]${judged.difference ? `\n${judged.difference}` : ''}`;
      const checked = done({ verdict, submitter, text, sources: passages });
      if (checked.citations.verified === checked.citations.total) return checked;
    }
    // A quote that is not in its passage (or a reply that cannot be read) voids the verdict: what the words show is said instead.
    return done({ ...result, text: `${phrases.voided}\n\n${result.text}` });
  }
  if (result.verdict === 'found') return done(result);
  // Put on the wrong submitter? Say whose submissions hold the whole claim.
  const elsewhere = holdersElsewhere(corpus, groups, new Set(ownDocs));
  return done({ ...result, ...(elsewhere.length ? { elsewhere } : {}), text: elsewhere.length ? `${result.text}\n\n${phrases.elsewhere(elsewhere.map((e) => e.submitter))}` : result.text });
}

function offline(best: Match | undefined, groups: TopicGroup[], searched: string[], submitter: ClaimCheck['submitter'] & object, head: string, phrases: ReturnType<typeof checkPhrasesFor>, corpus: CorpusIndex): Omit<ClaimCheck, 'claim' | 'language' | 'mode' | 'citations' | 'ms'> {
  const notFound = `${head}${phrases.notFound(submitter.name, searched)}`;
  if (!best || best.share < CLOSEST_SHARE || !best.source) return { verdict: 'not-found', submitter, text: notFound, sources: [] };
  const source = { ...best.source, n: 1 };
  const quote = quoteBlock([{ source, text: quotedPart(source, groups, corpus) }], corpus.words);
  if (best.missing.length === 0) return { verdict: 'found', submitter, text: `${head}${phrases.found(submitter.name)}\n${quote}`, sources: [source] };
  const missing = best.missing.map((g) => g.label);
  if (best.share >= PARTLY_FOUND_SHARE) return { verdict: 'partly', submitter, missing, text: `${head}${phrases.partly(submitter.name, missing)}\n${quote}`, sources: [source] };
  return { verdict: 'not-found', submitter, missing, text: `${notFound}\n\n${phrases.closest}\n${quote}`, sources: [source] };
}

/** The submissions of the named submitter (or the `submitter` option), if any. */
function submitterDocs(question: Understood, options: Pick<AskOptions, 'submitter'>, corpus: CorpusIndex): number[] | undefined {
  if (options.submitter) {
    const docs = corpus.submitterDocs(options.submitter);
    return docs.length ? docs : undefined;
  }
  const docs = question.named.flatMap((hit) => hit.docIds.map((id) => corpus.docNumber(id)).filter((d): d is number => d !== undefined));
  return docs.length ? [...new Set(docs)] : undefined;
}

/**
 * The chunk of the submitter's submissions that holds most of the claim's weight; its words count
 * before its figures, which are the details a claim gets wrong ("a 50% credit" for a 25% one).
 */
function bestMatch(corpus: CorpusIndex, docs: number[], groups: TopicGroup[], evidence: Evidence): Match | undefined {
  const total = groups.reduce((sum, g) => sum + groupWeight(g, corpus), 0) || 1;
  const isFigure = (g: TopicGroup) => g.alternatives.every((alt) => alt.every((t) => /^\d/.test(t)));
  const rank = (found: TopicGroup[]) => found.reduce((sum, g) => sum + groupWeight(g, corpus) * (isFigure(g) ? 0.5 : 1), 0);
  let best: (Match & { rank: number }) | undefined;
  for (const doc of docs) {
    const { first, end } = corpus.chunksOf(doc);
    for (let chunk = first; chunk < end; chunk++) {
      const found = groups.filter((g) => satisfiedIn(corpus, g, chunk));
      const score = rank(found);
      if (best && score <= best.rank) continue;
      best = { chunk, found, missing: groups.filter((g) => !found.includes(g)), share: found.reduce((sum, g) => sum + groupWeight(g, corpus), 0) / total, rank: score };
    }
  }
  if (!best) return undefined;
  const start = corpus.chunkStart(best.chunk);
  const source = evidence.passages.find((p) => p.start === start && p.docId === corpus.doc(corpus.docOfChunk(best!.chunk)).id) ?? { ...corpus.passage(best.chunk, best.share), n: evidence.passages.length + 1 };
  return { ...best, source };
}

/** The passage's sentences that hold most of the claim's weight: the best one, and its best neighbour if that one adds to it. */
function quotedPart(source: Source, groups: TopicGroup[], corpus: CorpusIndex): string {
  const sentences = sentencesOf(source.text).map((s) => {
    const present = new Set(terms(rejoinSplitWords(s.text, corpus.words)));
    const has = (t: string) => present.has(t) || corpus.variants(t).some((v) => present.has(v));
    const held = groups.filter((g) => g.alternatives.some((alt) => alt.every(has)));
    return { ...s, held, weight: held.reduce((sum, g) => sum + groupWeight(g, corpus), 0) };
  });
  const best = sentences.reduce((top, s) => (s.weight > top.weight ? s : top), sentences[0] ?? { start: 0, end: Math.min(400, source.text.length), held: [], weight: 0, text: '' });
  const at = sentences.indexOf(best);
  const neighbours = [sentences[at - 1], sentences[at + 1]].filter((n) => n !== undefined && n.held.some((g) => !best.held.includes(g)));
  const partner = neighbours.sort((a, b) => b!.weight - a!.weight)[0];
  const [start, end] = partner ? [Math.min(best.start, partner.start), Math.max(best.end, partner.end)] : [best.start, best.end];
  return source.text.slice(start, end);
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
