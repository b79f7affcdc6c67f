/** How a submission's headings nest. */
import { describe, expect, it } from 'vitest';
import { headingsOf } from '../../../src/retrieval/evidence/headings.js';
import { levelled } from '../../../src/retrieval/evidence/heading-levels.js';

const prose = (topic: string) => `A sentence about ${topic} runs on for a while and then it ends here.`;
const levelsOf = (text: string) => levelled(headingsOf(text, [0]), text).map((h) => [h.text, h.level]);

describe('heading levels', () => {
  it('put "1.1" under "1.", and join a subtitle to the heading right over it', () => {
    const text = `${prose('the opening')}
1. PROMOTE
Unleashing Growth Across the Country
1.1 Research Funding
${prose('research')}
1.2 Chips Made at Home
${prose('chips')}
2. PROTECT
Keeping Systems Secure and Reliable
2.1 A Testing Institute
${prose('testing')}`;
    expect(levelsOf(text)).toEqual([
      ['1. PROMOTE — Unleashing Growth Across the Country', 0],
      ['1.1 Research Funding', 1],
      ['1.2 Chips Made at Home', 1],
      ['2. PROTECT — Keeping Systems Secure and Reliable', 0],
      ['2.1 A Testing Institute', 1],
    ]);
  });

  it('put a style under another when its headings come under two or more of the other', () => {
    const text = `${prose('the opening')}
EDUCATION AND WORKFORCE
${prose('education')}
Scholarships for Service
${prose('scholarships')}
Industry Certificates
${prose('certificates')}
RESEARCH PRIORITIES
${prose('research')}
Trustworthy Systems
${prose('trust')}`;
    expect(levelsOf(text)).toEqual([
      ['EDUCATION AND WORKFORCE', 0],
      ['Scholarships for Service', 1],
      ['Industry Certificates', 1],
      ['RESEARCH PRIORITIES', 0],
      ['Trustworthy Systems', 1],
    ]);
  });

  it('leave headings of two styles side by side when one only follows the other', () => {
    const text = `${prose('the opening')}
Why Compute Matters
${prose('compute')}
What We Propose
${prose('proposals')}
1. Fund Public Compute
${prose('funding')}
2. Train Federal Staff
${prose('training')}`;
    expect(levelsOf(text).map(([, level]) => level)).toEqual([0, 0, 0, 0]);
  });
});
