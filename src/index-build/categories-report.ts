/** Submissions per category, and the warning when too many have none. */
import { UNCATEGORIZED, type SubmissionMeta } from '../shared/types.js';

/** Above this share of uncategorised submissions the build warns. */
export const UNCATEGORIZED_WARNING_SHARE = 0.05;

/** `{label: count}`, largest first. */
export function categoryCounts(docs: readonly Pick<SubmissionMeta, 'category'>[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const { category } of docs) counts.set(category, (counts.get(category) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

export function categoryWarnings(categories: Record<string, number>, respondents: string | undefined): string[] {
  const total = Object.values(categories).reduce((a, b) => a + b, 0);
  const none = categories[UNCATEGORIZED] ?? 0;
  if (total === 0 || none / total <= UNCATEGORIZED_WARNING_SHARE) return [];
  const share = ((100 * none) / total).toFixed(1);
  const listing = respondents ? `the respondent listing (${respondents}) does not list them` : 'no respondent listing was found';
  return [
    `${none} of ${total} submissions (${share}%) are uncategorised: ${listing}. ` +
      'Categories, /stats and submitter names will be poor; point RESPONDENTS (or --respondents) at the current NITRD listing (a file, a folder of its tables, or the page URL).',
  ];
}
