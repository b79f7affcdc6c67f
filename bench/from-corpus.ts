/**
 * What the benchmarks that make their questions from the corpus itself (phrasings, names,
 * conversations) share: the corpus folder, the listing's organisations in a seed's order, and
 * topics in English and Chinese with the pattern that says whether a raw text names one (read
 * from the raw text, not from the index).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { PROJECT_ROOT } from '../src/config.js';

/** The corpus folder: `--corpus`, else `CORPUS_DIR`, else `../shared/corpus`. */
export function corpusDirOf(given?: string): string {
  return path.resolve(given ?? process.env.CORPUS_DIR ?? path.join(PROJECT_ROOT, '../shared/corpus'));
}

/** An order of strings fixed by a seed: the same seed, the same sample. */
export function seededHash(seed: string): (s: string) => string {
  return (s) => createHash('sha256').update(`${seed}:${s}`).digest('hex');
}

export interface ListedOrganisation {
  id: string;
  name: string;
  category: string;
}

/** The shipped listing's organisations (not individuals; a name of 4 characters or more), in the seed's order. */
export async function listedOrganisations(seed: string): Promise<ListedOrganisation[]> {
  const listing = JSON.parse(await fs.readFile(path.join(PROJECT_ROOT, 'data/respondents.json'), 'utf8')) as { respondents: ListedOrganisation[] };
  const hash = seededHash(seed);
  return listing.respondents.filter((r) => r.category && r.category !== 'Individuals' && r.name.trim().length >= 4).sort((a, b) => hash(a.id).localeCompare(hash(b.id)));
}

/** An organisation's raw text, or '' when the corpus has no file of it. */
export function rawText(corpusDir: string, id: string): Promise<string> {
  return fs.readFile(path.join(corpusDir, 'raw', `${id}.txt`), 'utf8').catch(() => '');
}

export interface Topic {
  en: string;
  zh: string;
  /** Found in the text (lower case, hyphens and line breaks as spaces): the topic is named. */
  pattern: RegExp;
}

export const TOPICS: Topic[] = [
  { en: 'export controls', zh: '出口管制', pattern: /\bexport controls?\b/ },
  { en: 'copyright', zh: '版權', pattern: /\bcopyright/ },
  { en: 'open-source models', zh: '開源模型', pattern: /\bopen (source|weights?)\b/ },
  { en: 'energy', zh: '能源', pattern: /\benerg(y|ies)\b/ },
  { en: 'immigration', zh: '移民', pattern: /\bimmigra/ },
  { en: 'semiconductors', zh: '半導體', pattern: /\bsemiconductor/ },
  { en: 'data centers', zh: '資料中心', pattern: /\bdata ?cent(er|re)s?\b/ },
  { en: 'privacy', zh: '隱私', pattern: /\bprivacy\b/ },
  { en: 'health care', zh: '醫療保健', pattern: /\bhealth ?care\b/ },
  { en: 'national security', zh: '國家安全', pattern: /\bnational security\b/ },
  { en: 'standards', zh: '標準', pattern: /\bstandards?\b/ },
  { en: 'the workforce', zh: '勞動力', pattern: /\bwork ?force/ },
  { en: 'cybersecurity', zh: '網路安全', pattern: /\bcyber ?security\b/ },
  { en: 'China', zh: '中國', pattern: /\bchina\b|\bchinese\b/ },
  { en: 'liability', zh: '法律責任', pattern: /\bliabilit(y|ies)\b/ },
  { en: 'procurement', zh: '政府採購', pattern: /\bprocurement\b/ },
  { en: 'watermarking', zh: '浮水印', pattern: /\bwatermark/ },
  { en: 'deepfakes', zh: '深度偽造', pattern: /\bdeep ?fakes?\b/ },
  { en: 'small businesses', zh: '小企業', pattern: /\bsmall business(es)?\b/ },
  { en: 'nuclear power', zh: '核能', pattern: /\bnuclear (power|energy)\b/ },
  { en: 'children', zh: '兒童', pattern: /\bchild(ren)?\b/ },
  { en: 'state laws', zh: '州法律', pattern: /\bstate (ai )?laws?\b/ },
  { en: 'patents', zh: '專利', pattern: /\bpatent/ },
  { en: 'bias', zh: '偏見', pattern: /\bbias(es|ed)?\b/ },
];

/** Lower case, with hyphens and runs of white space as one space; and with the words the PDF extraction broke around an "m" mended ("com m ents"). */
const flat = (text: string) => text.toLowerCase().replace(/[-\s]+/g, ' ');
const mended = (text: string) => text.replace(/(\w) ?m (?=\w)/g, '$1m');
/** Whether a text names the topic. */
export function names(text: string, topic: Topic): boolean {
  const spaced = flat(text);
  return topic.pattern.test(spaced) || topic.pattern.test(mended(spaced));
}

