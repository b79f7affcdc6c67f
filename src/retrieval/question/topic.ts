import { stem, terms } from '../text/tokenize.js';
import { GLOSSARY } from '../i18n/glossary.js';

/**
 * Words that frame a question (who said what, how many, summarise) rather than name its topic.
 * What is left of a question without them, its submitter names and its category words is its
 * topic: "Did Microsoft discuss export controls?" → export, control.
 */
const FRAME = new Set(
  `how many which what share number submitted submit submitting commented commenting mention mentions mentioned mentioning
  discuss discussed discusses discussing talk talked talks raise raised address addressed addresses refer referred
  call called want wanted wants propose proposed proposes proposal proposals support supported supports oppose opposed
  bring brought sent send filed file filing argue argued argues warn warned warns ask asked asks recommend recommended
  recommends recommendation recommendations suggest suggested suggests suggestion suggestions urge urged urges think
  thinks thought view views position positions stance stances opinion opinions feel feels idea ideas point points
  main key major central top primary summarise summarize summarised summarized summary summaries overview outline
  respond responded response responses letter letters input inputs
  organisation organization organisations organizations group groups respondent respondents commenter commenters
  submitter submitters category categories breakdown
  same similar similarly likewise agree agreed well also too else other others anything something thing things
  differ differs differed difference differences compare compares compared comparison contrast versus vs both each either
  weigh weighed give gave given cite cited cites named listed quote quoted quotes quoting
  perspective perspectives attitude attitudes thought thoughts reaction reactions feedback
  write wrote written come came comes coming
  don doesn didn isn aren wasn weren won couldn wouldn shouldn hasn haven
  anywhere simply actually roughly exactly really just approximately about around overall
  describe described describes touch touched touches cite put puts go goes get gets got try tries done make makes
  take takes push pushes forward anything something everything kind sort type way ways much lot specific specifically
  particular particularly exactly say says said tell told mean means meant detail details regard regarding concerning among
  check checks checked verify verified implement implemented implementing implementation
  complain complains complained receive receives received receiving
  topic topics subject subjects theme themes issue issues colleague colleagues coauthor coauthors
  favour favor favours favors favoured favored favourable favorable stand stands stood
  hey hi hello please pls plz kindly thanks thank thx btw
  already still currently yet ever even merely basically
  word phrase`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => stem(w)),
);

/** Words a Chinese question's bridge gives for the corpus itself (行動計畫, 徵詢, 白宮): never its topic. */
const CORPUS_TERMS = new Set(terms('action plan rfi request information white house ostp submission comment public consultation'));

/** Whether a (stemmed) search term frames the question rather than naming its topic. */
export function isFrameTerm(term: string): boolean {
  return FRAME.has(term);
}

/**
 * Neighbouring term pairs of the glossary's English phrases that hold a framing word ("think tank",
 * "open letter", "market share", "top talent"): there the word names the topic.
 */
let framedPhrases: Set<string> | undefined;
function inFramedPhrase(pair: string): boolean {
  framedPhrases ??= new Set(
    GLOSSARY.terms.flatMap((entry) => entry.en.flatMap((en) => {
      const seq = terms(en);
      return seq.slice(1).map((t, i) => `${seq[i]} ${t}`).filter((p) => p.split(' ').some((t) => FRAME.has(t)));
    })),
  );
  return framedPhrases.has(pair);
}

/**
 * The topic terms of a text: its search terms without framing words and without `exclude` (names).
 * A framing word stays where it is part of a glossary phrase ("How many think tanks commented?").
 */
export function topicTermsOf(text: string, exclude: ReadonlySet<string> = new Set()): string[] {
  const seq = terms(text);
  // "Google's AI Overview": a word for a summary, capitalised inside a sentence, is a name's word (see the summary cue).
  const named = new Set(
    [...text.matchAll(/\b(Overview|Summary|Outline|Gist)\b/g)].filter((m) => m.index > 0 && !/(^|[.?!:]\s*)$/.test(text.slice(0, m.index).trimEnd())).map((m) => stem(m[0].toLowerCase())),
  );
  const framing = (t: string, i: number) => FRAME.has(t) && !named.has(t) && !(i > 0 && inFramedPhrase(`${seq[i - 1]} ${t}`)) && !(i + 1 < seq.length && inFramedPhrase(`${t} ${seq[i + 1]}`));
  return [...new Set(seq.filter((t, i) => !framing(t, i) && !exclude.has(t)))];
}

/** One part of a topic: any one alternative (a list of terms, all required) satisfies it. */
export interface TopicGroup {
  /** How the part reads in an answer ("export controls"). */
  label: string;
  /** Its alternatives as words, for "searched for: …". */
  forms: string[];
  alternatives: string[][];
  /** For a Chinese question: the phrase of the question its word stands in (see `BridgeMatch.phrase`). */
  phrase?: number;
}

/**
 * The topic of a question as groups: for an English question each topic term is a group; for a
 * Chinese one read through the glossary, each matched word is a group of its English equivalents.
 */
type BridgeLike = { matches: { kind: string; zh: string; en: string[]; phrase?: number }[]; latinTokens: string[]; places?: string[] };

export function topicGroups(question: { topic: readonly string[]; nameTerms: readonly string[]; searchText: string; topicText?: string; bridge?: BridgeLike | undefined; topicBridge?: BridgeLike | undefined; language: string }): TopicGroup[] {
  // A Chinese question's topic bridge already leaves its authors out: their names' words may be the topic's too ("NEI … 核電").
  const bridge = question.topicBridge ?? question.bridge;
  const names = new Set(question.topicBridge ? [] : question.nameTerms);
  const corpus = question.language === 'zh' ? CORPUS_TERMS : new Set<string>();
  const keep = (phrase: string) => terms(phrase).filter((t) => !FRAME.has(t) && !names.has(t) && !corpus.has(t));
  const groups: TopicGroup[] = [];
  const covered = new Set<string>();
  if (question.language === 'zh' && bridge) {
    for (const match of bridge.matches) {
      // An organisation is a name; a country or place ("中國", "歐盟") is what is talked about (and, in a topic bridge, any organisation).
      if (match.kind === 'org' && !question.topicBridge && !bridge.places?.includes(match.zh)) continue;
      const alternatives = dedupe(match.en.map(keep).filter((alt) => alt.length > 0));
      if (alternatives.length === 0) continue;
      alternatives.flat().forEach((t) => covered.add(t));
      groups.push({ label: match.en[0]!, forms: match.en.filter((e) => keep(e).length > 0), alternatives, ...(match.phrase !== undefined ? { phrase: match.phrase } : {}) });
    }
    for (const token of bridge.latinTokens) {
      const alt = keep(token);
      if (alt.length === 0 || alt.every((t) => covered.has(t))) continue;
      alt.forEach((t) => covered.add(t));
      groups.push({ label: token, forms: [token], alternatives: [alt] });
    }
    // Everything else in a bridged question is an organisation's name: named, or not a topic.
    return groups;
  }
  // A topic word is labelled as the topic writes it, not as a name before it does ("small businesses", not the "Small Business" of "Small Business & Entrepreneurship Council").
  const words = [...(question.topicText ?? '').split(/\s+/), ...question.searchText.split(/\s+/)];
  for (const term of question.topic) {
    if (covered.has(term)) continue;
    covered.add(term);
    // A figure reads as written, with its currency and unit ("$50 billion", "50%").
    const figure = /^\d/.test(term) ? new RegExp(`[$€£]?${term.replace(/\B(?=(\d{3})+$)/g, ',?')}(?:[.,]\\d+)?\\s?(?:%|percent|million|billion|trillion|GW|MW)?`, 'i').exec(question.searchText)?.[0] : undefined;
    const label = figure?.trim() ?? words.find((w) => terms(w).includes(term))?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') ?? term;
    groups.push({ label, forms: [label], alternatives: [[term]] });
  }
  return groups;
}

/**
 * The English forms a count or a list counts a glossary word by: its first form, the ways of
 * spelling it ("health care", "healthcare"; "data center", "data centers", "datacenter") and, for a
 * name, its other names ("KOSA", "Kids Online Safety Act"); not the word's other senses
 * ("medical"; "workers", "labor" beside "workforce"). A count is of one thing, and the same one
 * however it is asked: "有多少份意見書提到勞動力？" counts what "How many submissions mention the
 * workforce?" counts.
 */
export function countedForms(forms: readonly string[]): string[] {
  const [first, ...rest] = forms;
  if (first === undefined) return [];
  return [first, ...rest.filter((form) => spelledAlike(form, first) || (isName(first) && isName(form)))];
}

/** The groups a count counts by: each group's alternatives of its counted forms (see `countedForms`). */
export function countedGroups(groups: readonly TopicGroup[]): TopicGroup[] {
  return groups.map((group) => {
    if (group.forms.length < 2) return group;
    const forms = countedForms(group.forms);
    const kept = new Set(forms.map((form) => terms(form).join(' ')));
    const alternatives = group.alternatives.filter((alt) => kept.has(alt.join(' ')));
    return alternatives.length ? { ...group, forms, alternatives } : group;
  });
}

/** Two spellings of one word or phrase: the same letters once spaces, hyphens and a plural s are left out, or the same search terms. */
function spelledAlike(a: string, b: string): boolean {
  const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').replace(/(es|s)$/, '');
  return letters(a) === letters(b) || terms(a).join(' ') === terms(b).join(' ');
}

/** A proper name or an acronym: every word capitalised ("Kids Online Safety Act", "KOSA"), its small words aside. */
function isName(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => !/^(of|and|for|the|on|in|to|&)$/.test(w));
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

function dedupe(alternatives: string[][]): string[][] {
  const seen = new Set<string>();
  return alternatives.filter((alt) => {
    const key = [...alt].sort().join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Common abbreviations and the stems of what they abbreviate: a passage may spell out what a question shortens. */
const ABBREVIATIONS: Record<string, string[]> = {
  tech: ['technolog', 'technic'],
  ed: ['educ'],
  edtech: ['educ', 'technolog'],
  tv: ['televis'],
  gov: ['govern'],
  govt: ['govern'],
  admin: ['administr'],
  info: ['inform'],
  dept: ['depart'],
  intl: ['intern'],
  org: ['organ'],
  orgs: ['organ'],
  ag: ['agricultur'],
  pharma: ['pharmaceut'],
  biz: ['busi'],
  econ: ['econom'],
  env: ['environment'],
  uni: ['univers'],
  gen: ['gener'],
  infra: ['infrastructur'],
  cyber: ['cybersecur'],
};

export function spelledOut(term: string): string[] {
  return ABBREVIATIONS[term] ?? [];
}
