/**
 * The NITRD respondent categories, as the official listing labels them: the one list that the
 * build (reading the listing), retrieval (questions about a category) and the bot (the
 * `category` option) share. A submission the listing does not have is `UNCATEGORIZED`.
 */
export const CATEGORIES = [
  'Individuals',
  'Private Sector',
  'Non-Profit',
  'Industry/Professional/Scientific Associations',
  'Academia',
  'Non-Federal Government',
] as const;

export type Category = (typeof CATEGORIES)[number];
