/**
 * `npm run bench:conversations -- --index DIR [--pairs N] [--seed S] [--verbose]`: whether a
 * conversation carries only what is missing, on conversations made from the corpus itself. For
 * each sampled pair of organisations A and B (the listing's non-individual submitters with at least
 * 8 KB of text) and a topic each names (tA, tB, read from the raw text), it asks, in one
 * conversation, in English and again in Chinese:
 *
 * 1. "What did A say about tA?"
 * 2. "What did B say about tB?" (carries nothing: about B, on tB)
 * 3. "And A?" (carries the topic: about A, on tB)
 * 4. "What did they say about tA?" (carries the subject: about A, on tA)
 * 5. "How many submissions mention tB?" (carries nothing: the number asked alone)
 *
 * A turn is right when its sources hold the submitter it is about (for 2–4), its answer names its
 * topic or says the submitter does not mention it (an honest no: never about the other topic), and
 * for 5 when it leads with the number the question gets asked alone. It prints the share right per
 * turn and language, and the wrong ones.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createQaService } from '../src/app.js';
import { getConfig } from '../src/config.js';
import type { Turn } from '../src/retrieval/types.js';
import { corpusDirOf, listedOrganisations, names, rawText, seededHash, TOPICS, type Topic } from './from-corpus.js';

process.env.LOG_LEVEL ??= 'warn';
const { values } = parseArgs({ options: { index: { type: 'string' }, pairs: { type: 'string', default: '30' }, seed: { type: 'string', default: 'conversations' }, corpus: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
const config = getConfig();
const service = await createQaService(config, values.index ? path.resolve(values.index) : config.INDEX_DIR);
const corpusDir = corpusDirOf(values.corpus);
const hash = seededHash(values.seed);

interface Org {
  id: string;
  name: string;
  text: string;
}

/** Organisations with enough text, in the seed's order. */
const orgs: Org[] = [];
for (const r of await listedOrganisations(values.seed)) {
  if (orgs.length >= Number(values.pairs) * 2) break;
  const text = await rawText(corpusDir, r.id);
  if (text.length >= 8_000) orgs.push({ id: r.id, name: r.name.trim(), text });
}

/** A topic the organisation's text names, other than `not`, in the seed's order. */
const topicOf = (org: Org, not?: Topic) => [...TOPICS].sort((a, b) => hash(org.id + a.en).localeCompare(hash(org.id + b.en))).find((t) => t !== not && names(org.text, t));

const TURNS = {
  en: { first: 'What did {A} say about {tA}?', second: 'What did {B} say about {tB}?', third: 'And {A}?', fourth: 'What did they say about {tA}?', fifth: 'How many submissions mention {tB}?' },
  zh: { first: '{A} 對{tA}有什麼看法？', second: '{B} 對{tB}有什麼看法？', third: '那 {A} 呢？', fourth: '他們對{tA}怎麼說？', fifth: '有多少份意見書提到{tB}？' },
} as const;
type Step = 'second' | 'third' | 'fourth' | 'fifth';

/** An honest no about the topic, in either language. */
const SAYS_NO = /does not mention|doesn't mention|沒有提到|没有提到/;
/** The number an answer leads with. */
const leading = (text: string) => /\d[\d,]*/.exec(text)?.[0].replace(/,/g, '');

const right = new Map<string, { asked: number; right: number }>();
const wrong: string[] = [];
const started = Date.now();
let conversations = 0;
for (let i = 0; i + 1 < orgs.length; i += 2) {
  const a = orgs[i]!;
  const b = orgs[i + 1]!;
  const tA = topicOf(a);
  const tB = tA ? topicOf(b, tA) : undefined;
  if (!tA || !tB) continue;
  for (const lang of ['en', 'zh'] as const) {
    conversations++;
    const fill = (t: string) => t.replace('{A}', a.name).replace('{B}', b.name).replace('{tA}', tA[lang]).replace('{tB}', tB[lang]);
    let history: Turn[] = [];
    const ask = async (question: string) => {
      const answer = await service.ask(question, { history });
      history = [...history, { role: 'user', content: question }, { role: 'assistant', content: answer.text }];
      return answer;
    };
    await ask(fill(TURNS[lang].first));
    const expected: Record<Step, { org?: Org; topic: Topic }> = { second: { org: b, topic: tB }, third: { org: a, topic: tB }, fourth: { org: a, topic: tA }, fifth: { topic: tB } };
    for (const step of ['second', 'third', 'fourth', 'fifth'] as const) {
      const question = fill(TURNS[lang][step]);
      const answer = await ask(question);
      const want = expected[step];
      let ok: boolean;
      if (step === 'fifth') {
        const alone = await service.ask(question, {});
        ok = leading(answer.text) !== undefined && leading(answer.text) === leading(alone.text);
      } else {
        const about = answer.sources.some((s) => s.docId === want.org!.id) || answer.text.includes(want.org!.name);
        const onTopic = names(answer.text, want.topic) || (SAYS_NO.test(answer.text) && answer.text.includes(want.topic[lang]));
        ok = about && onTopic && !answer.notCovered;
      }
      const key = `${lang}/${step}`;
      const row = right.get(key) ?? { asked: 0, right: 0 };
      row.asked++;
      if (ok) row.right++;
      else wrong.push(`[${key}] ${history.filter((t) => t.role === 'user').map((t) => t.content).join(' → ')} ⇒ ${answer.text.slice(0, 140).replace(/\n+/g, ' ⏎ ')}`);
      right.set(key, row);
    }
  }
}

const asked = [...right.values()].reduce((sum, r) => sum + r.asked, 0);
const correct = [...right.values()].reduce((sum, r) => sum + r.right, 0);
console.log(`${conversations} conversations of 5 turns in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log('turn             asked   right');
for (const [key, row] of [...right].sort(([x], [y]) => x.localeCompare(y))) console.log(`${key.padEnd(16)} ${String(row.asked).padStart(5)}   ${((100 * row.right) / row.asked).toFixed(1).padStart(5)}%`);
if (wrong.length) console.log(`wrong (${wrong.length}):\n${wrong.slice(0, values.verbose ? Infinity : 12).map((s) => `  ${s}`).join('\n')}`);
console.log(JSON.stringify({ bench: 'conversations', conversations, turns: asked, right: asked ? correct / asked : 0 }));
process.exit(0);
