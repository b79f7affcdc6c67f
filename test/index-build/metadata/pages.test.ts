import { describe, expect, it } from 'vitest';
import { inferPages, pageAt, spansFromPages, type PageSpan } from '../../../src/index-build/metadata/pages.js';

/** Join pages the way the corpus does: "\n\n" after each page. */
const join = (pages: string[]) => pages.map((p) => `${p}\n\n`).join('');

function expectTiles(text: string, spans: PageSpan[]): void {
  let pos = 0;
  for (const span of spans) {
    expect(span.start).toBe(pos);
    pos = span.end;
  }
  expect(pos).toBe(text.length);
}

describe('spansFromPages', () => {
  it('round-trips the joining convention', () => {
    const pages = ['First page\nline two', '', 'Third page ends with newline\n', 'Last'];
    const text = join(pages);
    const spans = spansFromPages(pages);
    expectTiles(text, spans);
    spans.forEach((span, i) => {
      expect(span.page).toBe(i + 1);
      expect(text.slice(span.start, span.end)).toBe(`${pages[i]}\n\n`);
    });
  });

  it('handles no pages', () => {
    expect(spansFromPages([])).toEqual([]);
  });
});

describe('pageAt', () => {
  const spans = spansFromPages(['aaa', 'bbbb', 'c']);
  it('finds the page of an offset', () => {
    expect(pageAt(spans, 0)).toBe(1);
    expect(pageAt(spans, 4)).toBe(1);
    expect(pageAt(spans, 5)).toBe(2);
    expect(pageAt(spans, 12)).toBe(3);
  });
  it('returns null outside the spans or without spans', () => {
    expect(pageAt(spans, 99)).toBeNull();
    expect(pageAt(spans, -1)).toBeNull();
    expect(pageAt(null, 0)).toBeNull();
    expect(pageAt([], 0)).toBeNull();
  });
});

describe('inferPages', () => {
  it('finds pages numbered on their own last line', () => {
    const pages = ['Intro to the plan.\nMore words.\n1 ', 'Second page text.\n2 ', 'Third page text.\n3 '];
    const text = join(pages);
    const spans = inferPages(text);
    expect(spans).toEqual(spansFromPages(pages));
    spans?.forEach((span, i) => expect(text.slice(span.start, span.end)).toContain(pages[i]));
  });

  it('accepts "Page N of M", "- N -" and numbers glued to the last line', () => {
    const forms = [
      ['Alpha text\nPage 1 of 3', 'Beta text\nPage 2 of 3', 'Gamma text\nPage 3 of 3'],
      ['Alpha text\n- 1 -', 'Beta text\n- 2 -', 'Gamma text\n- 3 -'],
      ['Alpha text ends here 1 ', 'Beta text goes on 2 ', 'Gamma text stops 3 '],
    ];
    for (const pages of forms) expect(inferPages(join(pages))).toEqual(spansFromPages(pages));
  });

  it('accepts numbers at the top of the page', () => {
    const pages = ['Page 1\nAlpha', 'Page 2\nBeta', 'Page 3\nGamma'];
    expect(inferPages(join(pages))).toEqual(spansFromPages(pages));
  });

  it('counts an unnumbered cover page before a run that starts at 1', () => {
    const pages = ['PUBLIC SUBMISSION cover text\nGeneral Comment\nSee attached', 'Letter start\n1', 'Letter end\n2'];
    const spans = inferPages(join(pages));
    expect(spans).toEqual(spansFromPages(pages));
    expect(spans?.map((s) => s.page)).toEqual([1, 2, 3]);
  });

  it('tolerates a page whose number is missing', () => {
    const pages = ['Title page', 'Body A\n2', 'Body B\n3', 'Signature page without number', 'Annex\n5'];
    expect(inferPages(join(pages))).toEqual(spansFromPages(pages));
  });

  it('is one page when the only blank-line run is the final one', () => {
    const text = join(['A short comment.\nWith two lines.']);
    expect(inferPages(text)).toEqual([{ page: 1, start: 0, end: text.length }]);
    const endsWithNewline = join(['Comment ending in a newline\n']);
    expect(inferPages(endsWithNewline)).toEqual([{ page: 1, start: 0, end: endsWithNewline.length }]);
  });

  it('returns null when it cannot be sure', () => {
    // No "\n\n" at all: not in the page-joined format.
    expect(inferPages('plain text without page joins')).toBeNull();
    expect(inferPages('')).toBeNull();
    expect(inferPages('   \n ')).toBeNull();
    // Paragraph breaks and no page numbers.
    expect(inferPages('Para one.\n\nPara two.\n\nPara three.\n\n')).toBeNull();
    // One text page followed by an empty page: a long run could hide it.
    expect(inferPages('Only text\n\n\n\n')).toBeNull();
    // A paragraph break inside page 2 shifts the numbering after it.
    const drifted = 'Alpha\n1\n\nBeta first half\n\nBeta second half\n2\n\nGamma\n3\n\nDelta\n4\n\n';
    expect(inferPages(drifted)).toBeNull();
    // A single numbered piece is not a run.
    expect(inferPages('Intro\n\nMiddle\n\nEnd 7\n\n')).toBeNull();
  });

  it('always tiles the text when it answers', () => {
    const text = join(['x\n1', 'y\n2', 'z\n3']) + '\n';
    const spans = inferPages(text);
    expect(spans).not.toBeNull();
    expectTiles(text, spans as PageSpan[]);
  });
});
