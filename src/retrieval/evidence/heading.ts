/**
 * What a heading of a submission is: where it is, how it reads, its numbering and its case, and
 * how a line's numbering ("Recommendation 1.2:", "1.", "1.2", "IV.", "B.", "(c)") is read.
 */
import { IMPERATIVE } from './recommendation.js';

export interface Heading {
  /** Offsets in the text of the heading's first character and just past its last (a page number before it left out). */
  start: number;
  end: number;
  /** The heading as it reads: its lines joined by a space, its numbering kept. */
  text: string;
  /** Its numbering ("2.1" is number 1 at depth 2), when it has one. */
  numbering?: Numbering;
  /** What kind of heading it is: its numbering's kind and depth, or its case when unnumbered ('caps', 'title', 'sentence'). */
  style: string;
  /** Its case: ALL CAPS, Title Case, or a sentence's. */
  shape: Shape;
  /** Whether the text runs on after it on the same line. */
  runIn: boolean;
}

export interface Numbering {
  /** 'word' (a word such as "Recommendation 3:"), 'arabic', 'roman', 'letter', 'paren-number' or 'paren-letter'. */
  kind: string;
  value: number;
  depth: number;
}

export type Shape = 'caps' | 'title' | 'sentence';

/** A verb a heading that says what to do starts with ("Require Clinical Validation", "Champion the use of …"). */
export const HEAD_VERB = new RegExp(
  String.raw`^(${IMPERATIVE.source.slice(2, -3)}|advocate|standardi[sz]e|train|mitigate|minimi[sz]e|maximi[sz]e|focus|prepare|align|harmoni[sz]e|foster|cultivate|secure|enhance|recogni[sz]e|champion|engage|unlock|address|allow|grow|bolster|nurture|advance|embrace|sustain|craft|reinforce|restore|safeguard|deploy|apply|lead|keep|treat|help|shape|pursue|commit|abide|drive|cut|open|bring|put|take|review|revise|repeal|rescind|examine|study|explore|assess|evaluate|monitor|measure|track|audit|test|validate|verify|certify|label|disclose|report|share|collaborate|cooperate|work|involve|include|integrate|incorporate|emphasi[sz]e|educate|recruit|retain|attract|unleash|win|defend|counter|combat|prevent|stop|end|eliminate|lower|speed|simplify|standardi[sz]e|treat|favou?r|back|seize|capture|close|bridge|double|triple|rethink|reimagine|resist|oppose|distinguish|differentiate|delineate|allocate|assign)\b`,
  'i',
);

/** Small words a title keeps in lower case. */
export const SMALL = new Set('a an and as at but by for from in into of on onto or per the to vs via with within without nor its their our your'.split(' '));

const spaced = (letters: string) => letters.split('').join('\\s?');
/** Numbering: a word and a number ("Recommendation 1.2:"), "1.", "1.2", "IV.", "B.", "(c)". */
export const NUMBERED = new RegExp(
  String.raw`^(?:(?<word>${spaced('Recommendation')}|Priority|Proposal|Pillar|Principle|Objective|Goal|Action|Policy|Part|Section)\s+#?\s?(?<wordNumber>\d{1,2}(?:\.\d{1,2}|\.?[a-z]\b)?|[IVX]{1,4}\b|[A-H]\b)\s*[:.)—–-]?|(?<arabic>\d{1,2}(?:\.\d{1,2}){1,2}\.?(?=\s)|\d{1,2}[.)])|(?<roman>[IVX]{1,5})[.)]|(?<letter>[A-HJ-UWYZ])[.)](?![A-Z]\.)|\((?<paren>[a-h]|\d{1,2})\))\s*`,
);
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** The numbering a line starts with. */
export function numberingOf(text: string): Numbering | undefined {
  const m = NUMBERED.exec(text);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const rest = text.slice(m[0].length);
  if (!/^[A-Z“"‘'(]/.test(rest) && !(g.word && rest === '')) return undefined;
  if (g.word) return { kind: 'word', value: valueOf(g.wordNumber!), depth: /[.a-z]/.test(g.wordNumber!.slice(1)) ? 2 : 1 };
  if (g.arabic) {
    const parts = g.arabic.replace(/[.)]$/, '').split('.');
    return { kind: 'arabic', value: Number(parts[parts.length - 1]), depth: parts.length };
  }
  if (g.roman) return { kind: 'roman', value: valueOf(g.roman), depth: 1 };
  if (g.letter) return { kind: 'letter', value: g.letter.charCodeAt(0) - 64, depth: 1 };
  if (g.paren) return /\d/.test(g.paren) ? { kind: 'paren-number', value: Number(g.paren), depth: 1 } : { kind: 'paren-letter', value: g.paren.charCodeAt(0) - 96, depth: 1 };
  return undefined;
}

function valueOf(number: string): number {
  if (/^\d/.test(number)) return Number(/^\d+/.exec(number)![0]);
  if (/^[A-H]$/.test(number)) return number.charCodeAt(0) - 64;
  let value = 0;
  for (let i = 0; i < number.length; i++) {
    const here = ROMAN[number[i]!] ?? 0;
    const next = ROMAN[number[i + 1] ?? ''] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}

export function styleOf(numbering: Numbering): string {
  return `${numbering.kind}:${numbering.depth}`;
}

/** Share of a title's words (other than small ones) that start with a capital. */
export function titleShare(words: readonly string[]): number {
  const content = words.filter((w) => /[A-Za-z]/.test(w) && !SMALL.has(w));
  return content.length ? content.filter((w) => /^[^a-z]*[A-Z0-9]/.test(w)).length / content.length : 0;
}
