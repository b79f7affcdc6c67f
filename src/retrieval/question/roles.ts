/**
 * Where a question puts an organisation: as the author of a filing ("Did Coinbase submit…",
 * "What did home depot tell…", "Cloudflare's comment", "a comment from Hitachi", "Bloom Energy
 * told…", "Anduril 在這次徵詢中提出了…") or as what is talked about ("how many submissions
 * mention Huawei", "提到 DeepSeek"). The author slots are a few grammatical positions (the
 * subject of a question or statement, a possessive before a filing, "from"/"according to"),
 * not wordings of whole questions.
 */

/** A span of the question in an author slot, with its characters. */
export interface RoleSpan {
  text: string;
  start: number;
  end: number;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}&.'’-]*(?:[\p{L}\p{N}]|(?<=s)['’])|[\p{L}\p{N}&]/gu;

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

const AUX = new Set('did does do has have had is was were are will would can could should'.split(' '));
const QUESTION_HEAD = new Set('what how why where when which whose whom who'.split(' '));
/** Verbs that end a subject: what a submitter does in a question about its filing. */
const VERB_STEMS =
  'say said tell told recommend propos argu want think thought view see saw mention discuss address talk bring brought rais describ cover touch weigh send sent submit file comment respond wrote write writ ask urg call suggest support oppos favo back push complain warn claim note cite estimat predict expect plan defin identif list nam offer provid give gave take took make made hold held emphasi stress highlight express shar explain believ feel felt lean land stand stood characteri frame treat handl approach regard consider put plac rank prioriti advocat demand request seek sought endors reject critici prais credit blam invok referenc refer point pitch envision imagin hope worr fear caution concern anticipat forecast project mean meant lay laid set characteris put want propose like go goes went come came start launch run ran build built sign develop creat found caught quot acknowledg admit agre disagre insist pressed press lobb contend conclud report reveal find found show count say'
    .split(' ');
const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'on', 'de', 'at', 'in', 'to']);
const FILING = /^(submission|submissions|comment|comments|response|responses|letter|letters|filing|filings|input|view|views|position|positions|stance|pitch|ask|asks|argument|arguments|proposal|proposals|recommendation|recommendations|main|key|own|policy|research|survey|report|paper|data|statement|answer|reply|take|plan|idea|ideas|concern|concerns|point|points|suggestion|suggestions)$/;
/** Words that open a description or a generic group, not a name. */
const NOT_A_NAME = /^(a|an|one|someone|somebody|anyone|anybody|any|some|many|most|few|several|all|every|each|no|other|others|they|them|it|its|he|she|we|you|i|this|that|these|those|there|here|people|companies|firms|universities|individuals|commenters|submitters|submissions|comments|groups|organi[sz]ations|the government|government|congress|the public)$/i;

/** What follows a subject that others write of ("does the NAIRR (…) come up", "does Huawei get mentioned"): it is talked about, not the author. */
const MENTIONED_AFTER_EN = /^\s*(\([^)]*\)\s*)?(?:(?:come|comes|came|show|shows|showed|turn|turns|turned|crop|crops|cropped|pop|pops|popped) up|(?:appear|feature|surface|figure)(?:s|d|ed)?|(?:get|gets|got|be|been|being) (?:mentioned|cited|named|discussed|referenced|brought up|talked about|raised))\b/i;

/** Verbs a request opens with ("Summarise Wichita State's argument", "Describe …"): never the first word of a name. */
const IMPERATIVE = /^(summari[sz]e|describe|explain|list|name|give|tell|show|compare|contrast|outline|quote|find|check|verify|identify|detail|characteri[sz]e|please)$/i;

/** Words for the people of an organisation ("the Harbor folks"): after its name, they keep it the author. */
const PEOPLE = /^(folks?|people|team|teams|guys|crowd|staff|employees|members|researchers|lawyers|leadership|lobby|camp|group|side|representatives|officials)$/;

const isVerb = (lower: string) => VERB_STEMS.some((v) => lower.startsWith(v)) && lower.length <= 14;
/** Whether a lower-case word reads as one of the verbs a question says a submitter does ("view", "propose"). */
export const isVerbWord = isVerb;
const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text) || /^\d+[\p{L}]/u.test(t.text);
/** "Cloudflare's", "Authors'": not "what's", "it's", "there's". */
const possessive = (t: Token) => /['’]s$|s['’]$/i.test(t.text) && !/^(what|that|it|there|here|who|where|how|let|he|she)['’]s$/i.test(t.text);
/** No punctuation between two tokens: they belong to one name. */
const adjacent = (question: string, a: Token, b: Token) => /^\s+$/.test(question.slice(a.end, b.start));

function span(question: string, from: Token[], to: number): RoleSpan | undefined {
  const words = from.slice(0, to);
  if (words.length === 0) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const text = question.slice(first.start, last.end).replace(/['’]s$|['’]$/i, '');
  return { text, start: first.start, end: first.start + text.length };
}

/** A subject: the words up to the first verb, or up to a lowercase word after a capitalised name. */
function subjectAfter(question: string, words: Token[]): RoleSpan | undefined {
  let end = 0;
  let sawCapital = false;
  let sawPossessive = false;
  for (; end < words.length && end < 12; end++) {
    const w = words[end]!;
    if (possessive(w)) {
      const next = words[end + 1];
      if (!next || FILING.test(next.lower)) return span(question, words, end + 1);
      sawPossessive = true;
    }
    if (end > 0 && isVerb(w.lower) && !capitalised(w)) break;
    if (sawCapital && !sawPossessive && !capitalised(w) && !CONNECTORS.has(w.lower)) {
      // "Did the Trump administration …", "Was the Apple ecosystem …": after an article, a capitalised word before a noun names what the noun is of, not who filed.
      // "the Software Harbor folks" are its people: the name still stands for who filed.
      if (/^(the|a|an)$/i.test(words[0]!.text) && !isVerb(w.lower) && !/ly$/.test(w.lower) && !PEOPLE.test(w.lower)) return undefined;
      break;
    }
    if (end > 0 && !adjacent(question, words[end - 1]!, w)) break;
    if (capitalised(w)) sawCapital = true;
  }
  while (end > 0 && CONNECTORS.has(words[end - 1]!.lower)) end--;
  return span(question, words, end);
}

/** A name after "from", "by", "according to", "per": capitalised words and their connectors. */
function nameAfter(question: string, words: Token[]): RoleSpan | undefined {
  let end = 0;
  if (words[0] && /^the$/i.test(words[0].text)) end = 1;
  for (; end < words.length && end < 10; end++) {
    const w = words[end]!;
    if (possessive(w)) return span(question, words, end + 1);
    if (!capitalised(w) && !CONNECTORS.has(w.lower)) break;
    if (end > 0 && !adjacent(question, words[end - 1]!, w)) break;
  }
  while (end > 0 && CONNECTORS.has(words[end - 1]!.lower)) end--;
  return end > 0 && words.slice(0, end).some(capitalised) ? span(question, words, end) : undefined;
}

/** A possessive name before a filing noun: "Cloudflare's comment", "the Copyright Alliance's view". */
function possessives(question: string, words: Token[], owning = false): RoleSpan[] {
  const out: RoleSpan[] = [];
  words.forEach((w, i) => {
    // A name typed in lower case ("openai's comment", "github's user base") only as the question's first word, and then alone.
    const lower = !capitalised(w) && i === 0;
    if (!possessive(w) || (!capitalised(w) && !lower) || !words[i + 1] || FILING.test(words[i + 1]!.lower) === owning) return;
    if (lower) {
      const s = span(question, [w], 1);
      if (s) out.push(s);
      return;
    }
    let start = i;
    const joins = (k: number) => adjacent(question, words[k - 1]!, words[k]!) && !AUX.has(words[k - 1]!.lower) && !QUESTION_HEAD.has(words[k - 1]!.lower.replace(/['’]s$/, ''));
    while (start > 0 && joins(start) && !IMPERATIVE.test(words[start - 1]!.text) && (capitalised(words[start - 1]!) || (CONNECTORS.has(words[start - 1]!.lower) && start > 1 && joins(start - 1) && capitalised(words[start - 2]!)))) start--;
    while (start < i && CONNECTORS.has(words[start]!.lower)) start++;
    const s = span(question, words.slice(start), i - start + 1);
    if (s) out.push(s);
  });
  return out;
}

/**
 * Names that own something the question asks about, other than a submission ("Boise State's
 * February 2025 workshop", "New York's AI consortium"): likely its author, looked up as one but,
 * matching no submitter, no ground for "no submission from" (it may be a country, a court, a bill's sponsor).
 */
export function owningSpansEn(question: string): RoleSpan[] {
  return possessives(question, tokens(question), true).filter((s) => !NOT_A_NAME.test(s.text.trim()) && !/^(the|a|an|this|that|its|their)\s/i.test(s.text.trim()));
}

/** The spans of an English question or statement in author slots. */
export function authorSpansEn(question: string): RoleSpan[] {
  const out: RoleSpan[] = [];
  // Clauses: the question itself, and each part after a sentence end, a colon, a comma or a dash.
  const clauses = [...question.matchAll(/[^.?!;:,—–]+/g)].map((m) => ({ text: m[0], at: m.index }));
  for (const clause of clauses) {
    const words = tokens(clause.text).map((t) => ({ ...t, start: t.start + clause.at, end: t.end + clause.at }));
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      // "(What) did X say", "How does X view", "Has X commented".
      // After a question word, however far ("whose Energy-focused comments does X say…"), an auxiliary comes before its subject.
      const asked = words.slice(Math.max(0, i - 8), i).some((p) => QUESTION_HEAD.has(p.lower.replace(/['’]s$/, '')));
      if (AUX.has(w.lower) && (i === 0 || asked || (i <= 3 && words.slice(0, i).every((p) => /^(and|so|but|ok|okay|then|also|exactly|just)$/.test(p.lower))))) {
        const next = words[i + 1];
        if (next && /^(there|it|they|he|she|we|you|i)$/i.test(next.lower)) continue;
        const s = subjectAfter(question, words.slice(i + 1));
        if (s && !MENTIONED_AFTER_EN.test(question.slice(s.end))) out.push(s);
      }
      // "a comment from X", "submitted by X", "according to X", "per X" (not "want from X", "backed by X").
      const before = words[i - 1]?.lower ?? '';
      const authorPreposition =
        (w.lower === 'from' && (FILING.test(before) || /^(anyone|anybody|someone|somebody|anything|one|nothing|input|word)$/.test(before))) ||
        (w.lower === 'by' && /^(submitted|filed|sent|written|signed|authored)$/.test(before)) ||
        (w.lower === 'per' && i > 0) ||
        (w.lower === 'to' && before === 'according');
      if (authorPreposition) {
        const s = nameAfter(question, words.slice(i + 1));
        if (s) out.push(s);
      }
    }
    // "Is it true that Anthropic talked about …", "Can you confirm whether Meta discussed …": a capitalised subject after a conjunction.
    words.forEach((w, k) => {
      const next = words[k + 1];
      if (!/^(that|whether|if)$/.test(w.lower) || !next || !capitalised(next) || AUX.has(next.lower) || QUESTION_HEAD.has(next.lower)) return;
      const s = subjectAfter(question, words.slice(k + 1));
      const rest = s ? words.filter((t) => t.start >= s.end) : [];
      if (s && rest[0] && (isVerb(rest[0].lower) || AUX.has(rest[0].lower)) && !capitalised(rest[0])) out.push(s);
    });
    // "Bloom Energy told …", "The Family Research Council wants …": a capitalised subject opening the clause.
    // ("— the Society for Human Resource Management counts …": a lower-case "the" before a capitalised name is part of the subject.)
    const first = words.findIndex((t, k) => !/^(and|but|so|also|ok|okay|then|in|its|their)$/i.test(t.lower) && !IMPERATIVE.test(t.text) && !(t.text === 'the' && k + 1 < words.length && capitalised(words[k + 1]!)));
    if (first >= 0 && capitalised(words[first]!) && !AUX.has(words[first]!.lower) && !QUESTION_HEAD.has(words[first]!.lower)) {
      const s = subjectAfter(question, words.slice(first));
      const rest = s ? words.filter((t) => t.start >= s.end) : [];
      if (s && rest[0] && isVerb(rest[0].lower) && !capitalised(rest[0])) out.push(s);
    }
  }
  out.push(...possessives(question, tokens(question)));
  return dedupeSpans(out).filter((s) => !NOT_A_NAME.test(s.text.trim()) && !/^the (total|number|share|whole|first|last|same|main|other)\b/i.test(s.text.trim()) && !/^(a|an|one|some|any|anyone|anybody|someone|somebody|every|each|no|this|that|these|those|our|my|your|his|her|their|its|total)\s/i.test(s.text.trim()) && !/^\d[\d.,]*$/.test(s.text.trim()));
}

/**
 * The last word of a law, a programme or a document ("the CHIPS Act", "an Executive Order",
 * "NIST's AI Risk Management Framework"): what it ends is a thing talked about, never a sender.
 */
const INSTRUMENT_WORDS = ['acts?', 'bills?', 'laws?', 'orders?', 'directives?', 'regulations?', 'treat(?:y|ies)', 'amendments?', 'rules?', 'programs?', 'programmes?', 'plans?', 'frameworks?', 'reports?', 'guidelines', 'standards?', 'doctrine', 'accords?', 'agreements?', 'conventions?', 'protocols?', 'clauses?'];
export const INSTRUMENT = new RegExp(String.raw`\b(?:${INSTRUMENT_WORDS.join('|')})$`, 'i');

/** Capitalised words ending in a capitalised word for a law or document ("the Cyber Land Grant University Act", "Take It Down Act"), with no capitalised word after it ("Audit Standards Board" is no standard). */
const INSTRUMENT_NAME = new RegExp(
  String.raw`(?:\b\p{Lu}[\p{L}\p{N}&.'’-]*\s+(?:(?:of|for|and|the|on|in|to|&)\s+)*)+(?:${INSTRUMENT_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\b(?![\s-]+\p{Lu})`,
  'gu',
);

/** Where an English question names a law, programme or document by capitalised words: names of submitters inside are part of it. */
export function instrumentSpansEn(question: string): RoleSpan[] {
  return [...question.matchAll(INSTRUMENT_NAME)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * The source a question attributes its facts to: "Per X, …", "According to X, …", "In the view of
 * X, …", or the same at its end ("…, according to X?"). Its names are the authors; the question's
 * other names are what they talk about ("Per Travel Lemming, how much does Google pay Reddit?").
 */
export function attributionSpanEn(question: string): RoleSpan | undefined {
  const m = /^\W*(?:(?:as )?per|according to|in the (?:view|words|opinion|eyes) of)\s+([^,:;?—–]{2,100}?)\s*[,:;—–]/i.exec(question) ?? /[,;—–]\s*(?:(?:as )?per|according to|in the (?:view|words|opinion|eyes) of)\s+([^,:;?—–]{2,100}?)\s*[?.!]*\s*$/i.exec(question);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  return { text: m[1]!, start, end: start + m[1]!.length };
}

/** Markers after which a Chinese question's opening words are its author: "X 對…", "X 有沒有…", "X 在…中提出". */
const ZH_AUTHOR_END = /的|讨论|討論|谈|談|提|对|對|有没有|有沒有|在|说|說|认为|認為|主张|主張|提出|提交|是否|的意见|的意見|希望|建议|建議|表示|指出|预估|預估|预计|預計|声称|聲稱|怎么|怎麼|如何|向|要求|呼吁|呼籲|批评|批評|担心|擔心|引用|提到|谈到|談到|认定|認定|估计|估計|签|簽|交|回应|回應|强调|強調|反对|反對|支持|,|，|。|？|\?|是/;
/** An opening that asks ("哪些公司…", "誰…") has no author in it. */
const ZH_ASKING = /哪|什么|什麼|谁|誰|多少|几|幾|如何|怎么|怎麼/;

/** An opening that calls its name a word looked for ("這個名字", "this term"). */
const ZH_LOOKED_FOR = /名字|名称|名稱|这个词|這個詞|这个字眼|這個字眼|一词|一詞|字样|字樣|出现|出現/;
/** What follows an opening that others mention: it is mentioned, cited, appears. */
const ZH_MENTIONED_AFTER = /^[^？?。]*?(被\s*(提到|提及|引用|援引|点名|點名|讨论|討論|谈到|談到|谈及|談及|批评|批評|列出|列舉|列举)|出现|出現)/;

/** An opening longer than this is a statement, not a name. */
const ZH_AUTHOR_MAX = 40;

/** A Chinese description of an author, not a name: "一位退休醫師", "有位留言者". */
const ZH_DESCRIBED = /^(一位|有位|有一位|一名|有一名|某位|某个|某個|一家|有家|有一家|一个|一個|某)/;
/** What stands before a Chinese question's author and is not part of it. */
const ZH_LEAD = /^\s*(另外|换个问题|換個問題|换个话题|換個話題|另一个问题|另一個問題|再问一个|再問一個|另外想问|另外想問|请问|請問|顺便问|順便問)\s*[:：,，]?\s*/;

/** The author span of a Chinese question or statement: its opening words, up to the first marker. */
export function authorSpanZh(question: string): RoleSpan | undefined {
  const lead = ZH_LEAD.exec(question)?.[0].length ?? 0;
  const rest = question.slice(lead);
  const end = ZH_AUTHOR_END.exec(rest);
  if (!end) return undefined;
  const text = rest.slice(0, end.index).trim();
  if (!text || text.length > ZH_AUTHOR_MAX || ZH_DESCRIBED.test(text) || ZH_ASKING.test(text)) return undefined;
  // "X 這個名字出現在幾份回覆裡", "X 在多少份意見書中被引用過": X is what others write, not who wrote.
  if (ZH_LOOKED_FOR.test(text) || ZH_MENTIONED_AFTER.test(rest.slice(end.index))) return undefined;
  const start = lead + rest.indexOf(text);
  return { text, start, end: start + text.length };
}

/** Topic slots: what follows "mention", "about", "提到" is talked about, not an author. */
const TOPIC_BEFORE_EN = /\b(mention(s|ed|ing)?|about|on|regarding|concerning|cite[sd]?|citing|refer(s|red)? to|invok(e|es|ed|ing)|nam(e|es|ed|ing)|rais(e|es|ed|ing)|bring(s|ing)? up|brought up|talk(s|ed)? about|discuss(es|ed|ing)?|point(s|ed)? to)\s+(the\s+)?$/i;
const TOPIC_BEFORE_ZH = /(提到|提及|谈到|談到|关于|關於|有关|有關|涉及|引用|点名|點名|讨论|討論|批评|批評|对于|對於)[了过過]?\s*[「“"（(]?$/;

/** Whether a name found at `start` stands where a topic does ("mention Huawei", "提到華為"). */
export function inTopicSlot(question: string, start: number, language: string): boolean {
  const before = question.slice(Math.max(0, start - 40), start);
  if (language === 'zh') return TOPIC_BEFORE_ZH.test(before);
  // "What about Google?", "How about NEI?" ask the last question of another submitter; "filed under the name X" gives its author.
  return TOPIC_BEFORE_EN.test(before) && !/\b(what|how)\s+about\s+(the\s+)?$/i.test(before) && !/\b(the|a|an|its|their|his|her|whose|that|this)\s+name\s+$/i.test(before);
}

function dedupeSpans(spans: RoleSpan[]): RoleSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key) || s.text.trim().length < 2) return false;
    seen.add(key);
    return true;
  });
}

const PRONOUN_EN = /^(they|it|he|she|their|its|his|her|them|the company|the firm|the group|the organi[sz]ation|the association|the university|the institute|this submitter|that submitter)$/;
const PRONOUN_ZH = /^(他们|他們|它们|它們|它|该公司|該公司|该组织|該組織|该机构|該機構|该校|該校|该协会|該協會|其|他|她|对方|對方|这家|這家|此机构)/;

/**
 * Where the question's subject is a pronoun ("what did they say…", "它說…"), if it is: its author
 * is in the conversation (or named before it), and the names it holds after it are what it asks about.
 */
export function pronounSubject(question: string, language: string): number | undefined {
  if (language === 'zh') {
    const lead = ZH_LEAD.exec(question)?.[0].length ?? 0;
    return PRONOUN_ZH.test(question.slice(lead).trim()) ? lead : undefined;
  }
  // A pronoun is written in lower case: "the Association of American Universities" is a name.
  const pronoun = (a: Token | undefined, b?: Token) => (a && PRONOUN_EN.test(a.text)) || (a && b && PRONOUN_EN.test(`${a.text} ${b.text}`));
  for (const clause of question.matchAll(/[^.?!;:,]+/g)) {
    const words = tokens(clause[0]).map((t) => ({ ...t, start: t.start + clause.index }));
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (AUX.has(w.lower) && pronoun(words[i + 1], words[i + 2])) return words[i + 1]!.start;
      if (i === 0 && pronoun(w)) return w.start;
    }
  }
  return undefined;
}
