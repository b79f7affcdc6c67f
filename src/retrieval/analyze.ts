import { bridgeQuery, type BridgeResult } from './i18n/query-bridge.js';
import type { NameHit, NameIndex } from './names.js';
import { nameTokens } from './names.js';

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
  /** "How many submissions …", "which … discussed …": answered with corpus-wide counts. */
  aggregate: boolean;
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

const AGGREGATE = /\b(how many (submissions|comments|commenters|organi[sz]ations|respondents|companies|universities|groups)|which (submissions|organi[sz]ations|companies|universities|groups|non-?profits|commenters|respondents)|what share of (submissions|comments)|number of (submissions|comments))\b|有几份|有幾份|多少份(意见|意見|提交)|哪些(机构|機構|组织|組織|公司|大学|大學|意见|意見)/i;

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
): AnalyzedQuestion {
  const bridge = bridgeQuery(question);
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
  return {
    original: question,
    language,
    searchText,
    named,
    absentAuthors,
    ...(impliedCategory ? { impliedCategory } : {}),
    aggregate: AGGREGATE.test(question) && named.length === 0,
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
