/** Latin-script words, names and numbers written inside a Chinese question. */

const UNIT_WORD = /^(?:%|k?w|[kmgt]wh?|nm|gallons?|acres?|percent|million|billion|trillion|x)$/i;
const NUMERIC = /^[$€£]?\d[\d.,]*%?$/;

function nameLike(tok: string): boolean {
  return /^[A-Z0-9]/.test(tok) && !NUMERIC.test(tok);
}

/**
 * Latin-script words, names and numbers in (NFKC-normalised) text. Adjacent capitalised
 * words separated by one space merge ("Scale AI", "Hugging Face"), as do a number and
 * its unit ("100 GW"). Arabic numbers followed by a Chinese unit (1000亿) are skipped:
 * they are converted by the number pass.
 */
export function latinTokens(text: string): string[] {
  const re = /[A-Za-z0-9$€£][A-Za-z0-9.&'’+_/%-]*/g;
  const toks: { t: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    const t = /^(?:[A-Za-z]\.)+$/.test(m[0]) ? m[0] : m[0].replace(/[.'’/_+-]+$/, '');
    if (!t) continue;
    const end = m.index + t.length;
    if (NUMERIC.test(t) && /^\s*(万亿|萬億|亿|億|万|萬|千)/.test(text.slice(end))) continue;
    toks.push({ t, start: m.index, end });
  }
  const out: string[] = [];
  let cur: { t: string; end: number; kind: 'name' | 'number' | 'other' } | undefined;
  for (const tok of toks) {
    const kind = NUMERIC.test(tok.t) ? 'number' : nameLike(tok.t) ? 'name' : 'other';
    const gap = cur ? text.slice(cur.end, tok.start) : '';
    const adjacent = cur !== undefined && /^ ?$/.test(gap) && gap.length === 1;
    // "Software & Information Industry Association": an ampersand between capitalised words joins one name.
    const joined = cur?.kind === 'name' && kind === 'name' && /^ ?& ?$/.test(gap);
    if (cur && (adjacent || joined) && ((cur.kind === 'name' && kind === 'name') || (cur.kind === 'number' && UNIT_WORD.test(tok.t)))) {
      cur = { t: `${cur.t}${joined ? gap : ' '}${tok.t}`, end: tok.end, kind: cur.kind === 'number' ? 'other' : 'name' };
      continue;
    }
    if (cur) out.push(cur.t);
    cur = { t: tok.t, end: tok.end, kind };
  }
  if (cur) out.push(cur.t);
  return dedupe(out);
}


/**
 * Runs of two or more Latin-script words as written in a Chinese question, small words, lower
 * case and ampersands included ("the leadership conference on civil and human rights",
 * "Fast Machine Learning Collaboration and AI-Accelerated Algorithms…"): where a submitter's
 * whole name may stand.
 */
export function latinRuns(text: string): string[] {
  return latinRunsAt(text).map((run) => run.text);
}

/** The same runs with where each stands in the text. */
export function latinRunsAt(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(/[A-Za-z0-9][A-Za-z0-9&.'’-]*(?:[ ]+(?:&[ ]+)?[A-Za-z0-9][A-Za-z0-9&.'’-]*)+/g)].map((m) => {
    const run = m[0].replace(/[.'’-]+$/, '');
    return { text: run, start: m.index, end: m.index + run.length };
  });
}

/** Drops empty strings and repeats, ignoring case; keeps the first spelling. */
export function dedupe(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of list) {
    const k = x.toLowerCase();
    if (!x || seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

