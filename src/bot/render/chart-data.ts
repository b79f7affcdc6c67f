import type { Aggregate, CategoryCount, IndexStats } from '../../retrieval/types.js';
import { echo, escapeText, oneLine, truncate } from './escape.js';

/** What a chart shows, before any drawing: the bars, their printed values and the titles. */
export interface BarChart {
  /** Title lines (the first says what is counted). */
  title: string[];
  /** Smaller lines under the title: the totals and where the categories come from. */
  subtitle: string[];
  bars: { label: string; value: number; text: string }[];
  /** Counts are drawn as numbers on the axis, shares as percentages. */
  scale: 'count' | 'share';
  /** Text for the attachment's description (alt text). */
  description: string;
  /** The figures as a line of the reply, for when the picture cannot be sent and the reply's text lacks them. */
  fallback?: string;
}

const SOURCE_LINE = 'Categories: the NITRD respondent listing';
/** Characters the chart font (DejaVu Sans) is sure to cover: Latin, general punctuation, arrows. */
const DRAWABLE = /^[\u0020-\u024f\u2000-\u206f\u2190-\u21ff]*$/;
const TITLE_LINE = 64;

const count = (n: number) => n.toLocaleString('en-US');

/** A share as people write it: 51%, 4.2%, 0.3%, <0.1%. */
export function percent(share: number): string {
  const p = share * 100;
  if (p > 0 && p < 0.1) return '<0.1%';
  return `${p >= 10 ? Math.round(p) : Number(p.toFixed(1))}%`;
}

/** Wraps `text` into lines of at most `width` characters at spaces (or after a slash). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\/)|\s+/).filter(Boolean)) {
    const joined = line ? `${line}${line.endsWith('/') ? '' : ' '}${word}` : word;
    if (line && joined.length > width) {
      lines.push(line);
      line = word;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines;
}

const byCount = (a: CategoryCount, b: CategoryCount) => b.submissions - a.submissions || a.category.localeCompare(b.category);

/** `/stats`: submissions by category. */
export function statsChart(stats: IndexStats): BarChart {
  const bars = [...stats.byCategory].sort(byCount).map((c) => ({ label: c.category, value: c.submissions, text: count(c.submissions) }));
  return {
    title: ['Submissions by category'],
    subtitle: [`${count(stats.submissions)} submissions indexed · ${SOURCE_LINE}`],
    bars,
    scale: 'count',
    description: `Bar chart of submissions by category: ${bars.map((b) => `${b.label} ${b.text}`).join(', ')}.`,
  };
}

/**
 * A count answer: for a topic, the share of each category's submissions that mention it (matches
 * divided by the category's total in `totals`); without a topic, the counts by category. Nothing
 * to draw (no match, a single category counted) gives `undefined`.
 */
export function aggregateChart(aggregate: Aggregate, totals: readonly CategoryCount[]): BarChart | undefined {
  const counted = aggregate.byCategory.filter((c) => c.submissions > 0).sort(byCount);
  if (!aggregate.query.trim()) return counted.length >= 2 ? categoryCountChart(aggregate, counted) : undefined;
  const totalOf = new Map(totals.map((t) => [t.category, t.submissions]));
  const shares = counted
    .filter((c) => (totalOf.get(c.category) ?? 0) > 0)
    .map((c) => {
      const total = totalOf.get(c.category)!;
      return { category: c.category, matches: c.submissions, total, share: Math.min(1, c.submissions / total) };
    })
    .sort((a, b) => b.share - a.share || a.category.localeCompare(b.category));
  if (!shares.length) return undefined;
  const topic = truncate(oneLine(aggregate.query), 80);
  const named = DRAWABLE.test(topic) ? `mention “${topic}”` : 'mention the topic asked about';
  const bars = shares.map((s) => ({ label: s.category, value: s.share, text: `${percent(s.share)} (${count(s.matches)} of ${count(s.total)})` }));
  const figures = bars.map((b) => `${b.label} ${b.text}`);
  return {
    title: wrap(`Share of each category's submissions that ${named}`, TITLE_LINE),
    subtitle: [`${count(aggregate.submissions)} matching submissions; share = matches ÷ all submissions of the category`, SOURCE_LINE],
    bars,
    scale: 'share',
    description: `Bar chart of the share of each category's submissions that mention “${topic}”: ${figures.join(', ')}.`,
    fallback: `📊 Share of each category's submissions that mention “${echo(aggregate.query)}”: ${figures.map(escapeText).join(' · ')}`,
  };
}

function categoryCountChart(aggregate: Aggregate, counted: CategoryCount[]): BarChart {
  const bars = counted.map((c) => ({ label: c.category, value: c.submissions, text: count(c.submissions) }));
  return {
    title: ['Submissions counted, by category'],
    subtitle: [`${count(aggregate.submissions)} submissions · ${SOURCE_LINE}`],
    bars,
    scale: 'count',
    description: `Bar chart of the submissions counted, by category: ${bars.map((b) => `${b.label} ${b.text}`).join(', ')}.`,
  };
}
