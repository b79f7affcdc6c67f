import type { SubmissionMeta } from '../shared/types.js';
import { GLOSSARY } from './i18n/glossary.js';
import { canFile } from './i18n/glossary-schema.js';
import { loadIndex, type LoadedIndex, type LoadOptions } from './load-index.js';
import { acronymsOf, aliasesOf, NameIndex, nameTokens, ORGANISATION_LIKE } from './names.js';
import { bracketedShortForms, namePairs } from './name-pairs.js';
import { CorpusIndex } from './corpus-index.js';
import { QuestionAnalyzer } from './question/analyzer.js';
import { INSTRUMENT } from './question/roles.js';
import { Retriever } from './retriever.js';
import { FUSION_BY_EMBEDDER, type FusionWeights } from './calibration.js';
import { stem } from './text/tokenize.js';

/** A single-word alias made up by us (not a full name) must be rare in the corpus to count as a name. */
const MAX_ALIAS_CHUNK_SHARE = 0.01;
/** An acronym used as a word in this many chunks or more ("air") matches only in capitals. */
const COMMON_WORD_CHUNKS = 20;

/** What answers are made with over one loaded index: the read-only corpus index, what analyses questions against it, and the retriever that searches it. */
export interface RetrievalEngine {
  corpus: CorpusIndex;
  analyzer: QuestionAnalyzer;
  retriever: Retriever;
}

export async function openEngine(dir: string, options: LoadOptions & { weights?: FusionWeights } = {}): Promise<RetrievalEngine> {
  return engineFor(await loadIndex(dir, options), options.weights);
}

/** The engine over a loaded index, with the fusion weights of its embedder unless others are given. */
export function engineFor(index: LoadedIndex, weights: FusionWeights = FUSION_BY_EMBEDDER[index.manifest.embedder.kind]): RetrievalEngine {
  const corpus = new CorpusIndex(index, buildNameIndex(index));
  return { corpus, analyzer: new QuestionAnalyzer(corpus, knownOrganisations, canAuthor), retriever: new Retriever(corpus, weights) };
}

export function buildNameIndex(index: LoadedIndex): NameIndex {
  // An English alias ("CMU") is a name of the submitters the index links it to.
  const extraByName = new Map<string, string[]>();
  for (const [alias, names] of Object.entries(index.glossaryLinks.aliases)) {
    for (const name of names) {
      const key = nameTokens(name).join(' ');
      extraByName.set(key, [...(extraByName.get(key) ?? []), alias]);
    }
  }
  const maxChunks = index.chunkDoc.length * MAX_ALIAS_CHUNK_SHARE;
  const fullNames = (meta: SubmissionMeta) =>
    new Set([meta.submitter, meta.respondentName, meta.organization, meta.coverName].filter((n): n is string => !!n).map((n) => nameTokens(n).join(' ')));
  return new NameIndex(
    index.docs.map((meta, doc) => {
      const full = fullNames(meta);
      const extra = [...full].flatMap((name) => extraByName.get(name) ?? []);
      extra.push(...ownNames(meta, full, openingOf(index, doc)));
      const acronyms = acronymsOf(meta);
      const common = (alias: string) => index.bm25.documentFrequency(stem(alias)) > maxChunks;
      const aliases = [...aliasesOf(meta, extra), ...acronyms].filter(
        (alias, i, all) => all.indexOf(alias) === i && (alias.includes(' ') || full.has(alias) || acronyms.includes(alias) || extra.some((e) => nameTokens(e).join(' ') === alias) || !common(alias)),
      );
      // An acronym that is also a common word ("air") names the submitter only in capitals.
      const capitalsOnly = acronyms.filter((a) => index.bm25.documentFrequency(stem(a)) >= COMMON_WORD_CHUNKS);
      // A one-word name that is also a common word ("Cover") names the submitter only capitalised.
      const capitalisedOnly = aliases.filter((a) => !a.includes(' ') && !acronyms.includes(a) && index.bm25.documentFrequency(stem(a)) >= COMMON_WORD_CHUNKS);
      return { docId: meta.id, aliases, capitalsOnly, capitalisedOnly, organisation: meta.category !== 'Individuals' || !!meta.organization || ORGANISATION_LIKE.test(meta.submitter) };
    }),
  );
}

/** The most words of a listed name looked for right before a short form in brackets. */
const OWN_NAME_WORDS = 10;

/** Chunks of a submission read for the names it gives itself ("Hewlett Packard Enterprise (HPE)"). */
const OPENING_CHUNKS = 2;

function openingOf(index: LoadedIndex, doc: number): string {
  const first = index.firstChunk[doc]!;
  const end = Math.min(index.firstChunk[doc + 1]!, first + OPENING_CHUNKS);
  let text = '';
  for (let c = first; c < end; c++) text += `${index.store.text(c)}\n`;
  return text;
}

/**
 * The other name a submission gives itself in its opening: the long form of its short name
 * (listed as "HPE", doc id "LCA-…"), or the short form of its long name ("Nuclear Energy Institute (NEI)").
 */
function ownNames(meta: SubmissionMeta, full: ReadonlySet<string>, opening: string): string[] {
  const stem = meta.id.replace(/[-_ ]*(AI[-_ ]*)?RFI[-_ ]*2025.*$/i, '').toLowerCase();
  const out: string[] = [];
  for (const { long, short } of namePairs(opening)) {
    const shortKey = nameTokens(short).join('');
    const longKey = nameTokens(long).join(' ');
    if (shortKey === stem.replace(/[^a-z0-9]/g, '') || full.has(shortKey) || full.has(nameTokens(short).join(' '))) out.push(long);
    else if (full.has(longKey)) out.push(short);
  }
  // Its own name, then a short one in brackets: that is its name too, spelled from the long one or not ("Business Federation (BizFed)").
  for (const { short, before } of bracketedShortForms(opening)) {
    const tokens = nameTokens(before);
    if (tokens.some((_, i) => i >= tokens.length - OWN_NAME_WORDS && full.has(tokens.slice(i).join(' ')))) out.push(short);
  }
  return [...new Set(out)];
}

const ORGS = GLOSSARY.organisations;
const ORG_NAMES = [...new Set(ORGS.filter(canFile).flatMap((o) => o.names))];
const AUTHOR_NAMES = new Set(ORG_NAMES);
const NOT_AUTHORS = new Set(ORGS.filter((o) => !canFile(o)).flatMap((o) => o.names));

/** Whether a name can be the author of a submission: an organisation or person, or unknown; not only a country, product, law or document. */
export function canAuthor(name: string): boolean {
  return AUTHOR_NAMES.has(name) || (!NOT_AUTHORS.has(name) && !INSTRUMENT.test(name.trim()));
}
const ORG_PATTERNS = ORG_NAMES.map((name) => ({ name, pattern: new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) }));

/** Organisations from the glossary that an English question names (case-sensitive, whole words). */
export function knownOrganisations(text: string): string[] {
  return ORG_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
}
