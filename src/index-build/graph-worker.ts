/** The worker side of `graph-thread.ts`: makes the graph of the vectors it is given and writes it to `file`. */
import fs from 'node:fs';
import { buildHnswGraph, type PackedVectors } from '../retrieval/store/hnsw-graph.js';

export interface GraphTask {
  vectors: PackedVectors;
  file: string;
}

export default function graphTask({ vectors, file }: GraphTask): void {
  buildHnswGraph(vectors).writeIndexSync(file);
  // hnswlib says nothing when it cannot open the file.
  if (!fs.existsSync(file)) throw new Error(`the graph could not be written to ${file}`);
}
