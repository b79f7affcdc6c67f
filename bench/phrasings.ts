/**
 * `npm run bench:phrasings -- --index DIR [--submitters N] [--topics N] [--seed S]`: the same
 * question in ten wordings, English and Chinese, about submitters and topics drawn from the corpus
 * itself, none of them from the shared question sets.
 *
 * For each sampled organisation (the listing's non-individual submitters with at least 8 KB of
 * text) it takes topics its text holds (a phrase of the topic list found word for word in the raw
 * text) and topics it never names (no pattern of the topic found), and asks each in every wording
 * of `WORDINGS`. The truth is read from the raw text (`CORPUS_DIR`), not from the index. It prints:
 *
 * - **false no**: a question whose topic the submission names, answered "does not mention", "did
 *   not submit", "do not appear to cover" (the shared scorer's pattern, on the answer's first 300
 *   characters) or flagged not covered: per wording and overall;
 * - **topic quoted**: of those, the share whose answer quotes the topic's words;
 * - **declined**: a question whose topic the submission never names, answered no;
 * - **agreement**: the share of (submitter, topic) pairs whose ten wordings are all declined or all
 *   answered;
 * - **counts and lists**: for each topic, a count asked in six wordings and a list of universities in
 *   four (English and Chinese): the share of topics whose wordings all lead with the same number.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createQaService } from '../src/app.js';
import { getConfig } from '../src/config.js';
import { corpusDirOf, listedOrganisations, names, rawText, seededHash, TOPICS, type Topic } from './from-corpus.js';

process.env.LOG_LEVEL ??= 'warn';
const { values } = parseArgs({ options: { index: { type: 'string' }, submitters: { type: 'string', default: '40' }, topics: { type: 'string', default: '3' }, seed: { type: 'string', default: 'phrasings' }, corpus: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
const config = getConfig();
const service = await createQaService(config, values.index ? path.resolve(values.index) : config.INDEX_DIR);

/** The wordings: `{X}` the submitter's name, `{T}` the topic in the question's language. */
const WORDINGS: { id: string; lang: 'en' | 'zh'; text: string }[] = [
  { id: 'did-discuss', lang: 'en', text: 'Did {X} discuss {T}?' },
  { id: 'what-say', lang: 'en', text: 'What did {X} say about {T}?' },
  { id: 'how-view', lang: 'en', text: 'How does {X} view {T}?' },
  { id: 'mention', lang: 'en', text: "Does {X}'s submission mention {T}?" },
  { id: 'position', lang: 'en', text: '{X} on {T}: what was their position?' },
  { id: 'raised', lang: 'en', text: 'Is {T} something {X} raised in its comments?' },
  { id: 'whether', lang: 'en', text: 'Tell me whether {X} brought up {T}.' },
  { id: 'zh-view', lang: 'zh', text: '{X} 對{T}有什麼看法？' },
  { id: 'zh-mention', lang: 'zh', text: '{X} 有沒有提到{T}？' },
  { id: 'zh-comment', lang: 'zh', text: '{X}的意見書是否談到{T}？' },
];

/** The shared scorer's test for an answer that says no (FORMATS.md). */
const DECLINE = /no submission from|does not (mention|address|discuss|cover)|doesn't (mention|address)|did not submit|not in the corpus|do not appear to cover|沒有提到|没有提到|未提及|沒有提交|没有提交|中沒有|中没有|並未|并未|沒有涉及|没有涉及/i;

const corpusDir = corpusDirOf(values.corpus);
const hash = seededHash(values.seed);

interface Case {
  name: string;
  docId: string;
  topic: Topic;
  present: boolean;
}

const cases: Case[] = [];
const orgs = await listedOrganisations(values.seed);
for (const org of orgs) {
  if (cases.length >= Number(values.submitters) * Number(values.topics) * 2) break;
  const text = await rawText(corpusDir, org.id);
  if (text.length < 8_000) continue;
  const topics = [...TOPICS].sort((a, b) => hash(org.id + a.en).localeCompare(hash(org.id + b.en)));
  const present = topics.filter((t) => names(text, t)).slice(0, Number(values.topics));
  const absent = topics.filter((t) => !names(text, t)).slice(0, Number(values.topics));
  if (present.length < Number(values.topics) || absent.length < Number(values.topics)) continue;
  for (const topic of present) cases.push({ name: org.name, docId: org.id, topic, present: true });
  for (const topic of absent) cases.push({ name: org.name, docId: org.id, topic, present: false });
}

const byWording = new Map<string, { present: number; falseNo: number; quoted: number; absent: number; declined: number }>();
let agree = 0;
const started = Date.now();
const falseNos: string[] = [];
for (const c of cases) {
  const outcomes: boolean[] = [];
  for (const w of WORDINGS) {
    const question = w.text.replace('{X}', c.name).replace('{T}', w.lang === 'zh' ? c.topic.zh : c.topic.en);
    const answer = await service.ask(question, {});
    const declined = !!answer.notCovered || DECLINE.test(answer.text.slice(0, 300));
    outcomes.push(declined);
    const row = byWording.get(w.id) ?? { present: 0, falseNo: 0, quoted: 0, absent: 0, declined: 0 };
    if (c.present) {
      row.present++;
      if (declined) {
        row.falseNo++;
        falseNos.push(`${question} → ${answer.text.slice(0, 160).replace(/\n+/g, ' ⏎ ')}`);
      } else if (names(answer.text, c.topic)) row.quoted++;
    } else {
      row.absent++;
      if (declined) row.declined++;
      else if (values.verbose) console.log(`answered, topic absent: ${question} → ${answer.text.slice(0, 160).replace(/\n+/g, ' ⏎ ')}`);
    }
    byWording.set(w.id, row);
  }
  if (outcomes.every((o) => o === outcomes[0])) agree++;
}

/**
 * Counts and lists in several wordings: every wording of one count should lead with the same
 * number, and every wording of one list should name as many submitters.
 */
const COUNT_WORDINGS: { lang: 'en' | 'zh'; text: string }[] = [
  { lang: 'en', text: 'How many submissions mention {T}?' },
  { lang: 'en', text: 'Count the comments that discuss {T}.' },
  { lang: 'en', text: 'What number of submitters talked about {T}?' },
  { lang: 'en', text: '{T}: in how many submissions does it come up?' },
  { lang: 'zh', text: '有多少份意見書提到{T}？' },
  { lang: 'zh', text: '提到{T}的意見一共有幾份？' },
];
const LIST_WORDINGS: { lang: 'en' | 'zh'; text: string }[] = [
  { lang: 'en', text: 'Which universities discussed {T}?' },
  { lang: 'en', text: 'List the universities that mention {T}.' },
  { lang: 'en', text: 'Name every university whose comment raised {T}.' },
  { lang: 'zh', text: '哪些大學提到了{T}？' },
];
/** The number an answer leads with (thousands separators removed), if any. */
const leading = (text: string) => /\d[\d,]*/.exec(text)?.[0].replace(/,/g, '');
let countAgree = 0;
let listAgree = 0;
/** The same within the English wordings only: a Chinese glossary word may stand for more than the English phrase ("醫療保健": health care, healthcare, medical). */
let countAgreeEn = 0;
let listAgreeEn = 0;
const disagreements: string[] = [];
for (const topic of TOPICS) {
  for (const [wordings, kind] of [[COUNT_WORDINGS, 'count'], [LIST_WORDINGS, 'list']] as const) {
    const numbers: string[] = [];
    const english: string[] = [];
    for (const w of wordings) {
      const question = w.text.replace('{T}', w.lang === 'zh' ? topic.zh : topic.en);
      const answer = await service.ask(question, {});
      numbers.push(`${leading(answer.text) ?? '–'}`);
      if (w.lang === 'en') english.push(numbers.at(-1)!);
    }
    if (english.every((n) => n === english[0] && n !== '–')) {
      if (kind === 'count') countAgreeEn++;
      else listAgreeEn++;
    }
    if (numbers.every((n) => n === numbers[0] && n !== '–')) {
      if (kind === 'count') countAgree++;
      else listAgree++;
    } else disagreements.push(`${kind} ${topic.en}: ${numbers.join(' / ')}`);
  }
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
console.log(`${cases.length / 2 / Number(values.topics)} submitters × ${values.topics} topics named and ${values.topics} not named × ${WORDINGS.length} wordings: ${cases.length * WORDINGS.length} questions in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log('wording        false no   topic quoted   declined (topic absent)');
const total = { present: 0, falseNo: 0, quoted: 0, absent: 0, declined: 0 };
for (const w of WORDINGS) {
  const r = byWording.get(w.id)!;
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
  console.log(`${w.id.padEnd(14)} ${pct(r.falseNo, r.present).padStart(8)}   ${pct(r.quoted, r.present).padStart(12)}   ${pct(r.declined, r.absent).padStart(8)}`);
}
console.log(`${'all'.padEnd(14)} ${pct(total.falseNo, total.present).padStart(8)}   ${pct(total.quoted, total.present).padStart(12)}   ${pct(total.declined, total.absent).padStart(8)}`);
console.log(`all wordings agree on yes or no: ${agree}/${cases.length} (submitter, topic) pairs`);
if (falseNos.length) console.log(`false no (${falseNos.length}):\n${falseNos.slice(0, values.verbose ? Infinity : 15).map((s) => `  ${s}`).join('\n')}`);
console.log(`counts in ${COUNT_WORDINGS.length} wordings giving one number: ${countAgree}/${TOPICS.length} topics (English wordings alone: ${countAgreeEn}); lists in ${LIST_WORDINGS.length} wordings giving one number: ${listAgree}/${TOPICS.length} (English alone: ${listAgreeEn})`);
if (disagreements.length) console.log(`wordings that disagree (${disagreements.length}):\n${disagreements.slice(0, values.verbose ? Infinity : 10).map((s) => `  ${s}`).join('\n')}`);
console.log(JSON.stringify({ countAgreement: countAgree / TOPICS.length, countAgreementEn: countAgreeEn / TOPICS.length, listAgreement: listAgree / TOPICS.length, listAgreementEn: listAgreeEn / TOPICS.length, bench: 'phrasings', cases: cases.length, wordings: WORDINGS.length, falseNo: total.falseNo / total.present, topicQuoted: total.quoted / total.present, declinedAbsent: total.declined / total.absent, agreement: agree / cases.length }));
process.exit(0);
