/** The NITRD respondent categories, and how the tables and the page name them. */
import path from 'node:path';
import type { Category } from '../../shared/categories.js';

/** File-name stem of each table (`private-sector_links.txt`) and the category it holds. */
const CATEGORY_BY_STEM: ReadonlyArray<readonly [string, Category]> = [
  ['academia', 'Academia'],
  ['individuals', 'Individuals'],
  ['industry-professional-scientificassoc', 'Industry/Professional/Scientific Associations'],
  ['non-federal', 'Non-Federal Government'],
  ['non-profit', 'Non-Profit'],
  ['private-sector', 'Private Sector'],
];

/** Words that name a category in a heading or a tab of the page, most specific first. */
const CATEGORY_BY_WORDS: ReadonlyArray<readonly [RegExp, Category]> = [
  [/\b(industry|professional|scientific)\b.*\bassoc/, 'Industry/Professional/Scientific Associations'],
  [/\bnon ?federal\b|\bstate,? local\b|\btribal\b/, 'Non-Federal Government'],
  [/\bnon ?profits?\b|\bnonprofits?\b/, 'Non-Profit'],
  [/\bprivate sector\b/, 'Private Sector'],
  [/\bacademi(a|c|cs)\b/, 'Academia'],
  [/\bindividuals?\b/, 'Individuals'],
];

/** The category a respondent table file stands for, from its name. Never throws. */
export function categoryFromFileName(fileName: string): string {
  const stem = path
    .basename(fileName)
    .replace(/\.[^.]*$/, '')
    .replace(/[_-]?links$/i, '')
    .toLowerCase();
  for (const [known, label] of CATEGORY_BY_STEM) {
    if (stem === known) return label;
  }
  const words = stem.split(/[\s_-]+/).filter((w) => w !== '');
  if (words.length === 0) return 'Unknown';
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** The known category a heading, tab label, id or class names, if any ("Private Sector Responses", `non-profit`). */
export function categoryNamedBy(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .replace(/[_/-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words === '') return undefined;
  for (const [pattern, label] of CATEGORY_BY_WORDS) if (pattern.test(words)) return label;
  return undefined;
}
