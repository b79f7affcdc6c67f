import type { Aggregate } from '../types.js';
import type { Phrases } from './phrases.js';

/** Names shown under a count. */
const NAMES_SHOWN = 12;

/**
 * The count a counting question asks for, first: over categories ("how many companies
 * submitted?") or over the submissions that mention a topic, by category, with the submitters
 * behind it and where the categories come from.
 */
export function countText(aggregate: Aggregate, categories: string[], total: number, phrases: Phrases, exact: boolean, withoutCategory?: string): string {
  const lines = [aggregate.query ? phrases.countTopic(aggregate.submissions, aggregate.query, categories, exact) : phrases.countCategories(aggregate.submissions, total, categories)];
  // "How many think tanks …" counted over a longer description: what was counted is said right under the number.
  if (withoutCategory && aggregate.query) lines.push(phrases.noCategory(withoutCategory));
  if (aggregate.withoutText?.length) lines.push(phrases.withoutText(aggregate.withoutText.map((s) => s.docId)));
  if (aggregate.submissions > 0 && (aggregate.query || categories.length !== 1)) lines.push(phrases.byCategory(aggregate.byCategory));
  const names = aggregate.submitters.slice(0, NAMES_SHOWN).map((s) => s.submitter);
  if (names.length) lines.push(phrases.among(names, aggregate.submissions - names.length));
  lines.push(phrases.categoriesSource);
  return lines.join('\n');
}
