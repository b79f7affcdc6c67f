import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import { LsaEmbedder, loadLsaModel, saveLsaModel } from '../retrieval/embedders/lsa.js';
import { OpenAIEmbedder } from '../retrieval/embedders/openai.js';
import { ANALYZER_VERSION } from '../retrieval/text/tokenize.js';
import type { TokenizedTexts } from '../retrieval/text/tokenized.js';
import { CodedError } from '../shared/errors.js';
import type { Log } from '../shared/log.js';
import { DEFAULT_LSA, trainLsa } from './train-lsa.js';

export type EmbedderKind = 'lsa' | 'openai';

export interface OpenAISettings {
  apiKey?: string;
  baseURL?: string;
  model: string;
  dimensions?: number;
  batchSize: number;
  concurrency: number;
  timeoutMs: number;
  maxRetries: number;
  /** Embedding requests are logged here at debug level. */
  log?: Log;
}

export interface PreparedEmbedder {
  embeddings: Embeddings;
  id: string;
  kind: EmbedderKind;
  dimensions: number;
  model?: string;
  /** Vectors of the texts at these places of those it was prepared for, in that order. */
  embedTexts(places: number[]): Promise<number[][]>;
  /** Saves what the embedder needs at query time into the index. */
  save?: (dir: string) => Promise<void>;
  trainedMs: number;
}

/** A build that cannot start or finish with what it was given. */
export class BuildError extends CodedError<'NO_API_KEY' | 'NO_DOCUMENTS' | 'BAD_ARGUMENT'> {}

/**
 * The corpus-trained embedder is trained on the normalised chunk texts (or reused from the
 * cache when those texts and the parameters are unchanged); the OpenAI one needs a key.
 */
export async function prepareEmbedder(
  kind: EmbedderKind,
  texts: string[],
  tokenized: TokenizedTexts,
  cacheDir: string,
  openai: OpenAISettings,
): Promise<PreparedEmbedder> {
  if (kind === 'openai') {
    if (!openai.apiKey) throw new BuildError('NO_API_KEY', 'EMBEDDER=openai needs OPENAI_API_KEY (any value for a local OpenAI-compatible server).');
    const embedder = new OpenAIEmbedder({ ...openai, apiKey: openai.apiKey });
    const dimensions = openai.dimensions ?? (await embedder.embedQuery('dimension probe')).length;
    const embedTexts = (places: number[]) => embedder.embedDocuments(places.map((i) => texts[i]!));
    return { embeddings: embedder, embedTexts, id: embedder.id, kind, dimensions, model: openai.model, trainedMs: 0 };
  }
  const started = Date.now();
  const hash = createHash('sha256').update(JSON.stringify({ ...DEFAULT_LSA, analyzer: ANALYZER_VERSION }));
  for (const text of texts) hash.update(text).update('\0');
  const modelDir = path.join(cacheDir, 'lsa', hash.digest('hex').slice(0, 16));
  const model = await loadLsaModel(modelDir).catch(async () => {
    const trained = trainLsa(tokenized, DEFAULT_LSA);
    await fs.rm(path.join(cacheDir, 'lsa'), { recursive: true, force: true });
    await saveLsaModel(trained, modelDir);
    return trained;
  });
  const lsa = new LsaEmbedder(model);
  // The texts were read into terms once already: no need to read them again.
  const termsOf = (i: number) => Array.from(tokenized.text(i), (id) => tokenized.terms[id]!);
  return {
    embeddings: lsa,
    embedTexts: async (places) => places.map((i) => lsa.embedTerms(termsOf(i))),
    id: model.id,
    kind,
    dimensions: model.dimensions,
    save: (dir) => saveLsaModel(model, dir),
    trainedMs: Date.now() - started,
  };
}
