import { categoriesNamed, type Category } from './categories.js';

/**
 * What a question wants done, from its wording:
 * - `count`: a number of submissions ("how many companies submitted?", "有多少個人提交了意見?");
 * - `list`: the submitters who said something ("which universities warned …?");
 * - `yesno`: whether a named submitter addressed a topic ("Did Microsoft discuss export controls?");
 * - `outline`: a named submission as a whole ("What are Anthropic's main recommendations?");
 * - `lookup`: anything else.
 */
export type Intent = 'lookup' | 'count' | 'list' | 'yesno' | 'outline' | 'submitted';

/** Nouns that can only mean submissions, and nouns for groups of submitters (which need a verb of submitting). */
const CORPUS = String.raw`(submissions|comments|commenters|respondents|responses|letters|filings|submitters)`;
const GROUP = String.raw`(organi[sz]ations|groups|companies|firms|businesses|startups|universities|colleges|individuals|people|citizens|non-?profits|associations|states|state governments|local governments|governments|cities|counties|entities|trade groups|think tanks)`;
const VERB = String.raw`(submitted|filed|commented|sent|wrote|responded|weighed|mentioned|mention|mentions|discussed|discuss|discusses|raised|raise|called|call|supported|support|opposed|oppose|argued|argue|warned|warn|asked|ask|urged|urge|came|come|said|say|proposed|propose|recommended|recommend|wanted|want|that|who)`;
/** Words that may stand between a group and its verb: not a pronoun or auxiliary ("how many people did it say …" asks a fact). */
const GAP = String.raw`((?!(?:did|does|do|it|its|they|he|she|we|you|i)\b)\w+[ -]){0,2}?`;
const counted = (cue: string) => String.raw`${cue} (\w+[ -]){0,3}?${CORPUS}\b|${cue} (\w+[ -]){0,3}?${GROUP} ${GAP}${VERB}\b`;
const COUNT_EN = new RegExp(String.raw`\b(${counted('how many')}|${counted('(number|share|percentage|proportion|fraction) of( all)?( the)?')}|how many (came|come|were|are) (from|there)\b)`, 'i');
const COUNT_ZH = /(有)?(多少|几|幾)(份|家|个|個|所|位|篇|名)?[^，。？?！!]{0,10}?(意见|意見|提交|评论|評論|回应|回應|公司|企业|企業|大学|大學|高校|组织|組織|机构|機構|团体|團體|个人|個人|人|州|协会|協會|学会|學會|政府)/;
const LIST_EN = new RegExp(String.raw`\b(${counted('(which|what)')}|${counted('list (the |all |every )?')})|\bwho (submitted|filed|commented|wrote|argued|warned|said|asked|called|urged|proposed|recommended|opposed|supported)\b`, 'i');
const LIST_ZH = /哪些|哪几|哪幾|哪几家|哪幾家|列出/;
const YESNO_EN = /^\s*(and\s+|so\s+|but\s+)?(did|does|do|has|have|had|is|was|were|are)\b/i;
const YESNO_ZH = /有没有|有沒有|是否|有无|有無|[吗嗎][?？]?\s*$/;
const OUTLINE_EN = /\b(main|key|major|central|top|principal|primary|chief|core)\s+(recommendations?|points?|arguments?|proposals?|asks|requests|priorities|positions?|messages?|themes?|takeaways?|ideas?|policy (asks|proposals|recommendations))\b|\bsummari[sz]e\b|\bsummary of\b|\boverview of\b|\boutline of\b|\bgist of\b|\bwhat (is|was) (the )?\S+(\s+\S+){0,4}?\s+(submission|comment|response|letter|filing) about\b/i;
const OUTLINE_ZH = /主要(建议|建議|观点|觀點|主张|主張|内容|內容|诉求|訴求|论点|論點|重点|重點)|重点|重點|摘要|总结|總結|概述|概要|概括|要点|要點|大意/;
/** "What did X recommend?" with nothing more: a broad question about the whole submission. */
const BROAD_EN = /^\s*what (did|does|do) .{1,80}? (recommend|propose|say|ask for|want|suggest|argue|urge)\s*\??\s*$/i;

export interface IntentResult {
  intent: Intent;
  /** Categories a count or list applies to, as a filter. */
  categories: Category[];
  /** The words that named them ("private companies"): not part of the topic. */
  categoryWords: string[];
}

/**
 * The intent of a question. `hasNamed`: the question names a submitter (outline and yes/no need
 * one; counts and lists are over the corpus). `lower` is the question in lower case, `zh` its
 * Simplified form when it is Chinese.
 */
export function intentOf(question: string, hasNamed: boolean, zh?: string): IntentResult {
  const text = zh ?? question;
  const over = (intent: Intent, slot: string): IntentResult => {
    const { categories, words } = categoriesNamed(slot.toLowerCase());
    return { intent, categories, categoryWords: words };
  };
  if (!hasNamed) {
    const count = zh ? COUNT_ZH.exec(zh) : COUNT_EN.exec(question);
    if (count) return over('count', zh ? zh.slice(count.index, count.index + count[0].length + 6) : groupSlot(question, count.index));
    const list = zh ? LIST_ZH.exec(zh) : LIST_EN.exec(question);
    if (list) return over('list', zh ? zh.slice(list.index, list.index + 12) : groupSlot(question, list.index));
  }
  const plain = (intent: Intent): IntentResult => ({ intent, categories: [], categoryWords: [] });
  if (hasNamed) {
    if (zh ? OUTLINE_ZH.test(zh) : OUTLINE_EN.test(question) || BROAD_EN.test(question)) return plain('outline');
    if (zh ? YESNO_ZH.test(text) : YESNO_EN.test(question)) return plain('yesno');
  }
  return plain('lookup');
}

/** The words that say whom a count or list is over: a few after its cue, and any "from the …" phrase. */
function groupSlot(question: string, at: number): string {
  const after = question.slice(at).split(/\s+/).slice(0, 6).join(' ');
  const from = /\bfrom (the )?(([\w/]+[ -]){0,3}[\w/]+)/i.exec(question)?.[0] ?? '';
  return `${after} ${from}`;
}

/**
 * A question about one submitter it describes but does not name: "A Writers Guild member argued
 * …", "One individual commenter warned …", "According to the trade group for …". Its answer comes
 * mostly from the best-ranked submission.
 */
const DESCRIBED = /(^|[.?!]\s+|\baccording to\s+|\bdid\s+)(a|an|one|the)\s+([\w'’,-]+\s+){0,7}?(member|author|writer|novelist|teacher|student|commenter|submitter|startup|start-up|company|firm|business|group|association|organi[sz]ation|university|college|professor|researcher|scientist|person|individual|engineer|doctor|physician|nurse|parent|artist|musician|actor|veteran|lawyer|attorney|developer|federation|coalition|council|institute|society|agency|county|city|tribe|nonprofit|non-profit|think tank|union|submission|comment|letter|filing|resident|citizen|worker|employee|owner|founder|executive|officer|official|economist|activist|pastor|farmer|retiree)\b/i;

/** The same in Chinese: "一位退休醫師", "有位留言者", "一位即將畢業的高中生". */
const DESCRIBED_ZH = /(一位|有位|有一位|一名|有一名|某位|一個|一个)[^，。？?]{0,20}?(留言者|提交者|作者|學生|学生|高中生|教師|教师|老師|老师|醫師|医师|醫生|医生|護士|护士|律師|律师|藝術家|艺术家|作家|父母|家長|家长|員工|员工|工程師|工程师|研究人員|研究人员|人|者)/;

export function describesOneSubmitter(question: string): boolean {
  return DESCRIBED.test(question) || DESCRIBED_ZH.test(question);
}

/** Asks what a submitter wants done ("what did they ask the government to do", "what does it propose"): recommendations answer it. */
const ASKS_FOR_ACTION = /\b(ask(s|ed)?|want(s|ed)?|urge[sd]?|recommend(s|ed)?|propose[sd]?|call(s|ed)? (for|on)|suggest(s|ed)?|push(es|ed)? for|seek(s)?|request(s|ed)?|advocate[sd]?)\b[^?]{0,60}\b(to do|should|to|for)\b|\bwhat (do|does|did) .{1,60} (want|propose|recommend|urge|ask for)\b|建议|建議|主张|主張|呼吁|呼籲|要求|希望/i;

export function asksForAction(question: string): boolean {
  return ASKS_FOR_ACTION.test(question);
}
