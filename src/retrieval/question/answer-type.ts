/**
 * What kind of thing a question asks for, from its cue words (Li & Roth's coarse classes, the
 * ones a quote can be checked for cheaply): a number, a date, a place, or a name. A question with
 * several parts can ask for several ("What is the bill called, and which senator introduced it?").
 */
import { otherWords } from '../i18n/thesaurus.js';

export type AnswerType = 'number' | 'money' | 'date' | 'place' | 'name';

const CUES: [AnswerType, RegExp][] = [
  [
    'number',
    /\bhow (many|much|large|big|high|fast|long|often)\b|\bwhat (share|percent(age)?|fraction|proportion|portion|number|amount|sum|cost|price|figure|rate|odds|size|range)\b|\bhow many times\b|\bwhich (share|percentage|figure)\b|\bthe (number|amount|size|share|percentage|total) of\b|多少|幾|几|比例|百分之|多大|多快|多高|多長|多长|倍/i,
  ],
  // A sum of money: a figure with a currency sign or word answers it, a count or a share does not.
  [
    'money',
    /\bhow much (?:money|funding|cash|capital)\b|\bhow much\b[^?]*\b(?:invest(?:ed|ing|ments?)?|spen[dt]|spending|cost|costs|pay|paid|raise[ds]?|poured|funds?|funded|budget(?:ed)?|earn(?:ed|s)?|revenue|dollars)\b|\bwhat (?:sum|amount of (?:money|funding)|dollar (?:amount|figure)|price|cost|budget)\b|\bhow many dollars\b|多少錢|多少钱|多少資金|多少资金|多少美元|多少美金|多少經費|多少经费|多少預算|多少预算|投資了多少|投资了多少|金額|金额/i,
  ],
  ['date', /\bwhen\b|\b(what|which) (year|date|month|day|deadline)\b|\bby (what|which) (year|date)\b|何時|何时|哪一年|哪年|什麼時候|什么时候|幾月|几月|日期/i],
  ['place', /\bwhere\b|\b(which|what) (city|cities|state|states|country|countries|region|county|location|site|place)\b|哪裡|哪里|哪個州|哪个州|哪個國家|哪个国家|哪座|何處|何处|什麼地方|什么地方/i],
  [
    'name',
    /\b(what is|what's|what was) (it|the \w+) called\b|\bcalled what\b|\bwhat (is|was) the name\b|\b(what is|what's|what was) (the|that|this) (case|ruling|decision|lawsuit|bill|act|law|program|programme|platform|tool|initiative|standard|framework)\b|\bwho\b|\bwhich (bill|act|law|company|companies|firm|firms|senator|program|programme|course|film|movie|show|series|product|products|tool|model|standard|agency|organi[sz]ation|organi[sz]ations|group|database|framework|initiative|report|book|court|case|state law)\b|\bname(d|s)? (the|any|of)\b|叫什麼|叫什么|哪家|哪一家|哪個|哪个|哪部|哪一部|哪款|哪一款|哪項|哪项|誰|谁|名稱|名称/i,
  ],
];

/** "Which <thing>" asks for a name, unless the thing is a quantity, a time, a place or a group of submitters. */
const WHICH_THING = /\bwhich\s+(?!(of|one|ones|is|are|was|were|do|does|did|has|have|can|could|would|should|will|year|years|date|dates|month|day|time|state|states|city|cities|country|countries|region|county|place|share|percentage|figure|number|amount|submissions?|comments?|commenters|respondents|organi[sz]ations|companies|universities|groups|individuals|people|non-?profits|associations)\b)[a-z][\w-]*/i;

/** The answer types a question's cue words ask for, in a fixed order. */
export function answerTypes(question: string): AnswerType[] {
  return CUES.filter(([type, cue]) => cue.test(question) || (type === 'name' && WHICH_THING.test(question))).map(([type]) => type);
}

const US_STATES =
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming'.split(' ');
const PLACE = new RegExp(
  `\\b(${US_STATES.join('|')}|New (York|Jersey|Mexico|Hampshire)|North (Carolina|Dakota)|South (Carolina|Dakota)|Rhode Island|West Virginia|China|Taiwan|Japan|Korea|India|Europe|European Union|United Kingdom|Canada|Mexico|Russia|Iran|Israel|Germany|France|Africa|Asia|Silicon Valley|Washington, D\\.?C\\.?)\\b`,
);
/** A sum of money: a currency sign before a figure, or a figure with a currency word after it. */
const MONEY = /[$€£]\s?\d|\b\d[\d,.]*\s?(?:(?:million|billion|trillion|thousand)\s+)?(?:dollars|USD|euros)\b|\bUS\$|\bUSD\s?\d/i;
const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** A figure: digits, with or without a unit. */
const FIGURE = /(?:[$€£]\s?)?\b\d(?:[\d,.]*\d)?(?![A-Za-z\d])\s?(?:%|percent|per cent|million|billion|trillion|thousand|times|x\b|GW|MW|kW|TWh|GWh|MWh|kWh|gallons?|acres?|hours?|days?|years?|months?)?/g;
/** Two or more capitalised words, an all-capital acronym, a named act/bill, not at the start of the sentence; or a case ("Thaler v. Vidal"). */
const PROPER = /(?<=\S\s+)(?:[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|the|on|&)\s+|\s+)){1,5}[A-Z][\w&.'’-]*|(?<=\S\s+)\b[A-Z]{2,}[A-Za-z0-9]*\b|\b[A-Z][\w-]*\s+Act\b|\b[A-Z][\w.'’-]*\s+v\.?\s+[A-Z][\w.'’-]*/g;

/**
 * Whether a sentence holds something of the asked-for type that the question does not already
 * contain (the question's "2030" does not answer "what share by 2030").
 */
export function answersType(sentence: string, type: AnswerType, questionText: string): boolean {
  const inQuestion = (token: string) => questionText.toLowerCase().includes(token.trim().toLowerCase());
  switch (type) {
    case 'number':
      return [...sentence.matchAll(FIGURE)].some((m) => !/^(19|20)\d{2}$/.test(m[0].trim()) && !inQuestion(m[0].replace(/[^\d.,]/g, '')));
    case 'money':
      return MONEY.test(sentence);
    case 'date':
      return [...sentence.matchAll(/\b(19|20)\d{2}\b/g)].some((m) => !inQuestion(m[0])) || MONTH.test(sentence);
    case 'place': {
      // A known state or country, or a capitalised name after "in", "at", "near" (a city, a site).
      const place = PLACE.exec(sentence) ?? /\b(?:in|at|near)\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/.exec(sentence);
      return place !== null && !inQuestion(place[1] ?? place[0]);
    }
    case 'name':
      return [...sentence.matchAll(PROPER)].some((m) => !inQuestion(m[0]) && !/^(AI|US|USA|U\.S)$/.test(m[0].trim()));
  }
}

/** Words that end the counted thing after "how many": verbs of the question, prepositions, relative words. */
const COUNTED_ENDS = /^(do|does|did|are|is|were|was|have|has|had|can|could|will|would|should|may|might|must|in|on|of|for|from|to|at|by|with|about|that|which|who|whom|whose|where|when|there|they|it|he|she|we|you)$/i;

const PLURAL = /^(?:[\p{L}-]*[^s\W]s|people|children|men|women|staff)$/iu;

/**
 * The thing a "how many" question counts ("how many county governments" → government; "how many
 * transparency-focused AI rules do …" → rule): the noun its words end with (the first plural, or
 * the last word before the question's verb), with the glossary's other words for it
 * ("regulations"). A sentence that puts a number shortly before it ("3,069 county governments",
 * "15 evidence-seeking AI regulations") answers it, the surface pattern of Ravichandran & Hovy's
 * answer patterns. Search terms (stemmed).
 */
export function countedThing(question: string, toTerms: (text: string) => string[]): string[] {
  const match = /\bhow many\s+(?:of\s+(?:the|his|her|its|their|our)\s+)?([^?.,;:!]*)/i.exec(question);
  if (!match) return [];
  const words: string[] = [];
  for (const word of match[1]!.split(/\s+/).filter(Boolean)) {
    if (COUNTED_ENDS.test(word) || words.length === 4) break;
    words.push(word);
    // The first plural ends the thing counted ("how many companies submitted …").
    if (PLURAL.test(word)) break;
  }
  const head = words.flatMap((w) => toTerms(w)).at(-1);
  return head ? [head, ...otherWords(head)] : [];
}
