/**
 * The glossary as a segmentation dictionary, and the segmentation itself: Simplified text is
 * cut by longest match against the glossary keys, Chinese numbers and function words; a small
 * dynamic programme picks the cut that covers the most Han characters, then the one with the
 * fewest (longest) pieces.
 */
import type { EnglishAlias, Glossary, OrgEntry, TermEntry } from './glossary-schema.js';
import type { NumberSpan } from './numerals.js';
import { converter, isHan } from './script.js';

export interface KeyInfo {
  terms: TermEntry[];
  orgs: OrgEntry[];
  fn: boolean;
}

export interface GlossaryIndex {
  keys: Map<string, KeyInfo>;
  maxLen: number;
  /** lower-cased English org name → entries, for Latin tokens in Chinese questions. */
  englishOrgNames: Map<string, OrgEntry[]>;
  aliases: { re: RegExp; alias: EnglishAlias }[];
}

/** Lower-cases ASCII letters only, so string lengths and offsets are preserved. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function normaliseKey(key: string): string {
  return asciiLower(converter('hk', 'cn')(key.normalize('NFKC')).replace(/\s+/g, ' ').trim());
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Short all-capital aliases (MIT, ACE, NEA) only match in capitals. */
function caseSensitive(name: string): boolean {
  return name.length <= 5 && /[A-Z]/.test(name) && name === name.toUpperCase();
}


export function glossaryIndex(glossary: Glossary): GlossaryIndex {
  const keys = new Map<string, KeyInfo>();
  const slot = (raw: string): KeyInfo => {
    const k = normaliseKey(raw);
    let info = keys.get(k);
    if (!info) {
      info = { terms: [], orgs: [], fn: false };
      keys.set(k, info);
    }
    return info;
  };
  for (const t of glossary.terms) for (const z of t.zh) slot(z).terms.push(t);
  for (const o of glossary.organisations) for (const z of o.zh) slot(z).orgs.push(o);
  for (const f of glossary.functionWords) slot(f).fn = true;
  keys.delete('');
  let maxLen = 0;
  for (const k of keys.keys()) maxLen = Math.max(maxLen, k.length);

  const englishOrgNames = new Map<string, OrgEntry[]>();
  for (const o of glossary.organisations) {
    for (const n of o.names) {
      if (n.length < 2) continue;
      const k = caseSensitive(n) ? n : n.toLowerCase();
      const list = englishOrgNames.get(k) ?? [];
      if (!list.includes(o)) list.push(o);
      englishOrgNames.set(k, list);
    }
  }

  const aliases = glossary.aliases.map((a) => ({
    re: new RegExp(`(?<![A-Za-z0-9])${escapeRe(a.alias)}(?![A-Za-z0-9])`, caseSensitive(a.alias) ? '' : 'i'),
    alias: a,
  }));
  return { keys, maxLen, englishOrgNames, aliases };
}

const LATIN_EDGE = /[a-z0-9]/;

export interface Piece {
  start: number;
  end: number;
  info?: KeyInfo;
  number?: NumberSpan;
}

/**
 * Segments `s` (Simplified, ASCII lower-cased): maximise covered Han characters, then
 * minimise the number of pieces; ties prefer glossary entries to numbers.
 */
export function segment(s: string, idx: GlossaryIndex, numbers: NumberSpan[]): Piece[] {
  const n = s.length;
  const hanBefore = new Array<number>(n + 1).fill(0);
  for (let i = 0; i < n; i++) hanBefore[i + 1] = (hanBefore[i] ?? 0) + (isHan(s[i] ?? '') ? 1 : 0);
  const han = (a: number, b: number): number => (hanBefore[b] ?? 0) - (hanBefore[a] ?? 0);

  const numbersAt = new Map<number, NumberSpan[]>();
  for (const sp of numbers) numbersAt.set(sp.start, [...(numbersAt.get(sp.start) ?? []), sp]);

  // best[i]: best segmentation of s[i..n) as [covered, pieces, choice]
  const covered = new Array<number>(n + 1).fill(0);
  const pieces = new Array<number>(n + 1).fill(0);
  const choice = new Array<Piece | undefined>(n + 1).fill(undefined);
  for (let i = n - 1; i >= 0; i--) {
    // Skip one character.
    let bestCov = covered[i + 1] ?? 0;
    let bestPieces = (pieces[i + 1] ?? 0) + 1;
    let bestChoice: Piece | undefined;
    const consider = (p: Piece, isNumber: boolean): void => {
      const cov = han(p.start, p.end) + (covered[p.end] ?? 0);
      const pc = (pieces[p.end] ?? 0) + 1;
      if (cov > bestCov || (cov === bestCov && (pc < bestPieces || (pc === bestPieces && !isNumber && bestChoice?.number)))) {
        bestCov = cov;
        bestPieces = pc;
        bestChoice = p;
      }
    };
    const maxLen = Math.min(idx.maxLen, n - i);
    for (let len = maxLen; len >= 1; len--) {
      const sub = s.slice(i, i + len);
      const info = idx.keys.get(sub);
      if (!info) continue;
      // A key starting/ending in a Latin letter or digit must not cut a Latin word.
      if (LATIN_EDGE.test(sub[0] ?? '') && LATIN_EDGE.test(s[i - 1] ?? '')) continue;
      if (LATIN_EDGE.test(sub[len - 1] ?? '') && LATIN_EDGE.test(s[i + len] ?? '')) continue;
      consider({ start: i, end: i + len, info }, false);
    }
    for (const sp of numbersAt.get(i) ?? []) consider({ start: i, end: sp.end, number: sp }, true);
    covered[i] = bestCov;
    pieces[i] = bestPieces;
    choice[i] = bestChoice;
  }

  const out: Piece[] = [];
  let i = 0;
  while (i < n) {
    const c = choice[i];
    if (c) {
      out.push(c);
      i = c.end;
    } else {
      out.push({ start: i, end: i + 1 });
      i++;
    }
  }
  return out;
}

