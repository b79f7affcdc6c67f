/**
 * The words that turn a statement around while its other words stay: a direction ("restrict" /
 * "permit", "coal" / "natural gas", "allies" / "adversaries"), who is to act ("Congress" / "the
 * Administration"), the month of a date, a comparison ("as good as" /
 * "underperforms"), a quantifier ("all" / "some"), "only" / "not only", and a negation ("should be
 * required" / "should not be required"). Each is read where it stands, with the words around it,
 * so that a passage's word counts against a claim's only when both are about the same thing.
 * A Chinese claim's words are read in Chinese and compared through the glossary's English.
 */
import { bridgeQuery } from '../i18n/query-bridge.js';
import { terms } from '../text/tokenize.js';

/** One word of a kind that can turn a statement around, where it stands. */
export interface Marker {
  /** Which scale it is on ('stance', 'fuel', 'comparison'…), and where on it. */
  axis: string;
  side: string;
  /** As written. */
  text: string;
  /** Stems of the content words around it (its own excluded). */
  near: Set<string>;
  /** Stems before and after it, for a comparison (which thing is compared with which). */
  before: Set<string>;
  after: Set<string>;
  /** In a Chinese claim: the English the glossary gave for the word it stands in (超过 → "surpass"). */
  english?: string[];
}

interface Scale {
  axis: string;
  /** Sides: an English and a Chinese (Simplified) pattern each. */
  sides: { side: string; en: RegExp; zh?: RegExp }[];
  /** A negation before the word turns it to the other side (of two). */
  negatable?: boolean;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CN_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

const SCALES: Scale[] = [
  {
    axis: 'stance',
    negatable: true,
    sides: [
      { side: 'for', en: /\b(support(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|endorse[sd]?|endorsing|backs|backed|backing|champion(?:s|ed)?)\b/i, zh: /支持|赞成|拥护|赞同|欢迎/ },
      { side: 'against', en: /\b(oppose[sd]?|opposing|opposition to|reject(?:s|ed|ing)?|object(?:s|ed)? to|resist(?:s|ed|ing)?|criticiz(?:e|es|ed)|warn(?:s|ed)? against)\b/i, zh: /反对|拒绝|抵制|批评|驳斥/ },
    ],
  },
  {
    axis: 'role',
    sides: [
      { side: 'replace', en: /\b(replace[sd]?|replacing|substitute[sd]? for|displace[sd]?|supplant(?:s|ed)?)\b/i, zh: /取代|替代|代替/ },
      { side: 'complement', en: /\b(complement(?:s|ed|ing)?|augment(?:s|ed|ing)?|supplement(?:s|ed|ing)?|assist(?:s|ed)?)\b/i, zh: /辅助|补充|协助|增强/ },
    ],
  },
  {
    axis: 'restriction',
    negatable: true,
    sides: [
      { side: 'restrict', en: /\b(restrict(?:s|ed|ing)?|restrictions? on|ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|curb(?:s|ed|ing)?|tighten(?:s|ed|ing)?|block(?:s|ed|ing)?|clamp(?:s|ed)? down)\b/i, zh: /限制|禁止|收紧|加强管制|封锁|禁令|管控/ },
      { side: 'allow', en: /\b(permit(?:s|ted|ting)?|allow(?:s|ed|ing)?|loosen(?:s|ed|ing)?|relax(?:es|ed|ing)?|eas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|free(?:ly)?|exempt(?:s|ed|ions?)?|open up)\b/i, zh: /放宽|允许|解除|豁免|放松|开放/ },
    ],
  },
  {
    axis: 'fuel',
    sides: [
      { side: 'coal', en: /\bcoal(?:-fired)?\b/i, zh: /燃煤|煤炭|煤电|煤/ },
      { side: 'gas', en: /\b(natural gas|gas\s?-\s?fired|gas turbines?|gas plants?|LNG)\b/i, zh: /天然气|燃气/ },
      { side: 'nuclear', en: /\b(nuclear|fission|reactors?)\b/i, zh: /核能|核电|核反应堆|核/ },
      { side: 'solar', en: /\b(solar|photovoltaics?)\b/i, zh: /太阳能|光伏/ },
      { side: 'wind', en: /\b(offshore wind|wind(?! down\b| up\b)(?:[- ](?:power|energy|turbines?|farms?|projects?))?)\b/i, zh: /风能|风电|风力/ },
      { side: 'fusion', en: /\bfusion\b/i, zh: /核聚变|聚变/ },
    ],
  },
  {
    axis: 'change',
    negatable: true,
    sides: [
      { side: 'up', en: /\b(increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|expansion of|grow(?:s|ing|th in)?|accelerat(?:e|es|ed|ing)|speed(?:s|ing)? up|ramp(?:s|ed|ing)? up|doubl(?:e|es|ed|ing))\b/i, zh: /增加|提高|扩大|增长|加快|加速|扩充|提升|翻倍/ },
      { side: 'down', en: /\b(decreas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing|tion in)|cut(?:s|ting)?|lowers|lowered|lowering|shrink(?:s|ing)?|slash(?:es|ed|ing)?|slow(?:s|ed|ing)? down|scal(?:e|es|ed|ing) back|halv(?:e|es|ed|ing))\b/i, zh: /减少|降低|削减|缩小|缩减|放缓|减半/ },
    ],
  },
  {
    axis: 'obligation',
    sides: [
      { side: 'mandatory', en: /\b(mandatory|compulsory|binding|mandate[sd]?|mandating)\b/i, zh: /强制|硬性/ },
      { side: 'voluntary', en: /\b(voluntary|voluntarily|optional|non-binding|opt-in)\b/i, zh: /自愿|非强制|可选/ },
    ],
  },
  {
    axis: 'level',
    sides: [
      { side: 'federal', en: /\b(federal|preempt(?:s|ed|ion)?)\b/i, zh: /联邦|全国/ },
      { side: 'state', en: /\b(state[- ]level|state[- ]by[- ]state|individual states|state laws?|state legislatures?|states['’])/i, zh: /各州|州级|州政府|州法|州立法/ },
    ],
  },
  {
    axis: 'openness',
    sides: [
      { side: 'open', en: /\b(open[- ]source|open[- ]weights?|openly available)\b/i, zh: /开源|开放权重|开放源代码/ },
      { side: 'closed', en: /\b(closed[- ]source|closed[- ]weights?|closed models?|proprietary)\b/i, zh: /闭源|专有|封闭/ },
    ],
  },
  {
    axis: 'origin',
    sides: [
      { side: 'domestic', en: /\b(domestic(?:ally)?|onshore|onshoring|home-grown|made in america|american-made|u\.s\.-made|us-made)\b/i, zh: /国内|本土|美国制造|境内/ },
      { side: 'foreign', en: /\b(foreign|overseas|abroad|offshore|offshoring|imported|imports)\b/i, zh: /国外|海外|进口|境外|外国/ },
    ],
  },
  {
    axis: 'partner',
    sides: [
      { side: 'allies', en: /\b(allies|allied|ally|partner (?:nations|countries)|friendly (?:nations|countries))\b/i, zh: /盟友|盟国|友好国家|伙伴国/ },
      { side: 'adversaries', en: /\b(adversar(?:y|ies|ial)|rivals?|hostile|countries of concern|foreign adversaries)\b/i, zh: /对手|敌对|敌国|关切国家/ },
    ],
  },
  {
    axis: 'bound',
    sides: [
      { side: 'above', en: /\b(above|more than|exceed(?:s|ed|ing)?|at least|greater than|upwards of|in excess of|over(?= \$?\d))\b/i, zh: /(?<!不)超过|以上|高于|至少|逾/ },
      { side: 'below', en: /\b(below|less than|fewer than|up to|at most|no more than|lower than)\b/i, zh: /以下|低于|不到|不超过|最多|不足/ },
    ],
  },
  {
    axis: 'actor',
    sides: [
      { side: 'congress', en: /\b(Congress|lawmakers|legislators|the (?:House|Senate))\b/, zh: /国会|议员|立法者|参议院|众议院/ },
      { side: 'courts', en: /\b(courts?|judges?|the judiciary)\b/i, zh: /法院|法官|司法/ },
      { side: 'executive', en: /\b(the (?:Trump )?Administration|the White House|the President|executive order|OSTP)\b/i, zh: /白宫|总统|行政部门|行政命令/ },
      { side: 'agencies', en: /\b(NIST|the (?:Commerce|Energy|Defense) Department|Department of (?:Commerce|Energy|Defense)|BIS|FTC|FCC|NSF|DOE|DoD|the Pentagon|federal agencies)\b/, zh: /商务部|能源部|国防部|五角大楼|联邦机构|联邦贸易委员会|联邦通信委员会/ },
    ],
  },
  {
    axis: 'month',
    sides: MONTHS.map((month, i) => ({
      side: month,
      // A month of a date ("February 2025", "March 14, 2025"), not "may" or "march".
      en: new RegExp(`\\b${month}(?= (?:\\d{1,2},? )?\\d{4}\\b)`),
      zh: new RegExp(`(?<![\\d一二三四五六七八九十])(?:${i + 1}|${CN_MONTHS[i]})月`),
    })),
  },
  {
    axis: 'quantifier',
    sides: [
      { side: 'all', en: /\b(all|every|entire|any and all|universal(?:ly)?)\b/i, zh: /所有|全部|一切|每个|每一|全体/ },
      { side: 'most', en: /\b((?<!the )most(?= of\b| \w+s\b)|the majority of|a majority of|the bulk of)/i, zh: /大多数|多数|大部分|绝大多数|多半/ },
      { side: 'some', en: /\b(some|several|a few|a handful of|a number of|a minority of)\b/i, zh: /部分|一些|某些|少数|若干|有些/ },
    ],
  },
  {
    axis: 'only',
    sides: [
      { side: 'not-only', en: /\b(not only|not just|not merely|not solely)\b/i, zh: /不仅|不只|不但|不光/ },
      { side: 'only', en: /\b(only|solely|exclusively)\b/i, zh: /只有|唯有|仅有|仅|只/ },
    ],
  },
];

/** A comparison, with the better / equal / worse reading of its first thing against its second. */
const COMPARISON: { side: 'worse' | 'equal' | 'better'; en: RegExp; zh: RegExp }[] = [
  {
    side: 'worse',
    en: /\b(underperform(?:s|ed|ing)?|worse than|weaker than|inferior to|less (?:capable|effective|powerful|efficient|performant) than|lag(?:s|ged|ging)? behind|trail(?:s|ed|ing)?|fall(?:s|ing)? short of|fell short of|not as (?:good|capable|effective|powerful|fast) as|slower than)\b/i,
    zh: /不如|逊于|逊色于|落后于|落后|比不上|不及|较差|更差/,
  },
  {
    side: 'equal',
    en: /\b(as (?:good|capable|effective|powerful|fast|performant) as|on (?:a )?par with|equal to|equally (?:good|capable|effective)|equivalent to|comparable to|just as good|the same as|match(?:es|ed)? the performance of)\b/i,
    zh: /一样好|同样好|一样|相当|相同|媲美|比得上|不相上下|等同|差不多/,
  },
  {
    side: 'better',
    en: /\b(outperform(?:s|ed|ing)?|better than|superior to|surpass(?:es|ed|ing)?|more (?:capable|effective|powerful|efficient|performant) than|ahead of|faster than|beats?)\b/i,
    zh: /优于|胜过|超越|领先于|领先|强于|更好|更强/,
  },
];

const NEGATION_EN = /\b(not|never|no|nor|neither|cannot|without|rather than|instead of)\b|n['’]t\b/i;
const NEGATION_WORD = /^(not|never|no|nor|neither|cannot|without)$|n['’]t$/i;
const NEGATION_ZH = /(?:不(?!仅|只|但|断|同|少|久|过|论|管|然|光|足|到|超过)|没有|没|未(?!来|成年)|无(?!论|人|线)|非(?!常|营利|洲)|别|勿|反对)$/;

/** Content words either side of a marker that say what it is about, and that stand for the things compared. */
const NEAR = 5;
const COMPARED = 2;
/** The same in a Chinese claim, in characters. */
const ZH_NEAR = 20;

/** The markers of an English text, one sentence at a time (the words around a marker stop at its sentence). */
export function markersEn(text: string): Marker[] {
  const out: Marker[] = [];
  // PDF text breaks lines inside sentences: only a blank line ends one.
  for (const sentence of text.split(/(?<=[.;!?])\s+|\n\s*\n/).map((x) => x.replace(/\s+/g, ' '))) {
    const taken: [number, number][] = [];
    const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
    const add = (axis: string, side: string, m: RegExpExecArray) => {
      const [s, e] = [m.index, m.index + m[0].length];
      if (overlaps(s, e)) return;
      taken.push([s, e]);
      const before = terms(sentence.slice(Math.max(0, s - 80), s));
      const after = terms(sentence.slice(e, e + 80));
      // The things compared are the nearest words either side; what it is about, a few more.
      out.push({ axis, side, text: m[0], near: new Set([...before.slice(-NEAR), ...after.slice(0, NEAR)]), before: new Set(before.slice(-COMPARED)), after: new Set(after.slice(0, COMPARED)) });
    };
    // Comparisons first: "not as good as" is a comparison, not a negation of "as good as".
    for (const c of COMPARISON) for (const m of matchesOf(sentence, c.en)) add('comparison', c.side, m);
    for (const scale of SCALES) {
      for (const { side, en } of scale.sides) {
        for (const m of matchesOf(sentence, en)) {
          const negated = scale.negatable && NEGATION_EN.test(sentence.slice(Math.max(0, m.index - 24), m.index).split(/[,;:]/).at(-1) ?? '');
          add(scale.axis, negated ? otherSide(scale, side) : side, m);
        }
      }
    }
  }
  return out;
}

/** The markers of a Chinese (Simplified) claim, with the English stems of the glossary words around each. */
export function markersZh(simplified: string): Marker[] {
  const bridge = bridgeQuery(simplified);
  // Where each glossary match and Latin word stands, for the words around a marker.
  const placed: { at: number; end: number; stems: string[]; en: string[] }[] = [];
  let cursor = 0;
  for (const m of bridge.matches) {
    const at = simplified.indexOf(m.zh, cursor);
    if (at < 0) continue;
    cursor = at + m.zh.length;
    // An organisation is who speaks, not what a marker is about (a country or place is).
    if (m.kind === 'org' && !bridge.places.includes(m.zh)) continue;
    placed.push({ at, end: at + m.zh.length, stems: [...new Set(m.en.flatMap((e) => terms(e)))], en: m.en });
  }
  for (const token of bridge.latinTokens) {
    const at = simplified.toLowerCase().indexOf(token.toLowerCase());
    if (at >= 0) placed.push({ at, end: at + token.length, stems: terms(token), en: [token] });
  }
  const around = (from: number, to: number) => new Set(placed.filter((p) => p.end > from && p.at < to).flatMap((p) => p.stems));
  const out: Marker[] = [];
  const taken: [number, number][] = [];
  const add = (axis: string, side: string, m: RegExpExecArray) => {
    const [s, e] = [m.index, m.index + m[0].length];
    if (taken.some(([a, b]) => s < b && e > a)) return;
    taken.push([s, e]);
    const before = around(Math.max(0, s - ZH_NEAR), s);
    const after = around(e, e + ZH_NEAR);
    const english = placed.filter((p) => p.at < e && p.end > s).flatMap((p) => p.en);
    out.push({ axis, side, text: m[0], near: new Set([...before, ...after]), before, after, english });
  };
  for (const c of COMPARISON) for (const m of matchesOf(simplified, c.zh)) add('comparison', c.side, m);
  for (const scale of SCALES) {
    for (const { side, zh } of scale.sides) {
      if (!zh) continue;
      for (const m of matchesOf(simplified, zh)) {
        const negated = scale.negatable && NEGATION_ZH.test(simplified.slice(Math.max(0, m.index - 3), m.index).replace(/[应该要会能可必须被再]+$/, ''));
        add(scale.axis, negated ? otherSide(scale, side) : side, m);
      }
    }
  }
  return out;
}

function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)];
}

function otherSide(scale: Scale, side: string): string {
  return scale.sides.length === 2 ? scale.sides.find((s) => s.side !== side)!.side : side;
}

const share = (a: Set<string>, b: Set<string>) => [...a].some((t) => b.has(t));

/** A comparison read the other way round ("the H100 outperforms the H20" for "the H20 underperforms the H100"). */
function reversed(claim: Marker, passage: Marker): boolean {
  const straight = share(claim.before, passage.before) || share(claim.after, passage.after);
  const crossed = share(claim.before, passage.after) && share(claim.after, passage.before);
  return crossed && !straight;
}

export interface Turn {
  axis: string;
  /** The claim's word and the passage's. */
  claim: string;
  passage: string;
}

/**
 * Where the passage turns the claim around: for each marker of the claim, markers of the passage
 * on the same scale about the same thing (a telling content word around both: `telling` leaves out
 * words too common to say so), none on the claim's side.
 */
export function turns(claim: Marker[], passage: Marker[], telling: (term: string) => boolean = () => true): Turn[] {
  const out: Turn[] = [];
  const about = (a: Set<string>, b: Set<string>) => [...a].some((t) => b.has(t) && telling(t));
  for (const c of claim) {
    const sideOf = (p: Marker) => (c.axis === 'comparison' && reversed(c, p) ? ({ worse: 'better', better: 'worse' } as Record<string, string>)[p.side] ?? p.side : p.side);
    // The passage has the claim's side at all ("nuclear and fusion" for "nuclear"): it does not turn it around.
    if (passage.some((p) => p.axis === c.axis && sideOf(p) === c.side)) continue;
    const local = passage.filter((p) => p.axis === c.axis && about(c.near, p.near));
    if (local.length === 0) continue;
    // A list in the claim ("solar and wind") differs only where the passage names something the claim does not.
    const claimed = new Set(claim.filter((o) => o.axis === c.axis).map((o) => o.side));
    const other = local.find((p) => !claimed.has(sideOf(p)));
    if (other) out.push({ axis: c.axis, claim: c.text, passage: other.text });
  }
  return out;
}

export type Polarity = 'pos' | 'neg' | 'both';

/** How a text uses each of its content words: only under a negation ("not be required"), only without one, or both. */
export function polarityEn(text: string): Map<string, Polarity> {
  const out = new Map<string, Polarity>();
  const mark = (t: string, p: 'pos' | 'neg') => {
    const was = out.get(t);
    out.set(t, was === undefined || was === p ? p : 'both');
  };
  for (const clause of text.replace(/\s+/g, ' ').split(/[.;:!?,()–—]|\bbut\b/i)) {
    const tokens = clause.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    let scope = 0;
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!;
      if (/^(rather than|instead of)$/i.test(`${word} ${tokens[i + 1] ?? ''}`)) {
        scope = 1;
        i++;
        continue;
      }
      if (NEGATION_WORD.test(word)) {
        scope = 1;
        continue;
      }
      const stem = terms(word);
      if (stem.length === 0) continue;
      // "not necessarily required", "not likely to be useful": an adverb is negated, and so is the word after it.
      if (scope > 0 && /ly$/i.test(word)) {
        for (const t of stem) mark(t, 'neg');
        continue;
      }
      for (const t of stem) mark(t, scope > 0 ? 'neg' : 'pos');
      if (scope > 0) scope--;
    }
  }
  return out;
}

/** The same for a Chinese (Simplified) claim, in the English stems of its glossary words. */
export function polarityZh(simplified: string): Map<string, Polarity> {
  const out = new Map<string, Polarity>();
  let cursor = 0;
  for (const m of bridgeQuery(simplified).matches) {
    if (m.kind !== 'term') continue;
    const at = simplified.indexOf(m.zh, cursor);
    if (at < 0) continue;
    cursor = at + m.zh.length;
    const lead = simplified.slice(Math.max(0, at - 4), at).replace(/[应该要会能可必须被再需得去]+$/, '');
    const p: 'pos' | 'neg' = NEGATION_ZH.test(lead) ? 'neg' : 'pos';
    for (const t of new Set(m.en.flatMap((e) => terms(e)))) {
      const was = out.get(t);
      out.set(t, was === undefined || was === p ? p : 'both');
    }
  }
  return out;
}

/** A word the claim and the passage both use, negated in one only: the claim's reading and the passage's. */
export function negationFlip(claim: Map<string, Polarity>, passage: Map<string, Polarity>): { term: string; claim: Polarity; passage: Polarity } | undefined {
  for (const [term, p] of claim) {
    const q = passage.get(term);
    if (p === 'both' || q === undefined || q === 'both' || p === q) continue;
    return { term, claim: p, passage: q };
  }
  return undefined;
}
