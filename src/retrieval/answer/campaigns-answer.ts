/**
 * Questions about form-letter campaigns in the asker's words ("How many form letters were
 * there?", "Which campaigns were the largest?", "有哪些模板信活動談到版權?"): how many campaigns
 * and submissions, then the largest, each with its senders and its first submission cited. The
 * same campaigns as `/campaigns`.
 */
import type { CorpusIndex } from '../corpus-index.js';
import type { Source } from '../types.js';
import type { Understood } from '../question/understand.js';
import { listCampaigns } from '../campaigns.js';
import { categoryNameZh } from '../question/categories.js';
import type { Phrases } from './phrases.js';
import { terms } from '../text/tokenize.js';

/** Campaigns listed in an answer. */
const SHOWN = 5;

/** Words that ask for the campaigns' size or order, not a topic ("the largest", "biggest", "most"). */
const SIZE_WORDS = new Set(terms('largest biggest big large most main top size sizes many there'));

export function campaignsAnswer(question: Understood, corpus: CorpusIndex, phrases: Phrases): { text: string; sources: Source[] } {
  const topicTerms = new Set(question.topic.filter((t) => !SIZE_WORDS.has(t)));
  // The topic in the question's own words ("copyright"), or for a Chinese question its English terms.
  const words =
    question.language === 'zh'
      ? question.groups.filter((g) => g.alternatives.flat().some((t) => topicTerms.has(t))).map((g) => g.label)
      : question.topicText.split(/\s+/).filter((w) => terms(w).some((t) => topicTerms.has(t)));
  const topic = topicTerms.size > 0 ? (words.length ? words.join(' ') : [...topicTerms].join(' ')).replace(/[?？。.!！,，]+$/u, '') : undefined;
  const list = listCampaigns(corpus, { ...(topic ? { topic } : {}), limit: SHOWN });
  const category = (name: string) => (question.language === 'zh' ? categoryNameZh(name) : name);
  const sources: Source[] = [];
  const lines = list.campaigns.map((c, i) => {
    const doc = corpus.docNumber(c.id)!;
    const source = { ...corpus.passage(corpus.chunksOf(doc).first, 1), n: sources.length + 1, similarCount: c.size };
    sources.push(source);
    const received = c.firstReceived ? (c.lastReceived && c.lastReceived !== c.firstReceived ? `${c.firstReceived} – ${c.lastReceived}` : c.firstReceived) : undefined;
    return phrases.campaignLine(i + 1, c.size, c.categories.map((x) => `${category(x.category)} ${x.submissions.toLocaleString('en-US')}`).join(' · '), received, c.id, source.n);
  });
  const head = phrases.campaignsHead(list.count, list.submissions, topic, list.matching);
  return { text: [head, ...lines, '', phrases.campaignDefinition].join('\n'), sources };
}
