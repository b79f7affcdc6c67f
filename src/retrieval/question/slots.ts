/**
 * A question read into slots, the way a task-oriented dialogue system reads an utterance: the
 * submitters it names and whether as authors or as what is talked about, names that match no
 * submitter, the categories of submitters, the cue words (count, list, yes/no, compare, summary,
 * submitted), and what is left: the topic. What the answer does is decided from the slots
 * (`kindOf`), so that two wordings of one question land in the same place.
 */
import type { NameHit, NameIndex } from '../names.js';
import { nameTokens } from '../names.js';
import { STOPWORDS } from '../text/stopwords.js';
import { terms } from '../text/tokenize.js';
import { glossaryForm } from '../i18n/thesaurus.js';
import { categoriesNamed, categoryMentions, categoryWordsEn, type Category } from './categories.js';
import { findCues, GENERIC_COUNTED, SMALL_BEFORE, type Cue, type CueMatch } from './cues.js';
import { describedOpeningEnd } from './intent.js';
import { attributionSpanEn, authorSpansEn, authorSpanZh, inTopicSlot, instrumentSpansEn, owningSpansEn, pronounSubject, type RoleSpan } from './roles.js';

export type Kind =
  /** A number of submissions: from the listing's categories, or of those that mention a topic. */
  | 'count'
  /** The submitters: of categories, or of those that mention a topic. */
  | 'list'
  /** Whether a named submitter filed anything. */
  | 'submitted'
  /** A name in an author slot that matches no submitter: nothing filed. */
  | 'not-submitted'
  /** A named submitter and a topic: tested on its own text before anything else. */
  | 'presence'
  /** A named submitter and no topic, or asked for its main points. */
  | 'outline'
  /** Two or more named submitters on one topic. */
  | 'comparison'
  /** Anything else: a search of the whole corpus. */
  | 'lookup';

export interface UnknownAuthor {
  /** The name as the question writes it. */
  name: string;
  /** Submitters with a close name, for "did you mean". */
  near: { alias: string; docIds: string[] }[];
}

export interface Slots {
  cues: Set<Cue>;
  cueMatches: CueMatch[];
  /** Submitter groups the question names ("universities", "非營利組織"), in order. */
  categories: Category[];
  /** Words that named the categories: never the topic. */
  categoryWords: string[];
  /** A Chinese question's: where its words for the categories asked about stand in its Simplified text. */
  categorySpansZh: { start: number; end: number }[];
  /** Asks about submissions the listing gives no category. */
  uncategorised: boolean;
  /** Asks who (said, raised, filed…): the answer is submitters. */
  asksWho: boolean;
  /** What a "which" asks for is several ("which submitters", "哪些"), not one ("which group", "哪家"). */
  pluralHead: boolean;
  /** The author spans that name a submitter: their words are the author, not the topic. */
  authorSpans: RoleSpan[];
  /** A name the listing credits submissions to, asked about as written ("credited to 'Anonymous'"). */
  creditedTo?: string;
  /** Submitters named as authors (or named and not in a topic slot). */
  authors: NameHit[];
  /** Submitters named where a topic stands ("mention OpenAI"): part of the topic. */
  topicNames: NameHit[];
  /** Names in author slots that match no submitter. */
  unknownAuthors: UnknownAuthor[];
}

export interface SlotDeps {
  names: NameIndex;
  /** Whether a name can author a submission (not a country or a product). */
  canAuthor: (name: string) => boolean;
  /** Whether a name found is a submitter's acronym that other submissions use as an ordinary word ("HTTP"): a name only where an author stands. */
  ordinaryAcronym?: (hit: NameHit) => boolean;
}

/** Words that may begin an author span without being part of the name. */
const LEADING = /^(the|a|an)\s+/i;
/** Words that make an author span a description or a group, not a name. */
const GENERIC_SPAN = /^(the )?(government|administration|congress|president|white house|public|people|industry|companies|firms|universities|states?|cities|individuals|commenters|submitters|respondents|authors?|researchers|experts|americans|groups|organi[sz]ations|most|many|some|others|everyone|nobody|anyone|someone|ai|they|them|it|its|their|either|neither|both|each|any|all|none|one|besides|also|however|instead|meanwhile|overall|finally|first|second|then|still|yet|moreover|furthermore)\b/i;

/** A name that begins this many submitters' names or fewer stands for them ("Los Angeles County"). */
const PREFIX_SUBMITTERS = 3;

/** A misspelt name is looked for only in spans this long: short ones match too much ("First Lady", "First Last"). */
const FUZZY_MIN_CHARS = 12;

/** Chinese verbs of saying or mentioning, after which a question names what it asks about. */
const SAYING_ZH = /提到|提及|谈到|談到|谈及|談及|涉及|讨论|討論|引用|点名|點名|批评|批評|说|說|主张|主張|建议|建議/;

/** Words that set names side by side: then every name may be an author. */
const COMPARING = /\b(compar\w*|contrast\w*|differ\w*|versus|vs\.?|both|agree\w*|disagree\w*)\b/i;

/** How many words of the span a name found in it must cover to stand for the whole span. */
const SPAN_COVERED = 0.5;

/**
 * Resolves the names of a question: every submitter found (exact aliases, then names in any
 * word order), those in topic slots set apart, and author spans that match nothing.
 */
function resolveNames(question: string, english: string, language: string, found: NameHit[], deps: SlotDeps, spans: RoleSpan[], owning: RoleSpan[] = []) {
  // A name in another word order counts only where an author stands ("North Dakota's state university system").
  const anyOrder = spans.flatMap((s) => deps.names.findAnyOrder(s.text)).filter((hit, i, all) => !found.some((f) => sameDocs(f, hit)) && all.findIndex((h) => sameDocs(h, hit)) === i);
  const all = [...found, ...anyOrder];
  // A name is in a topic slot when the words before its first occurrence say so.
  const topicNames: NameHit[] = [];
  const authors: NameHit[] = [];
  // With a pronoun for its subject ("what did they say about NSF?", "它說 NSF…"), a name outside an author slot is talked about.
  const pronounAt = pronounSubject(question, language);
  const describedEnd = language === 'zh' ? undefined : describedOpeningEnd(question);
  // Where a Chinese question writes a submitter in Latin script, by any of its names ("C2PA" for the Coalition for Content Provenance and Authenticity).
  const lower = question.toLowerCase();
  const writtenAtZh = new Map(
    (language === 'zh' ? all : []).map((hit) => {
      const at = [hit.alias, ...hit.docIds.flatMap((id) => deps.names.aliasesOf(id))].map((alias) => lower.indexOf(alias)).filter((i) => i >= 0);
      return [hit, at.length ? Math.min(...at) : -1];
    }),
  );
  const zhAt = (hit: NameHit) => writtenAtZh.get(hit) ?? -1;
  const within = (at: number, sp: RoleSpan | undefined) => sp !== undefined && at >= sp.start && at < sp.end;
  // A name inside the name of a law or a document ("the Cyber Land Grant University Act") is part of it.
  const instruments = language === 'zh' ? [] : instrumentSpansEn(question);
  // "Per X, …", "…, according to X": X is the author, and a name elsewhere is talked about, unless the question sets names side by side.
  const attribution = language === 'zh' || COMPARING.test(question) ? undefined : attributionSpanEn(question);
  const attributed = attribution !== undefined && all.some((hit) => within(firstOccurrence(question, hit.alias), attribution));
  for (const hit of all) {
    const at = firstOccurrence(question, hit.alias);
    // "How many HTTP requests": an acronym used as an ordinary word is a word of the topic, unless it stands where an author does.
    if (!spans.some((s) => within(at, s)) && deps.ordinaryAcronym?.(hit)) continue;
    // (Not a submitter whose own name ends in such a word: "America's Health Insurance Plans".)
    const inInstrument = instruments.some((sp) => within(at, sp) && !hit.alias.split(' ').includes(sp.text.split(/\s+/).pop()!.toLowerCase()));
    if (inInstrument || (attributed && !within(at, attribution))) {
      topicNames.push(hit);
      continue;
    }
    const inSpan = spans.some((s) => at >= s.start && at < s.end);
    const afterPronoun = pronounAt !== undefined && at > pronounAt;
    // A name owned by another ("China's AI progress", "Microsoft's OpenAI stake") is what is talked about; not one owned by a
    // name of its own submitter ("Stanford's HAI", of "Stanford CRFM, Stanford RegLab, and Stanford HAI").
    const owner = at > 0 && language !== 'zh' ? /([\p{L}\p{N}]+)['’]s?\s+$/u.exec(question.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase() : undefined;
    const owned = owner !== undefined && !hit.docIds.some((id) => deps.names.aliasesOf(id).some((alias) => alias.split(' ').includes(owner)));
    // So is one after the submitter the question opens by describing ("The founder of a small web business says Google's updates …"), unless in brackets, as its name.
    // A name set beside the description ("A trade group for chipmakers, the Semiconductor Industry Association, says …") is its name.
    const apposed = describedEnd !== undefined && /^[^.?!]{0,80}?[,(—–]\s*(the\s+)?$/i.test(question.slice(describedEnd, at)) && /^[^.?!]{0,3}[,)—–]/.test(question.slice(at + hit.alias.length));
    const afterDescribed = describedEnd !== undefined && at >= describedEnd && !apposed && !/\(\s*$/.test(question.slice(0, at));
    // In Chinese, a name after the verb of saying that follows another name is talked about, however far after it ("Getty Images 有沒有提到用浮水印或 C2PA …").
    const afterSaying = zhAt(hit) > 0 && all.some((other) => other !== hit && zhAt(other) >= 0 && zhAt(other) < zhAt(hit) && SAYING_ZH.test(question.slice(zhAt(other), zhAt(hit))));
    if (afterSaying || (at >= 0 && !inSpan && (inTopicSlot(question, at, language) || afterPronoun || owned || afterDescribed))) topicNames.push(hit);
    else if (at < 0 && pronounAt !== undefined && language === 'zh') topicNames.push(hit);
    else authors.push(hit);
  }
  const unknownAuthors: UnknownAuthor[] = [];
  const authorSpans: RoleSpan[] = [];
  // An owner ("Boise State's workshop") is looked up like an author, by its whole name, its initials or a name it begins, never by a near name, and one that matches none is left alone.
  const owners = owning.filter((o) => !spans.some((s) => o.start < s.end && o.end > s.start) && !inTopicSlot(question, o.start, language) && (nameTokens(o.text).length >= 2 || /^\p{Lu}{2,}$/u.test(o.text.trim())));
  for (const span of [...spans, ...owners]) {
    const owner = owners.includes(span);
    const text = span.text.replace(LEADING, '').trim();
    if (GENERIC_SPAN.test(text)) continue;
    // Lower-case words that end the question after its verb ("how many jobs are open?") are what is said of the subject, not a name.
    if (language !== 'zh' && !/\p{Lu}/u.test(text) && /^[\s?.!]*$/.test(question.slice(span.end))) continue;
    const tokens = nameTokens(text);
    if (tokens.length === 0 || tokens.length > 8) continue;
    const covering = all.find((hit) => {
      const words = new Set(hit.alias.split(' '));
      return tokens.filter((t) => words.has(t)).length >= Math.max(1, SPAN_COVERED * tokens.length) || hit.alias.split(' ').every((w) => tokens.includes(w));
    });
    if (covering) {
      authorSpans.push(fromName(span, covering.alias));
      continue;
    }
    const asked = tokens.filter((t) => t !== 'the');
    // A submitter's whole name written in lower case where an author stands ("did ericsson submit"): that submitter, not "no submission from ericsson".
    const whole = deps.names.lookupExact(asked.join(' '));
    if (whole.length > 0) {
      const hit = { alias: asked.join(' '), docIds: whole, start: 0, end: 0 };
      if (!authors.some((a) => sameDocs(a, hit))) authors.push(hit);
      authorSpans.push(span);
      continue;
    }
    // "The Ohio State University" for OSU, "Council on Governmental Relations" for COGR.
    // A submitter whose own full name has these initials but other words is not the one meant: "American Bar Association" is not the ABA of the American Bankers Association.
    const spelledOtherwise = (acronym: string, docIds: string[]) =>
      docIds.every((id) => deps.names.aliasesOf(id).some((alias) => initialsOf(alias).includes(acronym) && !asked.every((t) => alias.split(' ').includes(t))));
    const acronym = acronymsOfSpan(language === 'zh' ? (latinName(text) ?? '') : text).map((a) => ({ alias: a, docIds: deps.names.lookupExact(a) })).find((a) => a.docIds.length > 0 && !spelledOtherwise(a.alias, a.docIds));
    if (acronym) {
      if (!authors.some((a) => sameDocs(a, acronym))) authors.push({ ...acronym, start: 0, end: 0 });
      authorSpans.push(span);
      continue;
    }
    // "Acme" for "Acme Robotics Inc.", "Lee County" for the Lee County Business Council, "Utah" for its
    // government: the submitters whose names begin with it (a few at most; more, and no name is sure).
    const starting = language === 'zh' || nameLike(text) ? deps.names.startingWith(tokens.filter((t) => t !== 'the')) : [];
    if (starting.length > 0 && starting.length <= PREFIX_SUBMITTERS) {
      const hit = { alias: tokens.join(' '), docIds: [...new Set(starting.flat())], start: 0, end: 0 };
      if (!authors.some((a) => sameDocs(a, hit))) authors.push(hit);
      authorSpans.push(span);
      continue;
    }
    if (starting.length > PREFIX_SUBMITTERS || owner) continue;
    const fuzzy = text.length >= FUZZY_MIN_CHARS ? deps.names.closest(text) : undefined;
    if (fuzzy) {
      if (!authors.some((a) => sameDocs(a, fuzzy))) authors.push({ alias: fuzzy.alias, docIds: fuzzy.docIds, start: 0, end: 0 });
      authorSpans.push(span);
      continue;
    }
    const name = language === 'zh' ? latinName(text) : text;
    // A glossary term in lower case inside a Chinese question ("quantum computing 在多少份提交中被提到"): the English of its topic, not an organisation's name.
    if (language === 'zh' && name && !/\p{Lu}/u.test(name) && glossaryForm(terms(name)) !== undefined) continue;
    if (!name || !deps.canAuthor(name) || categoriesNamed(name.toLowerCase()).categories.length > 0 || (language !== 'zh' && !nameLike(name))) continue;
    // A possessive typed in lower case that names no submitter ("the public's", "industry's") is no organisation that filed nothing.
    if (language !== 'zh' && !/\p{Lu}/u.test(span.text) && /^['’]/.test(question.slice(span.end))) continue;
    // "the husband", "the writer": a common noun with its article is no name.
    if (language !== 'zh' && /^the\s/i.test(span.text) && !/\p{Lu}/u.test(text)) continue;
    unknownAuthors.push({ name, near: deps.names.nearest(name) });
  }
  return { authors: withBracketedNames(question, authors), topicNames, unknownAuthors, authorSpans };
}

/**
 * "The Global Data Alliance (GDA)": a name in brackets that names a submitter another author hit
 * names too is that author's other name, one side, not a second submitter to compare with it.
 */
function withBracketedNames(question: string, authors: NameHit[]): NameHit[] {
  const bracketed = new Set([...question.matchAll(/[(（]([^)）]{1,80})[)）]/g)].map((m) => nameTokens(m[1]!).join(' ')));
  if (bracketed.size === 0 || authors.length < 2) return authors;
  const out: NameHit[] = [];
  for (const hit of authors) {
    const same = bracketed.has(hit.alias) ? out.find((o) => o.docIds.some((d) => hit.docIds.includes(d))) : undefined;
    if (same) same.docIds = [...new Set([...same.docIds, ...hit.docIds])];
    else out.push({ ...hit, docIds: [...hit.docIds] });
  }
  return out;
}

/**
 * An author span from where the submitter's name begins in it: "Was copyright something OpenAI
 * addressed?" puts "copyright something OpenAI" where a subject stands, and the words before the
 * name are what is asked about. The span is kept whole when the name is not written in it as such.
 */
function fromName(span: RoleSpan, alias: string): RoleSpan {
  const at = firstOccurrence(span.text, alias);
  if (at <= 0) return span;
  // Lower-case words before the name, other than an article or a connector, are not part of it ("the American Bar Association" is).
  const before = span.text.slice(0, at).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (before.every((w) => /^(the|of|for|and|at|in|on|de|its)$/.test(w))) return span;
  return { text: span.text.slice(at), start: span.start + at, end: span.end };
}

/** Verbs a lower-case subject ends with in a question ("how much water do data centers use?"): never the last word of a name. */
const LOWER_CASE_VERBS = new Set('use need want get make have pay spend consume do say think see cost take give run build employ produce buy sell'.split(' '));

/** Capitalised words that are no names of their own. */
const COMMON_CAPITALS = new Set(['AI', 'US', 'USA', 'U.S.', 'EU', 'UK', 'I']);

/**
 * Whether words in an author slot read as a name: they begin with a capital ("Coinbase",
 * "General Dynamics"), or are a few plain words with no function words ("home depot"); not a
 * clause ("data centers use by 2030", "agency open its first American office").
 */
function nameLike(text: string): boolean {
  const words = text.replace(LEADING, '').split(/\s+/).filter(Boolean);
  if (words.some((w) => /^(its|their|his|her|our|my|your)$/i.test(w))) return false;
  if (/^\p{Lu}/u.test(words[0] ?? '') && !COMMON_CAPITALS.has(words[0]!.replace(/['’]s$/, ''))) return true;
  // "voice actors", "teachers": a group described, not a name.
  if (/[^s]s$/.test(words[words.length - 1] ?? '')) return false;
  // "data centers use": a plural before another word is a subject before its verb, not a name written in lower case.
  if (words.slice(0, -1).some((w) => /[^s']s$/.test(w)) || LOWER_CASE_VERBS.has(words[words.length - 1]!.toLowerCase())) return false;
  // "credited simply", "mostly focused": a verb or an adverb, not a name written in lower case.
  return words.length <= 3 && words.every((w) => /^[\p{Ll}&.'-]+$/u.test(w) && !STOPWORDS.has(w) && !/^(among|between|them|they|these|those|it|its|their|there|here)$/.test(w) && !/(ly|ed)$/.test(w));
}

/** The acronyms a capitalised name could go by: its initials, with and without its small words. */
function acronymsOfSpan(text: string): string[] {
  const words = text.replace(/['’]s$/, '').split(/[\s-]+/).filter(Boolean);
  if (words.length < 2 || words.length > 8) return [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length < 2 || words.some((w) => !/^\p{Lu}/u.test(w) && !/^(of|for|on|and|the|&|in|at|to)$/i.test(w))) return [];
  const withSmall = words.filter((w) => !/^the$/i.test(w)).map((w) => w[0]!).join('');
  const without = capitalised.filter((w) => !/^the$/i.test(w)).map((w) => w[0]!).join('');
  return [...new Set([without, withSmall])].filter((a) => a.length >= 2).map((a) => a.toLowerCase());
}

/** The acronyms a full name of several words (an alias, in lower case) could go by, as `acronymsOfSpan` reads a written name. */
function initialsOf(alias: string): string[] {
  return alias.includes(' ') ? acronymsOfSpan(alias.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())) : [];
}

/** The Latin-script name in a Chinese author span ("诺斯罗普·格鲁曼（Northrop Grumman）" → "Northrop Grumman"). */
function latinName(text: string): string | undefined {
  const latin = text.match(/[A-Za-z][A-Za-z0-9&.' -]*[A-Za-z0-9]/g);
  return latin?.sort((a, b) => b.length - a.length)[0]?.trim();
}

function firstOccurrence(question: string, alias: string): number {
  const words = alias.split(' ');
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(`[^\\p{L}\\p{N}]+(?:s[^\\p{L}\\p{N}]+)?`), 'iu');
  return pattern.exec(question)?.index ?? -1;
}

function sameDocs(a: { docIds: string[] }, b: { docIds: string[] }): boolean {
  return a.docIds.length === b.docIds.length && a.docIds.every((d) => b.docIds.includes(d));
}

/** "credited (simply) to 'Anonymous'", "filed under the name 'Anonymous'", "signed 'Anonymous'", "sent in as 'Anonymous'". */
const CREDITED = /\b(credited|attributed|signed|listed|filed|submitted|sent in|sent|posted|written)\s+(simply |only |just |merely )?(to|under|as|by)?\s*(?:the name\s+)?(?:["“'‘]([^"”'’]{2,60})["”'’]|\b(Anonymous)\b)/i;

const UNCATEGORISED = /\buncategori[sz]ed\b|\bno category\b|\bwithout a category\b|\b(don'?t|do not|does not|doesn'?t|never) appear (anywhere )?in\b[^?]*\b(listing|table|list)\b|\bnot (in|on) (the|nitrd'?s)?\s*(official )?(respondent )?(listing|table|list)\b|\bmissing from (the )?(official )?(listing|table|list)\b|未列入|没有类别|沒有類別|未分类|未分類/i;

export interface SlotInput {
  /** The question as asked. */
  question: string;
  /** Its English search text (the question itself, or a Chinese question's glossary bridge). */
  english: string;
  language: 'en' | 'zh' | 'other';
  /** A Chinese question in Simplified characters. */
  simplified?: string;
  /** Submitters found by their names (exact aliases). */
  named: NameHit[];
  /** Organisations a Chinese question names, in English (the glossary's), whether they filed or not. */
  organisations: string[];
  /** Whether an organisation of `organisations` is written inside a span of the question. */
  inSpan: (organisation: string, span: RoleSpan) => boolean;
}

export function readSlots(input: SlotInput, deps: SlotDeps): Slots {
  const { question, language } = input;
  const zh = language === 'zh';
  const cueMatches = [...findCues(question), ...(zh && input.simplified ? findCues(input.simplified, input.simplified) : [])];
  const cues = new Set(cueMatches.map((m) => m.cue));
  // "What does Google's AI Overview do, per The College Investor?": with a named source, the subject is what it talks about, not a second author.
  const attribution = zh || COMPARING.test(question) ? undefined : attributionSpanEn(question);
  // (The source by any of its names: "AWS … according to Amazon" finds Amazon's hit under "aws" first.)
  const attributed =
    attribution !== undefined &&
    (input.named.some((hit) => firstOccurrence(attribution.text, hit.alias) >= 0) || deps.names.lookupExact(nameTokens(attribution.text.replace(LEADING, '')).join(' ')).length > 0);
  const spans = zh ? [authorSpanZh(question)].filter((s): s is RoleSpan => s !== undefined) : authorSpansEn(question).filter((s) => !attributed || (s.start < attribution.end && s.end > attribution.start));
  const names = resolveNames(question, input.english, language, input.named, deps, spans, zh || attributed ? [] : owningSpansEn(question));
  // A category's word inside a submitter's name ("the National Association of Counties") names no category.
  const english = zh ? categoriesNamed(question.toLowerCase()) : askedCategories(question, cueMatches, names.authors.flatMap((a) => writtenAt(question, a.alias)));
  const chinese = zh && input.simplified ? askedCategoriesZh(input.simplified, findCues(input.simplified, input.simplified)) : { categories: [], words: [], spans: [] };
  const categories = [...new Set([...english.categories, ...chinese.categories])];
  // A share is of submissions only when the question says so: "what share of small businesses use AI" asks a fact.
  if (!cues.has('count') && !cues.has('counted') && categories.length === 0) cues.delete('percent');
  const categoryWords = [...english.words, ...chinese.words];
  // A Chinese question's organisations the glossary knows but the corpus does not: authors that filed nothing.
  if (zh) {
    const span = spans[0];
    for (const org of input.organisations) {
      if (names.authors.length > 0 || !span || !deps.canAuthor(org) || !input.inSpan(org, span)) continue;
      if (deps.names.lookup(org).length > 0 || names.unknownAuthors.some((u) => u.name === org)) continue;
      names.unknownAuthors.push({ name: org, near: deps.names.nearest(org) });
    }
    names.unknownAuthors = names.unknownAuthors.filter((u, i, all) => all.findIndex((x) => x.name.toLowerCase().includes(u.name.toLowerCase())) === i);
  }
  const uncategorised = UNCATEGORISED.test(question);
  // "Who raised CMMC?", "Whose letter …", "…, and who …": asked, not "the illustrators who ask for consent".
  const asksWho = /^\W*(and\s+)?(who|whom|whose)\b|[,;:]\s*(and\s+)?(who|whom|whose)\b|\?\s*(who|whom|whose)\b|谁|誰/i.test(question);
  // The noun a "which"/"list" asks for, as the counted cue found it: plural asks for several.
  const heads = cueMatches.filter((m) => m.cue === 'counted').map((m) => (zh ? '' : question.slice(m.start, m.end).split(/\s+/).pop() ?? ''));
  // "every state government", "any company": one member for the whole group.
  // "every think tank": one of a group no category names, as the counted cue found it.
  // (Not "every submission": a question about one may say what all the others do.)
  const everyOne =
    !zh &&
    (categories.length > 0
      ? /\b(every|each|all|any)\s+\w/i.test(question)
      : cueMatches.some((m) => m.cue === 'counted' && /^(every|each)\s/i.test(question.slice(m.start, m.end)) && !GENERIC_COUNTED.test(question.slice(m.start, m.end).split(/\s+/).pop() ?? '')));
  // "List every submitter that …", "name each commenter …": the request is for all of them, whatever the noun.
  const listsEvery = !zh && /\b(list|name|enumerate)\s+(every|each|all)\b/i.test(question);
  const pluralHead = zh ? /哪些|哪几|列出|名单|谁/.test(input.simplified ?? question) : everyOne || listsEvery || heads.some((h) => /(?<!s)s$|^(people|staff|individuals)$/i.test(h));
  const credited = CREDITED.exec(question);
  const creditedTo = credited ? (credited[4] ?? credited[5])?.trim() : undefined;
  return { cues, cueMatches, categories, categoryWords, categorySpansZh: chinese.spans, uncategorised, asksWho, pluralHead, ...(creditedTo ? { creditedTo } : {}), ...names };
}

/** Where a name's words are written in the question, whatever stands between them ("Code.org" for "code org"). */
function writtenAt(question: string, alias: string): { start: number; end: number }[] {
  const words = alias.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+'), 'giu');
  return [...question.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Words of the "about" cue that are nouns for what was sent ("the comments that companies sent in"), not a verb of saying. */
const NOUN_CUE = /^(comments?|views?|thoughts|stances?|positions?)$/;

/** Cues after which a category's word names whom the question asks about, or what it asks. */
const ROLE_CUES = new Set<Cue>(['about', 'count', 'list', 'submitted']);

/**
 * The categories an English question asks about as submitters ("Which universities discussed
 * startups?": universities), not those it asks about as a topic (startups; "What did Microsoft say
 * about universities?"). A category's word is the topic when the last cue before it asks what was
 * said ("discussed", "about"), unless the word is where submissions come from ("from companies",
 * "universities' comments").
 */
function askedCategories(question: string, cues: readonly CueMatch[], names: readonly { start: number; end: number }[] = []): { categories: Category[]; words: string[] } {
  const lower = question.toLowerCase();
  const mentions = categoryMentions(lower).filter((m) => !names.some((n) => n.start <= m.start && m.end <= n.end));
  // "Small businesses: in how many submissions does it come up?", "Universities: did X bring them up?": a phrase put before the question is what the question talks about.
  const fronted = /^[^:?!.]{2,80}?\s*(?::|\s[—–]\s)/.exec(lower)?.[0].length ?? 0;
  const talkedOfAfter = cues.some((c) => (c.cue === 'about' && c.start >= fronted) || (c.cue === 'yesno' && fronted > 0 && c.end > fronted));
  const asked = mentions.filter((m) => {
    if (m.end <= fronted && talkedOfAfter) return false;
    // "small businesses" is a topic (a kind of firm the submissions talk about), never the companies that filed.
    if (SMALL_BEFORE.test(lower.slice(0, m.start))) return false;
    const before = cues.filter((c) => ROLE_CUES.has(c.cue) && c.start < m.start && (c.cue !== 'about' || (c.end <= m.start && !NOUN_CUE.test(lower.slice(c.start, c.end))))).sort((a, b) => b.start - a.start)[0];
    if (before?.cue !== 'about') return true;
    return /\b(from|by|among|amongst|that|which|whose)\s+((the|all|other|many|some|most|those)\s+)?$/.test(lower.slice(0, m.start)) || /^['’]?s?\s+(submissions?|comments?|responses?|filings?|letters?)\b/.test(lower.slice(m.end));
  });
  // The words for an asked category's members ("the industry, professional and scientific associations") are no topic, but those the topic uses are ("small businesses").
  const talkedAbout = new Set(mentions.filter((m) => !asked.includes(m)).flatMap((m) => terms(m.text)));
  const categories = [...new Set(asked.map((m) => m.category))];
  return { categories, words: [...asked.map((m) => m.text), ...categories.flatMap(categoryWordsEn).filter((w) => !terms(w).some((t) => talkedAbout.has(t)))] };
}

/**
 * The same for a Chinese question (in Simplified characters): "哪些大學提到小企業" asks which
 * universities, about small businesses. A category's word is the topic inside "對…看法" or after
 * a word of saying ("談到", "提到"), unless it is where submissions come from ("來自公司的意見").
 */
function askedCategoriesZh(text: string, cues: readonly CueMatch[]): { categories: Category[]; words: string[]; spans: { start: number; end: number }[] } {
  const mentions = categoryMentions(text);
  const asked = mentions.filter((m) => {
    if (/(来自|由)$/.test(text.slice(0, m.start))) return true;
    // The head of a clause that says what they did ("列出提到数字孪生的大学", "提到核能的公司有几家"): who is asked for, not what is talked about.
    if (/的\s*$/.test(text.slice(0, m.start)) && /^\s*([？?。！!]|$|有哪|有几|有多少|是哪|一共|总共|共有|的?数量|的?名单)/.test(text.slice(m.end))) return true;
    const around = cues.some((c) => c.cue === 'about' && /^(对|关于)/.test(text.slice(c.start, c.end)) && c.start < m.start && c.end > m.start);
    const before = cues.filter((c) => ROLE_CUES.has(c.cue) && c.end <= m.start).sort((a, b) => b.end - a.end)[0];
    return !around && before?.cue !== 'about';
  });
  const talkedAbout = new Set(mentions.filter((m) => !asked.includes(m)).map((m) => m.category));
  const categories = [...new Set(asked.map((m) => m.category))];
  return { categories, words: [...asked.map((m) => m.text), ...categories.filter((c) => !talkedAbout.has(c)).flatMap(categoryWordsEn)], spans: asked.map(({ start, end }) => ({ start, end })) };
}

/** What the answer does, from the slots and whether a topic is left once they are taken out. */
export function kindOf(slots: Slots, topic: boolean): Kind {
  const { cues, authors, unknownAuthors, categories } = slots;
  if (authors.length === 0 && unknownAuthors.length > 0) return 'not-submitted';
  if (authors.length === 0) {
    if (cues.has('count') || cues.has('percent') || slots.creditedTo || slots.uncategorised) return 'count';
    // "Which trade associations …", "哪些大學 …", "Who raised …": submitters; "Which group asked …" (one) is looked up.
    return cues.has('list') && (slots.asksWho || (slots.pluralHead && (categories.length > 0 || cues.has('counted')))) ? 'list' : 'lookup';
  }
  // "How many times does ICBA show up?" counts a named submitter's filings; with a topic, it asks a fact of them.
  if ((cues.has('count') || cues.has('percent')) && !topic) return 'submitted';
  // "What are the main points X submitted?" asks for the submission's content, not whether it was filed.
  if (cues.has('submitted') && !topic && !cues.has('summary')) return 'submitted';
  if (authors.length > 1) return 'comparison';
  if (cues.has('summary') || !topic) return 'outline';
  return 'presence';
}
