/** The schema of the hand-curated bilingual glossary (src/retrieval/i18n/glossary/*.json). */
import { z } from 'zod';

const text = z.string().refine((s) => s.trim() !== '' && s === s.trim(), 'empty, or spaces around it');
const texts = z.array(text).min(1);

export const ORG_KINDS = ['company', 'association', 'nonprofit', 'think-tank', 'university', 'government', 'agency', 'country', 'person', 'product', 'union', 'media'] as const;
export const TERM_TOPICS = [
  'ai', 'compute', 'chips', 'energy', 'environment', 'trade', 'security', 'defense', 'cyber', 'government', 'law', 'states', 'copyright', 'creative',
  'media', 'education', 'workforce', 'immigration', 'health', 'bio', 'privacy', 'children', 'open-source', 'standards', 'safety', 'research', 'finance',
  'economy', 'infrastructure', 'telecom', 'transport', 'agriculture', 'manufacturing', 'elections', 'civil-rights', 'units', 'submission', 'general',
] as const;

/**
 * How an organisation is found among the submitters when the index is built: `exact` (the
 * default) takes submitters whose name is one of `names` (ignoring case, punctuation, spaces,
 * corporate suffixes and a bracketed short form); `within` also those whose name contains one
 * of `names` as whole words (a university's centres, a coalition's joint letter).
 */
export const MATCH_MODES = ['exact', 'within'] as const;

export const orgSchema = z.strictObject({
  /** Chinese names, Simplified (or Traditional where the vocabulary differs beyond characters). */
  zh: texts,
  /** English names as submissions write them; the first is the display name and the entry's key. */
  names: texts,
  kind: z.enum(ORG_KINDS),
  match: z.enum(MATCH_MODES).optional(),
});

export const aliasSchema = z.strictObject({
  /** An English short form a question may use (CMU, Code.org). */
  alias: text,
  /** The English names it stands for, found among the submitters like an organisation's. */
  names: texts,
  match: z.enum(MATCH_MODES).optional(),
});

export const termSchema = z.strictObject({
  zh: texts,
  /** Keywords as they appear in submissions, most useful first. */
  en: texts,
  /** For maintenance; no meaning in matching. */
  topic: z.enum(TERM_TOPICS),
  /**
   * Its English forms are names of one and the same thing ("tariffs", "import duties"), not related
   * ideas: each is another name of the others, whatever words they share, so one found in a
   * submission keeps the others from a "no".
   */
  same: z.literal(true).optional(),
});

export const glossarySchema = z.object({
  organisations: z.array(orgSchema).min(1),
  aliases: z.array(aliasSchema),
  terms: z.array(termSchema).min(1),
  /** Chinese function words and question words: matched (covered) but searched for with nothing. */
  functionWords: z.array(text),
});

export type OrgKind = (typeof ORG_KINDS)[number];
export type TermTopic = (typeof TERM_TOPICS)[number];
export type MatchMode = (typeof MATCH_MODES)[number];
export type OrgEntry = z.infer<typeof orgSchema>;
export type EnglishAlias = z.infer<typeof aliasSchema>;
export type TermEntry = z.infer<typeof termSchema>;
export type Glossary = z.infer<typeof glossarySchema>;

/** Countries and products are discussed, never submitters. */
export const canFile = (org: Pick<OrgEntry, 'kind'>): boolean => org.kind !== 'country' && org.kind !== 'product';

/** The organisations' names that must be unique, since the index's links are keyed by them. */
export const orgKey = (org: Pick<OrgEntry, 'names'>): string => org.names[0]!;

/** Parses and checks glossary data; throws a readable message naming the first bad entry. */
export function parseGlossary(data: unknown): Glossary {
  const parsed = glossarySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`The glossary is invalid at ${issue.path.join('.')}: ${issue.message}`);
  }
  const keys = new Set<string>();
  for (const org of parsed.data.organisations) {
    const key = orgKey(org);
    if (keys.has(key)) throw new Error(`The glossary has two organisations named "${key}" first; the first name must be unique`);
    keys.add(key);
  }
  return parsed.data;
}
