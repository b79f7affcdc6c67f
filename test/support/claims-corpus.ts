/**
 * A small authored corpus for claim checks: submissions with figures, a comparison, a negated
 * recommendation and a timeline (claims that change one detail of them), a view stated and its
 * opposite reported, one that never mentions
 * export controls, energy or China (true absence claims; it was sent "by electronic mail", which is
 * not electricity), and one on immigration (a false one). Every text is written for the tests;
 * none comes from the real corpus.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { buildIndex } from '../../src/index-build/build.js';
import { buildOptions, tempRoot } from './build-helpers.js';
import { openService } from './retrieval-helpers.js';
import type { RetrievalService } from '../../src/retrieval/service.js';

const filler = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `Section ${i + 1} on ${topic} sets out the background of this comment in general terms.`).join(' ');

interface Doc {
  id: string;
  name: string;
  category: 'private-sector' | 'non-profit';
  text: string;
}

export const CLAIM_DOCS: Doc[] = [
  {
    id: 'Vector-Labs-AI-RFI-2025',
    name: 'Vector Labs',
    category: 'private-sector',
    text: `Vector Labs builds frontier language models and welcomes the chance to comment.

Export Controls
Some argue that export controls should not cover the H20 accelerator.

The H20 accelerator underperforms the H100 for initial model training, though it remains useful for inference. Export controls should therefore cover the H20 accelerator as well as the H100.

${filler('chip supply', 4)}

Timelines
We expect powerful AI systems to emerge as soon as late 2026 or 2027, and the government should prepare for them now.

${filler('national preparedness', 4)}
`,
  },
  {
    id: 'Pinecrest-Power-AI-RFI-2025',
    name: 'Pinecrest Power',
    category: 'private-sector',
    text: `Pinecrest Power is an electric utility serving four states.

We are investing $40 billion to add 9 gigawatts of generation by 2030, enough to power 6 million homes.

${filler('grid planning', 4)}

New large loads should be allowed, but not be required, to bring their own generation as a condition of connecting to the grid.

${filler('interconnection', 4)}
`,
  },
  {
    id: 'Maple-Health-AI-RFI-2025',
    name: 'Maple Health System',
    category: 'non-profit',
    text: `Maple Health System submits these comments by electronic mail.

We ask that federally funded clinical AI models be shared with academic researchers. Patient privacy must be protected whenever hospital records are used to train models.

${filler('clinical care', 5)}
`,
  },
  {
    id: 'Redwood-Software-AI-RFI-2025',
    name: 'Redwood Software',
    category: 'private-sector',
    text: `Redwood Software makes tools for small manufacturers.

We ask Congress to reform immigration rules and expand H-1B visas so that engineers trained at American universities can stay and work here.

${filler('small manufacturers', 5)}

Some propose an opt-out scheme for the data used to train models, and its proponents say it is simple; no workable opt-out mechanism exists today.

${filler('data rights', 5)}

We urge the Administration to oppose any opt-out proposals for training data, here or abroad.
`,
  },
];

const CATEGORY_FILE = { 'private-sector': 'private-sector', 'non-profit': 'non-profit' } as const;

/** Writes the corpus (raw/*.txt and source/links/*) into a new temp folder. */
async function writeClaimsCorpus(parent: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(parent, 'claims-corpus-'));
  await fs.mkdir(path.join(dir, 'raw'), { recursive: true });
  await fs.mkdir(path.join(dir, 'source', 'links'), { recursive: true });
  const rows = new Map<string, string[]>();
  for (const doc of CLAIM_DOCS) {
    await fs.writeFile(path.join(dir, 'raw', `${doc.id}.txt`), doc.text);
    const url = `https://files.nitrd.gov/90-fr-9088/${doc.id}.pdf`;
    rows.set(doc.category, [...(rows.get(doc.category) ?? []), `<tr role="row"><td class="sorting_1"><a href="${url}" target="_blank">${doc.name}</a></td></tr>`]);
  }
  for (const [category, list] of rows) await fs.writeFile(path.join(dir, 'source', 'links', `${CATEGORY_FILE[category as keyof typeof CATEGORY_FILE]}_links.txt`), list.join(''));
  await fs.writeFile(path.join(dir, 'source', 'links', 'individuals_links.txt'), '[]');
  return dir;
}

/** The offline service over a fresh index of the claims corpus, and a cleanup. */
export async function openClaimsService(): Promise<{ service: RetrievalService; dir: string; cleanup(): Promise<void> }> {
  process.env.LOG_LEVEL ??= 'silent';
  const root = await tempRoot('claims');
  const options = buildOptions(root.dir, await writeClaimsCorpus(root.dir));
  await buildIndex(options);
  return { service: await openService(options.out), dir: options.out, cleanup: root.cleanup };
}
