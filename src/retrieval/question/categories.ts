/**
 * The words a question uses for the NITRD respondent categories in English and Chinese, and
 * their names in answers. The labels are the publisher's (some are wrong for a given
 * submitter); answers say so.
 */
import type { Category } from '../../shared/categories.js';

export type { Category } from '../../shared/categories.js';

interface CategoryWords {
  category: Category;
  /** Plural or collective words: they ask about the group ("which universities …"). */
  group: RegExp;
  /** Chinese name (Simplified; answers convert to Traditional). */
  zh: string;
  /** English words for the group, which a glossary may give for the Chinese ones: never a count's topic. */
  en: string;
}

const WORDS: CategoryWords[] = [
  {
    category: 'Academia',
    group: /\b(universities|academic institutions|academic (submitters|groups|organi[sz]ations|commenters|respondents)|academics|academia|colleges|research universities|schools of higher education)\b|大学|高校|学术机构|学术界|学界|学术类|学术/,
    zh: '学术界',
    en: 'university universities academic academia college colleges institution institutions',
  },
  {
    category: 'Non-Profit',
    group: /\b(non-?profits|non-?profit (organi[sz]ations|groups)|charities|advocacy groups|ngos|civil[- ]society (groups|organi[sz]ations))\b|非营利|非政府组织|公益组织/,
    zh: '非营利组织',
    en: 'nonprofit nonprofits non-profit non-profits organization organizations organisation organisations charity charities ngo ngos advocacy',
  },
  {
    category: 'Private Sector',
    group: /\b(companies|firms|businesses|corporations|startups|private[- ]sector|private companies|tech companies)\b|私营部门|私人部门|私部门|公司|企业|私营|民营|厂商|产业界|业界/,
    zh: '私营部门',
    en: 'company companies firm firms business businesses corporation corporations startup startups private sector enterprise enterprises industry',
  },
  {
    category: 'Industry/Professional/Scientific Associations',
    group: /\b(industry\/professional\/scientific associations|trade (groups|associations|bodies)|industry (groups|associations|bodies)|professional (societies|associations|organi[sz]ations)|scientific (societies|associations)|associations)\b|行业协会|专业协会|科学协会|协会|学会|商会/,
    zh: '行业、专业与科学协会',
    en: 'association associations trade group groups industry professional scientific society societies sector',
  },
  {
    category: 'Non-Federal Government',
    group: /\b(state (and|or) local governments|state governments|local governments|non-?federal governments?|non-?federal government category|states|counties|cities|municipalities|governors)\b|州政府|地方政府|州和地方|非联邦政府|非联邦|市政府/,
    zh: '非联邦政府（州和地方）',
    en: 'state states government governments local county counties city cities municipal nonfederal',
  },
  {
    category: 'Individuals',
    group: /\b(individuals|individual (commenters|citizens|submitters|people)|members of the public|private citizens|citizens|ordinary americans)\b|个人|民众|公众(?!意见|评论|征|咨询)|普通人|个体/,
    zh: '个人',
    en: 'individual individuals person people citizen citizens public',
  },
];

/**
 * Singular words for one member of a group: they name the group after "every", "each", "any",
 * "all" or before a word for submissions ("every state government", "university submissions"),
 * not after "which" or "what" ("what company did it buy?" asks a fact).
 */
const SINGULAR: Partial<Record<Category, string>> = {
  Academia: String.raw`university|college|academic institution|academic`,
  'Non-Profit': String.raw`non-?profit|charity|ngo`,
  'Private Sector': String.raw`company|firm|business|corporation|startup|private[- ]sector`,
  'Industry/Professional/Scientific Associations': String.raw`trade (group|association|body)|industry (group|association|body)|professional (society|association)|scientific society|association`,
  'Non-Federal Government': String.raw`state government|local government|state or local government|non-?federal government`,
  Individuals: String.raw`individual|private citizen|member of the public`,
};
const CORPUS_NOUNS = String.raw`submissions?|comments?|responses?|submitters?|respondents?|filers?|filings?|letters?`;
/** The singular words of each category as one pattern, made once. */
const SINGULAR_GROUPS = new Map(
  Object.entries(SINGULAR).map(([category, words]) => [category, new RegExp(String.raw`\b(every|each|any|all)\s+(${words})\b|\b(${words})[- ](${CORPUS_NOUNS})\b`)]),
);

/** One member of a group, described: "the trade group for …", "a Texas university", "an Ohio nonprofit". */
const DESCRIBED = new Map(Object.entries(SINGULAR).map(([category, words]) => [category as Category, new RegExp(String.raw`\b(?:the|a|an|one)\s+(?:[\w-]+\s+)?(?:${words})\b(?![- ](?:${CORPUS_NOUNS})\b)`)]));

/** The category of the one submitter a lower-cased question describes by its kind, the first named; none when it names none. */
export function describedCategory(text: string): Category | undefined {
  let first: { category: Category; at: number } | undefined;
  for (const [category, pattern] of DESCRIBED) {
    const match = pattern.exec(text);
    if (match && (!first || match.index < first.at)) first = { category, at: match.index };
  }
  return first?.category;
}

/** The English words for a category's members ("company companies firm …"). */
export function categoryWordsEn(category: Category): string[] {
  return WORDS.find((w) => w.category === category)?.en.split(' ') ?? [];
}

/** The English words for every category's members, and for what they send: words a question is read by, whatever the corpus. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([...WORDS.flatMap((w) => w.en.split(' ')), ...'submission submissions comment comments response responses submitter submitters respondent respondents filing filings letter letters'.split(' ')]);

/** Chinese name of a category (Simplified). */
export function categoryNameZh(category: string): string {
  return WORDS.find((w) => w.category === category)?.zh ?? category;
}

/**
 * Categories a question names as a group of submitters, in the order they occur.
 * `text` is the question lower-cased (English) or in Simplified Chinese.
 */
export function categoriesNamed(text: string): { categories: Category[]; words: string[]; spans: { start: number; end: number }[] } {
  // Each category where the text first names it (a word for organisations names each of theirs; "not individuals" names the others).
  const found = categoryMentions(text).filter((m, i, all) => all.findIndex((o) => o.category === m.category) === i);
  const en = (category: Category) => WORDS.find((w) => w.category === category)!.en;
  return { categories: found.map((f) => f.category), words: found.map((f) => `${f.text} ${en(f.category)}`), spans: found.map((f) => ({ start: f.start, end: f.end })) };
}

/** Every place a text names a category's members ("universities", "every company"), in order. `text` as for `categoriesNamed`. */
export function categoryMentions(text: string): { category: Category; start: number; end: number; text: string }[] {
  const found: { categories: Category[]; start: number; end: number; text: string }[] = [];
  for (const { category, group } of WORDS) {
    for (const pattern of [group, SINGULAR_GROUPS.get(category)]) {
      if (!pattern) continue;
      for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) found.push({ categories: [category], start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  // "Which organisations …": every category of organisations, not the individuals.
  for (const m of text.matchAll(ORGANISATIONS)) found.push({ categories: ORGANISATION_CATEGORIES, start: m.index, end: m.index + m[0].length, text: m[0] });
  const kept = found.sort((a, b) => a.start - b.start || b.end - a.end).filter((m, i, all) => !all.some((o, j) => j < i && o.start <= m.start && o.end >= m.end));
  // "not individuals", "other than companies", "除了个人以外": the other categories.
  return kept.flatMap((m) => {
    const categories = EXCLUDED.test(text.slice(Math.max(0, m.start - 20), m.start)) ? ALL_CATEGORIES.filter((c) => !m.categories.includes(c)) : m.categories;
    return categories.map((category) => ({ category, start: m.start, end: m.end, text: m.text }));
  });
}

/** Every category, and those of organisations (all but the individuals). */
const ALL_CATEGORIES: Category[] = WORDS.map((w) => w.category);
const ORGANISATION_CATEGORIES: Category[] = ALL_CATEGORIES.filter((c) => c !== 'Individuals');
/** Words for the organisations that filed, of whatever kind. */
const ORGANISATIONS = /\b(organi[sz]ations|orgs)\b/g;
/** What excludes the category named after it. */
const EXCLUDED = /(\b(not|other than|excluding|except|except for|apart from|besides|rather than|but not|non)\s*-?\s*(the\s+)?|不包括|不含|除了|除去|除|非)$/i;
