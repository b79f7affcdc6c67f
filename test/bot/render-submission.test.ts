/** `/submission` shows a submission's outline when it has one, its representative passages otherwise. */
import { describe, expect, it } from 'vitest';
import { renderSubmission } from '../../src/bot/render/results.js';
import type { SubmissionSummary } from '../../src/retrieval/types.js';
import { fakePassage } from '../support/fake-qa.js';

const meta = { id: 'Beacon-AI-RFI-2025', submitter: 'Beacon', category: 'Private Sector', pdfUrl: 'https://files.nitrd.gov/90-fr-9088/Beacon-AI-RFI-2025.pdf', chars: 9_000, pages: 4, sha256: 'x' };

describe('/submission', () => {
  it('shows the outline, headings with their pages and the recommendations under them, escaped', () => {
    const summary: SubmissionSummary = {
      meta,
      outline: [
        { heading: 'Export Controls', page: 2, statements: [{ text: 'We recommend tighter export controls on **chips**.', page: 2, url: `${meta.pdfUrl}#page=2` }] },
        { heading: 'Energy', page: 3, statements: [{ text: 'The government should speed up permits.', page: 3, url: `${meta.pdfUrl}#page=3` }] },
      ],
      passages: [fakePassage(meta.id, 'Beacon', '12 Harbor Street, Springfield')],
    };
    const text = renderSubmission(summary);
    expect(text).toContain('**Outline: its headings and recommendations, in its own order**');
    expect(text).toContain('**Export Controls** (p. 2)\n• We recommend tighter export controls on \\*\\*chips\\*\\*. (p. 2)');
    expect(text.indexOf('Export Controls')).toBeLessThan(text.indexOf('Energy'));
    expect(text).not.toContain('Harbor Street');
  });

  it('falls back to representative passages without an outline', () => {
    const text = renderSubmission({ meta, passages: [fakePassage(meta.id, 'Beacon', 'Some representative prose about the plan.')] });
    expect(text).toContain('Most representative passages');
    expect(text).toContain('Some representative prose');
  });
});
