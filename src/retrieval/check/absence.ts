/**
 * Claims that a submitter left something out: "Microsoft did not discuss export controls",
 * "HackerOne's comment never mentions energy", "X said nothing about Y", "X 的意見書沒有提到 Y".
 * Such a claim is true when the submitter's text does not hold what it is said to leave out, so
 * it is checked by a presence test of that (Y's words only: not the negation, not the framing)
 * over the submitter's whole text, never by looking for a passage that matches the claim's words.
 */
import type { CorpusIndex } from '../corpus-index.js';
import type { Understood } from '../question/understand.js';
import type { TopicGroup } from '../question/topic.js';
import type { Concept } from '../question/concepts.js';
import { bridgeQuery } from '../i18n/query-bridge.js';
import { GLOSSARY } from '../i18n/glossary.js';
import { toSimplified } from '../i18n/script.js';
import { terms } from '../text/tokenize.js';
import { isFrameTerm } from '../question/topic.js';

/** What an absence claim says is missing, as written. */
export interface AbsenceClaim {
  /** The words for what is left out ("export controls", "中國"). */
  object: string;
}

/** English verbs of speaking about something, after a negation ("did not ___ Y"). */
const SPEAK =
  'address(?:es|ed)?|mention(?:s|ed)?|discuss(?:es|ed)?|talk(?:s|ed)? about|touch(?:es|ed)? (?:on|upon)|rais(?:e|es|ed)|cover(?:s|ed)?|refer(?:s|red)? to|' +
  'bring(?:s)? up|brought up|engage(?:s|d)? with|deal(?:s|t)? with|comment(?:s|ed)? on|weigh(?:s|ed)? in on|speak(?:s)? (?:to|about|of)|spoke (?:to|about|of)|' +
  'say (?:anything|a word|much) (?:about|on|regarding)|said (?:anything|a word|much) (?:about|on|regarding)|' +
  'make (?:any )?(?:mention of|reference to)|made (?:any )?(?:mention of|reference to)|acknowledge[sd]?|consider(?:s|ed)?|cite[sd]?|' +
  'tackle[sd]?|take up|took up|get into|go into|went into|focus(?:es|ed)? on|remark(?:s|ed)? on';
const NEGATED = "(?:did|does|do|has|have|had)(?:\\s+not|n[’']t)|never|fail(?:s|ed)? to|neglect(?:s|ed)? to|nowhere";
/** Cues after which the missing thing follows: "did not address Y", "said nothing about Y", "ignored Y". */
const EN_BEFORE = new RegExp(
  `\\b(?:(?:${NEGATED})\\s+(?:even\\s+|once\\s+|actually\\s+|explicitly\\s+|directly\\s+|specifically\\s+|really\\s+|so much as\\s+)?(?:${SPEAK})` +
    `|(?:said|says|say|wrote|writes|offered|offers|had|has) (?:nothing|not a word|little or nothing|not one word)(?: at all)? (?:about|on|regarding|concerning)` +
    `|(?:is|was|are|were|stays|stayed|remained|remains|kept|keeps) (?:completely |entirely )?(?:silent|mum|quiet) (?:on|about|regarding)` +
    `|(?:makes|made|contains|contained|has|had|includes|included|offers|offered|gives|gave) (?:no|not a single|not one) (?:mention|reference|discussion|word)s? (?:of|to|about|on)` +
    `|(?:ignored|ignores|omitted|omits|skipped|skips|sidestepped|sidesteps|overlooked|overlooks|left out|leaves out|steered clear of|steers clear of|avoided|avoids)(?: (?:any )?(?:mention|discussion)(?:ing)? of)?` +
    `|(?:there is|there was|with) no (?:mention|discussion|reference) (?:of|to)` +
    `|(?:lacks|lacked|lacking) (?:any )?(?:mention|discussion|reference)s? (?:of|to)` +
    `|\\bnowhere\\b[^,.;]*?\\b(?:mention|address|discuss|refer to)(?:s|es|ed)?` +
    `|no mention (?:of|about))\\s+`,
  'i',
);
/** Cues before which the missing thing stands: "Y is not mentioned in X's comment", "Y does not appear in X's letter". */
const EN_AFTER = /\s+(?:(?:is|was|are|were)(?:\s+not|n[’']t|\s+never)\s+(?:even\s+|once\s+)?(?:mentioned|addressed|discussed|raised|covered|referenced|cited)|(?:goes|went|is|was|are|were|remains|remained) (?:entirely |completely )?(?:unmentioned|unaddressed|undiscussed)|(?:is|was|are|were) (?:absent|missing) from|(?:does|do|did)(?:\s+not|n[’']t)\s+(?:appear|come up|feature|figure)|never (?:appears?|comes? up|features?))\b/i;

/** Chinese cues (in Simplified): a negation and a verb of speaking about ("没有提到"), or a phrase ("只字未提"). */
const ZH_NEG = '(?:完全|根本|全然|并|也|从来|从|都|均|皆)?(?:没有|没|未曾|未|并未|不曾)';
const ZH_SPEAK = '(?:提到|提及|提起|谈到|谈及|讨论|论及|涉及|触及|说到|讲到|关注|处理|回应|着墨|碰触|触碰|探讨|述及|正面回应)';
const ZH_BEFORE = new RegExp(`${ZH_NEG}(?:任何)?${ZH_SPEAK}(?:过|到)?|(?:忽略|忽视|回避|避开|略过|漏掉|遗漏)了?`);
/** "对 Y 只字未提", "关于 Y 一字未提": the missing thing between 对/关于 and the cue. */
const ZH_AROUND = new RegExp(`(?:对于|对|关于|就)\\s*(.+?)\\s*(?:只字未提|一字未提|只字不提|未置一词|避而不谈|毫无着墨|没有着墨|没有任何(?:说明|论述|讨论|建议)|${ZH_NEG}${ZH_SPEAK})`);

/**
 * A verb of saying before the cue: the absence is what the submitter said of someone else
 * ("X argued that Congress has not addressed Y"), not a claim about its own text.
 */
const REPORTED_EN = /\b(?:that|said|says|say|argued|argues|warned|warns|claimed|claims|noted|notes|believes|believe|thinks|wrote|writes|told|complained|complains|lamented|laments|pointed out|points out|stressed|stresses|observed|observes)\b/i;
const REPORTED_ZH = /表示|认为|指出|强调|主张|呼吁|批评|警告|抱怨|称|说/;

/** "没有任何关于 Y 的内容": the missing thing inside a phrase about content. */
const ZH_CONTENT = /(?:没有|未|并无|毫无|无|找不到|看不到)(?:任何)?(?:关于|有关|涉及|提及)(.+?)的(?:内容|讨论|论述|说明|建议|文字|段落|部分|字眼)/;
/** "Y 未出现在 X 的意见书中": the missing thing before the cue. */
const ZH_AFTER = new RegExp(`^(.+?)(?:一词|这个词|这一话题|这个话题|议题)?${ZH_NEG}(?:出现在|出现于|被提及|被提到|被讨论|被谈到)`);

/** Framing around the missing thing: "anything about", "the topic of", "in its comment", "at all". */
const EN_LEAD = /^(?:(?:anything|any|a word|at all|even|the (?:topic|issue|question|subject|matter|problem|role|need|idea) of|the|its|their|about|on|of|regarding|concerning|whatsoever)\b[\s,]*)+/i;
const EN_TRAIL = /[\s,]*(?:\b(?:at all|whatsoever|anywhere|even once|in (?:its|their|the|his|her)\b.*|in (?:any|a single) (?:way|passage|place)|either)\b[\s,]*)+$/i;
const ZH_LEAD = /^(?:任何|有关|关于|对于|对|过|到|了|有关于|涉及|与|和)+/;
const ZH_TRAIL = /(?:的?(?:任何)?(?:问题|议题|内容|事情|事项|话题|部分|方面|事|一词|这个词|字眼))?(?:的?(?:意见|看法|建议|立场))?$/;

/** The absence claim in a text, if it is one, and what it says is missing. */
export function absenceOf(claim: string): AbsenceClaim | undefined {
  if (/\p{Script=Han}/u.test(claim)) return absenceZh(toSimplified(claim));
  const sentence = claim.replace(/[.!?。]+\s*$/, '');
  const before = EN_BEFORE.exec(sentence);
  if (before && !REPORTED_EN.test(sentence.slice(0, before.index))) {
    const object = cleanEn(sentence.slice(before.index + before[0].length));
    if (object) return { object };
  }
  const after = EN_AFTER.exec(sentence);
  if (after) {
    const object = cleanEn(sentence.slice(0, after.index).replace(/^.*\b(?:that|:)\s+/i, ''));
    if (object) return { object };
  }
  return undefined;
}

function cleanEn(text: string): string {
  // What follows the first clause ("…, which …", "; it …", " but …") is not what is missing.
  const clause = text.split(/\s*(?:[;:(]|,\s*(?:which|who|but|though|although|even|despite|instead|while|and instead)\b|\s(?:but|although|though|despite|instead|even though|while)\s)/i)[0] ?? '';
  return clause.replace(EN_LEAD, '').replace(EN_TRAIL, '').replace(/^["“'‘]|["”'’]$/g, '').trim();
}

function absenceZh(text: string): AbsenceClaim | undefined {
  const sentence = text.replace(/[。！？!?.]+\s*$/, '');
  const before = ZH_BEFORE.exec(sentence);
  if (before && REPORTED_ZH.test(sentence.slice(0, before.index))) return undefined;
  const after = before ? cleanZh(sentence.slice(before.index + before[0].length).split(/[，,；;。：:]/)[0] ?? '') : '';
  if (after) return { object: after };
  const content = ZH_CONTENT.exec(sentence);
  if (content?.[1] && cleanZh(content[1]) && !REPORTED_ZH.test(sentence.slice(0, content.index))) return { object: cleanZh(content[1]) };
  // "Y 未出现在 X 的意见书中", "Y 没有被提及".
  const passive = ZH_AFTER.exec(sentence);
  if (passive?.[1] && cleanZh(passive[1]) && !REPORTED_ZH.test(passive[1])) return { object: cleanZh(passive[1]) };
  // "对 Y 只字未提": the missing thing stands before the cue.
  const around = ZH_AROUND.exec(sentence);
  const object = around?.[1] ? cleanZh(around[1]) : '';
  return object && !REPORTED_ZH.test(sentence.slice(0, around!.index)) ? { object } : undefined;
}

function cleanZh(text: string): string {
  const object = text.trim().replace(ZH_LEAD, '').replace(ZH_TRAIL, '').trim();
  // Quotation marks around it go; brackets only when unbalanced ("深伪（deepfake）" keeps its own).
  const unquoted = object.replace(/^[「『“"]+|[」』”"]+$/g, '');
  const opens = (unquoted.match(/[（(]/g) ?? []).length;
  const closes = (unquoted.match(/[）)]/g) ?? []).length;
  return (opens > closes ? unquoted.replace(/^[（(]/, '') : closes > opens ? unquoted.replace(/[）)]$/, '') : unquoted).trim();
}

/**
 * What the claim says is missing, as the question's topic groups and concepts give it (Y's only):
 * each concept's groups, each group's alternatives written expressions ("export controls", "data
 * centre"), widened with the glossary's other forms of the same thing.
 */
export interface AbsentTopic {
  groups: TopicGroup[];
  concepts: Concept[];
}

export function absentTopic(question: Pick<Understood, 'groups' | 'concepts' | 'language'>, absence: AbsenceClaim): AbsentTopic {
  const phrases = question.language === 'zh' ? phrasesZh(question.groups, absence.object) : phrasesEn(question.concepts, absence.object);
  const concepts = phrases.map(({ label, groups }) => ({ label, groups: asExpression(label, groups) ?? groups.map(withGlossaryForms) }));
  return { groups: concepts.flatMap((c) => c.groups), concepts };
}

/** An English claim's concepts whose groups' words are in the missing thing; its own words when the analysis took them for a name ("Duke Energy did not address energy"). */
function phrasesEn(concepts: readonly Concept[], object: string): { label: string; groups: TopicGroup[] }[] {
  const own = new Set(terms(object));
  const keep = (g: TopicGroup) => g.alternatives.some((alt) => alt.length > 0 && alt.every((t) => own.has(t)));
  const phrases = concepts.map((c) => ({ label: c.label, groups: c.groups.filter(keep) })).filter((c) => c.groups.length > 0);
  if (phrases.length > 0) return phrases;
  const words = [...own].filter((t) => !isFrameTerm(t));
  return words.length ? [{ label: object, groups: words.map((t) => ({ label: t, forms: [t], alternatives: [[t]] })) }] : [];
}

/**
 * A Chinese claim's missing thing, one concept per phrase ("开源模型" is one, "能源或数据中心" two,
 * split where 、，和 与 或 的 break it), each from the question's groups for its glossary words.
 */
function phrasesZh(groups: readonly TopicGroup[], object: string): { label: string; groups: TopicGroup[] }[] {
  const out: { label: string; groups: TopicGroup[] }[] = [];
  for (const piece of object.split(/[、，,；;和与及或跟的]|以及/).map((p) => p.trim()).filter(Boolean)) {
    const bridge = bridgeQuery(piece);
    const english = new Set([...bridge.matches.flatMap((m) => m.en), ...bridge.latinTokens].map((e) => e.toLowerCase()));
    const own = groups.filter((g) => english.has(g.label.toLowerCase()) || g.forms.some((f) => english.has(f.toLowerCase())));
    // Words the analysis took for a name ("能源" of Duke Energy): the glossary's English for them.
    const fallback = bridge.matches.filter((m) => m.kind === 'term').map((m) => ({ label: m.en[0]!, forms: m.en, alternatives: m.en.map((e) => terms(e)).filter((alt) => alt.length > 0) }));
    if (own.length) out.push({ label: piece, groups: own });
    else if (fallback.length) out.push({ label: piece, groups: fallback });
  }
  return out;
}

/** A concept of several one-word groups that the glossary knows as one expression ("data" + "centers"), as that expression and its other forms. */
function asExpression(label: string, groups: TopicGroup[]): TopicGroup[] | undefined {
  if (groups.length < 2 || groups.some((g) => g.alternatives.length !== 1 || g.alternatives[0]!.length !== 1)) return undefined;
  const words = groups.map((g) => g.alternatives[0]![0]!);
  if (glossaryEntries(words.join(' ')).length === 0) return undefined;
  return [withGlossaryForms({ label, forms: [label], alternatives: [words] })];
}

/** The glossary entries' English words, by the terms of each (for widening an English group). */
let byTerms: Map<string, { alternatives: string[][]; forms: string[]; sameThing: boolean }[]> | undefined;

function glossaryEntries(key: string): { alternatives: string[][]; forms: string[]; sameThing: boolean }[] {
  if (!byTerms) {
    byTerms = new Map();
    const add = (english: string[], sameThing: boolean) => {
      const forms = english.filter((e) => terms(e).length > 0);
      const value = { alternatives: forms.map((e) => terms(e)), forms, sameThing };
      for (const alt of value.alternatives) byTerms!.set(alt.join(' '), [...(byTerms!.get(alt.join(' ')) ?? []), value]);
    };
    for (const entry of GLOSSARY.terms) add(entry.en, false);
    // An organisation's or a country's names are all names of one thing ("China", "Chinese", "PRC").
    for (const entry of GLOSSARY.organisations) add(entry.names, true);
  }
  return byTerms.get(key) ?? [];
}

/**
 * A group with the other English forms its glossary entry gives it, those that share a word with
 * it ("export restrictions" for "export controls", "data centre" or "datacenter" for "data
 * center"): another spelling of the same thing, never a looser word ("power" for "electricity").
 * A country's or an organisation's other names are all added ("Chinese", "PRC" for "China").
 */
export function withGlossaryForms(group: TopicGroup): TopicGroup {
  const seen = new Set(group.alternatives.map((alt) => alt.join(' ')));
  const alternatives = [...group.alternatives];
  const forms = [...group.forms];
  for (const alt of group.alternatives) {
    for (const entry of glossaryEntries(alt.join(' '))) {
      entry.alternatives.forEach((other, i) => {
        const related = entry.sameThing || other.some((t) => alt.includes(t)) || (other.length === 1 && alt.length > 1 && other[0]!.startsWith(alt[0]!));
        if (!related || seen.has(other.join(' '))) return;
        seen.add(other.join(' '));
        alternatives.push(other);
        if (!forms.includes(entry.forms[i]!)) forms.push(entry.forms[i]!);
      });
    }
  }
  return { ...group, alternatives, forms };
}

/** A chunk that mentions the missing thing. */
export interface Mention {
  chunk: number;
  /** Its sentences that do (with a neighbour). */
  sentences: number;
}

/**
 * The chunks of the submitter's submissions that mention a concept: each of its groups, within
 * two neighbouring sentences, as one of its expressions (its words in order, at most one other
 * word between two of them), in forms that are the same word. The chunks with the most such
 * sentences come first: the passage about it before a list that names it.
 */
export function mentionsOf(corpus: CorpusIndex, docs: readonly number[], concept: Concept): Mention[] {
  const family = new Map<string, Set<string>>();
  const forms = (t: string) => {
    let f = family.get(t);
    if (!f) family.set(t, (f = new Set([t, ...corpus.family(t)])));
    return f;
  };
  const inChunk = (chunk: number) => (g: TopicGroup) => g.alternatives.some((alt) => alt.length > 0 && alt.every((t) => [...forms(t)].some((v) => corpus.chunkContains(chunk, v))));
  const out: Mention[] = [];
  for (const doc of docs) {
    const { first, end } = corpus.chunksOf(doc);
    for (let chunk = first; chunk < end; chunk++) {
      if (!concept.groups.every(inChunk(chunk))) continue;
      const sentences = corpus.sentences(chunk).map((s) => s.sequence);
      let count = 0;
      for (let i = 0; i < sentences.length; i++) {
        const pair = [sentences[i]!, sentences[i + 1]].filter((x) => x !== undefined);
        if (concept.groups.every((g) => g.alternatives.some((alt) => pair.some((seq) => expressed(seq, alt, forms))))) count++;
      }
      if (count > 0) out.push({ chunk, sentences: count });
    }
  }
  return out.sort((a, b) => b.sentences - a.sentences || a.chunk - b.chunk);
}

/** Whether a sentence's terms hold an expression: its words in order, at most one other word between two of them. */
function expressed(sequence: readonly string[], expression: readonly string[], forms: (t: string) => Set<string>): boolean {
  if (expression.length === 0) return false;
  for (let i = 0; i < sequence.length; i++) {
    if (!forms(expression[0]!).has(sequence[i]!)) continue;
    let at = i;
    let ok = true;
    for (const word of expression.slice(1)) {
      const next = [at + 1, at + 2].find((j) => j < sequence.length && forms(word).has(sequence[j]!));
      if (next === undefined) {
        ok = false;
        break;
      }
      at = next;
    }
    if (ok) return true;
  }
  return false;
}
