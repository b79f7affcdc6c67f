import type { Answer, ClaimCheck } from '../../retrieval/types.js';
import { echo, escapeText } from './escape.js';
import { sourceLines } from './sources.js';

const BADGE: Record<ClaimCheck['verdict'], string> = {
  found: '✅',
  supported: '✅',
  partly: '🟡',
  differs: '🟠',
  contradicted: '❌',
  'confirmed-absent': '✅',
  'not-absent': '❌',
  'not-found': '⚪',
  'not-addressed': '⚪',
  'no-submitter': '⚪',
};

/** The words around a check, in the claim's language and script. */
interface CheckLabels {
  heading: string;
  /** What an offline check compares, and what it does not judge. */
  offline: string;
  /** The same for an absence claim: what a search of the whole text can show. */
  offlineAbsence: string;
  sources: string;
  noSources: string;
}

const LABELS: Record<'en' | 'hans' | 'hant', CheckLabels> = {
  en: {
    heading: 'Checking the claim',
    offline: 'Offline check: it compares the words and details of the claim (figures, comparisons, negations) with the submission; it does not judge whether the claim is true.',
    offlineAbsence: 'Offline check: it searched the whole submission for the words of what the claim says it left out; it does not judge whether the claim is true, and a topic can be discussed in other words.',
    sources: 'Sources',
    noSources: 'No passage could be cited.',
  },
  hans: {
    heading: '核查论断',
    offline: '离线核查：将论断的措辞和细节（数字、比较、否定）与意见书原文比对，并不判断论断本身是否属实。',
    offlineAbsence: '离线核查：在意见书全文中检索论断所说未提及之事的用词，并不判断论断本身是否属实；同一话题也可能以其他措辞讨论。',
    sources: '来源',
    noSources: '没有可引用的段落。',
  },
  hant: {
    heading: '核查論斷',
    offline: '離線核查：將論斷的措辭和細節（數字、比較、否定）與意見書原文比對，並不判斷論斷本身是否屬實。',
    offlineAbsence: '離線核查：在意見書全文中檢索論斷所說未提及之事的用詞，並不判斷論斷本身是否屬實；同一話題也可能以其他措辭討論。',
    sources: '來源',
    noSources: '沒有可引用的段落。',
  },
};

function labelsFor(check: ClaimCheck): CheckLabels {
  if (check.language !== 'zh') return LABELS.en;
  return check.script === 'hant' ? LABELS.hant : LABELS.hans;
}

/**
 * A claim check: the claim, the verdict with its quotes (for `differs`, the claim's detail and
 * the passage's side by side), and numbered sources, in the claim's language and script.
 */
export function renderCheck(check: ClaimCheck): string {
  const labels = labelsFor(check);
  const blocks = [`**${labels.heading}** “${echo(check.claim)}”`, `${BADGE[check.verdict]} ${marked(escapeText(check.text.trim()), check)}`];
  if (check.mode === 'extractive' || check.verdict === 'confirmed-absent' || check.verdict === 'not-absent') {
    blocks.push(`-# ${check.absent !== undefined ? labels.offlineAbsence : labels.offline}`);
  }
  blocks.push(check.sources.length ? `**${labels.sources}**\n${sourceLines(check.sources)}` : `_${labels.noSources}_`);
  return blocks.join('\n\n');
}

/** The passage's side of each differing detail in bold in the quote that holds it ("enough to power **10 million** homes"). */
function marked(text: string, check: ClaimCheck): string {
  const lines = text.split('\n');
  for (const difference of check.differences ?? []) {
    const detail = escapeText(difference.passage);
    const at = detail ? lines.findIndex((line) => line.startsWith('"') && line.includes(detail)) : -1;
    if (at >= 0) lines[at] = lines[at]!.replace(detail, () => `**${detail}**`);
  }
  return lines.join('\n');
}

/** Verdicts that rest on passages of the submission (the rest say it has none to show). */
const COVERED: ReadonlySet<ClaimCheck['verdict']> = new Set(['found', 'supported', 'partly', 'differs', 'contradicted', 'not-absent']);

/** The check as an answer, for the answer store (buttons) and the answer log line. */
export function checkAsAnswer(check: ClaimCheck): Answer {
  return {
    question: check.claim,
    language: check.language,
    mode: check.mode,
    text: check.text,
    sources: check.sources,
    evidence: check.sources,
    citations: check.citations,
    notCovered: !COVERED.has(check.verdict),
    notes: [],
    ms: check.ms,
  };
}
