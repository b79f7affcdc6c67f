import { traditionalPhrases } from '../i18n/script.js';

/** The sentences of a claim check, in the asker's language and script. */
export interface CheckPhrases {
  found(submitter: string): string;
  /** The passage matches the claim but for a detail: the claim's and the passage's readings of it. */
  differs(submitter: string, details: { claim: string; passage: string }[]): string;
  /** The submitter's text holds none of what the claim says it leaves out. */
  confirmedAbsent(submitter: string, object: string, searched: string[]): string;
  /** It does hold it: in how many passages, and which of the things named it holds. */
  notAbsent(submitter: string, object: string, passages: number, held: string[], notHeld: string[]): string;
  /** An absence cannot be confirmed in a submission whose text could not be read. */
  unreadable(submitter: string): string;
  /** The submitter filed, but none of its submission has text to search. */
  unreadableWhole(submitter: string, pdfUrl: string | undefined, noFile?: boolean): string;
  noSubmitter(organisation: string, total: number): string;
  partly(submitter: string, missing: string[]): string;
  notFound(submitter: string, searched: string[]): string;
  /** Not found, though a passage holds some of the claim: what that closest passage lacks. */
  notFoundAsStated(submitter: string, missing: string[]): string;
  notAddressed(submitter: string, searched: string[]): string;
  closest: string;
  inferred(submitter: string): string;
  elsewhere(submitters: string[]): string;
  chat(verdict: 'supported' | 'contradicted', submitter: string): string;
  voided: string;
  nothing: string;
}

const list = (items: string[]) => (items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

const en: CheckPhrases = {
  found: (s) => `Found: ${s}'s submission states it. Every key term, number and name of the claim is in this passage, and none of its details differs:`,
  differs: (s, details) =>
    `Differs: ${s}'s submission says something close, but not the same: ${details.map((d) => `the claim says ‘${d.claim}’, the passage ‘${d.passage}’`).join('; ')}.`,
  confirmedAbsent: (s, object, searched) => `Confirmed: ${s}'s submission does not mention ${object} (searched its whole text for: ${searched.join('; ')}).`,
  notAbsent: (s, object, passages, held, notHeld) =>
    `Not so: ${s}'s submission does mention ${held.length && notHeld.length ? held.join(' and ') : object}, in ${passages === 1 ? 'one passage' : `${passages} passages`}` +
    `${notHeld.length && held.length ? ` (though not ${list(notHeld)})` : ''}. For example:`,
  unreadableWhole: (s, pdf, noFile) => `Cannot check: ${s} did file a submission, but ${noFile ? 'the NITRD respondent listing names it and this index holds no copy of its file' : 'its file has no text to search (a scanned PDF or an empty file)'}${pdf ? `. Read it in the official PDF: ${pdf}` : ''}.`,
  unreadable: (s) => `Cannot confirm: part of ${s}'s submission has no readable text (a scan), so what it leaves out cannot be told.`,
  noSubmitter: (org, total) => `No submission from ${org} is in the corpus (${total.toLocaleString('en-US')} submissions), so the claim cannot be about its comment.`,
  partly: (s, missing) => `Partly found: ${s}'s submission says the following, but ${list(missing.map((m) => `‘${m}’`))} of the claim ${missing.length === 1 ? 'is' : 'are'} not in it:`,
  notFound: (s, searched) => `Not found in ${s}'s submission (searched its whole text for: ${searched.join('; ')}).`,
  notFoundAsStated: (s, missing) => `Not found in ${s}'s submission as the claim states it: its passage closest to the claim does not hold ${list(missing.map((m) => `‘${m}’`))}, which may be put there in other words.`,
  notAddressed: (s, searched) => `Not addressed: the passages of ${s}'s submission that come closest do not address the claim (searched for: ${searched.join('; ')}).`,
  closest: 'The closest passage in it:',
  inferred: (s) => `The claim names no submitter; it is checked against the submission that matches it best, ${s}'s.`,
  elsewhere: (submitters) => `The whole claim is in the submission${submitters.length === 1 ? '' : 's'} of ${list(submitters)}.`,
  chat: (verdict, s) => (verdict === 'supported' ? `Supported by ${s}'s submission:` : `Contradicted by ${s}'s submission:`),
  voided: 'The language model’s verdict could not be checked (its quote is not in the passage it cited, or its reply could not be read), so it is void. What the words of the submission show:',
  nothing: 'No submission could be found that bears on this claim.',
};

const zhHans: CheckPhrases = {
  found: (s) => `找到：${s} 的意见书明确说了这一点。论断中的关键词、数字和名称都出现在以下段落中，细节也没有出入：`,
  differs: (s, details) => `有出入：${s} 的意见书说法相近，但细节不同：${details.map((d) => `论断说「${d.claim}」，原文是「${d.passage}」`).join('；')}。`,
  confirmedAbsent: (s, object, searched) => `确认：${s} 的意见书没有提到${object}（已在其全文中检索：${searched.join('；')}）。`,
  notAbsent: (s, object, passages, held, notHeld) =>
    `并非如此：${s} 的意见书提到了${held.length && notHeld.length ? held.join('、') : object}，共 ${passages} 处${notHeld.length && held.length ? `（但没有提到${notHeld.join('、')}）` : ''}。例如：`,
  unreadableWhole: (s, pdf, noFile) => `无法核查：${s} 确实提交了意见，但${noFile ? 'NITRD 提交者名单列出了它，本索引却没有该文件' : '该文件没有可检索的文字（扫描 PDF 或空文件）'}${pdf ? `。请阅读官方 PDF：${pdf}` : ''}。`,
  unreadable: (s) => `无法确认：${s} 的意见书有部分内容无法读取（扫描件），因此无法判断其中没有提到什么。`,
  noSubmitter: (org, total) => `语料库（共 ${total} 份提交意见）中没有 ${org} 提交的意见书，因此这一论断不可能出自它的意见。`,
  partly: (s, missing) => `部分找到：${s} 的意见书中有以下内容，但论断中的${missing.map((m) => `「${m}」`).join('、')}没有出现在其中：`,
  notFound: (s, searched) => `在 ${s} 的意见书中没有找到（已在其全文中检索：${searched.join('；')}）。`,
  notFoundAsStated: (s, missing) => `在 ${s} 的意见书中没有找到论断所说的内容：与论断最接近的段落中没有${missing.map((m) => `「${m}」`).join('、')}，但可能以其他说法表达。`,
  notAddressed: (s, searched) => `没有涉及：${s} 意见书中最接近的段落并未涉及这一论断（检索了：${searched.join('；')}）。`,
  closest: '其中最接近的段落：',
  inferred: (s) => `论断没有指明提交者；以下按最匹配的意见书（${s}）核查。`,
  elsewhere: (submitters) => `完整的论断出现在以下提交者的意见书中：${submitters.join('、')}。`,
  chat: (verdict, s) => (verdict === 'supported' ? `${s} 的意见书支持这一论断：` : `${s} 的意见书与这一论断相矛盾：`),
  voided: '语言模型的判断无法核实（其引文不在所引段落中，或其回复无法读取），因此无效。以下是意见书原文所能表明的：',
  nothing: '找不到与这一论断相关的意见书。',
};

/** The Simplified phrases in Traditional characters (Taiwan usage), converted once, on first use. */
const zhHant = traditionalPhrases(zhHans);

export function checkPhrasesFor(language: string, script?: 'hans' | 'hant'): CheckPhrases {
  if (language !== 'zh') return en;
  return script === 'hant' ? zhHant() : zhHans;
}
