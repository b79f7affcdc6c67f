/**
 * A second authored corpus, for the answer behaviours: submissions with headings and
 * recommendations (outlines), two companies and a college on export controls (comparisons,
 * follow-ups, category filters), one that mentions "export" and "controls" only apart (a plain
 * "no"), a passage whose words appear scattered in one place and as a phrase in another, and a
 * few individuals (counts). Every text is written for the tests; none comes from the real corpus.
 */
import fs from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import path from 'node:path';
import { buildIndex } from '../../src/index-build/build.js';
import { buildOptions, tempRoot } from './build-helpers.js';
import { openService } from './retrieval-helpers.js';
import type { RetrievalService } from '../../src/retrieval/service.js';

const filler = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `Note ${i + 1} on ${topic} describes the background of this comment in plain and general terms.`).join(' ');

/** A form letter two people sent; one added a paragraph of their own. */
const PAINTERS_LETTER = [
  'I am an illustrator and I make my living from commissions for books, posters and magazines.',
  'AI image generators were trained on millions of pictures taken from artists without asking them or paying them.',
  'I ask the Administration to require consent before any artwork is used to train a model.',
  'I also ask that artists be paid when their work is used, and that training data be disclosed.',
  'Without these protections, young artists will not be able to build a career in illustration.',
  'Please protect the people whose work made these tools possible in the first place.',
  'Illustrators like me spend years learning to draw, and our styles are what clients pay for.',
  'When a model can copy a style in seconds, the commissions that pay our rent go away.',
  'Consent, credit and compensation are the three things I ask the Administration to protect.',
].join(' ');

export interface Doc {
  id: string;
  name: string;
  category: 'private-sector' | 'academia' | 'non-profit' | 'individuals';
  text: string;
}

/**
 * Thirty individuals writing of other things, so that a fixture's own words are as rare as such
 * words are in the real corpus: ids `AI-RFI-2025-<series>00` to `…29`; `about` is what they write of.
 */
export function residents(series: string, about = 'schools, roads and the weather'): Doc[] {
  return Array.from({ length: 30 }, (_, i) => ({
    id: `AI-RFI-2025-${series}${String(i).padStart(2, '0')}`,
    name: `Resident ${i + 1}`,
    category: 'individuals' as const,
    text: `Resident ${i + 1} writes about ${about} in town number ${i + 1}.\n`,
  }));
}

export const ANSWER_DOCS: Doc[] = [
  {
    id: 'Beacon-AI-Lab-AI-RFI-2025',
    name: 'Beacon AI Lab',
    category: 'private-sector',
    text: `Beacon AI Lab
12 Harbor Street, Springfield, ST 00001
March 10, 2025
Office of Science and Technology Policy

Introduction
Beacon AI Lab builds language models for hospitals and clinics. We welcome the chance to comment on the AI Action Plan.

Export Controls
We recommend that the Commerce Department tighten export controls on advanced AI chips shipped to adversaries. Controls should also cover the equipment used to make such chips.

${filler('supply chains', 4)}

Energy for Data Centers
Data centers will need far more electricity within five years. We urge the Administration to speed up permits for new power plants that serve data centers. The federal government should let data centers build their own generation on site.

${filler('grid planning', 4)}

Workforce
● Expand apprenticeships for data center technicians in every region.
● Fund community college courses on maintaining AI systems.
`,
  },
  {
    id: 'Orbit-Cloud-AI-RFI-2025',
    name: 'Orbit Cloud',
    category: 'private-sector',
    text: `Orbit Cloud appreciates the opportunity to respond.

Orbit Cloud supports export controls on advanced AI chips, but asks that allies be exempt so that American cloud providers can keep serving them. Export controls that reach every country would push customers to foreign clouds.

${filler('cloud markets', 5)}

Orbit Cloud also asks for a single national privacy standard for data stored in the cloud.
`,
  },
  {
    id: 'Harbor-Software-AI-RFI-2025',
    name: 'Harbor Software',
    category: 'private-sector',
    text: `Harbor Software sells accounting tools to small firms.

Our biggest market abroad is Canada, and the export of software services there has grown every year.

${filler('small business', 6)}

Strong security controls protect our customers' records, and we ask that federal rules recognise them.
`,
  },
  {
    id: 'Southbay-College-AI-RFI-2025',
    name: 'Southbay College',
    category: 'academia',
    text: `Southbay College conducts research with partners around the world.

Broad export controls on AI research would make it harder for our scientists to collaborate with foreign universities. We ask that export controls exempt open academic research.

${filler('campus research', 4)}
`,
  },
  {
    id: 'Northgate-University-AI-RFI-2025',
    name: 'Northgate University',
    category: 'academia',
    text: `Northgate University asks for shared computing resources for smaller research universities, so that students everywhere can train models.

${filler('teaching', 4)}
`,
  },
  {
    id: 'Riverside-Institute-AI-RFI-2025',
    name: 'Riverside Institute',
    category: 'non-profit',
    text: `Riverside Institute studies how agencies adopt new tools. Its surveys record the race and age of every respondent. Riverside Institute was founded in 1962 by two librarians.

The American staff of the agency were the first to use the new office software, long before the rest of the agency did.

${filler('agency history', 6)}

The agency opened its first American office in Boston in 1990, and it moved to Chicago a decade later.
`,
  },
  { id: 'AI-RFI-2025-0204', name: 'Robin Painter', category: 'individuals', text: `${PAINTERS_LETTER} Consent, credit and compensation: consent above all.\n\n${filler('my own work', 6)}\n` },
  { id: 'AI-RFI-2025-0205', name: 'Alex Painter', category: 'individuals', text: `${PAINTERS_LETTER}\n\n${filler('my own work', 6)}\n\nA personal note from an illustrator: I painted the mural at the Riverton public library, which took three summers and forty gallons of paint.\n` },
  { id: 'AI-RFI-2025-0201', name: 'Pat Reader', category: 'individuals', text: 'I am a nurse and I worry that AI tools in hospitals will be used without enough testing on real patients.\n' },
  { id: 'AI-RFI-2025-0202', name: 'Sam Writer', category: 'individuals', text: 'As a novelist I ask that AI companies pay authors before training models on their books.\n' },
  { id: 'AI-RFI-2025-0203', name: 'Lee Teacher', category: 'individuals', text: 'Teachers need training before AI tools are required in classrooms, and schools need funding for it.\n' },
];

const CATEGORY_FILE = { 'private-sector': 'private-sector', academia: 'academia', 'non-profit': 'non-profit' } as const;

/** Writes the corpus (raw/*.txt and source/links/*) into a new temp folder. */
export async function writeAnswerCorpus(parent: string, docs: readonly Doc[] = ANSWER_DOCS): Promise<string> {
  const dir = await fs.mkdtemp(path.join(parent, 'answer-corpus-'));
  await fs.mkdir(path.join(dir, 'raw'), { recursive: true });
  await fs.mkdir(path.join(dir, 'source', 'links'), { recursive: true });
  const rows = new Map<string, string[]>();
  const individuals: { title: string; name: string }[] = [];
  for (const doc of docs) {
    await fs.writeFile(path.join(dir, 'raw', `${doc.id}.txt`), doc.text);
    const url = `https://files.nitrd.gov/90-fr-9088/${doc.id}.pdf`;
    if (doc.category === 'individuals') individuals.push({ title: url, name: doc.name });
    else rows.set(doc.category, [...(rows.get(doc.category) ?? []), `<tr role="row"><td class="sorting_1"><a href="${url}" target="_blank">${doc.name}</a></td></tr>`]);
  }
  for (const [category, list] of rows) await fs.writeFile(path.join(dir, 'source', 'links', `${CATEGORY_FILE[category as keyof typeof CATEGORY_FILE]}_links.txt`), list.join(''));
  await fs.writeFile(path.join(dir, 'source', 'links', 'individuals_links.txt'), JSON.stringify(individuals));
  return dir;
}

/** The offline service over a fresh index of the answer corpus (or of other authored submissions), and a cleanup. */
export async function openAnswerService(docs: readonly Doc[] = ANSWER_DOCS): Promise<{ service: RetrievalService; cleanup(): Promise<void> }> {
  process.env.LOG_LEVEL ??= 'silent';
  const root = await tempRoot('answers');
  const options = buildOptions(root.dir, await writeAnswerCorpus(root.dir, docs));
  await buildIndex(options);
  return { service: await openService(options.out), cleanup: root.cleanup };
}

/** The offline service over a fresh index of these submissions, opened before a test file's tests and removed after them. */
export function useAnswerService(docs: readonly Doc[] = ANSWER_DOCS): { service: RetrievalService } {
  const state = {} as { service: RetrievalService; cleanup?: () => Promise<void> };
  beforeAll(async () => {
    ({ service: state.service, cleanup: state.cleanup } = await openAnswerService(docs));
  });
  afterAll(async () => {
    await state.cleanup?.();
  });
  return state;
}
