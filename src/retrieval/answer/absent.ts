import type { Source } from '../types.js';
import type { RetrievalEngine } from '../engine.js';
import { countTopic } from '../evidence/count.js';
import { terms } from '../text/tokenize.js';
import { displayQuote, sentencesOf } from './sentences.js';
import type { Phrases } from './phrases.js';

/**
 * The answer about an organisation that filed nothing: it says so, and quotes a few of the
 * other submissions that mention it, so that nothing is attributed to it.
 */
export async function absentAuthorAnswer(organisations: string[], searchText: string, { corpus, analyzer, retriever }: RetrievalEngine, phrases: Phrases): Promise<{ text: string; sources: Source[] }> {
  const parts: string[] = [];
  const sources: Source[] = [];
  for (const org of organisations) {
    // An organisation the listing names whose file is a scan filed: that is no "no".
    const unreadable = corpus.withoutTextNamed(org);
    if (unreadable) {
      parts.push(phrases.filedWithoutText(unreadable.name, unreadable.id, unreadable.category, unreadable.pdfUrl, unreadable.noFile));
      continue;
    }
    const mentions = countTopic(corpus, [...new Set(terms(org))], org);
    parts.push(phrases.absent(org, corpus.size, mentions?.submissions ?? 0));
    const found = await retriever.retrieve(analyzer.analyze(`${org} ${searchText}`), { k: 3, mode: 'keyword' });
    for (const p of found.passages) {
      const mention = sentencesOf(p.text).find((s) => s.text.toLowerCase().includes(org.toLowerCase()));
      if (!mention) continue;
      sources.push({ ...p, n: sources.length + 1 });
      parts.push(`${p.submitter} (${p.category}): "${displayQuote(mention.text, corpus.words)}" [${sources.length}]`);
    }
  }
  return { text: parts.join('\n\n'), sources };
}
