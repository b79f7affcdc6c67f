import type { GlossaryLinks } from '../i18n/glossary.js';
import { bridgeQuery, type BridgeResult } from '../i18n/query-bridge.js';
import { toSimplified } from '../i18n/script.js';
import type { NameHit, NameIndex } from '../names.js';
import { nameTokens } from '../names.js';
import { terms } from '../text/tokenize.js';
import { answerTypes, type AnswerType } from './answer-type.js';
import type { Category } from './categories.js';
import { asksForAction, describesOneSubmitter, intentOf, type Intent } from './intent.js';
import { topicTermsOf } from './topic.js';

/** What a question asks for, before any search. */
export interface AnalyzedQuestion {
  original: string;
  language: 'en' | 'zh' | 'other';
  /** English text to search with (the question itself, or its glossary bridge). */
  searchText: string;
  /** Submitters named in the question. */
  named: NameHit[];
  /** Organisations the question asks about as authors that filed nothing here. */
  absentAuthors: string[];
  /** Category the wording implies ("which universities …"), used as a soft preference. */
  impliedCategory?: string;
  /** What the question wants done: look something up, count, list submitters, yes/no, an outline. */
  intent: Intent;
  /** Categories a count or list is over ("which universities …", "有多少家公司"): a filter. */
  categories: Category[];
  /** What kind of thing the answer should contain (a number, a date, a place, a name). */
  answerTypes: AnswerType[];
  /** Search terms of the topic: the question's terms without framing words and submitter names. */
  topic: string[];
  /** Search terms of the submitter names the question contains. */
  nameTerms: string[];
  /** About one submitter it describes without naming ("A Writers Guild member argued …"). */
  described: boolean;
  /** Asks what a submitter wants done: recommendation statements answer it. */
  wantsAction: boolean;
  bridge?: BridgeResult;
}

const CATEGORY_WORDS: [RegExp, string][] = [
  [/\b(universities|academic institutions|academics|colleges)\b|大学|大學|高校|学术机构|學術機構/i, 'Academia'],
  [/\b(non-?profits|non-?profit (organi[sz]ations|groups)|charities|advocacy groups)\b|非营利|非營利/i, 'Non-Profit'],
  [/\b((which|what|private|tech|technology|ai) (companies|firms|startups)|private sector|private-sector)\b|哪些公司|哪些企业|哪些企業|私营|私營/i, 'Private Sector'],
  [/\b(trade (groups|associations)|industry (groups|associations)|professional (societies|associations))\b|行业协会|行業協會/i, 'Industry/Professional/Scientific Associations'],
  [/\b(state (and|or) local governments|state governments|local governments|counties|municipalities)\b|州政府|地方政府/i, 'Non-Federal Government'],
  [/\b(individuals|individual commenters|members of the public|private citizens)\b|个人意见|個人意見|民众|民眾/i, 'Individuals'],
];


/** Asking about an organisation's own filing: "Oracle's comment", "did Walmart say", "X 的意见书". */
const AUTHOR_FRAME_EN = (name: string) =>
  new RegExp(
    `\\b${name}(['’]s)?\\s+(own\\s+)?(comment|submission|response|letter|filing|input|recommendations?)|\\b(did|does|do)\\s+${name}\\b|\\b${name}\\s+(said|say|says|recommended|proposed|argued|wanted|suggested|described|urged|warned|claimed|asked)\\b|according to ${name}\\b`,
    'i',
  );
const AUTHOR_FRAME_ZH = /意见|意見|提交|评论|評論|建议|建議|主张|主張|认为|認為|提出/;

export function analyzeQuestion(
  question: string,
  names: NameIndex,
  knownOrganisations: (text: string) => string[],
  canAuthor: (name: string) => boolean = () => true,
  /** The index's links from glossary organisations to submitters, for Chinese questions. */
  links?: GlossaryLinks,
): AnalyzedQuestion {
  const bridge = bridgeQuery(question, links);
  const language = bridge.language;
  const searchText =
    language === 'zh'
      ? [...bridge.organisations, ...bridge.latinTokens, ...bridge.englishTerms].join(' ')
      : question;
  const named = dedupeHits([
    ...names.find(searchText),
    ...(language === 'zh' ? bridge.submitters.flatMap((s) => names.find(s)) : []),
  ]);
  const namedTokens = new Set(named.flatMap((hit) => hit.alias.split(' ')));
  const mentioned = language === 'zh' ? bridge.organisations : [...new Set([...knownOrganisations(question), ...possessiveAuthors(question)])];
  const absentAuthors = mentioned.filter((org) => {
    if (!canAuthor(org)) return false;
    if (nameTokens(org).every((t) => namedTokens.has(t)) || names.lookup(org).length > 0) return false;
    const escaped = org.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return language === 'zh' ? AUTHOR_FRAME_ZH.test(question) && named.length === 0 : AUTHOR_FRAME_EN(escaped).test(question);
  });
  const impliedCategory = CATEGORY_WORDS.find(([pattern]) => pattern.test(question))?.[1];
  const { intent, categories, categoryWords } = intentOf(question, named.length > 0, language === 'zh' ? toSimplified(question) : undefined);
  // A Chinese question's organisations come back as English names: "Intel Corporation" is a name too.
  const namedOrganisations = language === 'zh' ? bridge.organisations.filter((org) => names.find(org).length > 0) : [];
  const nameTerms = [...new Set([...named.map((hit) => hit.alias), ...namedOrganisations].flatMap((name) => terms(name)))];
  return {
    original: question,
    language,
    searchText,
    named,
    absentAuthors,
    ...(impliedCategory ? { impliedCategory } : {}),
    intent,
    categories,
    answerTypes: answerTypes(question),
    // "Which universities …": the category words choose whom to count, they are not the topic.
    topic: topicTermsOf(searchText, new Set([...nameTerms, ...categoryWords.flatMap((w) => terms(w))])),
    nameTerms,
    described: named.length === 0 && intent === 'lookup' && describesOneSubmitter(question),
    wantsAction: asksForAction(question),
    ...(language === 'zh' ? { bridge } : {}),
  };
}

/**
 * Names the question treats as authors of a filing, whether or not the glossary knows them:
 * "Zorblax Industries' submission", "Acme Corp's comment".
 */
const POSSESSIVE_AUTHOR = /\b([A-Z][\w&.-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)?[A-Z][\w&.-]*){0,5}?)(?:['’]s|s['’])\s+(?:own\s+)?(?:comment|submission|response|letter|filing)s?\b/g;

function possessiveAuthors(question: string): string[] {
  return [...question.matchAll(POSSESSIVE_AUTHOR)].map((m) => (m[0].match(/s['’]\s/) ? `${m[1]}s` : m[1]!).trim()).filter((name) => name.length >= 3);
}

function dedupeHits(hits: NameHit[]): NameHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const key = hit.docIds.slice().sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
