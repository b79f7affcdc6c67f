import type { Aggregate } from './types.js';
import type { LoadedIndex } from './load-index.js';
import { stem, terms, words } from './text/tokenize.js';

/** Words that frame a counting question rather than name its topic. */
const FRAME = new Set(
  `how many which what share number submissions submission comments comment commenters respondents organisations organizations
  organisation organization companies company universities university groups group mention mentions mentioned discuss discussed
  discusses discussing talk talked raise raised address addressed refer referred call called want wanted propose proposed
  support supported oppose opposed bring brought up sent send nonprofits nonprofit non profit private public individuals people
  trade associations association sector filed file argue argued warn warned ask asked`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => stem(w)),
);

/** The topic terms of a counting question ("how many submissions mention open-source models?" → open, sourc, model). */
export function topicTerms(text: string): string[] {
  return [...new Set(terms(text).filter((t) => !FRAME.has(t)))];
}

/**
 * Counts submissions across the whole corpus whose text carries the topic: every topic term in
 * one chunk (two-thirds of the topic's weight when it has more than three terms).
 */
export function countTopic(index: LoadedIndex, text: string, allowedDocs?: Set<number>, preferredCategory?: string): (Aggregate & { docs: Set<number> }) | undefined {
  const matched = matchTopic(index, text, allowedDocs);
  if (!matched) return undefined;
  const topic = topicTerms(text);
  const byCategory = new Map<string, number>();
  const clusters = new Map<number, number>();
  for (const doc of matched.keys()) {
    const category = index.docs[doc]!.category;
    byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
    const root = index.cluster[doc]!;
    clusters.set(root, (clusters.get(root) ?? 0) + 1);
  }
  const rank = (doc: number) =>
    (index.docs[doc]!.category === preferredCategory ? 2 : 0) + (index.docs[doc]!.category === 'Individuals' ? 0 : 1);
  const submitters = [...matched.keys()]
    .filter((doc) => index.cluster[doc] === doc || !matched.has(index.cluster[doc]!))
    .sort((a, b) => rank(b) - rank(a) || matched.get(b)! - matched.get(a)!)
    .slice(0, 25)
    .map((doc) => ({ docId: index.docs[doc]!.id, submitter: index.docs[doc]!.submitter, category: index.docs[doc]!.category }));
  return {
    docs: new Set(matched.keys()),
    query: words(text).filter((w) => topic.includes(stem(w))).filter((w, i, all) => all.indexOf(w) === i).join(' '),
    submissions: matched.size,
    byCategory: [...byCategory].map(([category, submissions]) => ({ category, submissions })).sort((a, b) => b.submissions - a.submissions),
    submitters,
    campaigns: [...clusters]
      .filter(([, size]) => size >= 3)
      .map(([root, size]) => ({ size, exampleDocId: index.docs[root]!.id }))
      .sort((a, b) => b.size - a.size),
  };
}

/** Documents whose best chunk carries the topic, with that chunk's topic weight. */
function matchTopic(index: LoadedIndex, text: string, allowedDocs?: Set<number>): Map<number, number> | undefined {
  const topic = topicTerms(text);
  const weights = topic.map((t) => index.bm25.idf(t));
  const total = weights.reduce((a, b) => a + b, 0);
  if (topic.length === 0 || total === 0) return undefined;
  const need = topic.length <= 3 ? total - 1e-6 : (2 / 3) * total;
  const covered = new Float32Array(index.chunkDoc.length);
  topic.forEach((term, i) => {
    for (const chunk of index.bm25.postings(term)) covered[chunk]! += weights[i]!;
  });
  const matched = new Map<number, number>();
  covered.forEach((value, chunk) => {
    if (value < need) return;
    const doc = index.chunkDoc[chunk]!;
    if (allowedDocs && !allowedDocs.has(doc)) return;
    matched.set(doc, Math.max(matched.get(doc) ?? 0, value));
  });
  return matched;
}
