/**
 * The cue words of a question: what it asks to be done, found wherever they stand. A cue is a
 * small word list (not a wording of the whole question), so that "how many", "number of",
 * "count the", "總共…幾份", "what share" all give the same `count` cue in any word order.
 * Each match keeps its span, so that cue words never become part of the topic.
 */
import { categoriesNamed } from './categories.js';
import { isVerbWord } from './roles.js';

export type Cue =
  /** A number of submissions is asked for. */
  | 'count'
  /** A share of all submissions ("what percentage"). */
  | 'percent'
  /** Two categories added ("add up", "combined", "加上"). */
  | 'sum'
  /** The difference of two counts ("more than", "多出"). */
  | 'difference'
  /** The submitters are asked for ("which", "who", "list", "哪些"). */
  | 'list'
  /** A yes or no ("did …", "is there …", "有沒有", "是否", "嗎"). */
  | 'yesno'
  /** Two or more submitters set side by side. */
  | 'compare'
  /** A whole submission summed up ("main recommendations", "summarise", "主要建議"). */
  | 'summary'
  /** Whether someone filed a submission at all ("submit", "send in", "weigh in", "提交"). */
  | 'submitted'
  /** Form-letter campaigns are asked about ("form letters", "campaigns", "模板信"). */
  | 'campaign'
  /** A pronoun standing for a submitter ("they", "its", "他們", "該公司"). */
  | 'pronoun'
  /** Refers to the submitters of the previous answer ("of them", "those", "其中"). */
  | 'ofThem'
  /** Asks the previous question of someone else ("the same", "what about", "那 X 呢"). */
  | 'sameTopic'
  /** Says a new question starts ("unrelated:", "new question", "換個問題"). */
  | 'newTopic'
  /**
   * Asks what someone said on a subject ("about", "position on", "discuss", "argue", "對…看法", "提到"),
   * as against a fact looked up ("which change does X put first?"): only such a question, or a
   * yes or no, can be answered "X does not mention it" when its words are not in X's text.
   */
  | 'about'
  /** Names what a count or a list is of: submissions or their senders ("comments", "companies", "份", "大學"). */
  | 'counted'
  /** Asks who signed or sent a submission ("who signed", "the sender of", "署名", "寄件人"), not what it says. */
  | 'signed';

export interface CueMatch {
  cue: Cue;
  start: number;
  end: number;
  /** Whether the matched words are only a cue (removed from the topic) or also content. */
  frame: boolean;
  /** For a count of a thing no category names: the thing as written ("think tanks"). */
  thing?: string;
}

/** Submissions, or the groups that send them: what a count or a list is of. */
const COUNTED_EN = String.raw`(submissions?|comments?|commenters?|responses?|respondents?|filings?|filers?|letters?|submitters?|organi[sz]ations?|groups?|compan(y|ies)|firms?|businesses|startups?|universities|university|colleges?|individuals|people|persons|citizens|non-?profits?|associations?|states|state governments|local governments|governments|cities|counties|entities|think tanks|institutions|operators|makers?|manufacturers|agencies|times|files|ones|academics|schools|hospitals|trade groups|societies|coalitions|unions|labs|laboratories|utilities|developers|banks)`;
/** One of them, after "every" or "each" ("name every think tank that …"). */
const ONE_COUNTED_EN = String.raw`(submission|comment|commenter|response|respondent|filing|filer|letter|submitter|organi[sz]ation|group|company|firm|business|startup|university|college|individual|person|citizen|non-?profit|association|state|state government|local government|government|city|county|entity|think tank|institution|operator|maker|manufacturer|agency|school|hospital|trade group|society|coalition|union|lab|laboratory|utility|developer|bank)`;
/**
 * A count asks "how many" of submissions or of their senders: the cue word with what it counts
 * (a few words on, or anywhere when it asks "how many are there"). "How many jobs…" asks a fact.
 */
const COUNT_EN = new RegExp(
  String.raw`\bhow many (\S+ ){0,3}?${COUNTED_EN}\b|\bhow many (of|among) (them|those|these)\b|\bhow many (are|were|is|was|did|do|does|have|has|came|come|submitted|filed|commented|responded|wrote|sent|(mention|discuss|raise|cite|talk|bring|brought|refer|address|support|oppose|call|want|ask|recommend|argue|say|said|propose|urge|favou?r|back|endorse|warn|worr(y|ie)|express|note|name|reference|flag|highlight|push|pushe)(s|d|ed)?)\b|\b(total )?number of (\S+ ){0,6}?${COUNTED_EN}\b|\bcount(ing)? (up )?(the |all |of )?(\S+ ){0,6}?${COUNTED_EN}\b|\b(tally|total) of\b|\bin total\b|\bhow many times\b|\bhow (often|frequently) (do|does|did|is|are|was|were|have|has) (the |all )?(\S+ ){0,2}?${COUNTED_EN}\b|\bhow (often|frequently) (is|are|was|were|do|does|did)\b(?=[^?]{0,80}\b(mentioned|discussed|raised|cited|named|brought up|talked about|come up|comes up|came up|appear|appears|show up|shows up)\b)|\b(what|which) (share|percent(age)?|proportion|fraction|portion) of (all )?(the )?${COUNTED_EN}\b`,
  'gi',
);
/** After a count's words, a subject and its verb, the subject neither the asker nor the listing, and no verb of filing: the count is that verb's object. */
const OBJECT_OF_ANOTHER = /^\s+(does|did|do|will|would|can|could|has|have)\s+(?!(you|the (listing|rfi|nitrd|table|corpus))\b)(?![^?]*\b(submit|submitted|file|filed|comment|commented|respond|responded|send|sent|write in|wrote in)\b)[\w'’.-]+/i;
const COUNT_ANYWHERE_EN = /\bhow many (are|were|is|was|did|do|does|have|has|came|come)\b|\bin total\b/i;
/** The same in Chinese: 多少 / 幾 with a measure word for documents or senders, or a noun for them close by. */
const COUNT_ZH = /(多少|[几幾])(份|家|个|位|所|篇|名)|(多少|[几幾])[^，。？?！!]{0,6}?(意见书|意见|提交|评论|回应|公司|企业|大学|高校|组织|机构|团体|个人|协会|学会|政府|单位|提交者|留言)|(总共|一共|合计|总数)[^，。？?！!]{0,12}?(多少|[几幾])|(意见书|意见|提交|评论|回应|留言|提交者)的?(数量|数目|总数|份数)|统计一下|统计[^，。？?！!]{0,20}?(数量|数目|总数|份数)/g;

/** A cue, its words, and whether they are only a cue (default) or also content. */
type Lexicon = [Cue, RegExp, boolean?][];

const AUX = String.raw`(?:did|does|do|has|have|had|is|was|were|are|will|would|can|could|should|shall)`;

/** English cue words. A `false` third element keeps the words in the topic. */
const EN: Lexicon = [
  // "Who signed X's comment?", "the signatory of X's letter", "who sent the X letter": not "who wrote about …", a list of submitters.
  // ("How many signatures did the petition gather?" asks no signer.)
  ['signed', /\bwho (signed|penned)\b|\b(signator(y|ies)|sender)\b|\bwhose signature\b|\bsigned (by|it|off)\b|\bwho (sent|wrote|authored) (the |this |that |its |their )?([\p{L}\d.,&'’ -]{2,60}? )?(letter|submission|comment|response|filing)\b/giu],
  ['counted', new RegExp(String.raw`\b(which|what|who|list|name|any|all|many|of)\b(\s+\S+){0,3}\s+${COUNTED_EN}\b|\b(every|each)\s+(\S+\s+){0,2}?${ONE_COUNTED_EN}\b`, 'gi'), false],
  ['percent', /\b(what|which|roughly what|about what) (share|percent(age)?|proportion|fraction|portion)\b|\bpercent(age)? of\b|\bshare of (all|the)\b|\bproportion of\b/gi],
  ['sum', /\badd(ing|ed)? up\b|\bcombined\b|\btogether\b|\bput together\b|\bplus\b|\bsum of\b|\bin all\b/gi],
  ['difference', /\bmore than\b|\bfewer than\b|\bless than\b|\bdifference between\b|\bhow many more\b|\bhow many fewer\b/gi],
  ['list', /\bwhich\b|\bwho\b|\bwhom\b|\blist(ed)?( of)?\b|\bname (the|all|every|each|any|some)\b|\bgive me (the|a list|all)\b|\benumerate\b|\banyone\b|\banybody\b|\bany (organi[sz]ations?|groups?|compan(y|ies)|firms?|universit(y|ies)|colleges?|non-?profits?|associations?|submitters?|commenters?|states?|cities|counties|state governments?)\b/gi],
  // "Anything from them on copyright?", "Any mention of visas?": an elliptical yes or no; "Tell me whether …" (not "settle whether training is fair use").
  // After a topic put first ("Nuclear power: did Nielsen bring it up?", "Visas — anything from Zillow?") as at the start.
  ['yesno', new RegExp(String.raw`(?:^\W*|[:—–]\s*|\s-\s+)(?:(?:and|so|but|also|ok(?:ay)?|then)\W+)?(?:${AUX}|anything|any (?:word|mention|comment|thoughts?|views?|position|stance)s?)\b|\b(is|are|was|were) there\b|\bor not\b|\b(tell|know|wonder|check|find out|see|say|show|confirm|verify|ask)( (me|us))? (if|whether)\b|^\W*whether\b`, 'gi')],
  ['compare', /\bcompar(e|es|ed|ing|ison)\b|\bcontrast(s|ed|ing)?\b|\bdiffer(s|ed|ent|ence|ences)?\b|\bversus\b|\bvs\.?\b|\bboth\b|\beach (one|of them|side)?\b|\bpart ways\b|\b(dis)?agree(s|d)?\b|\bsimilarit(y|ies)\b|\bin common\b/gi],
  [
    'summary',
    new RegExp(
      [
        String.raw`\b(main|key|major|central|top|principal|primary|chief|core|overall|biggest)\s+(recommendations?|points?|arguments?|proposals?|asks|requests|priorities|positions?|messages?|themes?|takeaways?|ideas?|demands?|suggestions?|sections?|parts?|pillars?|components?|policy (asks|proposals|recommendations))\b`,
        String.raw`\bsummar(y|ies|i[sz]e[sd]?|i[sz]ing)\b|\boverview\b|\boutline\b|\bgist\b|\bin a nutshell\b|\brecommendations? (are|is) organi[sz]ed\b`,
        String.raw`\bwhat (is|was) (the )?(\S+\s+){1,6}?(submission|comment|response|letter|filing) about\b`,
        // "What points does X make?", "What areas of policy action do X recommend?", "Which guardrails does X propose?": the submission's
        // points, named by a word for points or for kinds of recommendation, when no topic follows ("… about Y").
        String.raw`\b(what|which)\s+([\w-]+\s+){0,2}?(points|arguments|recommendations|proposals|areas|priorities|sections|parts|themes|pillars|asks|requests|suggestions|ideas|strategies|guardrails|safeguards|steps|measures|actions|reforms|principles|solutions)(\s+of\s+[\w -]{1,30}?)?\s+(do|does|did)\b(?![^?]*\b(about|regarding|concerning|related to|with respect to)\b)`,
        // "How is X's response organised?", "How did X structure its comments?"
        String.raw`\bhow (is|was|are|were|did|does|do)\b[^?]{1,80}?\b(organi[sz]ed|structured|laid out|organi[sz]e|structure)\b`,
        // "Break down X's submission", "Walk me through X's recommendations", "What does X's response cover?" (and nothing after).
        String.raw`\bbreak(s|ing)? down\b|\bwalk (me|us) through\b|\brun-?down of\b|\bthe highlights of\b`,
        String.raw`\bwhat (does|did) ([^?]{1,60}?)\b(submission|comments?|response|letter|filing) (cover|contain|include|address)\s*\??\s*$`,
      ].join('|'),
      'gi',
    ),
  ],
  [
    'submitted',
    /\bsubmit(s|ted|ting)?\b|\bfile[sd]?\b(?! (under|as))|\bfiling\b|\b(did|does|do|has|have|will|would)\s+(?:(?![\w.&-]*['’]s\b)[\w.&'’-]+\s+){1,6}?(?<!\b(its|their|his|her|our|my|your|the|a|an|this|that|in|of|on)\s+)(comment|respond|reply|chime in)\s*(\?|$)|\bchimed in\b|\brespond(s|ed|ing)? to\b|\bsen[dt] in\b|\bwr(o|i)te in\b|\bweigh(s|ed)? in\b|\bcomment(s|ed)? on the\b|\bcommented\b|\btook part\b|\btake part\b|\bparticipat(e|ed)\b|\bthere (a|any) (submission|comment|response|filing|letter)s? from\b|\b(a|any) (submission|comment|response|filing|letter)s? from\b|\bshow(s|ed)? up\b|\bappear(s|ed)?\b/gi,
  ],
  // A campaign of comments, not any campaign ("disinformation campaigns"): named as one, or asked about bare ("how many campaigns").
  ['campaign', /\bform[- ]letters?\b|\b(?:letter[- ]writing|form[- ]letter|mass[- ]comment|comment|write-in|email|e-mail) campaigns?\b|\b(?:how many|which|the (?:largest|biggest)|largest|biggest|list(?: the| all)?) campaigns\b|\b(?:identical|near-identical|copy[- ]and[- ]paste|templated?) (?:letters|comments|submissions)\b/gi],
  ['pronoun', /\b(they|them|their|theirs|it|its|he|him|his|she|her|the company|the firm|the organi[sz]ation|the group|the university|the association|the institute|the council|the alliance|the coalition|the foundation|the society|this submitter|that submitter|the submitter|the same submitter)\b/gi],
  ['ofThem', /\bof (them|those|these)\b|\bamong (them|those|these)\b|\b(those|these) (submissions|comments|submitters|ones|organi[sz]ations|companies|groups)\b|\bwhich of (them|those)\b/gi],
  ['sameTopic', /\bthe same\b|\bsame (thing|topic|issue|question|point|view|way)\b|\bsimilar(ly)?\b|\blikewise\b|\bas well\b|\btoo\b|\balso\b|\bagree\b|^\W*(and|what about|how about|and what about)\b/gi],
  [
    'about',
    /\b(about|regarding|concerning|on the (topic|subject|issue|question) of|(position|positions|views?|stance|take|thoughts|perspective|attitude) on|approach to|position|positions)\b|\b(br(ing|ings|inging|ought) up|(come|comes|came|coming|crop|crops|cropped|show|shows|showed|turn|turns|turned) up|say|says|said|saying|mention\w*|discuss\w*|talk\w*|address\w*|rais(e|es|ed|ing)|argu\w*|recommend\w*|propos\w*|suggest\w*|urg(e|es|ed|ing)|warn\w*|think\w*|thought|feel\w*|describ\w*|comment\w*|touch\w*|cover(s|ed|ing)?|complain\w*|support\w*|oppos\w*|call(s|ed|ing)? for|want\w*|ask(s|ed|ing)? for|express\w*|highlight\w*|emphasi[sz]\w*|stress\w*|advocat\w*|endors\w*|criticiz\w*|criticis\w*|view\w*|stance)\b/gi,
    false,
  ],
  ['newTopic', /^\W*(unrelated|new question|different question|another question|ok(ay)?,? (a )?different question|switching (topics|gears)|changing (the )?(topic|subject)|on another (topic|note)|separately|one more|also unrelated)\b/gi],
];

/** Chinese cue words, matched on the question in Simplified characters. */
const ZH: Lexicon = [
  ['signed', /署名|签名|落款|寄件人|执笔|(谁|由谁)(签署|签|寄出|寄)的?|是(谁|由谁)写的|(签署|寄出)(人|者)是谁/g],
  ['counted', /份|意见书|意见|提交|评论|回应|公司|企业|大学|高校|组织|机构|团体|个人|协会|学会|政府|单位|提交者|留言/g],
  ['percent', /比例|百分之|占比|几成|多少成/g],
  ['sum', /加上|加起来|合计|合起来|总和/g],
  ['difference', /多出|少了|多多少|少多少|相差|差多少|比.{1,12}多/g],
  ['list', /哪些|哪几家|哪家|哪一家|谁|列出|名单/g],
  ['yesno', /有没有|有無|有无|是否|是不是|[吗嘛][?？]?\s*$|没有[?？]\s*$/g],
  ['compare', /比较|比較|差异|差異|异同|異同|不同|相比|对比|對比|区别|區別|分别|各自|两者|兩者|都主张|都认为|一样吗|一致/g],
  [
    'summary',
    /主要(建议|观点|主张|内容|诉求|论点|重点|政策建议|意见|部分|方面)|主要(谈|讲|说|论述|涉及)了?(什么|哪些)|重点|摘要|总结|概述|概要|概括|要点|大意|哪几[点项條条]|哪幾[點項條]|几项建议|幾項建議|提了哪|提出了哪(几|些)(项|点|條|条)?(主要)?(建议|主张)|(哪些|哪几个?)(部分|章节)|结构/g,
  ],
  ['submitted', /提交(?!者)|交了|递交|交(过|出)?(一份|份)?(意见书|意见|评论)|回应|回應|参与|參與|有没有(意见|意见书)|提出意见|发表意见/g],
  ['campaign', /模板信|格式信|制式信|套用信|同一封信|联署信|群发信|群发的意见|模板意见|相同的意见|统一模板|动员活动|请愿活动|征集活动/g],
  ['pronoun', /他们|它们|它|该公司|该组织|该机构|该校|该协会|该会|其(?!中|他|余|实)|他(?!们)|她|对方|这家|那家|此机构/g],
  ['ofThem', /其中|这些|那些|他们当中|它们当中|上述/g],
  ['sameTopic', /同样|一样|也[是有说提主]|呢[?？]?\s*$|这个问题|这一点|类似|相同/g],
  ['about', /关于|对.{0,24}(看法|立场|态度|观点|意见|建议|主张|评价|怎么看|如何看|怎么说|怎么讲|说了什么|说什么|有何评论|有什么评论)|提到|提及|谈|说|认为|建议|主张|表示|立场|看法|态度|观点|涉及|讨论|呼吁|批评|支持|反对|担心|关注|论述|怎么看|如何看/g, false],
  ['newTopic', /^\s*(另外|换个(问题|话题)|另一个问题|再问一个|再问|新问题|另外想问|换个|另一问题|顺便问)/g],
];

/** Cue words that also carry content: they stay in the topic. */
const CONTENT_CUES = new Set<Cue>(['pronoun', 'ofThem']);

/** Question words: a sentence with one asks; one without sets the question up ("A teacher wrote … . What …?"). */
const ASKS_EN = /\?\s*$|^\W*(what|which|how|who|whom|whose|when|where|why|did|does|do|is|are|was|were|has|have|can|could|list|name|count|give|tell|summari[sz]e|outline|describe|explain)\b/i;
const ASKS_ZH = /[？?]\s*$|什么|哪|如何|怎么|是否|吗|呢|谁|为何|为什么|列出/;

/** The spans of a question's sentences that ask (all of it when no sentence only sets it up). */
export function askingSpans(text: string, zh: boolean): { start: number; end: number }[] {
  // A full stop inside a word ("Ai.Fish", "Code.org") ends no sentence.
  const sentences = [...text.matchAll(zh ? /[^。！!？?]+[。！!？?]?/g : /(?:[^.!?]|[.!?](?=[\p{L}\p{N}]))+(?:[.!?]+|$)/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const asking = sentences.filter((s) => (zh ? ASKS_ZH : ASKS_EN).test(s.text));
  return asking.length > 0 && asking.length < sentences.length ? asking : [{ start: 0, end: text.length }];
}

/** What a count of submissions or of their senders in general counts ("how many submissions", "how many organisations"). */
export const GENERIC_COUNTED = /^(submissions?|comments?|commenters?|responses?|respondents?|filings?|filers?|letters?|submitters?|organi[sz]ations?|groups?|entities|individuals|people|persons|citizens|times|files|ones|institutions)$/i;
/** Words between "how many" and what it counts that only qualify the count ("how many different …"). */
export const COUNT_QUALIFIERS = /^(different|distinct|separate|unique|total|other|individual|actual|such)$/i;

/**
 * Where, in a count's words ("how many think tanks"), the counted thing begins when it is neither
 * submissions or senders in general nor a respondent category ("think tanks", "hospitals"); -1
 * otherwise.
 */
function uncategorisedThing(words: string): number {
  const counted = [...words.matchAll(new RegExp(String.raw`\b(${COUNTED_EN}|${ONE_COUNTED_EN})\b`, 'gi'))].at(-1);
  // "small businesses" is a kind of firm the submissions talk about, not the Private Sector category.
  const small = counted !== undefined && SMALL_BEFORE.test(words.slice(0, counted.index));
  if (!counted || GENERIC_COUNTED.test(counted[0]) || (!small && categoriesNamed(counted[0].toLowerCase()).categories.length > 0)) return -1;
  const head = /^\s*(how many|(total )?number of|count(ing)? (up )?(the |all |of )?|which|what|list( the| all)?|name( the| all)?|any|every|each)\s+/i.exec(words);
  if (!head) return -1;
  // Qualifiers stay with the cue; the words before the thing that name a kind of it ("think") are the thing.
  let at = head[0].length;
  for (const word of words.slice(at).matchAll(/\S+\s*/g)) {
    if (!COUNT_QUALIFIERS.test(word[0].trim())) break;
    at += word[0].length;
  }
  return !small && categoriesNamed(words.slice(at).toLowerCase()).categories.length > 0 ? -1 : at;
}

/** A category's word right after "small" ("small businesses") names no category. */
export const SMALL_BEFORE = /\bsmall[- ]$/i;

/** The thing a list asks for when no category names it ("Which think tanks discussed …" → "think tanks"), from its words. */
export function uncategorisedListed(words: string): string | undefined {
  const at = uncategorisedThing(words);
  return at >= 0 ? words.slice(at).trim() : undefined;
}

/** The cues of a question (`zhSimplified`: the question in Simplified characters when it is Chinese). */
export function findCues(question: string, zhSimplified?: string): CueMatch[] {
  const asking = askingSpans(zhSimplified ?? question, zhSimplified !== undefined);
  return allCues(question, zhSimplified).filter((m) => m.cue === 'counted' || asking.some((s) => m.start >= s.start && m.start < s.end));
}

function allCues(question: string, zhSimplified?: string): CueMatch[] {
  const text = zhSimplified ?? question;
  const lexicon = zhSimplified ? ZH : EN;
  const out: CueMatch[] = [];
  const count = zhSimplified ? COUNT_ZH : COUNT_EN;
  count.lastIndex = 0;
  for (const m of text.matchAll(count)) {
    // "How many are there?" counts what the question names elsewhere.
    if (!zhSimplified && COUNT_ANYWHERE_EN.test(m[0]) && !new RegExp(`\\b${COUNTED_EN}\\b`, 'i').test(text)) continue;
    // "How many people does the banking industry employ?", "what number of developers did they cite?": what someone else's verb counts is a fact of its text.
    // (Submissions counted are counted, whoever's verb: "in how many submissions does X come up?")
    if (!zhSimplified && !/\b(submissions?|comments?|responses?|filings?|letters?|files|times)$/i.test(m[0]) && OBJECT_OF_ANOTHER.test(text.slice(m.index + m[0].length))) continue;
    // "How many think tanks commented?": a thing no category names is what the count is of, so it stays in the topic.
    const thing = zhSimplified ? -1 : uncategorisedThing(m[0]);
    out.push({ cue: 'count', start: m.index, end: m.index + (thing >= 0 ? thing : m[0].length), frame: true, ...(thing >= 0 ? { thing: m[0].slice(thing).trim() } : {}) });
  }
  for (const [cue, pattern, frame = !CONTENT_CUES.has(cue)] of lexicon) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      if (cue === 'compare' && !zhSimplified && !eachSetsSideBySide(text, m)) continue;
      // "Google's AI Overview": a capitalised word inside a sentence is a name, not a request for a summary.
      if (cue === 'summary' && !zhSimplified && /^\p{Lu}\p{Ll}/u.test(m[0]) && !/(^|[.?!:]\s*)$/.test(text.slice(0, m.index).trimEnd())) continue;
      out.push({ cue, start: m.index, end: m.index + m[0].length, frame });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * "Each" sets several side by side when it stands for them ("how do Uber and Lyft each view …",
 * "what did each one say", "… each?"), not before a noun it counts out ("each second", "name each
 * company that …").
 */
const AUX_WORD = new RegExp(`^${AUX}$`);

function eachSetsSideBySide(text: string, m: RegExpMatchArray): boolean {
  if (!/^each\s*$/i.test(m[0])) return true;
  const next = /^\s+([\p{L}'’-]+)/u.exec(text.slice(m.index! + m[0].trimEnd().length))?.[1]?.toLowerCase();
  return next === undefined || AUX_WORD.test(next) || isVerbWord(next);
}

export function hasCue(matches: readonly CueMatch[], cue: Cue): boolean {
  return matches.some((m) => m.cue === cue);
}
