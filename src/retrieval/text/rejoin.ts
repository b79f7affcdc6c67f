/**
 * Re-joins words that PDF extraction split ("Com m ents", "Inform ation", "train ed").
 * Works from corpus word frequencies: a split is joined when the joined word is common and
 * a piece is not a word on its own. The result is for search only; citations quote the original.
 */
export type WordFrequencies = ReadonlyMap<string, number>;

const LETTERS = /^[A-Za-z]+$/;
const MIN_JOINED = 20;

/** Lowercase frequency of every letters-only token in the texts. */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const token of text.split(/[^A-Za-z]+/)) {
      if (!token) continue;
      const lower = token.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Numbers and hyphenated compounds that PDF extraction split are joined too: "$500,00 0" →
 * "$500,000" (the last digit group completed to three digits), "case-by- case" → "case-by-case"
 * (a compound that already has a hyphen, broken after its last one). Only spaces are removed.
 */
export function rejoinSplitWords(text: string, freq: WordFrequencies): string {
  return rejoinWords(rejoinCompounds(rejoinNumbers(text)), freq);
}

const SPLIT_NUMBER = /(?<![\d,.])(\d{1,3}(?:,\d{3})*,(\d{1,2})) +(\d{1,2})(?!\d|,\d)/g;
const SPLIT_COMPOUND = /\b([A-Za-z]+-[A-Za-z]+(?:-[A-Za-z]+)*-) +([a-z]+)\b/g;

export function rejoinNumbers(text: string): string {
  return text.replace(SPLIT_NUMBER, (whole, head: string, group: string, tail: string) => (group.length + tail.length === 3 ? head + tail : whole));
}

function rejoinCompounds(text: string): string {
  return text.replace(SPLIT_COMPOUND, '$1$2');
}

function rejoinWords(text: string, freq: WordFrequencies): string {
  const parts = text.split(/( +)/); // even indexes: non-space tokens; odd: the space runs between them
  const f = (w: string) => freq.get(w.toLowerCase()) ?? 0;
  const isM = (w: string | undefined) => w === 'm' || w === 'M';
  // A piece is not a word on its own: rarer than the joined word (ten times rarer away from an "m" split).
  const isPiece = (w: string, joined: string, nearM: boolean) => isM(w) || f(w) * (nearM ? 1 : 10) < f(joined);
  const valid = (ws: (string | undefined)[]): ws is string[] => {
    if (!ws.every((w) => w !== undefined && w !== '')) return false;
    const joined = ws.join('');
    if (f(joined) < MIN_JOINED) return false;
    // The extractor's signature split: "Subm ission", "Docum ent", "Com m ents".
    if (ws.length === 2 && /m$/.test(ws[0]!) && /^[a-z]/.test(ws[1]!)) return true;
    const nearM = /m$/i.test(ws[0]!) || /^m/i.test(ws[1]!);
    return ws.some((w) => isPiece(w!, joined, nearM));
  };
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const a = parts[i] ?? '';
    const b = parts[i + 2];
    const c = parts[i + 4];
    const wa = trailingWord(a);
    const wb = b !== undefined && LETTERS.test(b) ? b : undefined;
    const wc = c === undefined ? undefined : leadingWord(c);
    const wbLead = b === undefined ? undefined : leadingWord(b);
    if (isM(wb) && valid([wa, wb, wc])) {
      out.push(a + b! + c!, parts[i + 5] ?? '');
      i += 4;
    } else if (isM(wb) && valid([wb, wc])) {
      out.push(a, parts[i + 1] ?? ''); // the "m" belongs to the next word
    } else if (valid([wa, wbLead])) {
      out.push(a + b!, parts[i + 3] ?? '');
      i += 2;
    } else {
      out.push(a, parts[i + 1] ?? '');
    }
  }
  return out.join('');
}

function trailingWord(token: string): string | undefined {
  return /([A-Za-z]+)$/.exec(token)?.[1];
}

function leadingWord(token: string): string | undefined {
  return /^([A-Za-z]+)/.exec(token)?.[1];
}
