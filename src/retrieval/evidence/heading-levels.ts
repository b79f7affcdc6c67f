/**
 * How a submission's headings nest. Headings of one style (one kind of numbering, or one case
 * when unnumbered) are one level; a style is over another when the other's headings come under
 * two or more of its own, and not the other way round; "1.2" is under "1.", and a list within a list is under it. A style whose every heading
 * (two or more) comes right under a heading of one other style, with no text between, is a
 * subtitle of the heading over it.
 */
import type { Heading } from './heading.js';

export interface LevelledHeading extends Heading {
  /** 0 for the top level. */
  level: number;
}

/** The headings with their levels, subtitles joined to the heading over them. `text` is what the offsets point into. */
export function levelled(headings: readonly Heading[], text: string): LevelledHeading[] {
  const joined = withSubtitles(headings, text);
  const styles = [...new Set(joined.map((h) => h.style))];
  const over = (a: string, b: string) => a !== b && (numberedOver(a, b) || (!numberedOver(b, a) && contains(joined, a, b) && !contains(joined, b, a)));
  const level = new Map<string, number>(styles.map((s) => [s, 0]));
  // The longest chain of styles over a style is its level (a few rounds settle it).
  for (let round = 0; round < styles.length; round++) {
    for (const b of styles) for (const a of styles) if (over(a, b)) level.set(b, Math.max(level.get(b)!, level.get(a)! + 1));
  }
  return joined.map((h) => ({ ...h, level: Math.min(level.get(h.style)!, styles.length) }));
}

/** "arabic:1" is over "arabic:2", and both are over the lists within "arabic:1" items ("arabic:1/within"). */
function numberedOver(a: string, b: string): boolean {
  if (b.endsWith('/within') && !a.endsWith('/within') && b.split(':')[0] === a.split(':')[0]) return true;
  const [kindA, depthA] = a.split(':');
  const [kindB, depthB] = b.split(':');
  return kindA === kindB && !a.includes('/') && !b.includes('/') && Number(depthA) < Number(depthB);
}

/** Whether headings of style `b` come under headings of style `a`: all after its first, and under two or more of them. */
function contains(headings: readonly Heading[], a: string, b: string): boolean {
  let current = -1;
  const under = new Set<number>();
  let count = 0;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    if (h.style === a) current = i;
    else if (h.style === b) {
      if (current < 0) return false;
      under.add(current);
      count++;
    }
  }
  return count > 0 && under.size >= 2;
}

/** A style whose every heading comes right under a heading of another style, with nothing between: subtitles, joined to the heading over them. */
function withSubtitles(headings: readonly Heading[], text: string): Heading[] {
  const rightUnder = (i: number) => i > 0 && headings[i - 1]!.style !== headings[i]!.style && text.slice(headings[i - 1]!.end, headings[i]!.start).trim() === '';
  const subtitles = new Set(
    [...new Set(headings.map((h) => h.style))].filter((style) => {
      const members = headings.map((h, i) => ({ h, i })).filter(({ h }) => h.style === style);
      return members.length >= 2 && !members[0]!.h.numbering && members.every(({ i }) => rightUnder(i)) && new Set(members.map(({ i }) => headings[i - 1]!.style)).size === 1;
    }),
  );
  const out: Heading[] = [];
  for (const h of headings) {
    const last = out[out.length - 1];
    if (subtitles.has(h.style) && last) out[out.length - 1] = { ...last, text: `${last.text} — ${h.text}`, end: h.end };
    else out.push(h);
  }
  return out;
}
