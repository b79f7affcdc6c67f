/**
 * Form-letter campaigns: the groups of near-identical submissions the index build found (MinHash
 * over word 4-shingles of each comment's body, the regulations.gov cover block left out, pairs
 * joined at an estimated Jaccard similarity of 0.7 or more). Listed largest first, with what they
 * say, who sent them and when; optionally only those whose text carries a topic.
 */
import type { Campaign, CampaignList } from './types.js';
import type { CorpusIndex } from './corpus-index.js';
import { readableText } from './answer/sentences.js';
import { presenceIn } from './evidence/presence.js';
import { topicGroups, topicTermsOf } from './question/topic.js';

/** A campaign has at least this many submissions. */
export const MIN_CAMPAIGN = 2;
const OPENING_CHARS = 280;


export function campaignsOf(corpus: CorpusIndex): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (let doc = 0; doc < corpus.size; doc++) {
    const { root } = corpus.clusterOf(doc);
    const members = groups.get(root);
    if (members) members.push(doc);
    else groups.set(root, [doc]);
  }
  for (const [root, members] of groups) if (members.length < MIN_CAMPAIGN) groups.delete(root);
  return groups;
}

/** The campaign a submission belongs to (its id is the doc id of the campaign's first submission). */
export function campaignMembers(corpus: CorpusIndex, id: string): number[] | undefined {
  const doc = corpus.docNumber(id);
  if (doc === undefined) return undefined;
  const { root, size } = corpus.clusterOf(doc);
  if (size < MIN_CAMPAIGN) return undefined;
  return campaignsOf(corpus).get(root);
}

function describe(corpus: CorpusIndex, root: number, members: number[], listMembers: boolean): Campaign {
  const byCategory = new Map<string, number>();
  const dates: string[] = [];
  for (const doc of members) {
    const meta = corpus.doc(doc);
    byCategory.set(meta.category, (byCategory.get(meta.category) ?? 0) + 1);
    if (meta.received && /^\d{4}-\d{2}-\d{2}$/.test(meta.received)) dates.push(meta.received);
  }
  dates.sort();
  const opening = openingOf(corpus, root);
  return {
    id: corpus.doc(root).id,
    size: members.length,
    opening: opening.length > OPENING_CHARS ? `${opening.slice(0, opening.lastIndexOf(' ', OPENING_CHARS))} …` : opening,
    categories: [...byCategory].map(([category, submissions]) => ({ category, submissions })).sort((a, b) => b.submissions - a.submissions),
    ...(dates.length ? { firstReceived: dates[0]!, lastReceived: dates.at(-1)! } : {}),
    ...(listMembers ? { members: members.map((d) => ({ docId: corpus.doc(d).id, submitter: corpus.doc(d).submitter })) } : {}),
  };
}

/** "See attached file(s) / Attachments / <file title>": the regulations.gov line before an attachment's text. */
const ATTACHMENT_PREAMBLE = /^\s*See attached file\(s\)\s*\n\s*Attachments\s*\n[^\n]*\n?/i;

/** The opening of a submission's comment text (after the cover block and any attachment line). */
function openingOf(corpus: CorpusIndex, doc: number): string {
  const { first, end } = corpus.chunksOf(doc);
  const text = Array.from({ length: Math.min(2, end - first) }, (_, i) => corpus.chunkText(first + i)).join(' ');
  return readableText(text.replace(ATTACHMENT_PREAMBLE, ''), corpus.words);
}

export function listCampaigns(corpus: CorpusIndex, options: { topic?: string; id?: string; limit?: number } = {}): CampaignList {
  const all = campaignsOf(corpus);
  const totals = { count: all.size, submissions: [...all.values()].reduce((sum, m) => sum + m.length, 0) };
  if (options.id) {
    const doc = corpus.docNumber(options.id);
    const root = doc === undefined ? undefined : corpus.clusterOf(doc).root;
    const members = root === undefined ? undefined : all.get(root);
    return { ...totals, campaigns: members ? [describe(corpus, root!, members, true)] : [] };
  }
  let roots = [...all.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  if (options.topic?.trim()) {
    const topic = topicTermsOf(options.topic);
    const groups = topicGroups({ topic, nameTerms: [], searchText: options.topic, language: 'en' });
    roots = roots.filter(([root]) => groups.length > 0 && presenceIn(corpus, [root], groups).addressed);
  }
  return { ...totals, ...(options.topic ? { topic: options.topic } : {}), matching: roots.length, campaigns: roots.slice(0, options.limit ?? 8).map(([root, members]) => describe(corpus, root, members, false)) };
}
