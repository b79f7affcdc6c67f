import { toTraditional } from '../i18n/query-bridge.js';

/** Fixed sentences of offline answers, in the asker's language and script. */
export interface Phrases {
  quotesHeading: string;
  notCovered: string;
  absent(org: string, total: number, mentions: number): string;
  offlineTranslationNote(matched: string[], unmatched: string[]): string;
}

const en: Phrases = {
  quotesHeading: 'What the submissions say (verbatim quotes, grouped by submitter):',
  notCovered: 'The submissions do not appear to cover this question. The closest passages found are listed as sources; none of them answers it directly.',
  absent: (org, total, mentions) =>
    `No submission from ${org} is in the corpus (${total.toLocaleString('en-US')} submissions). ` +
    (mentions > 0
      ? `${org} is mentioned in ${mentions.toLocaleString('en-US')} submission${mentions === 1 ? '' : 's'} by others; the sources show some of them. Nothing here is ${org}'s own position.`
      : `${org} is not mentioned in any submission either.`),
  offlineTranslationNote: () => '',
};

const zhHans: Phrases = {
  quotesHeading: '以下为提交意见的英文原文摘录（逐字引用，按提交者分组）：',
  notCovered: '这些提交意见似乎没有涉及这个问题。来源中列出的是最接近的段落，但都没有直接回答。',
  absent: (org, total, mentions) =>
    `语料库（共 ${total} 份提交意见）中没有 ${org} 提交的意见。` +
    (mentions > 0 ? `有 ${mentions} 份其他提交者的意见提到了 ${org}，来源中列出了部分段落；这些都不是 ${org} 自己的立场。` : `也没有任何提交意见提到 ${org}。`),
  offlineTranslationNote: (matched, unmatched) =>
    `离线模式无法翻译：问题通过中英术语对照转换为英文关键词检索（${matched.slice(0, 8).join('、') || '无'}）` +
    (unmatched.length ? `；未能识别：${unmatched.slice(0, 5).join('、')}` : '') +
    '。引文保留英文原文。配置聊天模型后可获得中文回答。',
};

const zhHant: Phrases = {
  quotesHeading: toTraditional(zhHans.quotesHeading),
  notCovered: toTraditional(zhHans.notCovered),
  absent: (org, total, mentions) => toTraditional(zhHans.absent(org, total, mentions)),
  offlineTranslationNote: (matched, unmatched) => toTraditional(zhHans.offlineTranslationNote(matched, unmatched)),
};

export function phrasesFor(language: string, script?: 'hans' | 'hant'): Phrases {
  if (language !== 'zh') return en;
  return script === 'hant' ? zhHant : zhHans;
}
