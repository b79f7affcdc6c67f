/**
 * The headings of a submission's text. PDF-extracted text has no markup, so a heading is read
 * from its shape: a numbered line ("1. Strengthen Export Controls", "Recommendation 2:", "III.",
 * "B."), an ALL-CAPS line, or a short title line that starts a paragraph and ends without a full
 * stop. A heading may run on into the next line ("… AMONG AI" / "DEVELOPERS AND DEPLOYERS"),
 * or the text may run into it with no line break ("1. Strengthen Export Controls The United
 * States should …"): then it ends where a sentence starts, or at its own full stop ("Prepare the
 * Federal Workforce to Succeed with AI. Training …"), or before a colon ("Protect national
 * security: Adding …"). A heading may also follow a sentence on the same line ("… prevent misuse.
 * 2. Maintain U.S. AI leadership …"). Letterheads, tables of contents, table cells (under a
 * caption or a header row), footnotes, signatures, page numbers and text garbled by OCR are not
 * headings, and a heading a summary or a table of contents lists before its section is read where
 * its section begins.
 */
import { IMPERATIVE } from './recommendation.js';
import { HEAD_VERB, NUMBERED, SMALL, numberingOf, styleOf, titleShare, type Heading, type Numbering, type Shape } from './heading.js';
import { endsSentence, firstParagraph, linesOf, paragraphWidth, type Line } from './heading-lines.js';
import { inSequence, listedOnce, withoutContents, withText } from './heading-filters.js';

/** The lines of a text and how to read them. */
interface Reading {
  lines: Line[];
  /** The text with PDF-split words re-joined, for reading a line's shape. */
  readable: (text: string) => string;
  /** The length of a full line of the text's paragraphs: a title line is shorter. */
  width: number;
}

/** Words that start a sentence, and end a heading that a line runs on from ("… Export Controls The United States should …"). */
const STARTERS = new Set(
  'The This These That Those We Our It Its One As While Although Though Today There Since Because Currently Given Many Most Such If When Unlike Despite Both Each Every Moreover However Additionally Furthermore Specifically Ultimately Indeed'.split(' '),
);
/** A word whose full stop ends no sentence ("U.S.", PDF-split "U .S.", "vs."). */
/** A sentence's end within a text. */
const ENDS_SENTENCE = /[a-z)”"]{2}[.!?](\s|$)/;
const ABBREVIATION = /^(\.?(?:[A-Z]\.)+|vs\.|e\.g\.|i\.e\.|etc\.|Inc\.|No\.|Dr\.|St\.|Mr\.|Ms\.|Jr\.|Co\.|Corp\.|Ltd\.)$/;
/** A word a heading continued on the next line may end with. */
const CONNECTOR = /(?:^|\s)(?:of|and|the|for|to|in|on|with|by|a|an|&|or|at|from|among|between|through|into|across|—|–|-|:)$/i;
/** What a paragraph (or a list item) starts with. */
const PARAGRAPH_START = /^[A-Z0-9•●▪■◦❖➢✓►\-–*(“"'‘\u2022\uF0B7]/;

/** Letterhead, address, date and salutation lines, links, citations, and page furniture. */
const NOT_HEADING =
  /\b\d+\s+([\w.'’-]+\s+){0,4}(avenue|ave\.?|street|st\.|blvd|boulevard|road|rd\.|drive|dr\.|lane|place|plaza|parkway|way)(\W|$)|\b(suite|floor) \d|\bp\.?o\.? box\b|\bpmb\b|\(\d{4}\)|\b[A-Z]\.[,;]|\bet al\b|\bdoi\b|\b\d{1,4},\s*\d{1,4}\b|\b[A-Z]{2} \d{5}\b|\b(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2},? \d{4}\b|^(dear|re:|to:|from:|cc:|subject:|attn|page \d|date:|submitted (by|to)|prepared (by|for)|email|phone|tel|table \d|figure \d|exhibit \d|source:)\b|^(sincerely|respectfully|regards|best regards|thank you)|^(organi[sz]ation|name|category|attachments?|submitter|comment)\s*:|\.(pdf|docx?|pptx?|xlsx?)\b|\ball rights reserved\b|©|^\S+>|@|https?:|www\.|\.(com|org|gov|edu)\b|\b(office of science and technology policy|executive office of the president|national science foundation|nco|docket|federal register|document (number|citation)|tracking no|request for information|\brfi\b)\b|^[\d\s.,/()-]+$/i;

/** Headings of a text, in order. `pageStarts`: offsets where pages begin; `readable` re-joins PDF-split words for reading a line's shape. */
export function headingsOf(text: string, pageStarts: readonly number[], readable: (text: string) => string = (t) => t): Heading[] {
  const printed = linesOf(text, pageStarts);
  // A line's shape is read more than once (alone, joined, run in): re-joining its words once is enough.
  const read = new Map<string, string>();
  const cached = (line: string) => read.get(line) ?? (read.set(line, readable(line)), read.get(line)!);
  const width = paragraphWidth(printed);
  const bodyStart = firstParagraph(printed);
  // A letterhead or title page: lines before the first paragraph (the one right before it may be its heading).
  const letterheadEnd = bodyStart >= 1 ? printed[bodyStart - 1]!.start : 0;
  const lines = withHeadingsAfterSentences(printed, cached);
  const reading: Reading = { lines, readable: cached, width };
  const found: Heading[] = [];
  let previousHeading = -1;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const previous = lines[i - 1];
    // A table's cells are short lines, under its caption, until paragraphs' full lines come back.
    if (/^(table|figure|exhibit) \d/i.test(lines[i]!.text) || tableHeader(lines[i]!.text)) inTable = true;
    else if (inTable && previous && [previous, lines[i]!].every((l) => l.text.length >= 0.9 * reading.width)) inTable = false;
    const opens = !previous || previousHeading === i - 1 || endsSentence(previous.text) || lines[i]!.pageStart || footnote(previous.text);
    // A heading starts with a capital, a number or a quotation mark.
    if (!/^[“"‘'(]?[A-Z0-9]/.test(lines[i]!.text)) continue;
    const headings = headingsAt(reading, i);
    if (headings.length === 0) continue;
    // A line that does not start a paragraph is a heading only when it is a numbered title on a line of its own.
    if (!opens && !(headings[0]!.numbering && headings[0]!.shape !== 'sentence' && !headings[0]!.runIn)) continue;
    if (inTable && !headings[0]!.numbering) continue;
    if (lines[i]!.start < letterheadEnd && !headings[0]!.numbering) continue;
    const last = headings[headings.length - 1]!;
    found.push(...headings);
    // Lines a heading ran on into are part of it.
    while (i + 1 < lines.length && lines[i + 1]!.end <= last.end) i++;
    previousHeading = last.runIn ? -1 : i;
  }
  return withText(inSequence(listedOnce(withoutContents(found, printed), cached)), text);
}

/**
 * The lines with a heading that follows a sentence on the same line put on a line of its own
 * ("… and prevent misuse. 2. Maintain U.S. AI leadership by promoting scientific innovation",
 * "… by academia and industry. Data Centers The rapid adoption of AI …", "… in the years to come.
 * Maintain and Enhance America’s Status as a Global AI Standards Leader. In 2019, …"): a numbered
 * title to the end of the line, or Title Case words that run to the end of the line before a new
 * sentence, or run into a sentence, or end with a full stop.
 */
function withHeadingsAfterSentences(lines: readonly Line[], readable: (text: string) => string): Line[] {
  const out: Line[] = [];
  lines.forEach((line, i) => {
    let rest = line;
    for (const m of line.text.matchAll(/(\S*[a-z)\]”"’])[.!?]["”’)]?\s+(?=[“"]?[A-Z0-9])/g)) {
      const at = m.index + m[0].length;
      const before = line.text.slice(rest.start - line.start, at).trim();
      if (before.split(/\s+/).length < 4 || ABBREVIATION.test(`${m[1]}.`) || /^[A-Z]$/.test(m[1]!)) continue;
      const tail = line.text.slice(at);
      if (!headingAfterSentence(readable(tail), lines[i + 1]?.text ?? '', lines[i + 2]?.text ?? '')) continue;
      out.push({ ...rest, end: line.start + at - (m[0].length - m[0].trimEnd().length), text: before });
      rest = { start: line.start + at, end: line.end, text: tail, pageStart: false, blankBefore: false, afterSentence: true };
    }
    out.push(rest);
  });
  return out;
}

/** Words that name a table's columns. */
const COLUMN = /^(descriptions?|definitions?|roles?|categor(y|ies)|types?|purpose|examples?|status|timeline|owner|impacts?|policy implications?|recommendations?|rationale|risks?|benefits?|actions?|responsible|lead agency|metrics?|notes?)$/i;

/**
 * The header row of a table with no caption over it ("Benchmark  Description", "AI Stage  Description  Policy Implication"):
 * two to five short cells set apart by wide gaps, one of them a word that names a column (not a
 * heading in capitals printed with wide gaps).
 */
function tableHeader(text: string): boolean {
  const cells = text.split(/\s{2,}/);
  return cells.length >= 2 && cells.length <= 5 && text.length <= 80 && /[a-z]/.test(text) && cells.every((c) => /^[A-Z]/.test(c) && c.split(/\s+/).length <= 3) && cells.some((c) => COLUMN.test(c));
}

/** A footnote at a page's foot: its number, then a short note or a reference ("3 Ibid", "4 Business Roundtable, … https://…"). */
function footnote(text: string): boolean {
  return /^\d{1,3}\s+[A-Z]/.test(text) && (text.split(/\s+/).length <= 6 || /https?:|www\.|\bIbid\b|\bId\./.test(text));
}

/** A sentence opener at the start of a line. */
const OPENS_SENTENCE = new RegExp(String.raw`^[“"]?(?:${[...STARTERS].join('|')})\b`);

/** Whether the rest of a line, after a sentence, starts a heading (see withHeadingsAfterSentences); `next`, `afterNext`: the lines after it. */
function headingAfterSentence(tail: string, next: string, afterNext: string): boolean {
  const numbering = numberingOf(tail);
  // A numbered title: to the end of the line, or wrapped onto the next, with no sentence of its own.
  if (numbering) {
    const title = tail.slice(NUMBERED.exec(tail)![0].length);
    return (numbering.kind === 'arabic' || numbering.kind === 'word') && title.split(/\s+/).length >= 2 && !ENDS_SENTENCE.test(tail) && !/[;:,]$/.test(tail);
  }
  const words = tail.split(/\s+/);
  // Not a sentence's opening words, a label ("Source: …", "Callout: …") or a clause that goes on ("Further, the Centers for … and").
  if (STARTERS.has(words[0]!) || SMALL.has(words[0]!.toLowerCase()) || words.length < 2 || /^[^\s,:]+[,:]/.test(tail) || CONNECTOR.test(tail)) return false;
  // Title Case words, up to the first in lower case.
  const lead: string[] = [];
  for (const w of words) {
    if (/^[a-z]/.test(w) && !SMALL.has(w)) break;
    lead.push(w);
  }
  const content = lead.filter((w) => /[A-Za-z]/.test(w) && !SMALL.has(w.replace(/[.:]$/, '')));
  if (content.length < 2 || titleShare(lead) < 0.8) return false;
  const instruction = instructs(words);
  // A title that ends with a full stop, the sentence running on.
  const stop = lead.findIndex((w) => /[a-z)]\.$/.test(w) && !ABBREVIATION.test(w));
  if (stop >= 2 && instruction) return true;
  // The whole rest is a title, and a new sentence starts on the next line, or (an instruction) after a few more words of the title on it
  // ("… this dynamic. Support a National" / "AI Research Resource" / "The federal government …").
  if (lead.length === words.length) {
    if (lead.length > 14 || /[.,;:]/.test(tail) || (content.length < 3 && !instruction)) return false;
    const nextWords = next.split(/\s+/);
    return OPENS_SENTENCE.test(next) || (instruction && nextWords.length <= 6 && titleShare(nextWords) >= 0.8 && !/[.,;:]/.test(next) && OPENS_SENTENCE.test(afterNext));
  }
  // A title that runs into a sentence, at a sentence opener.
  return lead.findIndex((w, k) => k >= 2 && STARTERS.has(w)) >= 2;
}

/** Words that start by saying what to do: a verb of instruction, after an adverb or not ("Clearly Distinguish …"). */
function instructs(words: readonly string[]): boolean {
  return HEAD_VERB.test(words[0] ?? '') || (/^[A-Z][a-z]+ly$/.test(words[0] ?? '') && HEAD_VERB.test(words[1] ?? ''));
}

/** The heading (or two, run together) that starts at line `i`, if it is one. */
function headingsAt(reading: Reading, i: number): Heading[] {
  const line = reading.lines[i]!;
  let text = line.text;
  let start = line.start;
  // A page number printed before the first line of a page ("4 1. PROMOTE").
  const pageNumber = line.blankBefore ? /^\d{1,3}\s+(?=\S)/.exec(text) : null;
  if (pageNumber) {
    text = text.slice(pageNumber[0].length);
    start += pageNumber[0].length;
  }
  const runIn = runInHeading(text, start, reading.readable, reading.lines[i + 1]?.text ?? '');
  // A numbered title the line runs on from ("1. Strengthen Export Controls The United States should …"), though the whole line would pass for a heading;
  // but not one cut at a capitalised word that goes on with the title's words and ends no sentence ("III. The AI Action" / "Plan should endorse open-source AI"):
  // that line, with what it wraps onto, is the heading when no sentence ends in it.
  const titled = runIn?.numbering && runIn.shape !== 'sentence' && !titleGoesOn(text.slice(runIn.end - start));
  const whole = titled ? undefined : wholeHeading(reading, i, text, start);
  if (whole && !(runIn?.numbering && ENDS_SENTENCE.test(whole.text))) return [whole];
  if (!runIn) {
    const wrapped = wrappedIntoText(reading, i, text, start);
    return wrapped ? [wrapped] : [];
  }
  // What follows a run-in heading may be a heading too ("Enhancing American National Security Build the federal government's capacity …").
  const rest = text.slice(runIn.end - start).replace(/^\s+/, '');
  const second = rest ? wholeHeading(reading, i, rest, line.end - rest.length, true) : undefined;
  return second ? [{ ...runIn, runIn: false }, second] : [runIn];
}

/**
 * What a numbered title ran into reads on as its words, not as a sentence: the last word of the
 * title's subject before its verb ("The AI Action" / "Plan should endorse …", "Utah’s Office of AI"
 * / "Policy takes on …"), with no sentence's end on the line.
 */
function titleGoesOn(rest: string): boolean {
  const m = /^\s*([A-Z][a-z]+)\s+(should|must|will|can|could|would|may|might|shall|needs?|is|are|has|have|takes|remains|requires)\s/.exec(rest);
  return m !== null && !STARTERS.has(m[1]!) && !IMPERATIVE.test(m[1]!) && !ENDS_SENTENCE.test(rest);
}

/** The line (with the lines it runs on into) as one heading, when the next line starts a paragraph. */
function wholeHeading({ lines, readable, width }: Reading, i: number, text: string, start: number, second = false): Heading | undefined {
  const numbering = numberingOf(text);
  const first = shapeOf(readable(text), numbering !== undefined);
  let joined = text;
  let end = lines[i]!.end;
  let j = i;
  let wraps = false;
  // A heading that runs on: an ALL-CAPS line under an ALL-CAPS one, a line after a connecting word, or a line that starts in lower case.
  // A heading set apart by blank lines, wrapped over two or three lines of a title ("4. AI Governance is the Responsibility … Entities ;" /
  // "Policymakers Should Provide Incentives …" / "Practices"): the whole block.
  const block = titleBlock({ lines, readable, width }, i, text);
  if (block) {
    ({ joined, end, j } = block);
    wraps = true;
  }
  while (!block && j + 1 < lines.length && j - i < 2) {
    const next = lines[j + 1]!;
    if (numberingOf(next.text) || next.pageStart || next.blankBefore) break;
    const nextWords = next.text.split(/\s+/).length;
    const caps = first?.style === 'caps' && shapeOf(readable(next.text.replace(/^[-–]/, '')), false)?.style === 'caps' && nextWords <= 8;
    const connected = CONNECTOR.test(joined) && nextWords <= 10 && !/[a-z]{2}[.!?]\s/.test(next.text);
    const lower = /^[a-z]/.test(next.text) && (nextWords <= 10 || numbering !== undefined) && !/[.!?]\s+[A-Z]/.test(next.text) && (!/[.;:]$/.test(joined) || ABBREVIATION.test(joined.split(/\s+/).pop()!));
    // A long Title Case heading wrapped onto a short Title Case line ("I. The Administration Can Continue" / "Its Work from Its First Term"), a sentence after it.
    const sentenceAfter = lines[j + 2] === undefined || lines[j + 2]!.blankBefore || /^[“"(]?[A-Z]\S*\s+[a-z]/.test(lines[j + 2]!.text) || (/^[A-Z]/.test(lines[j + 2]!.text) && lines[j + 2]!.text.split(/\s+/).slice(0, 6).filter((w) => /^[a-z]/.test(w) && !SMALL.has(w)).length >= 3);
    // (A title printed after a sentence wraps before the margin.)
    const long = text.length >= (numbering ? 0.5 : 0.6) * Math.min(width, 100) || (lines[i]!.afterSentence === true && j === i);
    const wrapped = j === i && long && first?.style === 'title' && nextWords <= (numbering ? 8 : 4) && shapeOf(readable(next.text), false)?.style === 'title' && !endsClause(joined) && sentenceAfter;
    if (wrapped) wraps = true;
    if (!caps && !connected && !lower && !wrapped) break;
    joined = `${joined}${/[-–]$/.test(joined) || /^[-–]/.test(next.text) ? '' : ' '}${next.text}`;
    end = next.end;
    j++;
  }
  const shape = shapeOf(readable(joined), numbering !== undefined);
  if (!shape || (numbering && leadIn(joined))) return undefined;
  const after = lines[j + 1];
  if (after && !after.pageStart && !PARAGRAPH_START.test(after.text)) return undefined;
  // An unnumbered line as long as a paragraph's lines is the first line of a paragraph.
  if (!numbering && shape.style !== 'caps' && !second && !wraps && text.length > 0.85 * width) return undefined;
  if (second && !numbering && shape.style === 'sentence' && joined.split(/\s+/).length < 4) return undefined;
  return { start, end, text: joined.replace(/\s+/g, ' ').trim(), ...(numbering ? { numbering } : {}), style: numbering ? styleOf(numbering) : shape.style, shape: shape.style, runIn: false };
}

/**
 * A numbered heading whose last words open the next line, the text running on after its full stop
 * ("7.Encourage the development of appropriate risk-based governance practices in the private" /
 * "sector. Amazon and other U.S. companies are …").
 */
function wrappedIntoText({ lines, readable, width }: Reading, i: number, text: string, start: number): Heading | undefined {
  const numbering = numberingOf(text);
  const next = lines[i + 1];
  const words = text.split(/\s+/);
  // A numbered clause, or an instruction in Title Case ("Minimize Regulatory Compliance Burdens for American Companies by Passing" / "Federal Privacy. Data is …").
  const instruction = !numbering && instructs(words) && titleShare(words) >= 0.75;
  if ((!numbering && !instruction) || !next || next.pageStart || next.blankBefore || /[a-z)”"]{2}[.!?]\s/.test(text)) return undefined;
  // One clause that fills its line: no sentence's end, comma (but a list's), colon or semicolon in it.
  const clause = numbering ? text.slice(NUMBERED.exec(text)![0].length) : text;
  if (/[.;:]/.test(clause) || (/,/.test(clause) && !(instruction && /,\s*(and|or)\b/.test(clause))) || words.length > 16 || text.length < 0.6 * Math.min(width, 100)) return undefined;
  const m = /^((?:\S+\s+){0,5}?\S*[a-z)])\.\s+(?=[“"]?[A-Z])/.exec(next.text);
  if (!m || (numbering ? !/^[a-z]/.test(next.text) : titleShare(m[1]!.split(/\s+/)) < 0.8)) return undefined;
  const head = `${text} ${m[1]}`;
  const after = `${next.text.slice(m[0].length)} ${lines[i + 2]?.text ?? ''}`.split(/\s+/).slice(0, 12);
  const shape = shapeOf(readable(head), numbering !== undefined);
  if (!shape || head.split(/\s+/).length > 30 || after.filter((w) => /^[a-z]/.test(w) && !SMALL.has(w)).length < 2) return undefined;
  const style = numbering ? styleOf(numbering) : shape.style;
  return { start, end: next.start + m[1]!.length, text: head.replace(/\s+/g, ' ').trim(), ...(numbering ? { numbering } : {}), style, shape: shape.style, runIn: true };
}

/** Whether a line ends with a clause's punctuation (an abbreviation's full stop, as in "U.S.", aside). */
function endsClause(text: string): boolean {
  return /[.;:,]$/.test(text) && !/(?:^|\s)(?:[A-Z]\.){2,}$/.test(text);
}

/**
 * A heading that is a block of its own: after a blank line (or a page break), two or three lines
 * that read as one title (Title Case or capitals, the lines after the first not numbered), then a
 * blank line and a paragraph.
 */
function titleBlock({ lines, readable, width }: Reading, i: number, text: string): { joined: string; end: number; j: number } | undefined {
  // Its first line runs to the margin, or breaks after a word that cannot end it (not a heading over its first sub-heading).
  if (!lines[i]!.blankBefore || !(text.length >= 0.5 * Math.min(width, 100) || CONNECTOR.test(text) || endsClause(text) || /(?:[A-Z]\.){2,}$/.test(text))) return undefined;
  let k = i;
  while (k + 1 < lines.length && !lines[k + 1]!.blankBefore && k - i < 3) k++;
  const after = lines[k + 1];
  if (k === i || k - i > 2 || !after?.blankBefore || !PARAGRAPH_START.test(after.text)) return undefined;
  let joined = text;
  for (let j = i + 1; j <= k; j++) {
    if (numberingOf(lines[j]!.text)) return undefined;
    joined = `${joined}${/[-–]$/.test(joined) || /^[-–]/.test(lines[j]!.text) ? '' : ' '}${lines[j]!.text}`;
  }
  const numbered = numberingOf(joined) !== undefined;
  const shape = shapeOf(readable(joined), numbered);
  if (!shape || shape.style === 'sentence' || joined.split(/\s+/).length > 30) return undefined;
  return { joined, end: lines[k]!.end, j: k };
}

/**
 * A heading the text runs into on the same line: it ends before the word that starts a sentence —
 * a sentence opener ("The", "We", "This" …) or an instruction's verb ("Build the …"), or, after a
 * numbered title, any capitalised word followed by lower-case ones.
 */
function runInHeading(text: string, start: number, readable: (text: string) => string, following = ''): Heading | undefined {
  const numbering = numberingOf(text);
  const marker = numbering ? NUMBERED.exec(text)![0].length : 0;
  // A lead-in before a colon: a numbered item's, or an instruction's ("Protect national security: Adding provenance …").
  const instruction = !numbering && HEAD_VERB.test(text) && !/\b(following|below|as follows)\s*:/i.test(text);
  const colon = numbering || instruction ? leadIn(text) : undefined;
  if (colon !== undefined) {
    const head = text.slice(0, colon).trimEnd();
    const shape = shapeOf(readable(head), numbering !== undefined);
    if (!shape || (!numbering && head.split(/\s+/).length < 3)) return undefined;
    return { start, end: start + head.length, text: head.replace(/\s+/g, ' '), ...(numbering ? { numbering } : {}), style: numbering ? styleOf(numbering) : shape.style, shape: shape.style, runIn: true };
  }
  const words = [...text.slice(marker).matchAll(/\S+/g)].map((m) => ({ word: m[0], at: m.index }));
  if (words.length < 5) return undefined;
  const firstWord = words[0]!.word;
  if (!numbering && (STARTERS.has(firstWord) || SMALL.has(firstWord.toLowerCase()))) return undefined;
  const caps = (w: string) => /[A-Z]{2}/.test(w) && !/[a-z]/.test(w);
  let split = -1;
  let stop = false;
  for (let k = 1; k < words.length; k++) {
    const before = words[k - 1]!.word;
    const w = words[k]!.word;
    const next = words[k + 1]?.word ?? '';
    const head = words.slice(0, k).map((x) => x.word);
    // Punctuation before any sentence start: the line is text, unless a short title ends there with a full stop ("1.Promote U.S. technology leadership abroad. For AI …").
    if (/[.!?;,]$/.test(before) && !ABBREVIATION.test(before)) {
      if (!/\.$/.test(before) || !/^[“"‘'(]?[A-Z]/.test(w) || !periodTitle(head, numbering)) return undefined;
      split = k;
      stop = true;
      break;
    }
    // A sentence after a title needs words to read.
    if (k >= words.length - 3) continue;
    // After a title: an instruction's verb and a word in lower case ("Build the …"), or, numbered or under an instruction, any capitalised word and a lower-case word that is not a title's small word.
    const underInstruction = !numbering && HEAD_VERB.test(firstWord) && k >= 3;
    const sentence = /^[a-z]/.test(next) && (IMPERATIVE.test(w) || (underInstruction && HEAD_VERB.test(w)) || ((numbering !== undefined || underInstruction) && !SMALL.has(next)));
    if (k >= 2 && STARTERS.has(w)) split = k;
    else if (/^[A-Z][a-z]+$/.test(w) && sentence && k >= 2 && !SMALL.has(head[k - 1]!) && titleShare(head) >= 0.75) split = k;
    // An ALL-CAPS heading, then the text in ordinary case ("AI INFRASTRUCTURE: DATA CENTERS AND ENERGY According to …").
    else if (k >= 2 && head.every(caps) && head.filter((x) => /[A-Z]{4}/.test(x)).length >= 2 && /^[A-Z][a-z]/.test(w)) split = k;
    if (split > 0) break;
  }
  if (split < 0) return undefined;
  // What follows reads as a sentence: words in lower case among its first few, its PDF-split words re-joined ("… Institute That Puts America First",
  // "5. AI Accountability Should be Enabled By Sci ence- to-Policy Programs and Bug" are each one title). After capitals, the change of case says so.
  const rest = readable(text.slice(marker + words[split]!.at)).split(/\s+/).slice(0, 10);
  const afterCaps = words.slice(0, split).every((x) => caps(x.word));
  const prose = (ws: readonly string[]) => ws.filter((w) => /^[a-z]/.test(w) && !SMALL.has(w)).length;
  if (!stop && (prose(rest.slice(1)) < 2 || (!afterCaps && !STARTERS.has(rest[0]!) && titleShare(rest.slice(0, 8)) >= 0.6))) return undefined;
  // After a title's full stop, a sentence (read on into the next line), not a citation's names and year.
  if (stop && prose(`${text.slice(marker + words[split]!.at)} ${following}`.split(/\s+/).slice(0, 12)) < 2) return undefined;
  const last = words[split - 1]!;
  // A title ended by a full stop is shown without it.
  const through = text.slice(0, marker + last.at + last.word.length);
  const head = stop ? through.replace(/\.$/, '') : through;
  const shape = shapeOf(readable(head), numbering !== undefined);
  if (!shape) return undefined;
  const headWords = words.slice(0, split).filter((x) => /[A-Za-z]{2}/.test(x.word)).length;
  if (!numbering && (headWords < 2 || (shape.style === 'sentence' && headWords < 4))) return undefined;
  return { start, end: start + head.length, text: head.replace(/\s+/g, ' ').trim(), ...(numbering ? { numbering } : {}), style: numbering ? styleOf(numbering) : shape.style, shape: shape.style, runIn: true };
}

/**
 * A short title that ends with a full stop, the text running on after it: a named point's first
 * sentence ("Principle 1: …"); a numbered one of at most fourteen words that says what to do, or
 * in Title Case; an unnumbered one in Title Case, of three words or more, that says what to do or
 * names an activity ("Prepare the Federal Workforce to Succeed with AI.", "Advancing Agentic AI in Government.").
 */
function periodTitle(head: readonly string[], numbering: Numbering | undefined): boolean {
  // A point named as such ("Principle 1: Regulatory fragmentation threatens AI innovation.") is headed by its first sentence.
  if (numbering?.kind === 'word') return head.length >= 2 && head.length <= 25;
  if (head.length > 14) return false;
  const words = head.map((w) => w.replace(/\.$/, ''));
  const instruction = instructs(words) || /^[A-Z][a-z]+ing$/.test(words[0]!);
  if (numbering) return head.length >= 2 && (instruction || titleShare(words) >= 0.8);
  const content = words.filter((w) => /[A-Za-z]/.test(w) && !SMALL.has(w));
  return content.length >= 3 && titleShare(words) >= 0.8 && instruction;
}

/** Where a numbered item's lead-in ends ("3. Gap Analysis: Conducting a thorough analysis of …"): a colon or a dash after a short title, then a sentence (eight words, or four that read as one). */
function leadIn(text: string): number | undefined {
  const marker = NUMBERED.exec(text)?.[0].length ?? 0;
  const m = /^((?:\S+\s+){0,7}?\S+)(?:\s?:|\s[–—-])\s+(.*)$/.exec(text.slice(marker));
  if (!m || /[.;,]/.test(m[1]!)) return undefined;
  const after = m[2]!.split(/\s+/);
  const prose = after.filter((w) => /^[a-z]/.test(w) && !SMALL.has(w)).length;
  return after.length >= 8 || (after.length >= 4 && prose >= 2) ? marker + m[1]!.length : undefined;
}

/** Whether a line reads as a heading, and its case: 'caps', 'title' or 'sentence'. */
function shapeOf(text: string, numbered: boolean): { style: Shape } | undefined {
  const body = numbered ? text.slice(NUMBERED.exec(text)?.[0].length ?? 0) : text;
  const words = body.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length > (numbered ? 30 : 16) || body.length > (numbered ? 240 : 130)) return undefined;
  if (numbered && body === '') return { style: 'title' };
  if (words.length === 0 || !(numbered ? /^[“"‘'(]?[A-Z0-9]/ : /^[“"‘'(]?[A-Z]/).test(body)) return undefined;
  if (NOT_HEADING.test(text) || body.replace(/[^A-Za-z]/g, '').length < 0.5 * body.replace(/\s/g, '').length) return undefined;
  // Text garbled by OCR or read from a figure: a bullet inside the line, words run together by a stop or a colon ("Mitn.feufD-._", "Photo:iticp").
  if (/\S\s*[•●▪■◦]/.test(body) || /[a-z][.:;][a-z0-9]/.test(body)) return undefined;
  // A full stop inside it ends a sentence: this is text, not a heading.
  if (/[a-z)”"]{2}\s?[.!?]\s+\S/.test(body) || /\b[A-Z]{2,}[.!?]\s+[A-Z][a-z]*\s+[a-z]/.test(body)) return undefined;
  if (numbered ? /[,:]['"’”]?$/.test(body) : /[.,;:]['"’”]?$/.test(body)) return undefined;
  const letters = body.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters.replace(/[^A-Z]/g, '').length >= 0.8 * letters.length) return { style: 'caps' };
  const title = titleShare(words) >= 0.6;
  if (numbered) return { style: title ? 'title' : 'sentence' };
  if (words.length === 1 && (!title || letters.length < 4)) return undefined;
  // A comma that does not list things ("Vice President, Global Affairs"; "Currently, TnTech employs …"), or a verb such as "should": a sentence or a signature.
  // A title that says what to do may have a comma in it ("Promote Sensible, Risk-Based Policymaking").
  if (/,/.test(body) && !/,.*\b(and|or|&)\b/.test(body) && !(title && HEAD_VERB.test(body) && /^[^\s,]+\s/.test(body))) return undefined;
  if (/\s(should|must|shall|will|would|could|can|has|have|had)\s/.test(body)) return undefined;
  if (!title && (words.length > 14 || /^(I|We|Our|It|This|They|You|He|She)\b/.test(body))) return undefined;
  return { style: title ? 'title' : 'sentence' };
}

/** Bulleted items long enough to be a submission's sections: a few paragraphs' worth each; more than a few dozen are answers to questions, not sections. */
const SECTION_ITEM_CHARS = 300;
const MAX_BULLET_SECTIONS = 16;

/**
 * A submission written as bulleted paragraphs, each led by a short sentence that states its point
 * ("●We must have the best AI workforce.  U.S. universities such as Duke are …"): the lead
 * sentences, as its headings. Only when three or more items, and most of the bulleted items, are
 * that long; sub-bullets ("○") belong to the item over them.
 */
export function bulletLeads(text: string): Heading[] {
  // (A page number may be printed before a page's first bullet: "7 ●Universities are …".)
  const starts = [...text.matchAll(/^[ \t]*(?:\d{1,3}[ \t]+)?[●•▪][ \t]*(?=[“"]?[A-Z])/gm)].map((m) => ({ at: m.index, body: m.index + m[0].length }));
  const items = starts.map((s, i) => ({ ...s, end: starts[i + 1]?.at ?? text.length }));
  const long = items.filter((item) => text.slice(item.body, item.end).replace(/\s+/g, ' ').length >= SECTION_ITEM_CHARS);
  if (long.length < 3 || long.length > MAX_BULLET_SECTIONS || long.length < 0.6 * items.length) return [];
  const leads: Heading[] = [];
  for (const item of long) {
    const body = text.slice(item.body, item.end);
    // The lead sentence ends at the first full stop (or colon) that is not an abbreviation's ("U.S.").
    const stop = [...body.matchAll(/(\S+?)\s*[.!?:](?=\s|$)/g)].find((m) => m.index + m[1]!.length >= 3 && !ABBREVIATION.test(`${m[1]}.`) && !/^[A-Z]$/.test(m[1]!));
    const lead = stop ? body.slice(0, stop.index + stop[1]!.length) : '';
    if (!lead || lead.split(/\s+/).length > 40) continue;
    leads.push({ start: item.body, end: item.body + lead.length, text: lead.replace(/\s+/g, ' ').trim(), style: 'bullet', shape: 'sentence', runIn: true });
  }
  return leads.length >= 3 ? leads : [];
}

