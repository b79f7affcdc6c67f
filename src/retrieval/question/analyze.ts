import { GLOSSARY, type GlossaryLinks } from '../i18n/glossary.js';
import { bridgeQuery, type BridgeResult } from '../i18n/query-bridge.js';
import { toSimplified } from '../i18n/script.js';
import { latinRuns, latinRunsAt, latinTokens } from '../i18n/latin.js';
import { nameTokens, shortenedForms, type NameHit, type NameIndex } from '../names.js';
import { terms } from '../text/tokenize.js';
import { answerTypes, type AnswerType } from './answer-type.js';
import { categoryMentions, describedCategory, type Category } from './categories.js';
import { asksForAction, describesOneSubmitter, type Intent } from './intent.js';
import type { Respelling } from '../text/spelling.js';
import { COUNT_QUALIFIERS, findCues, GENERIC_COUNTED, uncategorisedListed, type Cue, type CueMatch } from './cues.js';
import { kindOf, readSlots, type Kind } from './slots.js';
import { authorSpanZh } from './roles.js';
import { englishPieces } from '../evidence/mentions.js';
import { topicGroups, topicTermsOf, type TopicGroup } from './topic.js';

/** What a question asks for, before any search. */
export interface AnalyzedQuestion {
  original: string;
  language: 'en' | 'zh' | 'other';
  /** English text to search with (the question itself, or its glossary bridge). */
  searchText: string;
  /** Submitters named in the question. */
  named: NameHit[];
  /** Organisations the question asks about as authors that filed nothing here. */
  absentAuthors: string[];
  /** A name no submission writes, read as the submitter its spelling is closest to ("Antropic" → Anthropic). */
  readAs?: { written: string; name: string };
  /** Misspelt words no submission writes, read as the common words one letter away ("univeristies" → universities). */
  respelt?: Respelling[];
  /** Submitters whose names are close to those of `absentAuthors` ("did you mean"). */
  nearNames: { alias: string; docIds: string[] }[];
  /** What the answer does, decided from the question's slots. */
  kind: Kind;
  /** The cue words found (count, list, yes/no, compare, summary, submitted, follow-up cues). */
  cues: Cue[];
  /** Asks about the submissions the listing gives no category. */
  uncategorised: boolean;
  /**
   * A count or a list of a kind no respondent category names ("how many think tanks …", "which think
   * tanks discussed …"): the kind as written. The count is of the submissions that mention it; the
   * list is of every submitter on the rest of the topic.
   */
  countedWithoutCategory?: string;
  /** A name the listing credits submissions to, asked about ("credited to 'Anonymous'"). */
  creditedTo?: string;
  /** The topic as written, without cue, corpus and category words (a Chinese question's: its English bridge). */
  topicText: string;
  /** What a count or list may be about: candidates, each with its other names (see `mentionedIn`). */
  topicPieces: string[][];
  /** Category the wording implies ("which universities …"), used as a soft preference. */
  impliedCategory?: string;
  /** What the question wants done: look something up, count, list submitters, yes/no, an outline. */
  intent: Intent;
  /** Categories a count or list is over ("which universities …", "有多少家公司"): a filter. */
  categories: Category[];
  /** What kind of thing the answer should contain (a number, a date, a place, a name). */
  answerTypes: AnswerType[];
  /** Search terms of the topic: the question's terms without framing words and submitter names. */
  topic: string[];
  /**
   * A Chinese question's words the glossary lacks, read in the general dictionary: each word's
   * senses as search terms. Searched and weighed with the topic, never one of its concepts.
   */
  looseSenses: string[][][];
  /**
   * A Chinese question's topic when the glossary reads none of it and some of its characters not
   * even the dictionary reads ("氫能", "碳捕捉"): a count or a list on it cannot be made, and says
   * so rather than count every submission.
   */
  unreadTopic: string[];
  /** The topic as groups of alternatives, for the test of whether a submission addresses it. */
  groups: TopicGroup[];
  /** Search terms of the submitter names the question contains. */
  nameTerms: string[];
  /** About one submitter it describes without naming ("A Writers Guild member argued …"). */
  described: boolean;
  /** Asks who ("Who signed …?", "…, and who …", "誰…"): a name is asked for. */
  asksWho: boolean;
  /** Asks what a submitter wants done: recommendation statements answer it. */
  wantsAction: boolean;
  bridge?: BridgeResult;
  /** A Chinese question's bridge without its cue, category and author words: what its topic is read from. */
  topicBridge?: BridgeResult;
}

/** Verbs of a count of submissions ("how many people submitted", "how many mention …"), as against a count a submission tells. */
const FILINGS_COUNTED = /\b(submi\w*|comment\w*|file[ds]?|filing|respon\w*|mention\w*|discuss\w*|rais\w*|wr[io]te|written|sen[dt]|sending|brought up|bring up|talk\w* about|weigh\w* in|submissions?|commenters?|submitters?|respondents?)\b/i;

/** Who within a submitter speaks ("Microsoft's chief economist", "the union's president"): its author still. */
const ROLE_TERMS = new Set(
  terms('chief economist economists president vice ceo cto founder founders director directors counsel officer officers executive executives head staff team teams researchers experts lawyers spokesperson leadership leaders members member board chair chairman officials scientists engineers'),
);

/** The glossary's names of states, cities and countries. */
const PLACES = new Set(GLOSSARY.organisations.filter((o) => o.kind === 'government' || o.kind === 'country').flatMap((o) => o.names.map((n) => n.toLowerCase())));
const isPlace = (name: string): boolean => PLACES.has(name.toLowerCase());

/** Places written right after an author's name, after a comma ("Frederick County, Maryland"), or right before it ("Maryland's Frederick County"). */
function placesBesideAuthors(question: string, written: readonly string[]): string[] {
  const lower = question.toLowerCase();
  const out: string[] = [];
  for (const name of written) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      // The place is one to three capitalised words: the shortest run that is one ("Did Maryland's …" is Maryland).
      const after = (/^\s*,\s*((?:\p{Lu}[\p{L}.]*\s?){1,3})/u.exec(question.slice(at + name.length))?.[1] ?? '').replace(/['’]s\b/, '').trim().split(/\s+/);
      const before = (/((?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*)['’]s?\s+$/u.exec(question.slice(0, at))?.[1] ?? '').split(/\s+/);
      const place = [1, 2, 3].map((n) => after.slice(0, n).join(' ')).find(isPlace) ?? [1, 2, 3].map((n) => before.slice(-n).join(' ')).find(isPlace);
      if (place) out.push(place);
    }
  }
  return out;
}

/** Words that describe the corpus itself (the plan, the request, the listing), never a topic. */
const CORPUS_FRAME = /\b(the\s+)?(2025\s+)?(us\s+|u\.s\.\s+)?(ai\s+)?action\s+plan('s)?\b|\brequest\s+for\s+information\b|\brfi\b|\bwhite\s+house\b|\bostp\b|\bnitrd('s)?\b|\b(official\s+)?(respondent\s+)?(listing|table)\b|\bpublic\s+(comments?|submissions?)\b|\bofficial\s+respondent\s+categor(y|ies)\b|\bcategor(y|ies)\b|\bamong\s+the\s+submissions\b|\b(classif(y|ies|ied)|categori[sz](e|es|ed)|label(s|led|ed)?|list(s|ed)|file(s|d)|count(s|ed)?|put(s)?|place(s|d)?)\s+(them\s+|it\s+)?(as|under|in)\b/gi;

/**
 * Whom a request is made of, right after the asking verb ("ask the federal government to", "urge
 * Congress to", "want federal agencies to"): every submission asks the government for something, so
 * the addressee is how the question asks, not its topic. The verb is left; it is a frame word too.
 */
const ADDRESSEE = /\b(ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|want(?:s|ed|ing)?|request(?:s|ed|ing)?|tell(?:s|ing)?|told|press(?:es|ed|ing)?|petition(?:s|ed|ing)?|lobb(?:y|ies|ied|ying))\s+(?:the\s+)?(?:u\.?s\.?\s+|us\s+|federal\s+|national\s+)?(?:government|administration|congress|agencies|lawmakers|policymakers|washington)\b/gi;

/**
 * A sentence about the asker put before the question ("I'm researching this for an article.",
 * "I'm a student. …"): it says nothing of what is asked. One that names anything capitalised
 * (a submitter: "I'm reading Microsoft's comment.") is kept.
 */
const ASKERS_PREAMBLE = /^\s*(?:(?:hi|hello|hey)[,!.]?\s+)?(?:i['’]m|i am|i['’]ve been|i have been|i['’]d like|i would like|i want|i need|we['’]re|we are)\b[^.?!:]*[.!:]\s+(?=\S)/i;

function withoutAskersPreamble(question: string): string {
  const preamble = ASKERS_PREAMBLE.exec(question)?.[0];
  if (!preamble) return question;
  const rest = question.slice(preamble.length);
  const named = preamble.split(/\s+/).slice(1).some((word) => /^\p{Lu}/u.test(word) && !/^(I(['’]\w+)?|AI)[.,!:]?$/.test(word));
  return named || !/\?|^(what|which|who|how|did|does|do|is|are|was|were|has|have|can|could|tell|list|name|show|compare)\b/i.test(rest) ? question : rest;
}

export function analyzeQuestion(
  written: string,
  names: NameIndex,
  knownOrganisations: (text: string) => string[],
  canAuthor: (name: string) => boolean = () => true,
  /** The index's links from glossary organisations to submitters, for Chinese questions. */
  links?: GlossaryLinks,
  /** Whether a name found is an acronym the corpus uses as an ordinary word (see `SlotDeps`). */
  ordinaryAcronym: (hit: NameHit) => boolean = () => false,
): AnalyzedQuestion {
  void knownOrganisations;
  const question = withoutAskersPreamble(written);
  const bridge = bridgeQuery(question, links);
  const language = bridge.language;
  const zh = language === 'zh';
  const searchText = zh ? [...bridge.organisations, ...bridge.latinTokens, ...bridge.englishTerms].join(' ') : question;
  // A Chinese question's Latin words are read as they run too, small words and lower case included: a name written so is found whole.
  const runs = zh ? latinRuns(question) : [];
  const simplified = zh ? toSimplified(question) : undefined;
  const composed = simplified !== undefined ? composedNames(bridge, names, simplified) : [];
  const found = dedupeHits([
    ...composed.map((c) => c.hit),
    ...[...names.find(searchText), ...[...(zh ? bridge.submitters : []), ...runs].flatMap((s) => names.find(s)), ...runs.flatMap((run) => wholeName(run, names))].filter((hit) => !composed.some((c) => hit.docIds.some((id) => c.within.includes(id)))),
  ]);
  // The topic is what is left without cue words, corpus words, category words and the authors' names.
  const withoutCues = (text: string, matches: { start: number; end: number; frame: boolean }[]) => {
    const cut = new Uint8Array(text.length);
    for (const m of matches) if (m.frame) cut.fill(1, m.start, m.end);
    return [...text].map((c, i) => (cut[i] ? ' ' : c)).join('');
  };
  // A Chinese question's topic: the bridge of what is left once its cue and category words are out
  // (its Latin words and the English of its glossary terms; organisations only when they are places).
  let topicBridge: BridgeResult | undefined;
  /** What is left of a Chinese question once its cue, category, corpus words and names are out. */
  let zhRest = '';
  const zhTopic = (authors: readonly NameHit[], unknown: readonly string[]): string[][] => {
    const authorDocs = new Set(authors.flatMap((a) => a.docIds));
    const isAuthor = (name: string) => names.find(name).some((hit) => hit.docIds.some((d) => authorDocs.has(d)));
    // Cue and category words inside an organisation's name are part of it: 美國商會 keeps its 商會, or 美國 is left as the topic.
    const orgSpans = bridge.matches.filter((m) => m.kind === 'org').flatMap((m) => occurrences(simplified!, m.zh).map((start) => ({ start, end: start + m.zh.length })));
    const outsideOrgs = (sp: { start: number; end: number }) => !orgSpans.some((o) => sp.start < o.end && sp.end > o.start);
    // A category's word the question talks about ("是否談到小企業") is its topic, not a word for what is counted.
    const talkedAbout = categoryMentions(simplified!).filter((m) => !slots.categorySpansZh.some((sp) => sp.start === m.start && sp.end === m.end));
    const cues = findCues(simplified!, simplified!).filter((c) => c.cue !== 'counted' || !talkedAbout.some((m) => c.start < m.end && c.end > m.start));
    // Of a named submitter, only the asking words of a count are cut ("多少創作者": the creators are what its text is asked about).
    const asked = (c: CueMatch): CueMatch => {
      if (c.cue !== 'count' || authors.length === 0) return c;
      const word = /^(多少|[几幾])(份|家|个|位|所|篇|名)?/.exec(simplified!.slice(c.start, c.end));
      return word ? { ...c, end: c.start + word[0].length } : c;
    };
    const inCount = (sp: { start: number; end: number }) => authors.length > 0 && cues.some((c) => c.cue === 'count' && sp.start >= c.start && sp.end <= c.end);
    const zhCut = [...cues.map(asked), ...slots.categorySpansZh.filter((sp) => !inCount(sp)).map((sp) => ({ ...sp, frame: true }))].filter(outsideOrgs);
    // The corpus named as a whole ("这次公众意见征集") goes first, before its cue words ("意见") are cut out of it.
    const unframed = simplified!.replace(CORPUS_FRAME_ZH, (frame) => ' '.repeat(frame.length));
    // A place written in the author's words, beside its name ("马里兰州弗雷德里克县"), says where the author is: no topic.
    const authorSpan = authors.length > 0 ? authorSpanZh(simplified!) : undefined;
    const placesOfAuthor = authorSpan ? bridge.matches.filter((m) => m.kind === 'org' && m.en.some(isPlace) && !m.en.some(isAuthor) && authorSpan.text.includes(m.zh)).map((m) => m.zh) : [];
    const withoutPlaces = (text: string) => placesOfAuthor.reduce((t, place) => t.replace(place, ' '.repeat(place.length)), text);
    const restText = withoutNames(composed.reduce((text, c) => text.split(c.zh).join(' '), withoutPlaces(withoutCues(unframed, zhCut))), [...authors.map((a) => a.alias), ...unknown.map((u) => nameTokens(u).join(' '))]).replace(LATIN_CATEGORY, ' ').replace(CORPUS_FRAME_ZH, ' ');
    zhRest = restText;
    const rest = bridgeQuery(restText, links);
    // Each glossary term is one thing with its English names; an organisation outside the author's place is talked about.
    topicBridge = { ...rest, matches: rest.matches.filter((m) => m.kind !== 'org' || !m.en.some(isAuthor)), latinTokens: rest.latinTokens.filter((t) => !isAuthor(t)) };
    return latinBeforeTerms(restText, topicBridge);
  };
  // An English question's authors are left out where they are written, so the words the topic shares with their names stay ("Did the Copyright Alliance discuss copyright?").
  let writtenNames: string[] = [];
  // "How many creators does the Copyright Alliance say it represents?": of a named submitter, what is counted is what its text is asked about, unless it is the submissions themselves.
  const ownCount = (m: CueMatch): CueMatch => {
    if (m.cue !== 'count' || slots.authors.length === 0) return m;
    const words = question.slice(m.start, m.end);
    const asked = /^(how many|(the )?(total )?number of)\s+/i.exec(words);
    const thing = asked ? words.slice(asked[0].length).split(/\s+/).filter((w) => !GENERIC_COUNTED.test(w.replace(/[^\w]/g, '')) && !COUNT_QUALIFIERS.test(w.replace(/[^\w]/g, ''))) : [];
    return asked && thing.length ? { ...m, end: m.start + asked[0].length } : m;
  };
  const englishTopic = () => {
    const asWritten = WORD_ASKED.test(question);
    const text = withoutNames(withoutCues(question, findCues(question).map(ownCount)), writtenNames, 1).replace(CORPUS_FRAME, ' ').replace(CONFIRMING, ' ').replace(asWritten ? APPEARS : /$^/, ' ');
    // The addressee goes where something else is asked about: "What did X ask Congress to do?" is about what X asks of Congress.
    const addressed = text.replace(ADDRESSEE, '$1');
    return topicTermsOf(addressed).length > 0 ? addressed : text;
  };
  const slots = readSlots(
    {
      question,
      english: searchText,
      language,
      ...(simplified ? { simplified } : {}),
      named: found,
      organisations: zh ? bridge.organisations : [],
      inSpan: (org, span) => {
        const text = toSimplified(span.text).toLowerCase();
        return text.includes(org.toLowerCase()) || bridge.matches.some((m) => m.kind === 'org' && m.en.includes(org) && text.includes(m.zh.toLowerCase()));
      },
    },
    { names, canAuthor, ordinaryAcronym },
  );
  // With its words as people shorten them ("American Bankers Assn").
  const nameTermsOf = (hits: NameHit[]) => [...new Set(hits.map((hit) => hit.alias).flatMap((name) => [...terms(name), ...terms(shortenedForms(name).join(' '))]))];
  if (!zh) writtenNames = slots.authors.map((a) => a.alias).filter((alias) => withoutNames(question, [alias], 1) !== question);
  const unwritten = slots.authors.filter((a) => !writtenNames.includes(a.alias));
  // A Chinese question's organisations come back as English names: "Intel Corporation" is a name too.
  const namedOrganisations = zh ? bridge.organisations.filter((org) => names.find(org).length > 0 && !slots.topicNames.some((t) => names.find(org).some((h) => h.docIds.some((d) => t.docIds.includes(d))))) : [];
  // An author span's words are the author ("North Dakota's state university system"), not the topic.
  // After its author's name written whole, a span's words are a thing of the author or what it did, the topic ("Pindrop's technology
  // screen every year", "did applied digital save north dakota ratepayers"), unless they say who in it spoke ("Microsoft's chief
  // economist") or, capitalised, go on with its name ("HL7 International"). Words before the name are the author's ("the state's").
  const spanTerms = zh
    ? []
    : slots.authorSpans.flatMap((s) => {
        const lower = s.text.toLowerCase();
        const written = writtenNames.map((name) => ({ name, at: lower.indexOf(name) })).filter((w) => w.at >= 0).sort((a, b) => a.at - b.at)[0];
        if (!written) return terms(withoutNames(s.text, writtenNames, 1));
        const after = s.text.slice(written.at + written.name.length).replace(/^['’]s?/, '').replace(/^(\s+[\p{Lu}\d][\p{L}\d&.-]*)+/u, '');
        const topicAfter = new Set(terms(after).filter((t) => !ROLE_TERMS.has(t)));
        return terms(withoutNames(s.text, writtenNames, 1)).filter((t) => !topicAfter.has(t));
      });
  // A place set beside an author's name says where the author is ("Frederick County, Maryland", "Maryland's Frederick County"): no topic.
  const placeTerms = zh ? [] : placesBesideAuthors(question, writtenNames).flatMap((place) => terms(place));
  // An acronym in brackets after a submitter's name is its name too ("the Coalition for Content Provenance and Authenticity (C2PA)").
  const acronymTerms = zh ? [] : bracketedAfterNames(question, slots.authors).flatMap((a) => terms(a));
  const nameTerms = [...new Set([...nameTermsOf(slots.authors), ...namedOrganisations.flatMap((name) => terms(name)), ...spanTerms, ...acronymTerms])];
  // A Chinese question's topic leaves its authors out where they are written (their place and their names), so the words it shares with them stay ("NEI … 核電" keeps "nuclear").
  const frameNames = [...nameTermsOf(unwritten), ...spanTerms, ...acronymTerms, ...placeTerms];
  // "How much money …": the money is what is asked for, a figure with a currency, not a word the text must hold.
  const asked = !zh && answerTypes(question).includes('money') ? terms(MONEY_WORDS) : [];
  const frame = new Set([...(zh ? [] : frameNames), ...slots.categoryWords.flatMap((w) => terms(w)), ...(zh ? terms(CORPUS_WORDS_EN) : []), ...asked]);
  let topicPieces = zh ? zhTopic(slots.authors, slots.unknownAuthors.map((u) => u.name)) : englishPieces(englishTopic());
  let topicText = zh ? topicPieces.map((p) => p.join(' ')).join(' ') : englishTopic();
  let topic = topicTermsOf(topicText, frame);
  // A Chinese question's words the glossary lacks are a topic too, read in the dictionary ("它僱用了多少名工程師" is no question of whether it filed).
  const looseSenses = zh ? looseWords(topicBridge ?? bridge, new Set([...topic, ...frame, ...nameTerms])) : [];
  let kind = kindOf(slots, topic.length > 0 || looseSenses.length > 0);
  // "Which think tanks discussed export controls?": no category says who is a think tank, so the list is of everyone on the rest of the topic.
  const listedMatch = !zh && kind === 'list' && slots.categories.length === 0 ? slots.cueMatches.find((m) => m.cue === 'counted') : undefined;
  const listedThing = listedMatch ? uncategorisedListed(question.slice(listedMatch.start, listedMatch.end)) : undefined;
  let listedApart: string | undefined;
  if (listedThing) {
    const rest = topicText.replace(listedThing, ' ');
    const restTopic = topicTermsOf(rest, frame);
    if (restTopic.length > 0) {
      topicText = rest;
      topicPieces = englishPieces(rest);
      topic = restTopic;
      kind = kindOf(slots, true);
      listedApart = listedThing;
    }
  }
  // "有位留言者說，他們只希望 AI 幫忙做哪些家務？", "A commenter said what share of diagnoses were wrong?": one submitter described, asked about its text, neither a list of submitters nor a count of them.
  // So does "… how many people did the company employ?": a count of what the submitter's text tells, not of filings ("how many people submitted").
  const countAt = slots.cueMatches.find((m) => m.cue === 'count');
  const countsFilings = !countAt || zh || FILINGS_COUNTED.test(/^[^?.!;]*/.exec(question.slice(countAt.start))![0]);
  if (slots.authors.length === 0 && (kind === 'list' || kind === 'count') && describesOneSubmitter(question) && (!slots.cues.has('count') || !countsFilings)) kind = 'lookup';
  const described = slots.authors.length === 0 && kind === 'lookup' && describesOneSubmitter(question);
  const countedThing = zh ? undefined : (slots.cueMatches.find((m) => m.cue === 'count' && m.thing)?.thing ?? listedApart);
  const analyzed: Omit<AnalyzedQuestion, 'groups'> = {
    original: question,
    language,
    searchText,
    named: slots.authors,
    absentAuthors: kind === 'not-submitted' ? slots.unknownAuthors.map((u) => u.name) : [],
    nearNames: kind === 'not-submitted' ? slots.unknownAuthors.flatMap((u) => u.near) : [],
    ...(slots.categories.length === 1 && kind !== 'count' && kind !== 'list' ? { impliedCategory: slots.categories[0] } : described && !zh && slots.categories.length === 0 ? describedKind(question) : {}),
    intent: intentOfKind(kind, slots.cues.has('yesno')),
    kind,
    categories: kind === 'count' || kind === 'list' ? slots.categories : [],
    uncategorised: slots.uncategorised,
    ...(slots.creditedTo ? { creditedTo: slots.creditedTo } : {}),
    ...((kind === 'count' || kind === 'list') && slots.categories.length === 0 && countedThing ? { countedWithoutCategory: countedThing } : {}),
    topicText: topicText.replace(/\s+/g, ' ').trim(),
    topicPieces,
    cues: [...slots.cues],
    answerTypes: answerTypes(question),
    topic,
    looseSenses,
    unreadTopic: zh && topic.length === 0 && unreadWords(topicBridge).length > 0 ? hanRuns(zhRest) : [],
    nameTerms,
    described,
    asksWho: slots.asksWho,
    wantsAction: asksForAction(question),
    ...(zh ? { bridge } : {}),
    ...(topicBridge ? { topicBridge } : {}),
  };
  return { ...analyzed, groups: topicGroups(analyzed) };
}

/**
 * A Chinese topic's pieces, each with its English names: a glossary term's, a Latin word's, and a
 * Latin name written right before a glossary word as one thing ("CHIPS 法案": "CHIPS Act", not
 * "CHIPS" and "Act", which a count would take for every act or bill).
 */
function latinBeforeTerms(text: string, bridge: BridgeResult): string[][] {
  const lower = text.toLowerCase();
  const joined = new Map<number, string>();
  for (const token of bridge.latinTokens) {
    const end = lower.indexOf(token.toLowerCase());
    if (end < 0) continue;
    const after = lower.slice(end + token.length);
    const term = bridge.matches.findIndex((m) => m.kind === 'term' && !joined.has(bridge.matches.indexOf(m)) && after.startsWith(m.zh.toLowerCase(), after.length - after.trimStart().length));
    if (term >= 0) joined.set(term, token);
  }
  const used = new Set(joined.values());
  // Latin words side by side ("water consumption") are one phrase, as in an English question; a word alone stays one.
  // (Only runs of the topic's own words: what is left of an author's name is no phrase of it.)
  const topicTokens = new Set(bridge.latinTokens.map((t) => t.toLowerCase()));
  const phrases = latinRunsAt(text).filter((run) => !used.has(run.text) && latinTokens(run.text).every((t) => topicTokens.has(t.toLowerCase())));
  const lone = (token: string) => !used.has(token) && !phrases.some((run) => new RegExp(`(^|[^A-Za-z0-9])${escaped(token)}($|[^A-Za-z0-9])`, 'i').test(run.text));
  const placed = (token: string) => {
    const start = lower.indexOf(token.toLowerCase());
    return { text: token, start, end: start + token.length };
  };
  const runs = [...phrases, ...bridge.latinTokens.filter(lone).map(placed)].filter((run) => run.start >= 0);
  // "幻觉（hallucination）", "quantum computing（量子计算）": the asker's own English for a term is its first name, what a count counts.
  const glossed = new Map<number, string>();
  for (const run of runs) {
    const term = bridge.matches.findIndex(
      (m, i) =>
        m.kind === 'term' &&
        !glossed.has(i) &&
        (new RegExp(`${escaped(m.zh)}\\s*[(（]\\s*$`).test(text.slice(0, run.start)) || new RegExp(`^\\s*[(（]\\s*${escaped(m.zh)}\\s*[)）]`).test(text.slice(run.end))),
    );
    if (term >= 0) glossed.set(term, run.text);
  }
  const glosses = new Set(glossed.values());
  return [
    // Joined to a name, a term's capitalised forms are its names ("Act", not "bill": "CHIPS bill" would read as "CHIPS", any chips).
    ...bridge.matches.map((m, i) => {
      const forms = joined.has(i) ? namesFirst(m.en.slice(0, 4)).map((e) => `${joined.get(i)} ${e}`) : m.en.slice(0, 4);
      return glossed.has(i) ? [glossed.get(i)!, ...forms.filter((f) => f.toLowerCase() !== glossed.get(i)!.toLowerCase())] : forms;
    }),
    ...runs.filter((r) => !glosses.has(r.text)).map((r) => [r.text]),
  ];
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A term's capitalised English forms when it has some (its names), else all of them. */
function namesFirst(forms: readonly string[]): string[] {
  const named = forms.filter((f) => /^\p{Lu}/u.test(f));
  return named.length ? named : [...forms];
}

/** The dictionary's words of a bridged question, each as its senses' search terms, without frame words and terms the topic or names already hold. */
function looseWords(bridge: BridgeResult, held: ReadonlySet<string>): string[][][] {
  const out: string[][][] = [];
  for (const word of bridge.dictionary) {
    const senses = word.en.map((e) => topicTermsOf(e, held)).filter((t, i, all) => t.length > 0 && all.findIndex((u) => u.join(' ') === t.join(' ')) === i);
    if (senses.length && !out.some((o) => JSON.stringify(o) === JSON.stringify(senses))) out.push(senses);
  }
  return out;
}

/**
 * A glossary organisation right after a word the glossary reads, as one submitter's whole name
 * ("图书馆" + "版权联盟": the Library Copyright Alliance, not the Copyright Alliance): the longer
 * name's hit, and the submissions of the shorter one it stands in for.
 */
function composedNames(bridge: BridgeResult, names: NameIndex, simplified: string): { hit: NameHit; within: string[]; zh: string }[] {
  const out: { hit: NameHit; within: string[]; zh: string }[] = [];
  bridge.matches.forEach((org, i) => {
    const before = bridge.matches[i - 1];
    if (org.kind !== 'org' || before?.kind !== 'term' || before.phrase !== org.phrase) return;
    const zh = before.zh + org.zh;
    // The shorter name written on its own too ("圖書館版權聯盟和版權聯盟") is a submitter of its own.
    const alone = occurrences(simplified, org.zh).length > occurrences(simplified, zh).length;
    for (const word of before.en.slice(0, 4)) {
      for (const name of org.en) {
        const whole = nameTokens(`${word} ${name}`).join(' ');
        const hit = names.find(`${word} ${name}`).find((h) => nameTokens(h.alias).join(' ') === whole);
        if (hit) out.push({ hit, within: alone ? [] : names.find(name).flatMap((h) => h.docIds).filter((id) => !hit.docIds.includes(id)), zh });
      }
    }
  });
  return out;
}

/** Where `part` occurs in `text`, every time. */
function occurrences(text: string, part: string): number[] {
  const out: number[] = [];
  for (let at = part ? text.indexOf(part) : -1; at >= 0; at = text.indexOf(part, at + part.length)) out.push(at);
  return out;
}

/** Short words in brackets right after a named submitter's name: its acronym ("… Executives (CHIME)"). */
function bracketedAfterNames(question: string, authors: readonly NameHit[]): string[] {
  const lastWords = new Set(authors.map((a) => a.alias.split(' ').pop()!).filter(Boolean));
  const out: string[] = [];
  for (const m of question.matchAll(/([\p{L}\p{N}]+)[’']?s?\s*\(([\p{L}\p{N}&.-]{2,12})\)/gu)) {
    if (lastWords.has(m[1]!.toLowerCase())) out.push(m[2]!);
  }
  return out;
}

/** Grammar characters at the edges of a Chinese phrase ("的", "了"): no part of what it names. */
const EDGE_GRAMMAR = /^[的了地得和与及或在是有之]+|[的了地得和与及或在是有之]+$/g;

/** Of a Chinese topic's bridge, the characters it could not read, grammar aside ("氢"; not a lone 的 or 地). */
function unreadWords(bridge: BridgeResult | undefined): string[] {
  return (bridge?.unmatched ?? []).map((part) => part.replace(/[^\p{Script=Han}]/gu, '').replace(EDGE_GRAMMAR, '')).filter((part) => part.length > 0);
}

/** Verbs of saying left in a Chinese topic's text ("提到"): how it is asked, not what. */
const SAYING_LEFT = /提到|提及|谈到|谈及|说到|涉及|讨论|谈论|论及|关于|有关/g;

/** The runs of Chinese characters in what is left of a question as its topic ("氢能", "碳捕捉"), verbs of saying and grammar at their edges aside. */
function hanRuns(text: string): string[] {
  return [...text.replace(SAYING_LEFT, ' ').matchAll(/\p{Script=Han}+/gu)].map((m) => m[0].replace(EDGE_GRAMMAR, '')).filter((run) => run.length > 0);
}

/** A request to confirm what follows ("Is it true that …", "Would I be right that …"): how the question asks, never its topic. */
const CONFIRMING = /\b((is\s+)?it\s+(true|correct|accurate|right|the case)|((would|am)\s+)?i\s+(be\s+)?(right|correct)|(is\s+)?it\s+fair\s+to\s+say|((can|could)\s+)?you\s+(confirm|verify|check))\b(\s+(in\s+)?(saying|thinking|to say|to think))?(\s+(that|whether|if))?/gi;

/** "Does the word X appear in …": a question about a word as written, whose verb of appearing is how it asks ("appear" is otherwise a word of the topic). */
const WORD_ASKED = /\bthe (word|words|phrase|term)\b/i;
const APPEARS = /\b(appear(s|ed)?|show(s|ed)? up|occur(s|red)?|turn(s|ed)? up)\b/gi;

/** A category's English name written into a Chinese question ("（Private Sector）"). */
const LATIN_CATEGORY = /industry\/professional\/scientific associations|private sector|non-?profits?|academia|non-?federal government|individuals/gi;

/** The corpus itself in a Chinese question ("這次白宮 AI 行動計畫的公開徵詢", "意見書"): never its topic. */
const CORPUS_FRAME_ZH = /(这次|这份|本次)?(白宫)?\s*(ai|人工智能|人工智慧)?\s*(行动计划|行动方案)(的)?(公开)?(征询|征求意见|意见征询)?|白宫|公开征询|征询|(公众|公开)?意见征集|征集意见|征求(公众)?意见|公众(意见|评论|咨询)|意见书|提交者名单|提交者/gi;

/**
 * The kind of submitter a description names ("the trade group for investor-owned electric
 * utilities", "a Texas university"): preferred in the ranking, never a filter.
 */
function describedKind(question: string): { impliedCategory?: Category } {
  const kind = describedCategory(question.toLowerCase());
  return kind ? { impliedCategory: kind } : {};
}

/** Words for a sum of money, when the question asks for one. */
const MONEY_WORDS = 'money cash dollars sum amount';

/** English words of the corpus frame, for a Chinese question's bridged terms. */
const CORPUS_WORDS_EN = 'white house action plan rfi request information submission submissions comment comments opinion opinions public';

function intentOfKind(kind: Kind, yesno: boolean): Intent {
  switch (kind) {
    case 'count':
      return 'count';
    case 'list':
      return 'list';
    case 'outline':
      return 'outline';
    case 'submitted':
      return 'submitted';
    case 'presence':
      return yesno ? 'yesno' : 'lookup';
    default:
      return 'lookup';
  }
}

function dedupeHits(hits: NameHit[]): NameHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const key = hit.docIds.slice().sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A question without its authors' names (found or filing nothing) where they are written in Latin script ("National Center for the Advancement of Semiconductor Technology 有沒有提到能源"; "Did the Copyright Alliance discuss copyright?"): their words are no topic. `minWords`: shorter names are left in. */
export function withoutNames(text: string, names: readonly string[], minWords = 2): string {
  let out = text;
  for (const alias of names) {
    const words = alias.split(' ').filter(Boolean);
    if (words.length < minWords) continue;
    // A name ends where its Latin letters do: "…Cardiology的意見書". Its "and" may be written "&" ("Small Business & Entrepreneurship Council").
    const word = (w: string) => (w === 'and' ? '(?:and|&)' : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(`(?<![A-Za-z0-9])${words.map(word).join('[^\\p{L}\\p{N}]+')}(?![A-Za-z0-9])`, 'giu');
    out = out.replace(pattern, ' ');
  }
  return out;
}

/** Words a run needs before it is taken for a name written a little otherwise: fewer could be a topic near some name. */
const CLOSE_NAME_WORDS = 4;

/**
 * A run of words that is a submitter's whole name, however long ("Fast Machine Learning
 * Collaboration and AI-Accelerated Algorithms for …"), or, with several words, clearly the closest
 * to one (a name without its bracketed acronyms, a misspelt word).
 */
function wholeName(run: string, names: NameIndex): NameHit[] {
  const tokens = nameTokens(run);
  const alias = tokens.join(' ');
  const docIds = names.lookupExact(alias);
  if (docIds.length) return [{ alias, docIds, start: 0, end: 0 }];
  const close = tokens.length >= CLOSE_NAME_WORDS ? names.closest(run) : undefined;
  // Its alias is the name as written, so that it is cut from the topic where it stands.
  return close ? [{ alias, docIds: close.docIds, start: 0, end: 0 }] : [];
}
