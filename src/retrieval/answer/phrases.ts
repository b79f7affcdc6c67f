import { traditionalPhrases } from '../i18n/script.js';
import { categoryNameZh } from '../question/categories.js';
import type { ListingCount, ListingGroup } from '../evidence/listing.js';

/** Fixed sentences of offline answers, in the asker's language and script. */
export interface Phrases {
  quotesHeading: string;
  notCovered: string;
  /** A count or list asked in words the offline reading of Chinese lacks: nothing counted, and how to ask instead. */
  unreadTopic(words: string[]): string;
  absent(org: string, total: number, mentions: number): string;
  /**
   * A listed submitter whose file has no text to search (a scanned PDF), or (`noFile`) whose file
   * the source did not hold: it filed, and nothing can be said of what it wrote.
   */
  filedWithoutText(name: string, docId: string, category: string | undefined, pdfUrl: string | undefined, noFile?: boolean): string;
  /** How an offline Chinese question was searched: its glossary terms, its words read in the general dictionary (with their first sense), what was not understood. */
  offlineTranslationNote(matched: string[], unmatched: string[], dictionary?: readonly { zh: string; en: readonly string[] }[]): string;
  /** "X's submission does not mention Y (searched for: …)." */
  notAddressed(submitter: string, topic: string, searched: string[]): string;
  /** The topic occurs in the submission only in references or footnotes. */
  inPassing(submitter: string, topic: string): string;
  closest: string;
  /** The submission addresses the topic but not all of it. */
  partly(submitter: string, missing: string[]): string;
  /** What a follow-up took from the conversation. */
  followUp(submitters: string[] | undefined, topic: string | undefined): string;
  /** "N of the M submissions come from respondents in <categories>." */
  countCategories(count: number, total: number, categories: string[]): string;
  /** "N submissions mention <topic>" (within categories, when given); `exact`: all its words in one passage, else most. */
  countTopic(count: number, topic: string, categories: string[], exact: boolean): string;
  /** Under a count of the submissions whose text names a submitter: what the listing credits to that name. */
  filedUnderName(name: string, count: number): string;
  byCategory(counts: { category: string; submissions: number }[]): string;
  /** Submissions counted that the index has no text of. */
  withoutText(docIds: string[]): string;
  among(names: string[], more: number): string;
  categoriesSource: string;
  outlineHeading(submitter: string): string;
  /** The same for a submission without headings: its recommendations, or its opening sentences. */
  outlineStatements(submitter: string): string;
  /** After an outline: how many of its sections there was no room for. */
  outlineOmitted(count: number): string;
  /** The number a question about the listing asks for, first, with how it was made. */
  listing(count: ListingCount): string;
  /** The submissions listed under a name or without a category. */
  listed(names: string[], more: number): string;
  /** "Yes — X filed N submissions to the RFI:". */
  filed(names: string[], count: number): string;
  /** A count of X's filings, the number first: "2 submissions in the listing are from X:". */
  filedCount(names: string[], count: number): string;
  /** Above the signature under X's sign-off. */
  signedBy(submitter: string): string;
  /** Above the sender X's letterhead names. */
  sentBy(submitter: string): string;
  /** X's text has no sign-off and no sender line. */
  noSigner(submitter: string): string;
  /** One filing: "• X (category), doc id, received date [n]". */
  filing(submitter: string, category: string, docId: string, received: string | undefined, n: number): string;
  /** Submitters whose names are close to one that filed nothing. */
  nearNames(names: string[]): string;
  /** A name no submission writes, read as the submitter it is one letter or so from. */
  readAs(written: string, name: string): string;
  /** "No — X's submission does not mention Y (searched its whole text for: …)." */
  presenceNo(submitter: string, topic: string, searched: string[]): string;
  /** "Yes — X's submission mentions Y:", before the quotes that show it. */
  presenceYes(submitter: string, topic: string): string;
  /** A submission that holds the topic only in the glossary's other names for it: which it writes, for which of the question's (with a yes to a yes-or-no question). */
  inOtherNames(submitter: string, pairs: [asked: string, written: string][], yes: boolean): string;
  /** Before the quotes, when the question's words are absent but that proves no "no": the submission may say it in other words. */
  otherWords(submitters: string[], searched: string[]): string;
  /** The submitters write each of the question's words, but never together as the question puts them. */
  wordsApart(submitters: string[], searched: string[]): string;
  /** Before the quotes: what the question asks about that the submission never names ("China"), and its names searched for. */
  entityMissing(submitter: string, entity: string, searched: string[]): string;
  /** After the quotes: the concepts of the topic the submission does not mention. */
  conceptsMissing(submitter: string, missing: string[]): string;
  /** Form-letter campaigns: how many there are and how many submissions they hold (on a topic: how many carry it). */
  campaignsHead(count: number, submissions: number, topic?: string, matching?: number): string;
  /** One campaign: its size, its senders by category, when it was received, and its first submission cited. */
  campaignLine(rank: number, size: number, categories: string, received: string | undefined, id: string, n: number): string;
  /** How a campaign is found, under every list of them. */
  campaignDefinition: string;
  /** Under a count of a thing no respondent category names ("how many think tanks …"): what was counted instead. */
  noCategory(thing: string): string;
  /** Under a count of mentions asked as a share ("what percentage of companies mention China?"): the share of the submissions counted over. */
  mentionShare(count: number, total: number, categories: string[]): string;
  /** Under a list of a kind of submitter no category names ("which think tanks discussed …"): who is listed instead. */
  noCategoryList(thing: string): string;
  /** "N submissions mention X" (within categories). */
  mentionCount(count: number, thing: string, categories: string[]): string;
  /** "N submitters (M submissions) in <categories> mention X:". */
  mentionList(submitters: number, submissions: number, thing: string, categories: string[]): string;
}

const number = (n: number) => n.toLocaleString('en-US');
const percent = (p: number) => `${p >= 10 ? p.toFixed(1) : p.toFixed(2)}%`.replace(/\.0%$/, '%');

function groupEn(g: ListingGroup): string {
  if (g.kind === 'all') return 'submissions in all';
  if (g.kind === 'uncategorised') return `submission${g.count === 1 ? ' is' : 's are'} not in the NITRD respondent listing (no category)`;
  if (g.kind === 'credited') return `submission${g.count === 1 ? ' is' : 's are'} credited to "${g.label}" in the NITRD respondent listing`;
  return `submission${g.count === 1 ? ' is' : 's are'} in the ${g.label} category of the NITRD respondent listing`;
}

function listingEn(c: ListingCount): string {
  const [first, second] = c.groups;
  const label = (g: ListingGroup) => (g.kind === 'uncategorised' ? 'no category' : g.label);
  if (c.op === 'sum') return `${number(c.value)} submissions: ${c.groups.map((g) => `${label(g)} ${number(g.count)}`).join(' + ')} (of ${number(c.total)} in all).`;
  if (c.op === 'difference') return `${number(Math.abs(c.value))} ${c.value >= 0 ? 'more' : 'fewer'}: ${label(first!)} ${number(first!.count)} − ${label(second!)} ${number(second!.count)} = ${number(c.value)} submissions.`;
  if (c.percent !== undefined) return `${percent(c.percent)}: ${number(c.value)} of the ${number(c.total)} submissions${first!.kind === 'all' ? '' : ` (${label(first!)})`}.`;
  if (first!.kind === 'all') return `${number(c.value)} submissions in all: every row of the NITRD respondent listing.`;
  return `${number(c.value)} ${groupEn(first!)} (of ${number(c.total)} submissions).`;
}

function groupZh(g: ListingGroup): string {
  if (g.kind === 'uncategorised') return '未列入 NITRD 提交者名单（没有类别）';
  if (g.kind === 'credited') return `在 NITRD 提交者名单中署名为「${g.label}」`;
  return `属于 NITRD 提交者名单的「${categoryNameZh(g.label)}」类别`;
}

function listingZh(c: ListingCount): string {
  const [first, second] = c.groups;
  const label = (g: ListingGroup) => (g.kind === 'uncategorised' ? '没有类别' : g.kind === 'category' ? categoryNameZh(g.label) : g.label);
  if (c.op === 'sum') return `合计 ${c.value} 份：${c.groups.map((g) => `${label(g)} ${g.count} 份`).join(' + ')}（共 ${c.total} 份）。`;
  if (c.op === 'difference') return `${c.value >= 0 ? '多出' : '少了'} ${Math.abs(c.value)} 份：${label(first!)} ${first!.count} 份 − ${label(second!)} ${second!.count} 份 = ${c.value} 份。`;
  if (c.percent !== undefined) return `${percent(c.percent)}：${c.total} 份中有 ${c.value} 份${first!.kind === 'all' ? '' : `（${label(first!)}）`}。`;
  if (first!.kind === 'all') return `共有 ${c.value} 份提交意见（NITRD 提交者名单的全部条目）。`;
  return `共有 ${c.value} 份提交意见${groupZh(first!)}（全部 ${c.total} 份）。`;
}

const list = (items: string[]) => (items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const en: Phrases = {
  quotesHeading: 'What the submissions say (verbatim quotes, grouped by submitter):',
  notCovered: 'The submissions do not appear to cover this question. The closest passages found are listed as sources; none of them answers it directly.',
  unreadTopic: (words) => `Nothing was counted: the glossary has no English for ${words.map((w) => `‘${w}’`).join(', ')}, and counting without it would count every submission. Ask with the English words (for instance ‘How many submissions mention hydrogen?’), or configure a chat model.`,
  absent: (org, total, mentions) =>
    `No submission from ${org} is in the corpus (${total.toLocaleString('en-US')} submissions). ` +
    (mentions > 0
      ? `${org} is mentioned in ${mentions.toLocaleString('en-US')} submission${mentions === 1 ? '' : 's'} by others; the sources show some of them. Nothing here is ${org}'s own position.`
      : `${org} is not mentioned in any submission either.`),
  filedWithoutText: (name, docId, category, pdfUrl, noFile) =>
    `${name} did file a submission (${docId}${category ? `, listed under ${category}` : ''}), but ${noFile ? 'the NITRD respondent listing names it and this index holds no copy of its file' : 'its file has no text to search (a scanned PDF or an empty file)'}, so nothing can be said here about what it contains${pdfUrl ? `. Read it in the official PDF: ${pdfUrl}` : ''}.`,
  offlineTranslationNote: () => '',
  notAddressed: (submitter, topic, searched) => `${submitter}'s submission does not mention ${topic} (searched its whole text for: ${searched.join('; ')}).`,
  inPassing: (submitter, topic) => `${submitter}'s submission mentions ${topic} only in passing, in a reference or footnote, not in its own argument.`,
  closest: 'The closest passage in it:',
  partly: (submitter, missing) => `${submitter}'s submission does not mention ${missing.map((m) => `‘${m}’`).join(' or ')}; what it says on the rest of the question:`,
  followUp: (submitters, topic) =>
    [submitters?.length ? `read as a follow-up about ${list(submitters)}` : '', topic ? `topic carried over from the previous question: ${topic}` : ''].filter(Boolean).join('; '),
  countCategories: (count, total, categories) =>
    categories.length
      ? `${plural(count, 'submission', 'submissions')} of ${total.toLocaleString('en-US')} come from respondents in the ${list(categories)} categor${categories.length === 1 ? 'y' : 'ies'}.`
      : `${plural(count, 'submission is', 'submissions are')} in the corpus.`,
  filedUnderName: (name, count) => `The listing credits ${plural(count, 'submission', 'submissions')} to ${name}; the count above is of the texts that name it.`,
  countTopic: (count, topic, categories, exact) =>
    count === 0
      ? `No submission${categories.length ? ` in the ${list(categories)} categor${categories.length === 1 ? 'y' : 'ies'}` : ''} mentions ‘${topic}’.`
      : `${plural(count, 'submission', 'submissions')}${categories.length ? ` in the ${list(categories)} categor${categories.length === 1 ? 'y' : 'ies'}` : ''} mention${count === 1 ? 's' : ''} ‘${topic}’ (${exact ? 'all' : 'most'} of its words in one passage).`,
  byCategory: (counts) => `By category: ${counts.map((c) => `${c.category} ${c.submissions.toLocaleString('en-US')}`).join(' · ')}.`,
  withoutText: (ids) => `${plural(ids.length, 'of them has', 'of them have')} no text to search (a scanned PDF or an empty file): ${ids.join(', ')}.`,
  among: (names, more) => `Among them: ${names.join('; ')}${more > 0 ? `; and ${more.toLocaleString('en-US')} more` : ''}.`,
  categoriesSource: 'Categories are the labels of the NITRD respondent listing; a few are wrong for a given submitter.',
  outlineHeading: (submitter) => `${submitter}'s submission in its own order: its headings and the recommendations under them (verbatim quotes).`,
  outlineOmitted: (count) => `(${plural(count, 'more section', 'more sections')} not shown.)`,
  outlineStatements: (submitter) => `${submitter}'s submission has no headings; what it recommends (or, when it recommends nothing in so many words, how it opens), in its own order (verbatim quotes).`,
  listing: listingEn,
  filed: (names, count) => `Yes — ${list(names)} filed ${count === 1 ? 'a submission' : `${number(count)} submissions`} to the AI Action Plan RFI:`,
  filedCount: (names, count) => `${plural(count, 'submission in the listing is', 'submissions in the listing are')} from ${list(names)}:`,
  signedBy: (submitter) => `${submitter}'s submission is signed:`,
  sentBy: (submitter) => `${submitter}'s submission names its sender:`,
  noSigner: (submitter) => `${submitter}'s submission names no signer: its text has no sign-off and no sender line. The listing credits it to ${submitter}.`,
  filing: (submitter, category, docId, received, n) => `• ${submitter} (${category}) — ${docId}${received ? `, received ${received}` : ''} [${n}]`,
  nearNames: (names) => `Names in the listing close to it: ${names.join('; ')}.`,
  readAs: (written, name) => `“${written}” is in no submission; read as ${name}.`,
  presenceNo: (submitter, topic, searched) => `No — ${submitter}'s submission does not mention ${topic} (searched its whole text for: ${searched.join('; ')}).`,
  presenceYes: (submitter, topic) => `Yes — ${submitter}'s submission mentions ${topic}:`,
  inOtherNames: (submitter, pairs, yes) => `${yes ? 'Yes, in other words — ' : ''}${submitter}'s submission writes ${pairs.map(([asked, written]) => `‘${written}’ for ‘${asked}’`).join(', ')}:`,
  wordsApart: (submitters, searched) =>
    `${submitters.length === 1 ? `${submitters[0]}'s submission writes` : `The submissions of ${list(submitters)} write`} each of the question's words (searched: ${searched.join('; ')}), but never together as the question puts them. That proves nothing about what ${submitters.length === 1 ? 'it says' : 'they say'}: these are the passages closest to the question.`,
  otherWords: (submitters, searched) =>
    submitters.length === 1
      ? `${submitters[0]}'s submission does not use the question's words (searched its whole text for: ${searched.join('; ')}). That proves nothing about what it says: these are its passages closest to the question, which may put it in other words.`
      : `The submissions of ${list(submitters)} do not use the question's words (searched their whole texts for: ${searched.join('; ')}). That proves nothing about what they say: these are their passages closest to the question, which may put it in other words.`,
  campaignsHead: (count, submissions, topic, matching) =>
    topic === undefined
      ? `${plural(count, 'form-letter campaign holds', 'form-letter campaigns hold')} ${plural(submissions, 'submission', 'submissions')}. ${count === 1 ? 'It:' : 'The largest:'}`
      : matching
        ? `${plural(matching, 'form-letter campaign carries', 'form-letter campaigns carry')} ‘${topic}’ (of ${number(count)}, which hold ${number(submissions)} submissions). The largest:`
        : `No form-letter campaign carries ‘${topic}’ (of ${number(count)}, which hold ${number(submissions)} submissions).`,
  campaignLine: (rank, size, categories, received, id, n) => `${rank}. ${plural(size, 'submission', 'submissions')} (${categories})${received ? `, received ${received}` : ''}; its first is ${id} [${n}]`,
  campaignDefinition: 'A campaign is a group of submissions whose comment text (the regulations.gov cover block left out) shares at least 70% of its four-word sequences. /campaigns lists them with their members.',
  noCategory: (thing) => `The NITRD listing has no category for ${thing}: the count is of the submissions that mention them, whoever sent them.`,
  mentionShare: (count, total, categories) => `That is ${percent((100 * count) / (total || 1))} of the ${number(total)} submissions${categories.length ? ` in ${list(categories)}` : ''}.`,
  noCategoryList: (thing) => `The NITRD listing has no category for ${thing}: these are all the submitters that mention it, of any kind.`,
  entityMissing: (submitter, entity, searched) => `${submitter}'s submission does not mention ${entity} (searched its whole text for: ${searched.join('; ')}); the quotes below are what it says on the rest of the question.`,
  conceptsMissing: (submitter, missing) => `${submitter}'s submission does not mention ${list(missing.map((m) => `‘${m}’`))}; the quotes above are what it says on the rest of the question.`,
  mentionCount: (count, thing, categories) =>
    count === 0
      ? `No submission${categories.length ? ` in the ${list(categories)} categor${categories.length === 1 ? 'y' : 'ies'}` : ''} mentions ‘${thing}’.`
      : `${plural(count, 'submission', 'submissions')}${categories.length ? ` in the ${list(categories)} categor${categories.length === 1 ? 'y' : 'ies'}` : ''} mention${count === 1 ? 's' : ''} ‘${thing}’ (its words side by side in a sentence).`,
  mentionList: (submitters, submissions, thing, categories) =>
    `${plural(submitters, 'submitter', 'submitters')}${categories.length ? ` in the ${list(categories)} categor${categories.length === 1 ? 'y' : 'ies'}` : ''}${submissions !== submitters ? ` (${plural(submissions, 'submission', 'submissions')})` : ''} mention${submitters === 1 ? 's' : ''} ‘${thing}’:`,
  listed: (names, more) => `They are: ${names.join('; ')}${more > 0 ? `; and ${number(more)} more` : ''}.`,
};

const zhHans: Phrases = {
  quotesHeading: '以下为提交意见的英文原文摘录（逐字引用，按提交者分组）：',
  notCovered: '这些提交意见似乎没有涉及这个问题。来源中列出的是最接近的段落，但都没有直接回答。',
  unreadTopic: (words) => `未作计数：中英术语对照中没有${words.map((w) => `「${w}」`).join('、')}的英文，不读出它就计数会把全部意见书都算进去。请用英文词语提问（例如「有多少份意见书提到 hydrogen？」），或配置聊天模型。`,
  absent: (org, total, mentions) =>
    `语料库（共 ${total} 份提交意见）中没有 ${org} 提交的意见。` +
    (mentions > 0 ? `有 ${mentions} 份其他提交者的意见提到了 ${org}，来源中列出了部分段落；这些都不是 ${org} 自己的立场。` : `也没有任何提交意见提到 ${org}。`),
  filedWithoutText: (name, docId, category, pdfUrl, noFile) =>
    `${name} 确实提交了意见（${docId}${category ? `，类别：${category}` : ''}），但${noFile ? 'NITRD 提交者名单列出了它，本索引却没有该文件' : '该文件没有可检索的文字（扫描 PDF 或空文件）'}，因此这里无法说明其内容${pdfUrl ? `。请阅读官方 PDF：${pdfUrl}` : ''}。`,
  offlineTranslationNote: (matched, unmatched, dictionary = []) =>
    `离线模式无法翻译：问题通过中英术语对照转换为英文关键词检索（${matched.slice(0, 8).join('、') || '无'}）` +
    (dictionary.length ? `；另按通用词典（CC-CEDICT）检索：${dictionary.slice(0, 5).map((w) => `${w.zh}（${w.en[0]}）`).join('、')}` : '') +
    (unmatched.length ? `；未能识别：${unmatched.slice(0, 5).join('、')}` : '') +
    '。引文保留英文原文。配置聊天模型后可获得中文回答。',
  notAddressed: (submitter, topic, searched) => `${submitter} 的意见书没有提到 ${topic}（已在其全文中检索：${searched.join('；')}）。`,
  inPassing: (submitter, topic) => `${submitter} 的意见书只在参考文献或脚注中顺带提到 ${topic}，并非其本身的论点。`,
  closest: '其中最接近的段落：',
  partly: (submitter, missing) => `${submitter} 的意见书没有提到${missing.map((m) => `「${m}」`).join('或')}；以下是其关于问题其余部分的内容：`,
  followUp: (submitters, topic) =>
    [submitters?.length ? `视为追问，问的是 ${submitters.join('、')}` : '', topic ? `沿用上一个问题的主题：${topic}` : ''].filter(Boolean).join('；'),
  countCategories: (count, total, categories) =>
    categories.length
      ? `在 ${total} 份提交意见中，有 ${count} 份来自「${categories.map(categoryNameZh).join('」「')}」类别的提交者。`
      : `语料库中共有 ${count} 份提交意见。`,
  filedUnderName: (name, count) => `提交者名单中有 ${count} 份意见由 ${name} 提交；上面的数字是文字中提到这一名字的意见。`,
  countTopic: (count, topic, categories, exact) =>
    count === 0
      ? `${categories.length ? `「${categories.map(categoryNameZh).join('」「')}」类别中` : ''}没有任何提交意见提到「${topic}」。`
      : `${categories.length ? `「${categories.map(categoryNameZh).join('」「')}」类别中` : ''}有 ${count} 份提交意见提到「${topic}」（同一段落中包含其${exact ? '全部' : '大部分'}词语）。`,
  byCategory: (counts) => `按类别：${counts.map((c) => `${categoryNameZh(c.category)} ${c.submissions}`).join(' · ')}。`,
  withoutText: (ids) => `其中 ${ids.length} 份没有可检索的文字（扫描 PDF 或空文件）：${ids.join('、')}。`,
  among: (names, more) => `其中包括：${names.join('；')}${more > 0 ? `；另有 ${more} 份` : ''}。`,
  categoriesSource: '类别为 NITRD 提交者名单的标注，个别提交者的类别有误。',
  outlineHeading: (submitter) => `${submitter} 意见书的结构（按原文顺序列出标题及其下的建议，逐字引用英文原文）：`,
  outlineOmitted: (count) => `（另有 ${count} 个小节未列出。）`,
  outlineStatements: (submitter) => `${submitter} 的意见书没有标题；以下按原文顺序逐字引用其建议（没有明确建议时，引用其开头几句）：`,
  listing: listingZh,
  filed: (names, count) => `是的——${names.join('、')} 提交了 ${count} 份意见：`,
  filedCount: (names, count) => `共有 ${count} 份意见由 ${names.join('、')} 提交：`,
  signedBy: (submitter) => `${submitter} 的意见书署名如下：`,
  sentBy: (submitter) => `${submitter} 的意见书列明的寄件人：`,
  noSigner: (submitter) => `${submitter} 的意见书没有署名：其文字中没有落款，也没有寄件人一栏。提交者名单将其列为 ${submitter}。`,
  filing: (submitter, category, docId, received, n) => `• ${submitter}（${categoryNameZh(category)}）— ${docId}${received ? `，${received} 收到` : ''} [${n}]`,
  nearNames: (names) => `名单中名称相近的提交者：${names.join('；')}。`,
  readAs: (written, name) => `没有任何提交意见写有「${written}」；已按 ${name} 理解。`,
  presenceNo: (submitter, topic, searched) => `没有——${submitter} 的意见书没有提到 ${topic}（已在其全文中检索：${searched.join('；')}）。`,
  presenceYes: (submitter, topic) => `有——${submitter} 的意见书提到了 ${topic}：`,
  inOtherNames: (submitter, pairs, yes) => `${yes ? '有，但用词不同——' : ''}${submitter} 的意见书以${pairs.map(([asked, written]) => `‘${written}’表达‘${asked}’`).join('，')}：`,
  wordsApart: (submitters, searched) => `${submitters.join('、')} 的意见书用到了问题中的每个词语（已检索：${searched.join('；')}），但从未像问题那样放在一起；这不能说明其内容：以下是与问题最接近的段落。`,
  otherWords: (submitters, searched) => `${submitters.join('、')} 的意见书未使用问题中的词语（已在其全文中检索：${searched.join('；')}），但这不能说明其内容：以下是其与问题最接近的段落，可能以其他说法表达。`,
  campaignsHead: (count, submissions, topic, matching) =>
    topic === undefined
      ? `共有 ${number(count)} 个模板信（群发意见）活动，包含 ${number(submissions)} 份意见。规模最大的：`
      : matching
        ? `有 ${number(matching)} 个模板信活动涉及「${topic}」（共 ${number(count)} 个活动，包含 ${number(submissions)} 份意见）。规模最大的：`
        : `没有任何模板信活动涉及「${topic}」（共 ${number(count)} 个活动，包含 ${number(submissions)} 份意见）。`,
  campaignLine: (rank, size, categories, received, id, n) => `${rank}. ${number(size)} 份意见（${categories}）${received ? `，收到于 ${received}` : ''}；第一份为 ${id} [${n}]`,
  campaignDefinition: '模板信活动：去除 regulations.gov 封面信息后，意见正文的四词序列至少有 70% 相同的一组意见。/campaigns 可列出各活动及其成员。',
  noCategory: (thing) => `NITRD 名单没有「${thing}」这一类别：以上是提到它们的意见书数量，不论由谁提交。`,
  mentionShare: (count, total, categories) => `即${categories.length ? `「${categories.map(categoryNameZh).join('」「')}」类别` : '全部'} ${number(total)} 份意见中的 ${percent((100 * count) / (total || 1))}。`,
  noCategoryList: (thing) => `NITRD 名单没有「${thing}」这一类别：以上列出的是提到它的所有提交者，不论类别。`,
  entityMissing: (submitter, entity, searched) => `${submitter} 的意见书没有提到 ${entity}（已在其全文中检索：${searched.join('；')}）；以下引文是其关于问题其余部分的内容。`,
  conceptsMissing: (submitter, missing) => `${submitter} 的意见书没有提到${missing.map((m) => `「${m}」`).join('或')}；以上引文是其关于问题其余部分的内容。`,
  mentionCount: (count, thing, categories) =>
    `${categories.length ? `「${categories.map(categoryNameZh).join('」「')}」类别中` : ''}${count === 0 ? '没有任何提交意见提到' : `有 ${count} 份提交意见提到`}「${thing}」${count === 0 ? '' : '（其词语在同一句中相连出现）'}。`,
  mentionList: (submitters, submissions, thing, categories) =>
    `${categories.length ? `「${categories.map(categoryNameZh).join('」「')}」类别中` : ''}有 ${submitters} 个提交者${submissions !== submitters ? `（${submissions} 份意见）` : ''}提到「${thing}」。`,
  listed: (names, more) => `包括：${names.join('；')}${more > 0 ? `；另有 ${more} 份` : ''}。`,
};

/** The Simplified phrases in Traditional characters (Taiwan usage), converted once, on first use. */
const zhHant = traditionalPhrases(zhHans);

export function phrasesFor(language: string, script?: 'hans' | 'hant'): Phrases {
  if (language !== 'zh') return en;
  return script === 'hant' ? zhHant() : zhHans;
}
