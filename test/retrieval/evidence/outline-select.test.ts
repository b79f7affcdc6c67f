/** What an answer shows of an outline, within its room. */
import { describe, expect, it } from 'vitest';
import type { OutlineItem, OutlineSection } from '../../../src/retrieval/evidence/outline.js';
import { selectOutline, type OutlineLimits } from '../../../src/retrieval/evidence/outline-select.js';

let offset = 0;
const statement = (text: string): OutlineItem => ({ kind: 'statement', chunk: 0, start: (offset += 1_000), end: offset + text.length, text, strength: 1 });
const section = (title: string, level: number, ...statements: string[]): OutlineSection => ({
  heading: { kind: 'heading', chunk: 0, start: (offset += 1_000), end: offset + title.length, text: title, strength: 0 },
  level,
  statements: statements.map(statement),
});
const long = (topic: string) => `The federal government should fund ${topic} in every state through grants that reach small towns, rural colleges and the agencies that serve them every day.`;

const LIMITS: OutlineLimits = { chars: 1_000, minQuote: 40, minTopQuote: 60, maxQuote: 200, headingChars: 80, statements: 4 };

/** Three top-level sections with three sub-sections each. */
const REPORT: OutlineSection[] = ['Energy', 'Workforce', 'Research'].flatMap((topic) => [
  section(`${topic.toUpperCase()} PRIORITIES`, 0, long(topic.toLowerCase())),
  ...[1, 2, 3].map((n) => section(`${topic} item ${n} in more words`, 1, long(`${topic.toLowerCase()} item ${n}`))),
]);

const titles = (sections: OutlineSection[]) => sections.map((s) => s.heading!.text);
const size = (sections: OutlineSection[]) => sections.reduce((sum, s) => sum + s.heading!.text.length + s.statements.reduce((n, x) => n + x.text.length, 0), 0);

describe('selecting an outline', () => {
  it('shows every top-level section, then sub-sections in turn (each one’s first before any second), within its room', () => {
    const limits = { ...LIMITS, chars: 500 };
    const shown = selectOutline(REPORT, limits);
    expect(titles(shown).filter((t) => /PRIORITIES/.test(t))).toEqual(['ENERGY PRIORITIES', 'WORKFORCE PRIORITIES', 'RESEARCH PRIORITIES']);
    const subs = titles(shown).filter((t) => !/PRIORITIES/.test(t));
    for (const topic of ['Energy', 'Workforce', 'Research']) expect(subs, topic).toContain(`${topic} item 1 in more words`);
    expect(subs).not.toContain('Research item 3 in more words');
    // Shown in the text's order.
    expect(titles(shown)).toEqual(titles(REPORT).filter((t) => titles(shown).includes(t)));
    expect(size(shown)).toBeLessThanOrEqual(limits.chars);
  });

  it('cuts quotes at the end of a word, shorter when there are more sections', () => {
    const few = selectOutline(REPORT.filter((s) => s.level === 0), LIMITS);
    const many = selectOutline(REPORT, LIMITS);
    const quote = (shown: OutlineSection[]) => shown.find((s) => s.heading!.text === 'ENERGY PRIORITIES')!.statements[0]!.text;
    expect(quote(few)).toBe(long('energy'));
    expect(quote(many).length).toBeLessThan(quote(few).length);
    expect(long('energy').startsWith(quote(many))).toBe(true);
    expect(long('energy')[quote(many).length]).toBe(' ');
  });

  it('shows the first top-level sections that fit when their headings alone are too many', () => {
    const many = Array.from({ length: 40 }, (_, i) => section(`Recommendation ${i + 1}: A heading of some length for this point`, 0, long(`point ${i + 1}`)));
    const shown = selectOutline(many, LIMITS);
    expect(titles(shown)).toEqual(titles(many).slice(0, shown.length));
    expect(shown.length).toBeLessThan(many.length);
    expect(size(shown)).toBeLessThanOrEqual(LIMITS.chars);
  });

  it('quotes a section from its sub-sections when they are not shown and its own text recommends nothing', () => {
    const parent: OutlineSection = { ...section('SECURITY', 0), statements: [{ ...statement('This part of our comment covers three topics in turn.'), strength: 0 }], underneath: statement(long('testing')) };
    const other = section('ENERGY', 0, long('energy'));
    const tight = { ...LIMITS, chars: 250 };
    const shown = selectOutline([parent, section('Testing and evaluation of the most capable models by the federal government', 1, long('testing')), other], tight);
    expect(titles(shown)).toEqual(['SECURITY', 'ENERGY']);
    expect(long('testing').startsWith(shown[0]!.statements[0]!.text)).toBe(true);
  });

  it('puts the statement on the asked topic first when a summary is asked on one', () => {
    const energy = section('ENERGY', 0, long('transmission lines'), long('nuclear plants'));
    const [shown] = selectOutline([energy, section('WORKFORCE', 0, long('apprentices'))], { ...LIMITS, chars: 400 }, (s) => (s.text.includes('nuclear') ? 1 : 0));
    expect(shown!.statements[0]!.text).toContain('nuclear');
  });

  it('quotes a section’s next recommendation whole rather than cut its first one short of its end', () => {
    const first = long('high-performance computing for the national laboratories and their partners in industry');
    const second = 'Congress should fund HPC upgrades at every national laboratory.';
    const sections = ['Compute', 'Energy', 'Workforce'].map((t) => section(t.toUpperCase(), 0, first.replace('high-performance', t.toLowerCase()), second.replace('HPC', t)));
    const shown = selectOutline(sections, { ...LIMITS, chars: 330 });
    expect(shown.map((s) => s.statements[0]!.text)).toEqual(['Congress should fund Compute upgrades at every national laboratory.', 'Congress should fund Energy upgrades at every national laboratory.', 'Congress should fund Workforce upgrades at every national laboratory.']);
  });
});

