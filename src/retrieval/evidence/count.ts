import type { Aggregate } from '../types.js';
import type { CorpusIndex } from '../corpus-index.js';
import { stem, words } from '../text/tokenize.js';
import type { TopicGroup } from '../question/topic.js';
import { presenceIn, SHORT_TOPIC_GROUPS } from './presence.js';

/**
 * Counts submissions across the corpus (or within `allowedDocs`) whose text carries the topic:
 * every topic term in one chunk (two-thirds of the topic's weight when it has more than three
 * terms). Near-identical submissions are counted one by one and listed once, as a campaign.
 */
export function countTopic(
  corpus: CorpusIndex,
  topic: readonly string[],
  topicText: string,
  allowedDocs?: ReadonlySet<number>,
  preferredCategory?: string,
  groups?: readonly TopicGroup[],
  /** Count a long topic by its groups, not its words: a Chinese question's words are every English form of each of its terms. */
  byGroups = false,
): (Aggregate & { docs: Set<number> }) | undefined {
  const short = groups && groups.length > 0 && groups.length <= SHORT_TOPIC_GROUPS;
  const matched = short ? matchTogether(corpus, groups, allowedDocs) : byGroups && groups && groups.length > 0 ? matchMostGroups(corpus, groups, allowedDocs) : matchTopic(corpus, topic, allowedDocs);
  if (!matched) return undefined;
  const query = words(topicText).filter((w) => topic.includes(stem(w))).filter((w, i, all) => all.indexOf(w) === i).join(' ');
  return summarise(corpus, matched, query, preferredCategory);
}

/** Counts of the submissions in `docs` by category, with their submitters and campaigns. */
export function summarise(corpus: CorpusIndex, matched: ReadonlyMap<number, number>, query: string, preferredCategory?: string): Aggregate & { docs: Set<number> } {
  const byCategory = new Map<string, number>();
  const clusters = new Map<number, number>();
  for (const doc of matched.keys()) {
    const category = corpus.doc(doc).category;
    byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
    const { root } = corpus.clusterOf(doc);
    clusters.set(root, (clusters.get(root) ?? 0) + 1);
  }
  const rank = (doc: number) => (corpus.doc(doc).category === preferredCategory ? 2 : 0) + (corpus.doc(doc).category === 'Individuals' ? 0 : 1);
  const submitters = [...matched.keys()]
    .filter((doc) => corpus.clusterOf(doc).root === doc || !matched.has(corpus.clusterOf(doc).root))
    .sort((a, b) => rank(b) - rank(a) || matched.get(b)! - matched.get(a)! || corpus.doc(a).submitter.localeCompare(corpus.doc(b).submitter))
    .slice(0, 25)
    .map((doc) => ({ docId: corpus.doc(doc).id, submitter: corpus.doc(doc).submitter, category: corpus.doc(doc).category }));
  return {
    docs: new Set(matched.keys()),
    query,
    submissions: matched.size,
    byCategory: [...byCategory].map(([category, submissions]) => ({ category, submissions })).sort((a, b) => b.submissions - a.submissions),
    submitters,
    campaigns: [...clusters]
      .filter(([, size]) => size >= 3)
      .map(([root, size]) => ({ size, exampleDocId: corpus.doc(root).id }))
      .sort((a, b) => b.size - a.size),
  };
}

/**
 * A short topic ("export controls") is counted where all its parts occur within two neighbouring
 * sentences, as the test of whether one submission addresses it does.
 */
function matchTogether(corpus: CorpusIndex, groups: readonly TopicGroup[], allowedDocs?: ReadonlySet<number>): Map<number, number> {
  const matched = new Map<number, number>();
  // Candidates: the submissions holding the rarest part.
  const postings = (g: TopicGroup) => g.alternatives.reduce((sum, alt) => sum + Math.min(...alt.map((t) => corpus.chunksWith(t).length)), 0);
  const rarest = [...groups].sort((a, b) => postings(a) - postings(b))[0]!;
  const docs = new Set<number>();
  for (const alternative of rarest.alternatives) for (const term of alternative) for (const chunk of corpus.chunksWith(term)) docs.add(corpus.docOfChunk(chunk));
  for (const doc of docs) {
    if (allowedDocs && !allowedDocs.has(doc)) continue;
    const presence = presenceIn(corpus, [doc], groups);
    if (presence.missing.length === 0 && presence.together) matched.set(doc, 1);
  }
  return matched;
}

/** Documents whose best chunk carries the topic, with that chunk's topic weight. */
function matchTopic(corpus: CorpusIndex, topic: readonly string[], allowedDocs?: ReadonlySet<number>): Map<number, number> | undefined {
  const weights = topic.map((t) => corpus.idf(t));
  const total = weights.reduce((a, b) => a + b, 0);
  if (topic.length === 0) return undefined;
  // A word no submission uses: none mentions the topic.
  if (weights.some((w) => w === 0)) return new Map();
  const need = topic.length <= 3 ? total - 1e-6 : (2 / 3) * total;
  if (total === 0) return new Map();
  const covered = new Float32Array(corpus.chunkCount);
  topic.forEach((term, i) => {
    for (const chunk of corpus.chunksWith(term)) covered[chunk]! += weights[i]!;
  });
  const matched = new Map<number, number>();
  covered.forEach((value, chunk) => {
    if (value < need) return;
    const doc = corpus.docOfChunk(chunk);
    if (allowedDocs && !allowedDocs.has(doc)) return;
    matched.set(doc, Math.max(matched.get(doc) ?? 0, value));
  });
  return matched;
}

/**
 * Documents with a chunk that holds two-thirds of a long topic's groups by weight, each group by
 * any one of its alternatives (all its terms in the chunk); a group weighs its first alternative's
 * rarest term.
 */
function matchMostGroups(corpus: CorpusIndex, groups: readonly TopicGroup[], allowedDocs?: ReadonlySet<number>): Map<number, number> {
  const weights = groups.map((g) => Math.max(0, ...(g.alternatives[0] ?? []).map((t) => corpus.idf(t))));
  const need = (2 / 3) * weights.reduce((a, b) => a + b, 0);
  const covered = new Map<number, number>();
  groups.forEach((group, i) => {
    const chunks = new Set<number>();
    for (const alternative of group.alternatives) {
      if (alternative.length === 0) continue;
      const rarest = [...alternative].sort((a, b) => corpus.chunksWith(a).length - corpus.chunksWith(b).length)[0]!;
      for (const chunk of corpus.chunksWith(rarest)) if (alternative.every((t) => corpus.chunkContains(chunk, t))) chunks.add(chunk);
    }
    for (const chunk of chunks) covered.set(chunk, (covered.get(chunk) ?? 0) + weights[i]!);
  });
  const matched = new Map<number, number>();
  for (const [chunk, value] of covered) {
    if (value < need) continue;
    const doc = corpus.docOfChunk(chunk);
    if (allowedDocs && !allowedDocs.has(doc)) continue;
    matched.set(doc, Math.max(matched.get(doc) ?? 0, value));
  }
  return matched;
}
