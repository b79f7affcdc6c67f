/**
 * Which of the headings read from a text are kept: none from a table of contents, numbered ones
 * only in order (a list within a list marked as such), none that head a table's cells or a list
 * of contacts, and a heading listed twice only where its section is.
 */
import { NUMBERED, SMALL, styleOf, type Heading } from './heading.js';
import type { Line } from './heading-lines.js';

/**
 * A table of contents (or a list of headings with page numbers) is left out: lines that end with
 * dot leaders or a page number, two or more in a row, and the headings among them.
 */
export function withoutContents(headings: Heading[], lines: readonly Line[]): Heading[] {
  const entry = (l: Line) => /(\.{3,}|…{2,}|\s)\d{1,4}$/.test(l.text) && !/^\d{1,3}$/.test(l.text);
  const contents = lines.filter((l, i) => entry(l) && ((i > 0 && entry(lines[i - 1]!)) || (i + 1 < lines.length && entry(lines[i + 1]!))));
  return headings.filter((h) => !contents.some((l) => l.start <= h.start && h.start < l.end));
}

/**
 * Numbered headings are kept when their numbers run in order (1, 2, 3 …): a stray "5." is a
 * footnote or a line of some list. A list that starts again at 1 under an item of a list of its
 * kind, which then goes on, is a list within it: its items are a level down.
 */
export function inSequence(headings: Heading[]): Heading[] {
  type Item = Heading & { original?: Heading };
  interface List {
    last: number;
    items: Item[];
  }
  const open = new Map<string, List[]>();
  const lists: List[] = [];
  const within = new Set<List>();
  for (const h of asLetters(headings)) {
    if (!h.numbering || h.numbering.depth > 1 || h.numbering.kind === 'word') continue;
    const stack = open.get(h.style) ?? [];
    open.set(h.style, stack);
    const value = h.numbering.value;
    // The list it goes on: the one whose items read like it (titles, or sentences), else the latest.
    const goesOn = (list: List) => list.last === value - 1;
    const alike = stack.findLastIndex((list) => goesOn(list) && list.items[list.items.length - 1]!.shape === h.shape);
    // One number missed (its heading not read): a title goes on a list of three or more titles from the number after the next.
    const skips = (list: List) => list.last === value - 2 && list.items.length >= 3 && !h.runIn && h.shape !== 'sentence' && list.items.every((x) => x.shape !== 'sentence');
    const at = alike >= 0 ? alike : stack.findLastIndex(goesOn) >= 0 ? stack.findLastIndex(goesOn) : stack.findLastIndex(skips);
    // Of two items with one number, the title on a line of its own is the heading; the other was an item of a list within.
    const twin = stack.findLastIndex((list) => list.last === value && list.items.length > 1);
    if (at < 0 && twin >= 0 && !h.runIn && h.shape !== 'sentence') {
      const list = stack[twin]!;
      const other = list.items[list.items.length - 1]!;
      if (other.runIn || other.shape === 'sentence') {
        list.items[list.items.length - 1] = h;
        stack.splice(twin + 1);
        continue;
      }
    }
    if (at >= 0) {
      for (const inner of stack.splice(at + 1)) within.add(inner);
      stack[at]!.last = value;
      stack[at]!.items.push(h);
    } else if (value === 1 || (stack.length === 0 && value === 2)) {
      const list = { last: value, items: [h] };
      stack.push(list);
      lists.push(list);
    }
  }
  const kept = new Map<Heading, Heading>();
  for (const list of lists) {
    if (list.items.length < 2 && list.items[0]!.numbering!.kind !== 'word') continue;
    for (const item of list.items) {
      const { original, ...h } = item;
      kept.set(original ?? item, within.has(list) ? { ...h, style: `${h.style}/within` } : h);
    }
  }
  const deeper = headings.filter((h) => h.numbering && h.numbering.depth > 1);
  const deeperCounts = new Map<string, number>();
  for (const h of deeper) deeperCounts.set(h.style, (deeperCounts.get(h.style) ?? 0) + 1);
  return headings.flatMap((h) => {
    if (!h.numbering || h.numbering.kind === 'word') return [h];
    if (h.numbering.depth > 1) return (deeperCounts.get(h.style) ?? 0) >= 2 ? [h] : [];
    return kept.has(h) ? [kept.get(h)!] : [];
  });
}

/** "I.", "V." and "X." read as Roman numerals: letters where they go on a list of letters (after "H.", "U.", "W."). */
function asLetters(headings: readonly Heading[]): (Heading & { original?: Heading })[] {
  let lastLetter = 0;
  return headings.map((h) => {
    if (h.numbering?.kind === 'letter' && h.numbering.depth === 1) lastLetter = h.numbering.value;
    const letter = { 1: 9, 5: 22, 10: 24 }[h.numbering?.kind === 'roman' ? h.numbering.value : 0];
    if (!letter || lastLetter !== letter - 1) return h;
    lastLetter = letter;
    const numbering = { kind: 'letter', value: letter, depth: 1 };
    return { ...h, numbering, style: styleOf(numbering), original: h };
  });
}

/**
 * An unnumbered heading with no sentence under it is a cell of a table, a name in a list of
 * contacts, a line of a letterhead or the title of a table of contents, when another of its style
 * follows or something other than sentences is under it. (A title right over a heading is its subtitle.)
 */
export function withText(headings: Heading[], text: string): Heading[] {
  const kept: Heading[] = [];
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i]!;
    const next = kept[0];
    // (An abbreviation's full stops, "U.S.", end no sentence.)
    const under = text.slice(h.end, next?.start ?? text.length).replace(/\b(?:[A-Z]\.){2,}/g, (m) => m.replace(/\./g, ''));
    const hasSentence = /[a-z]{2,}[^.!?:]{20,}[.!?:](\s|$)/.test(under);
    if (!h.numbering && !hasSentence && ((next && next.style === h.style) || under.replace(/\s+/g, '').length > 12)) continue;
    kept.unshift(h);
  }
  return kept;
}

/**
 * A heading listed twice (in a summary of recommendations, then over its section) is kept where
 * its section is: the last time. A numbered list whose items mostly come again later is a summary:
 * all of it goes.
 */
export function listedOnce(headings: Heading[], readable: (text: string) => string): Heading[] {
  const keyOf = (h: Heading) =>
    readable(h.numbering ? h.text.slice(NUMBERED.exec(h.text)?.[0].length ?? 0) : h.text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const keys = headings.map(keyOf);
  const content = (key: string) => new Set(key.split(' ').filter((w) => w.length >= 3 && !SMALL.has(w)));
  const same = (a: string, b: string, apart: boolean) => {
    if (a === b) return true;
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    if (short.split(' ').length >= 4 && long.startsWith(short)) return true;
    // Nearly the same words, further on ("Settle Biden's Antitrust Cases Against American AI Innovators" / "… Against Major AI Investors and Innovators"):
    // not the heading right after, which may say its section's first point in its words.
    if (!apart) return false;
    const [x, y] = [content(a), content(b)];
    const shared = [...x].filter((w) => y.has(w)).length;
    return Math.min(x.size, y.size) >= 3 && shared / (x.size + y.size - shared) >= 0.6;
  };
  // Two items of one numbered list are two sections, however alike their words ("9. … AI Education for Global Competitiveness", "12. Global Competitiveness and AI Education").
  const otherItem = (a: Heading, b: Heading) => !!a.numbering && !!b.numbering && a.style === b.style && a.numbering.value !== b.numbering.value;
  const again = headings.map((h, i) => keys.slice(i + 1).some((later, k) => (later === keys[i] || !otherItem(h, headings[i + 1 + k]!)) && same(keys[i]!, later, k > 0)));
  // Runs of numbered headings of one style, one after another, their numbers going up.
  const summary = new Set<number>();
  for (let i = 0; i < headings.length; ) {
    let j = i + 1;
    while (headings[i]!.numbering && j < headings.length && headings[j]!.style === headings[i]!.style && headings[j]!.numbering!.value > headings[j - 1]!.numbering!.value) j++;
    const repeated = again.slice(i, j).filter(Boolean).length;
    if (j - i >= 2 && repeated * 2 >= j - i) for (let k = i; k < j; k++) summary.add(k);
    i = j;
  }
  return headings.filter((_, i) => !again[i] && !summary.has(i));
}
