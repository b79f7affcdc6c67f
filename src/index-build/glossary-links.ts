/**
 * Which submitters the glossary's organisations and aliases stand for, found among the
 * corpus's submitter names when the index is built (the glossary itself holds no corpus
 * names). A submitter's name is its NITRD respondent name, else its display name.
 *
 * A name matches when it equals one of the entry's English names, ignoring case,
 * punctuation, spaces, corporate suffixes (Inc., LLC, Corporation, …) and a leading "The";
 * a bracketed short form at the end of a submitter's name counts as a name of its own
 * ("Consumer Technology Association (CTA)", "… (NCCU/NCSU)"); a long name also matches a
 * submitter's name one letter away from it (a slip in the listing). With `match: "within"`
 * an organisation's submitters also include organisations (not individuals) whose name
 * contains one of its names as whole words.
 */
import { distance } from 'fastest-levenshtein';
import type { GlossaryLinks } from '../retrieval/i18n/glossary.js';
import { canFile, orgKey, type Glossary, type MatchMode } from '../retrieval/i18n/glossary-schema.js';
import type { SubmissionMeta } from '../shared/types.js';

/** Names at least this long (squashed) may differ by one letter. */
const FUZZY_MIN_CHARS = 16;
const SUFFIXES = /\b(inc|incorporated|llc|corp|corporation|co|company|ltd|limited|pbc|plc|lp|llp|the)\b/g;

/** Lower case, letters and digits as words, without corporate suffixes and a final bracket. */
function words(name: string): string {
  return name
    .replace(/\([^)]*\)\s*$/, ' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(SUFFIXES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
const squashed = (name: string) => words(name).replace(/ /g, '');

interface Submitter {
  name: string;
  /** Squashed forms it is known by: the whole name, and each short form in its final bracket. */
  forms: string[];
  /** Its words, padded with spaces, for whole-word containment. */
  padded: string;
  organisation: boolean;
}

/** What linking reads of a submission. */
export type NamedSubmission = Pick<SubmissionMeta, 'submitter' | 'respondentName' | 'category'>;

function submittersOf(docs: readonly NamedSubmission[]): Submitter[] {
  const byName = new Map<string, Submitter>();
  for (const doc of docs) {
    const name = (doc.respondentName ?? doc.submitter).trim();
    const known = byName.get(name);
    const organisation = doc.category !== 'Individuals';
    if (known) {
      known.organisation ||= organisation;
      continue;
    }
    const bracket = /\(([^)]*)\)\s*$/.exec(name)?.[1];
    const forms = [name, ...(bracket ? bracket.split('/') : [])].map(squashed).filter((f) => f.length >= 2);
    byName.set(name, { name, forms, padded: ` ${words(name)} `, organisation });
  }
  return [...byName.values()];
}

/** The submitters matched by a set of English names, in corpus order. */
function matcher(submitters: Submitter[]): (names: readonly string[], mode: MatchMode) => string[] {
  const byForm = new Map<string, Submitter[]>();
  for (const s of submitters) for (const f of s.forms) byForm.set(f, [...(byForm.get(f) ?? []), s]);
  const order = new Map(submitters.map((s, i) => [s, i]));
  return (names, mode) => {
    const found = new Set<Submitter>();
    for (const name of names) {
      const form = squashed(name);
      if (form.length < 2) continue;
      for (const s of byForm.get(form) ?? []) found.add(s);
      if (form.length >= FUZZY_MIN_CHARS) {
        for (const s of submitters) if (s.forms.some((f) => Math.abs(f.length - form.length) <= 1 && distance(f, form) <= 1)) found.add(s);
      }
      if (mode === 'within') {
        const needle = ` ${words(name)} `;
        for (const s of submitters) if (s.organisation && s.padded.includes(needle)) found.add(s);
      }
    }
    return [...found].sort((a, b) => order.get(a)! - order.get(b)!).map((s) => s.name);
  };
}

/** The links of every organisation that can file and every alias to the submitters among `docs`. */
export function linkGlossary(glossary: Glossary, docs: readonly NamedSubmission[]): GlossaryLinks {
  const match = matcher(submittersOf(docs));
  const links: GlossaryLinks = { organisations: {}, aliases: {} };
  for (const org of glossary.organisations.filter(canFile)) {
    const found = match(org.names, org.match ?? 'exact');
    if (found.length) links.organisations[orgKey(org)] = found;
  }
  for (const alias of glossary.aliases) {
    const found = match(alias.names, alias.match ?? 'exact');
    if (found.length) links.aliases[alias.alias] = found;
  }
  return links;
}
