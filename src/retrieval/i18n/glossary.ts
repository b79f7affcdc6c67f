/**
 * The bilingual glossary: hand-curated data in glossary/*.json (organisations, English
 * aliases, policy terms, function words), checked against its schema when this module loads.
 * Which submitters an organisation or alias stands for is not in it: the index build finds
 * them among the corpus's submitter names and records them in the index (GlossaryLinks).
 */
import { createHash } from 'node:crypto';
import aliases from './glossary/aliases.json' with { type: 'json' };
import functionWords from './glossary/function-words.json' with { type: 'json' };
import organisations from './glossary/organisations.json' with { type: 'json' };
import terms from './glossary/terms.json' with { type: 'json' };
import { canFile, orgKey, parseGlossary, type Glossary } from './glossary-schema.js';

export const GLOSSARY: Glossary = parseGlossary({ organisations, aliases, terms, functionWords });

/** The submitters (their exact names in the index) that glossary organisations and aliases stand for. */
export interface GlossaryLinks {
  /** By organisation key (its first English name). */
  organisations: Record<string, string[]>;
  /** By alias. */
  aliases: Record<string, string[]>;
}

export const NO_LINKS: GlossaryLinks = { organisations: {}, aliases: {} };

/**
 * Digest of what the links are derived from (organisations' names, kinds and match modes, and
 * the aliases): an index whose links were derived from another glossary is rebuilt.
 */
export function linkDigest(glossary: Glossary = GLOSSARY): string {
  const basis = {
    organisations: glossary.organisations.filter(canFile).map((o) => [orgKey(o), o.names, o.match ?? 'exact']),
    aliases: glossary.aliases.map((a) => [a.alias, a.names, a.match ?? 'exact']),
  };
  return createHash('sha256').update(JSON.stringify(basis)).digest('hex').slice(0, 16);
}
