/** Headings read from the shape of PDF-extracted text. */
import { describe, expect, it } from 'vitest';
import { bulletLeads, headingsOf } from '../../../src/retrieval/evidence/headings.js';

const prose = (topic: string, n = 2) => Array.from({ length: n }, (_, i) => `Sentence ${i + 1} about ${topic} runs on for a while and then it ends here.`).join('\n');
const texts = (text: string, pageStarts: number[] = [0]) => headingsOf(text, pageStarts).map((h) => h.text);

describe('headings', () => {
  it('end where the sentence a numbered heading runs into starts', () => {
    const text = `${prose('the letter')}
1. Strengthen Export Controls The United States should tighten controls on advanced chips.
${prose('chips')}
2. Expand Energy Supply We recommend faster permits for new power plants near data centers.
${prose('power')}`;
    expect(texts(text)).toEqual(['1. Strengthen Export Controls', '2. Expand Energy Supply']);
  });

  it('read numbered headings that are whole sentences, each starting with the same words, as whole (not cut where a capitalised word follows)', () => {
    const text = `${prose('the letter')}
I. The Action Plan should endorse open-source AI

Open-source AI is pivotal for the nation to keep its lead in technology and its security.
${prose('open models')}
II. The Action Plan should distinguish between the infrastructure
required for training AI models and AI inference
It is critical that the plan tells the two kinds of infrastructure apart in its rules.
${prose('inference')}
III. The Action Plan should optimize FedRAMP to streamline AI
procurement within the federal government and strengthen U.S.
competitiveness
The program is a crucial framework for securing cloud services used by agencies.
${prose('procurement')}`;
    expect(texts(text)).toEqual([
      'I. The Action Plan should endorse open-source AI',
      'II. The Action Plan should distinguish between the infrastructure required for training AI models and AI inference',
      'III. The Action Plan should optimize FedRAMP to streamline AI procurement within the federal government and strengthen U.S. competitiveness',
    ]);
  });

  it('split two headings run together on one line, the second going on to the next line', () => {
    const text = `${prose('security')}
Enhancing National Security Build the federal government’s capacity to test powerful models
for national security risks
As models grow more capable, they raise new questions for the agencies that use them.
${prose('testing')}
Promoting American Prosperity
${prose('prosperity')}`;
    expect(texts(text)).toEqual(['Enhancing National Security', 'Build the federal government’s capacity to test powerful models for national security risks', 'Promoting American Prosperity']);
  });

  it('join an ALL-CAPS heading broken over lines, and leave out the page number printed before it', () => {
    const first = `${prose('the opening')}\n`;
    const text = `${first}\n\n2 I. CUT RED TAPE AND SPEED UP BROADBAND
DEPLOYMENT
${prose('permits')}
II. EMBRACE PRO
-INNOVATION GOVERNANCE
${prose('governance')}`;
    const headings = headingsOf(text, [0, first.length + 2]);
    expect(headings.map((h) => h.text)).toEqual(['I. CUT RED TAPE AND SPEED UP BROADBAND DEPLOYMENT', 'II. EMBRACE PRO-INNOVATION GOVERNANCE']);
    expect(text.slice(headings[0]!.start, headings[0]!.start + 2)).toBe('I.');
    expect(headings.map((h) => h.style)).toEqual(['roman:1', 'roman:1']);
  });

  it('leave out a letterhead, a table of contents and a signature', () => {
    const text = `Harbor Policy Group
12 Pier Avenue, Suite 4
Portland, OR 97201
March 12, 2025
Contents
Energy ........................ 2
Workforce ........................ 3
Harbor Policy Group studies how public agencies buy and use new technology in the Northwest.
Energy
${prose('energy')}
Workforce
${prose('workers')}
We thank the Office for its work.
Sincerely,
Dana Whitfield
Vice President, Policy`;
    expect(texts(text)).toEqual(['Energy', 'Workforce']);
  });

  it('are read where their section starts when a summary lists them first', () => {
    const text = `${prose('the summary')}
Our recommendations:
1. Fund Public Compute
2. Train Federal Staff
${prose('the opening')}
1. Fund Public Compute
${prose('compute')}
2. Train Federal Staff
${prose('training')}`;
    const headings = headingsOf(text, [0]);
    expect(headings.map((h) => h.text)).toEqual(['1. Fund Public Compute', '2. Train Federal Staff']);
    expect(headings[0]!.start).toBeGreaterThan(text.indexOf('the opening'));
  });

  it('keep numbers in order: a stray number is no heading, and a list under an item is a list within', () => {
    const text = `${prose('the opening')}
1. Fund Public Compute
${prose('compute')}
1. Grants For Universities
${prose('grants')}
2. Shared Cloud Credits
${prose('credits')}
2. Train Federal Staff
${prose('training')}
5. Unrelated Heading Text
${prose('the rest')}`;
    const headings = headingsOf(text, [0]);
    expect(headings.map((h) => [h.text, h.style])).toEqual([
      ['1. Fund Public Compute', 'arabic:1'],
      ['1. Grants For Universities', 'arabic:1/within'],
      ['2. Shared Cloud Credits', 'arabic:1/within'],
      ['2. Train Federal Staff', 'arabic:1'],
    ]);
  });

  it('keep two items of one numbered list however alike their words, and go on past one number that was not read', () => {
    const text = `${prose('the opening')}
1. Fund Public Compute for Universities
${prose('compute')}
2. Train Federal Staff in AI Education
${prose('training')}
3. Build AI Education for Global Competitiveness
${prose('education')}
5. Global Competitiveness and AI Education
${prose('competitiveness')}
6. Strengthen Export Controls
${prose('exports')}`;
    expect(texts(text)).toEqual([
      '1. Fund Public Compute for Universities',
      '2. Train Federal Staff in AI Education',
      '3. Build AI Education for Global Competitiveness',
      '5. Global Competitiveness and AI Education',
      '6. Strengthen Export Controls',
    ]);
  });

  it('read a heading set apart by blank lines as one, over the lines it wraps onto', () => {
    const text = `${prose('the opening')}

1. AI Governance is the Responsibility of the Implementing and Developing Entities ;
Policymakers Should Provide Incentives and Initiate Processes for Voluntary Best
Practices

${prose('governance')}

2. Export Controls and National Security Considerations Are Central to U.S.
Dominance

${prose('exports')}`;
    expect(texts(text)).toEqual([
      '1. AI Governance is the Responsibility of the Implementing and Developing Entities ; Policymakers Should Provide Incentives and Initiate Processes for Voluntary Best Practices',
      '2. Export Controls and National Security Considerations Are Central to U.S. Dominance',
    ]);
  });

  it('do not end a numbered title at a capitalised word when what follows is more of the title (its PDF-split words too)', () => {
    const text = `${prose('the opening')}
1. AI Accountability Should be Enabled By Sci ence- to-Policy Programs and Bug
Bounty Programs
Given the broad impact of these systems, researchers should study them once they are deployed.
${prose('bounties')}
2. Open Data Should Be Shared Widely
${prose('data')}`;
    expect(texts(text)).toEqual(['1. AI Accountability Should be Enabled By Sci ence- to-Policy Programs and Bug Bounty Programs', '2. Open Data Should Be Shared Widely']);
  });

  it('end a heading in capitals where the text in ordinary case starts', () => {
    const text = `${prose('the opening')}
AI INFRASTRUCTURE: DATA CENTERS AND ENERGY According to the Department of Energy, data centers use a great deal of power.
${prose('power')}
FEDERAL GOVERNMENT ROLE The administration should work with Congress to pass lasting legislation.
${prose('legislation')}
III-C: AI Agents that can Reason about their plans are one of the subjects we study here.
${prose('agents')}`;
    expect(texts(text)).toEqual(['AI INFRASTRUCTURE: DATA CENTERS AND ENERGY', 'FEDERAL GOVERNMENT ROLE']);
  });

  it('end a short title at its full stop when a sentence runs on after it, but not a citation', () => {
    const text = `${prose('the opening')}
1.Promote U.S. technology leadership abroad. For AI innovation to continue to be driven by
American companies, the administration should work with allies on common rules.
${prose('allies')}
2.Unlock the energy capacity needed to meet growing needs. Today, capacity on the grid is a
major consideration for investment in critical industries across the country.
${prose('the grid')}
Prepare the Federal Workforce to Succeed with AI. Training that enables effective teaming
will be essential for every agency that adopts these tools.
${prose('training')}
References
1. Data Science for Undergraduates: Opportunities and Options. National Academies Press, 2018.
2. Computing Research: Priorities and Prospects. National Academies Press, 2020.`;
    expect(texts(text)).toEqual(['1.Promote U.S. technology leadership abroad', '2.Unlock the energy capacity needed to meet growing needs', 'Prepare the Federal Workforce to Succeed with AI', 'References']);
  });

  it('head a named point with its first sentence, whatever its case, and read "Recommendation #2"', () => {
    const text = `${prose('the opening')}
Principle 1: Regulatory fragmentation threatens AI innovation. A consensus-based definition of
high-risk AI should be set at the federal level for every sector.
${prose('fragmentation')}
Recommendation #2: Partner with the private sector to create a privacy framework
The Administration should partner with industry on testing protocols for health AI.
${prose('privacy')}`;
    expect(texts(text)).toEqual(['Principle 1: Regulatory fragmentation threatens AI innovation', 'Recommendation #2: Partner with the private sector to create a privacy framework']);
  });

  it('read an instruction as a heading: before a colon, before the sentence it runs into, and with a comma in its title', () => {
    const text = `${prose('the opening')}
Protect national security: Adding provenance to business records will help defenders find forged files.
${prose('provenance')}
Require Clinical Validation Requiring clinical validation can improve how devices perform in use.
${prose('validation')}
Promote Secure, Innovative Testing Environments
Promote the use of controlled testing environments to validate the riskiest applications.
${prose('sandboxes')}
Consider the following: agencies may adopt any of these tools at their own pace over time.
${prose('the rest')}`;
    expect(texts(text)).toEqual(['Protect national security', 'Require Clinical Validation', 'Promote Secure, Innovative Testing Environments']);
  });

  it('read a numbered heading whose last words open the next line, the text running on after its full stop', () => {
    const text = `${prose('the opening')}
1.Ensure existing regulation remains fit for purpose. Agencies should keep enforcing the laws they have today.
${prose('regulation')}
2.Encourage the development of appropriate risk-based governance practices in the private
sector. Amazon and other companies are building robust governance into their products.
${prose('governance')}`;
    expect(texts(text)).toEqual(['1.Ensure existing regulation remains fit for purpose', '2.Encourage the development of appropriate risk-based governance practices in the private sector']);
  });

  it('read a heading that follows a sentence on the same line', () => {
    const text = `${prose('the opening')}
1. Promote open innovation as a strategic advantage for competitiveness
${prose('open models')} Open development keeps the ecosystem resilient and prevents misuse. 2. Maintain AI leadership by promoting scientific innovation
The United States has long led in AI through public investment in research.
${prose('research')}
The hardware work is done with industry partners across the region. Data Centers The rapid adoption of AI tools has vastly increased demand for data centers.
${prose('data centers')}
Industry input keeps our policy current for the years to come. Maintain and Enhance America’s Status as a Global AI Standards Leader. In 2019,
President Trump launched the American AI Initiative, laying the foundation for what followed.
${prose('standards')}
Projects like these need researchers with human-like problem-solving abilities. Establishing a National AI Research
Institute with substantial funding will attract top researchers to the work.
${prose('institutes')}`;
    expect(texts(text)).toEqual([
      '1. Promote open innovation as a strategic advantage for competitiveness',
      '2. Maintain AI leadership by promoting scientific innovation',
      'Data Centers',
      'Maintain and Enhance America’s Status as a Global AI Standards Leader',
    ]);
  });

  it('read an instruction in Title Case that wraps onto the next line and ends at a full stop', () => {
    const text = `${prose('the opening')}
Minimize Regulatory Compliance Burdens for American Companies by Passing
Federal Privacy. Data is critical to powering AI systems, but the lack of a federal standard hurts.
${prose('privacy')}
Clearly Distinguish Responsibilities for Different AI Actors. The AI ecosystem is diverse, with many
developers, deployers and users all playing a role in responsible use.
${prose('roles')}`;
    expect(texts(text)).toEqual(['Minimize Regulatory Compliance Burdens for American Companies by Passing Federal Privacy', 'Clearly Distinguish Responsibilities for Different AI Actors']);
  });

  it('read "I." after "H." as a letter, letters past "H." in order, and a heading after a footnote at a page’s foot', () => {
    const letters = 'ABCDEFGHIJK'.split('');
    const topics = ['Trust', 'Risk', 'Research', 'Workforce', 'Data', 'Privacy', 'Property', 'Flows', 'Standards', 'Small Firms', 'Cyber Defense'];
    const text = `${prose('the opening')}
I. Policy Principles
${prose('principles')}
${letters.map((l, k) => `${l}. Promote ${topics[k]}\n${prose(topics[k]!, 1)}`).join('\n')}
II. Further Recommendations
${prose('recommendations')}
3 Ibid
Workforce Development
${prose('workers')}`;
    const headings = headingsOf(text, [0]);
    expect(headings.map((h) => h.text)).toEqual(['I. Policy Principles', ...letters.map((l, k) => `${l}. Promote ${topics[k]}`), 'II. Further Recommendations', 'Workforce Development']);
    expect(headings[9]!.style).toBe('letter:1');
  });

  it('leave out text garbled by OCR or read from a figure', () => {
    const text = `${prose('the opening')}
Content Credentials
${prose('credentials')}
Mitn.feufD-._
The picture below shows how the parts of the standard fit together for the reader.
App or davlc:9 uHd Adobe Photo:iticp
Al tool •Nd Adobe Firefly
${prose('the figure')}
Use Cases
${prose('use cases')}`;
    expect(texts(text)).toEqual(['Content Credentials', 'Use Cases']);
  });

  it('read the lead sentences of bulleted paragraphs only when the paragraphs are long and most of the bullets', () => {
    const paragraph = (point: string) => `●${point}.  ${prose(point.toLowerCase(), 4)}`;
    const letter = `${prose('the opening')}\n${['We must have the best AI workforce', 'The U.S. must have the top AI faculty', 'Energy availability is critical'].map(paragraph).join('\n')}`;
    expect(bulletLeads(letter).map((h) => h.text)).toEqual(['We must have the best AI workforce', 'The U.S. must have the top AI faculty', 'Energy availability is critical']);
    const list = `${prose('the opening')}\n● Fund compute.\n● Train staff.\n● Share data.\n● Build grids.\n${paragraph('One long point')}`;
    expect(bulletLeads(list)).toEqual([]);
  });

  it('leave out the cells of a table that has a header row but no caption over it', () => {
    const wide = (topic: string) => `This paragraph about ${topic} runs on across the whole width of the page, as the body text of a long letter does.`;
    const topics = ['energy', 'water', 'chips', 'grids', 'schools', 'clinics', 'courts', 'farms', 'ports', 'roads', 'banks', 'mines'];
    const text = `${topics.map(wide).join('\n')}
Benchmark  Description
Graduate -Level Google -
Proof Q&A ( GPQA ) Evaluate models on multiple-choice questions.
Massive Multitask
Language
Understanding ( MMLU) Evaluate models on 57 tasks.
Figure 1: Illustrative benchmarks
${wide('the benchmarks')}
${wide('their limits')}
Research Priorities
${wide('research')}
${wide('funding')}`;
    expect(texts(text)).toEqual(['Research Priorities']);
  });

  it('read an instruction printed after a sentence that wraps onto the next line', () => {
    const text = `${prose('the opening')}
Smaller labs cannot buy compute at scale, and nothing today changes this dynamic. Support a National
AI Research Resource
The federal government should fund shared compute for universities across the country.
${prose('compute')}`;
    expect(texts(text)).toEqual(['Support a National AI Research Resource']);
  });
});

