/**
 * `npm run bench:hnsw -- [--index DIR] [--queries N]`
 *
 * What the HNSW graph's build setting costs and buys: reads the chunk vectors of a built index
 * (INDEX_DIR, or --index), builds the graph again at LangChain's efConstruction (200) and at the
 * project's (HNSW_BUILD), and for N chunks used as queries (default 200, spread over the index)
 * compares each graph's 10 nearest (efSearch as the index sets it) with exact cosine search.
 * Prints build time and recall@10 for each, and a final JSON line.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import hnswlib from 'hnswlib-node';
import { getConfig } from '../src/config.js';
import { HNSW_BUILD } from '../src/retrieval/store/hnsw.js';
import { validManifest } from '../src/shared/manifest.js';
import { INDEX_FILES } from '../src/shared/index-files.js';

const { values } = parseArgs({ options: { index: { type: 'string' }, queries: { type: 'string', default: '200' } } });
const indexDir = path.resolve(values.index ?? getConfig().INDEX_DIR);
const found = existsSync(indexDir) ? await validManifest(indexDir) : undefined;
if (!found) {
  console.error(`No index at ${indexDir}. Build one first:\n  npm run index -- --source ../shared/corpus --out ${indexDir}`);
  process.exit(1);
}
const manifest = found;
const { dimensions } = manifest.embedder;
const graph = new hnswlib.HierarchicalNSW('cosine', dimensions);
graph.readIndexSync(path.join(indexDir, INDEX_FILES.hnsw, 'hnswlib.index'));
const count = graph.getCurrentCount();
const vectors = Array.from({ length: count }, (_, i) => graph.getPoint(i));
const unit = vectors.map((v) => {
  const norm = Math.hypot(...v) || 1;
  return Float32Array.from(v, (x) => x / norm);
});
const queries = Array.from({ length: Math.min(count, Number(values.queries)) }, (_, i) => Math.floor((i * count) / Math.min(count, Number(values.queries))));

/** The exact 10 nearest chunks of chunk `q` by cosine. */
function exactNearest(q: number): Set<number> {
  const query = unit[q]!;
  const similarity = unit.map((v) => v.reduce((sum, x, t) => sum + x * query[t]!, 0));
  return new Set([...similarity.keys()].sort((a, b) => similarity[b]! - similarity[a]!).slice(0, 10));
}
const truth = queries.map(exactNearest);

function measure(efConstruction: number) {
  const started = performance.now();
  // As buildHnswGraph makes it, at the given efConstruction.
  const built = new hnswlib.HierarchicalNSW('cosine', dimensions);
  built.initIndex(count, HNSW_BUILD.m, efConstruction, HNSW_BUILD.seed);
  vectors.forEach((vector, i) => built.addPoint(vector, i));
  const buildMs = Math.round(performance.now() - started);
  built.setEf(manifest.hnsw.efSearch);
  let found = 0;
  queries.forEach((q, i) => {
    for (const neighbour of built.searchKnn(vectors[q]!, 10).neighbors) if (truth[i]!.has(neighbour)) found += 1;
  });
  return { efConstruction, buildMs, recallAt10: Math.round((found / (queries.length * 10)) * 1000) / 1000 };
}

const rows = [measure(200), measure(HNSW_BUILD.efConstruction)];
console.log(`${count} chunks, ${dimensions} dimensions, M ${HNSW_BUILD.m}, efSearch ${manifest.hnsw.efSearch}, ${queries.length} queries`);
for (const r of rows) console.log(`efConstruction ${r.efConstruction}: build ${r.buildMs} ms, recall@10 ${r.recallAt10}`);
console.log(JSON.stringify({ bench: 'hnsw', chunks: count, queries: queries.length, rows }));
