/**
 * Authored submissions laid out the way PDF extraction leaves the real ones, for outlines: a
 * three-page letter (a letterhead, an introduction, numbered recommendations whose headings run
 * into their text, one after a page number, a line that only opens a list at the foot of a page,
 * a signature), and a report with ALL-CAPS sections (one heading broken over two lines), Title
 * Case sub-sections and a table of contents. Pages end with their printed number, as PyPDF2 text
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

/** The two outlined submissions, and a few others of the answer corpus for the index to rank them among. */
export const OUTLINE_DOCS: Doc[] = [
  { id: 'Harborview-Compute-Coalition-AI-RFI-2025', name: 'Harborview Compute Coalition', category: 'private-sector', text: HARBORVIEW },
  { id: 'Lakeside-Research-Institute-AI-RFI-2025', name: 'Lakeside Research Institute', category: 'academia', text: LAKESIDE },
  ...ANSWER_DOCS.filter((d) => ['Orbit-Cloud-AI-RFI-2025', 'Northgate-University-AI-RFI-2025', 'Riverside-Institute-AI-RFI-2025'].includes(d.id)),
];
