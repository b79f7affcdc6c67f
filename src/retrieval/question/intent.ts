/**
 * What a question wants done (decided from its slots: `kindOf` in slots.ts):
 * - `count`: a number of submissions ("how many companies submitted?", "有多少個人提交了意見?");
 * - `list`: the submitters who said something ("which universities warned …?");
 * - `yesno`: whether a named submitter addressed a topic ("Did Microsoft discuss export controls?");
 * - `outline`: a named submission as a whole ("What are Anthropic's main recommendations?");
 * - `lookup`: anything else.
 */
export type Intent = 'lookup' | 'count' | 'list' | 'yesno' | 'outline' | 'submitted';

/**
 * A question about one submitter it describes but does not name: "A Writers Guild member argued
 * …", "One individual commenter warned …", "According to the trade group for …". Its answer comes
 * mostly from the best-ranked submission.
 */
const DESCRIBED = /(^|[.?!]\s+|\baccording to\s+|\bdid\s+)(a|an|one|the)\s+([\w'’,-]+\s+){0,7}?(member|author|writer|novelist|teacher|student|commenter|submitter|startup|start-up|company|firm|business|group|association|organi[sz]ation|university|college|professor|researcher|scientist|person|individual|engineer|doctor|physician|nurse|parent|artist|musician|actor|veteran|lawyer|attorney|developer|federation|coalition|council|institute|society|agency|county|city|tribe|nonprofit|non-profit|think tank|union|submission|comment|letter|filing|resident|citizen|worker|employee|owner|founder|executive|officer|official|economist|activist|pastor|farmer|retiree)\b/i;

/** The same in Chinese: "一位退休醫師", "有位留言者", "一位即將畢業的高中生". */
const DESCRIBED_ZH = /(一位|有位|有一位|一名|有一名|某位|一個|一个)[^，。？?]{0,20}?(留言者|提交者|作者|學生|学生|高中生|教師|教师|老師|老师|醫師|医师|醫生|医生|護士|护士|律師|律师|藝術家|艺术家|作家|父母|家長|家长|員工|员工|工程師|工程师|研究人員|研究人员|人|者)/;

/** A person described by what they did, whatever they are called: "A Vermont beekeeper who …", "One commenter whose …". */
const DESCRIBED_PERSON = /(^|[.?!]\s+)(a|an|one)\s+([\w'’-]+\s+){1,4}?(who|whose)\b/i;

/**
 * Where a question that opens by describing its submitter ("The founder of a small web business
 * for booking tours says Google's updates …", "A nurse who …") ends that description's noun: names
 * after it are what the submitter talks about. None when the question does not open so.
 */
export function describedOpeningEnd(question: string): number | undefined {
  for (const pattern of [DESCRIBED, DESCRIBED_PERSON]) {
    const m = new RegExp(pattern.source, 'i').exec(question);
    if (m && m.index === 0 && !/^\s*(according to|did)\b/i.test(m[0])) return m.index + m[0].length;
  }
  return undefined;
}

export function describesOneSubmitter(question: string): boolean {
  return DESCRIBED.test(question) || DESCRIBED_PERSON.test(question) || DESCRIBED_ZH.test(question);
}

/** Asks what a submitter wants done ("what did they ask the government to do", "what does it propose"): recommendations answer it. */
const ASKS_FOR_ACTION = /\b(ask(s|ed)?|want(s|ed)?|urge[sd]?|recommend(s|ed)?|propose[sd]?|call(s|ed)? (for|on)|suggest(s|ed)?|push(es|ed)? for|seek(s)?|request(s|ed)?|advocate[sd]?)\b[^?]{0,60}\b(to do|should|to|for)\b|\bwhat (do|does|did) .{1,60} (want|propose|recommend|urge|ask for)\b|建议|建議|主张|主張|呼吁|呼籲|要求|希望/i;

export function asksForAction(question: string): boolean {
  return ASKS_FOR_ACTION.test(question);
}
