/**
 * Form-letter campaigns: the groups of near-identical submissions the index build found (MinHash
 * over word 4-shingles of each comment's body, the regulations.gov cover block left out, pairs
 * joined at an estimated Jaccard similarity of 0.7 or more). Listed largest first, with what they
 * say, who sent them and when; optionally only those whose text carries a topic.
 */
import type { Campaign, CampaignList } from './types.js';
import type { Retriever } from './retriever.js';
import { readableText } from './answer/sentences.js';
import { presenceIn } from './evidence/presence.js';
import { topicGroups, topicTermsOf } from './question/topic.js';

/** A campaign has at least this many submissions. */
export const MIN_CAMPAIGN = 2;
const OPENING_CHARS = 280;


export function campaignsOf(retriever: Retriever): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (let doc = 0; doc < retriever.size; doc++) {
    const { root } = retriever.clusterOf(doc);
    const members = groups.get(root);
    if (members) members.push(doc);
    else groups.set(root, [doc]);
  }
  for (const [root, members] of groups) if (members.length < MIN_CAMPAIGN) groups.delete(root);
  return groups;
}

/** The campaign a submission belongs to (its id is the doc id of the campaign's first submission). */
export function campaignMembers(retriever: Retriever, id: string): number[] | undefined {
  const doc = retriever.docNumber(id);
  if (doc === undefined) return undefined;
  const { root, size } = retriever.clusterOf(doc);
  if (size < MIN_CAMPAIGN) return undefined;
  return campaignsOf(retriever).get(root);
}

function describe(retriever: Retriever, root: number, members: number[], listMembers: boolean): Campaign {
  const byCategory = new Map<string, number>();
  const dates: string[] = [];
  for (const doc of members) {
    const meta = retriever.doc(doc);
    byCategory.set(meta.category, (byCategory.get(meta.category) ?? 0) + 1);
    if (meta.received && /^\d{4}-\d{2}-\d{2}$/.test(meta.received)) dates.push(meta.received);
  }
  dates.sort();
  const opening = openingOf(retriever, root);
  return {
    id: retriever.doc(root).id,
    size: members.length,
    opening: opening.length > OPENING_CHARS ? `${opening.slice(0, opening.lastIndexOf(' ', OPENING_CHARS))} …` : opening,
    categories: [...byCategory].map(([category, submissions]) => ({ category, submissions })).sort((a, b) => b.submissions - a.submissions),
    ...(dates.length ? { firstReceived: dates[0]!, lastReceived: dates.at(-1)! } : {}),
    ...(listMembers ? { members: members.map((d) => ({ docId: retriever.doc(d).id, submitter: retriever.doc(d).submitter })) } : {}),
  };
}

/** "See attached file(s) / Attachments / <file title>": the regulations.gov line before an attachment's text. */
const ATTACHMENT_PREAMBLE = /^\s*See attached file\(s\)\s*\n\s*Attachments\s*\n[^\n]*\n?/i;

/** The opening of a submission's comment text (after the cover block and any attachment line). */
function openingOf(retriever: Retriever, doc: number): string {
  const { first, end } = retriever.chunksOf(doc);
  const text = Array.from({ length: Math.min(2, end - first) }, (_, i) => retriever.chunkText(first + i)).join(' ');
  return readableText(text.replace(ATTACHMENT_PREAMBLE, ''), retriever.words);
}

export function listCampaigns(retriever: Retriever, options: { topic?: string; id?: string; limit?: number } = {}): CampaignList {
  const all = campaignsOf(retriever);
  const totals = { count: all.size, submissions: [...all.values()].reduce((sum, m) => sum + m.length, 0) };
  if (options.id) {
    const doc = retriever.docNumber(options.id);
    const root = doc === undefined ? undefined : retriever.clusterOf(doc).root;
    const members = root === undefined ? undefined : all.get(root);
    return { ...totals, campaigns: members ? [describe(retriever, root!, members, true)] : [] };
  }
  let roots = [...all.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  if (options.topic?.trim()) {
    const topic = topicTermsOf(options.topic);
    const groups = topicGroups({ topic, nameTerms: [], searchText: options.topic, language: 'en' });
    roots = roots.filter(([root]) => groups.length > 0 && presenceIn(retriever, [root], groups).addressed);
  }
  return { ...totals, ...(options.topic ? { topic: options.topic } : {}), matching: roots.length, campaigns: roots.slice(0, options.limit ?? 8).map(([root, members]) => describe(retriever, root, members, false)) };
}
