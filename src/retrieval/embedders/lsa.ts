import fs from 'node:fs/promises';
import path from 'node:path';
import { Embeddings } from '@langchain/core/embeddings';
import { terms } from '../text/tokenize.js';

/** A corpus-trained latent semantic embedder: TF-IDF over a vocabulary, projected by a truncated SVD. */
export interface LsaModel {
  id: string;
  vocabulary: string[];
  idf: Float32Array;
  /** vocabulary.length × dimensions, row-major: the projection of each term. */
  termVectors: Float32Array;
  dimensions: number;
}

const VOCAB_FILE = 'vocabulary.json';
const VECTORS_FILE = 'term-vectors.f32';

export class LsaEmbedder extends Embeddings {
  readonly id: string;
  readonly dimensions: number;
  private readonly index: Map<string, number>;

  constructor(readonly model: LsaModel) {
    super({});
    this.id = model.id;
    this.dimensions = model.dimensions;
    this.index = new Map(model.vocabulary.map((term, i) => [term, i]));
  }

  /** Term ids and TF-IDF weights of a text (sublinear tf), unnormalised. */
  weights(text: string): Map<number, number> {
    return this.weightsOfTerms(terms(text));
  }

  /** The same of a text already read into its search terms (`terms(text)`). */
  weightsOfTerms(termList: Iterable<string>): Map<number, number> {
    const tf = new Map<number, number>();
    for (const term of termList) {
      const id = this.index.get(term);
      if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    for (const [id, count] of tf) tf.set(id, (1 + Math.log(count)) * (this.model.idf[id] ?? 0));
    return tf;
  }

  embedSync(text: string): number[] {
    return this.embedTerms(terms(text));
  }

  /** The vector of a text already read into its search terms (`terms(text)`). */
  embedTerms(termList: Iterable<string>): number[] {
    const dims = this.dimensions;
    const out = new Float64Array(dims);
    const vectors = this.model.termVectors;
    for (const [id, weight] of this.weightsOfTerms(termList)) {
      const row = id * dims;
      for (let d = 0; d < dims; d++) out[d]! += weight * vectors[row + d]!;
    }
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += out[d]! * out[d]!;
    norm = Math.sqrt(norm) || 1;
    return Array.from(out, (v) => v / norm);
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.embedSync(text));
  }

  override async embedQuery(text: string): Promise<number[]> {
    return this.embedSync(text);
  }
}

export async function saveLsaModel(model: LsaModel, dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const meta = { id: model.id, dimensions: model.dimensions, vocabulary: model.vocabulary, idf: Array.from(model.idf) };
  await fs.writeFile(path.join(dir, VOCAB_FILE), JSON.stringify(meta));
  const bytes = model.termVectors;
  await fs.writeFile(path.join(dir, VECTORS_FILE), new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

export async function loadLsaModel(dir: string): Promise<LsaModel> {
  const meta = JSON.parse(await fs.readFile(path.join(dir, VOCAB_FILE), 'utf8')) as {
    id: string;
    dimensions: number;
    vocabulary: string[];
    idf: number[];
  };
  const buffer = await fs.readFile(path.join(dir, VECTORS_FILE));
  const termVectors = new Float32Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
  if (termVectors.length !== meta.vocabulary.length * meta.dimensions) {
    throw new Error(`LSA model in ${dir} is damaged: ${termVectors.length} values for ${meta.vocabulary.length} terms`);
  }
  return { ...meta, idf: Float32Array.from(meta.idf), termVectors };
}
