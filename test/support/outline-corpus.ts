/**
 * Authored submissions laid out the way PDF extraction leaves the real ones, for outlines: a
 * three-page letter (a letterhead, an introduction, numbered recommendations whose headings run
 * into their text, one after a page number, a line that only opens a list at the foot of a page,
 * a signature), and a report with ALL-CAPS sections (one heading broken over two lines), Title
 * Case sub-sections and a table of contents, and a letter whose named points are headed by their first
 * sentence, one heading printed after a sentence on the same line, a letter of bulleted paragraphs
 * led by short sentences, and a long letter from a submitter with a long name. Pages end with their printed number, as PyPDF2 text
 * does, so the index knows them. Every text is written for the tests; none comes from the real corpus.
 */
import { ANSWER_DOCS, type Doc } from './answer-corpus.js';

const filler = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `Point ${i + 1} on ${topic} gives the background of this section in plain terms.`).join('\n');

/** Three pages, each ending with its number. */
const HARBORVIEW = [
  `Harborview Compute Coalition
400 Pier Avenue, Suite 12
Portland, OR 97201
March 12, 2025
Office of Science and Technology Policy
Re: Request for Information on the Development of an AI Action Plan
Introduction
Harborview Compute Coalition represents cloud providers and chip designers in the Pacific Northwest. We welcome the chance to comment on the AI Action Plan and offer three recommendations.
About the Coalition
Our members operate data centers in six states and employ engineers in every one of them.
${filler('our members', 3)}
1`,
  `2 1. Strengthen Export Controls The United States should tighten export controls on advanced AI chips and the tools used to make them.
Controls that lag behind the market invite smuggling through third countries.
${filler('chip exports', 3)}
2. Expand Energy Supply
Data centers need far more electricity than the grid can deliver today. We recommend that the Department of Energy speed up permits for new generation built next to data centers.
${filler('the grid', 3)}
Amongst other things, we recommend the Administration consider:
2`,
  `● Building transmission lines on federal land within two years of an application.
● Letting data centers own generation on site.
3. TRAIN THE AI WORKFORCE
Congress should fund apprenticeships in data center operations at community colleges in every state.
Apprentices learn to maintain the cooling and power systems that AI computing depends on.
${filler('apprenticeships', 3)}
Conclusion
We thank the Office for its work and stand ready to help.
Sincerely,
Dana Whitfield
3`,
].join('\n\n');

const LAKESIDE = `Lakeside Research Institute
Response to the Request for Information
Contents
Education and Workforce ........................ 2
Research Priorities ........................ 3
Lakeside Research Institute trains engineers and studies how public agencies adopt AI. This response sets out our priorities for the AI Action Plan.
EDUCATION AND WORKFORCE
DEVELOPMENT
To strengthen the AI workforce, we suggest two initiatives:
Scholarships for Service
The National Science Foundation should fund scholarships for students who agree to serve in government AI roles after graduation.
${filler('scholarships', 2)}
Industry Certificates
We recommend that agencies accept industry-endorsed AI certificates when they hire technical staff.
${filler('certificates', 2)}
RESEARCH PRIORITIES
Federal research funding should favour trustworthy AI and its use in critical infrastructure.
Trustworthy AI
The Administration should fund research on testing and explaining machine learning models.
${filler('model testing', 2)}
Critical Infrastructure
We urge the Department of Energy to fund pilots that apply AI to grid operations.
${filler('grid pilots', 2)}
`;

/**
 * A letter whose points are named ("Principle 1:", "Recommendation #1:") and headed by their first
 * sentence, one heading long enough to fill a line, and one printed after a sentence on the same line.
 */
const MEADOWBROOK = `Meadowbrook Health Data Alliance
Re: Request for Information on the Development of an AI Action Plan
Meadowbrook Health Data Alliance connects hospitals, clinics and health plans that share data safely. We offer two principles and two recommendations for the AI Action Plan.
Principle 1: Fragmented state rules slow down health AI. A single federal definition of high-risk AI should replace the patchwork of state laws.
${filler('state rules', 3)}
Recommendation #1: Collaborate with industry to establish privacy-preserving, outcome-oriented health data governance frameworks for every hospital.
The Administration should work with hospitals and vendors on shared rules for how patient data is governed.
${filler('data governance', 3)}
Hospitals will need these rules for years to come as more tools reach the wards. Recommendation #2: Fund shared testing environments for clinical AI models
The Administration should fund regional testbeds where hospitals can check clinical models before they use them.
${filler('testbeds', 3)}
We thank the Office for the chance to comment.
`;

/** A letter without headings, written as bulleted paragraphs each led by a short sentence that states its point. */
const BIRCHWOOD = `Birchwood University
Birchwood University welcomes the chance to comment on the AI Action Plan. In the list below, we set out what the nation needs from its universities.
●We must have the best AI workforce.  Universities train the engineers that companies hire, and the best students choose where to study by the quality of the research.
${filler('the AI workforce', 3)}
●Universities must keep publishing free AI software.  Hospitals, utilities and city agencies use the tools our students write and maintain for them.
${filler('public software', 3)}
7 ●Energy availability is critical for strong AI capabilities.  We recommend funding research into efficient chips and resilient grids for data centers.
${filler('energy', 3)}
Sincerely,
Pat Rivers
`;

/** A long letter from a submitter with a long name: numbered recommendations, each heading and first sentence long. */
const GRANITE_NAME =
  'Granite Valley Center for Machine Intelligence and Data Science, Advanced Scalable Computing Laboratory, Regional Data Center Consortium, Rural Broadband Research Network and the Public Library Artificial Intelligence Alliance';
const GRANITE_TOPICS = ['rural broadband', 'school computing', 'hospital records', 'grid sensors', 'port logistics', 'farm robotics', 'court records'];
const GRANITE = `${GRANITE_NAME}
Our consortium of universities and public laboratories welcomes the chance to comment on the AI Action Plan and offers twelve recommendations below.
${GRANITE_TOPICS.map(
  (topic, i) => `${i + 1}. Expand Federal Support for Shared Artificial Intelligence Infrastructure Serving ${topic.replace(/\b\w/g, (c) => c.toUpperCase())}
The federal government should fund shared computing, storage and data services for ${topic} so that every region, including the smallest towns and the agencies and colleges that serve them, can build, test and use AI tools safely, at a fair price and without waiting years for access.
${filler(topic, 2)}`,
).join('\n')}
`;

/** A short e-mail whose one sentence runs into its sign-off and the mail system's footer, as the extraction leaves them. */
const FERNHILL = `From: Assistance at Fernhill Ops
To: ostp-ai-rfi
Subject: [External] AI Action Plan
CAUTION: This email originated from outside your organization. Exercise caution when opening attachments or
clicking links, especially from unknown senders.
To Whom It May Concern,
The highest priority for the nation is teaching every student to use these tools well.Best,The Fernhill Team________________________________All e-mails to and from this account are for NITRD official use only and subject to certain disclosure requirements.
If you have received this e-mail in error, we ask that you notify the sender and delete it immediately.
`;

/** The outlined submissions, and a few others of the answer corpus for the index to rank them among. */
export const OUTLINE_DOCS: Doc[] = [
  { id: 'Harborview-Compute-Coalition-AI-RFI-2025', name: 'Harborview Compute Coalition', category: 'private-sector', text: HARBORVIEW },
  { id: 'Lakeside-Research-Institute-AI-RFI-2025', name: 'Lakeside Research Institute', category: 'academia', text: LAKESIDE },
  { id: 'Meadowbrook-Health-Data-Alliance-AI-RFI-2025', name: 'Meadowbrook Health Data Alliance', category: 'non-profit', text: MEADOWBROOK },
  { id: 'Birchwood-University-AI-RFI-2025', name: 'Birchwood University', category: 'academia', text: BIRCHWOOD },
  { id: 'Granite-Valley-AI-RFI-2025', name: GRANITE_NAME, category: 'academia', text: GRANITE },
  { id: 'Fernhill-Ops-AI-RFI-2025', name: 'Fernhill Ops', category: 'private-sector', text: FERNHILL },
  ...ANSWER_DOCS.filter((d) => ['Orbit-Cloud-AI-RFI-2025', 'Northgate-University-AI-RFI-2025', 'Riverside-Institute-AI-RFI-2025'].includes(d.id)),
];
