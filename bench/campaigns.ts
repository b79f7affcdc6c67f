/**
 * `npm run bench:campaigns -- [--corpus DIR]`: how the form-letter campaigns come out under the
 * index build's definition (MinHash over word 4-shingles of each comment's body, the
 * regulations.gov cover block left out, joined at estimated Jaccard ≥ 0.7), and how they change
 * with the similarity threshold and with the cover block left in. Reads the corpus's raw texts
 * (`CORPUS_DIR`, default ../shared/corpus). Prints a table and a final JSON line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config.js';
import { clusterNearDuplicates, MIN_SIMILARITY } from '../src/index-build/clusters.js';
import { parseCoverBlock } from '../src/index-build/metadata/cover-block.js';

const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
const corpus = path.resolve(values.corpus ?? process.env.CORPUS_DIR ?? path.join(PROJECT_ROOT, '../shared/corpus'));
const raw = path.join(corpus, 'raw');
let files: string[];
try {
  files = readdirSync(raw).filter((f) => f.endsWith('.txt')).sort();
} catch {
  console.error(`No corpus at ${corpus} (expected raw/*.txt). Pass --corpus DIR or set CORPUS_DIR.`);
  process.exit(1);
}
const texts = files.map((f) => readFileSync(path.join(raw, f), 'utf8')).filter((t) => t.trim());
const bodies = texts.map((t) => t.slice(parseCoverBlock(t)?.bodyStart ?? 0));

function summary(cluster: Int32Array) {
  const sizes = new Map<number, number>();
  for (const root of cluster) sizes.set(root, (sizes.get(root) ?? 0) + 1);
  const groups = [...sizes.values()].filter((s) => s >= 2).sort((a, b) => b - a);
  const atLeast = (n: number) => groups.filter((s) => s >= n);
  return {
    groups: groups.length,
    submissions: groups.reduce((a, b) => a + b, 0),
    groupsOf3: atLeast(3).length,
    submissionsIn3: atLeast(3).reduce((a, b) => a + b, 0),
    groupsOf10: atLeast(10).length,
    largest: groups.slice(0, 5),
  };
}

const runs: Record<string, ReturnType<typeof summary>> = {};
for (const threshold of [0.5, 0.6, MIN_SIMILARITY, 0.8, 0.9]) runs[`body ≥ ${threshold}`] = summary(clusterNearDuplicates(bodies, threshold));
runs[`with cover block ≥ ${MIN_SIMILARITY}`] = summary(clusterNearDuplicates(texts, MIN_SIMILARITY));

console.log(`${texts.length} submissions with text\n`);
console.log('definition                    groups(2+)  in them  groups(3+)  in them  groups(10+)  largest five');
for (const [name, s] of Object.entries(runs)) {
  console.log(`${name.padEnd(30)}${String(s.groups).padStart(10)}${String(s.submissions).padStart(9)}${String(s.groupsOf3).padStart(12)}${String(s.submissionsIn3).padStart(9)}${String(s.groupsOf10).padStart(13)}  ${s.largest.join(', ')}`);
}
console.log('published analysis (an LLM):           118 campaigns, 2,821 comments; largest 363, 286, 158, 112, 96');
console.log(JSON.stringify({ bench: 'campaigns', submissions: texts.length, runs }));
