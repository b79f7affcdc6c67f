/** A real index of the fixture corpus, built once per test file in a temp folder. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll } from 'vitest';
import { COVERAGE_FLOOR } from '../../src/retrieval/calibration.js';
import { buildIndex, type BuildSummary } from '../../src/index-build/build.js';
import { OpenAIChatModel, type OpenAIChatOptions } from '../../src/retrieval/chat/openai.js';
import type { ChatModel } from '../../src/retrieval/chat/model.js';
import { openEngine } from '../../src/retrieval/engine.js';
import { RetrievalService } from '../../src/retrieval/service.js';
import type { Answer, Source, Turn } from '../../src/retrieval/types.js';
import { writeFixtureCorpus, type FixtureCorpus } from './fixture-corpus.js';

export interface FixtureIndex {
  /** Temp folder holding the corpus, the cache and the index. */
  root: string;
  corpus: FixtureCorpus;
  /** The index folder. */
  dir: string;
  summary: BuildSummary;
  cleanup(): Promise<void>;
}

/** (Re)builds the index of a fixture corpus in `root` with the offline (lsa) embedder. */
export function buildIndexIn(root: string, corpus: FixtureCorpus): Promise<BuildSummary> {
  return buildIndex({
    source: corpus.dir,
    out: path.join(root, 'index'),
    embedder: 'lsa',
    cacheDir: path.join(root, 'cache'),
    openai: { model: 'unused', batchSize: 16, concurrency: 1, timeoutMs: 1_000, maxRetries: 0 },
    progress: false,
  });
}

/** Builds the fixture corpus's index with the offline (lsa) embedder. */
export async function buildFixtureIndex(): Promise<FixtureIndex> {
  process.env.LOG_LEVEL ??= 'silent';
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'rfi-retrieval-'));
  const corpus = await writeFixtureCorpus(root);
  const summary = await buildIndexIn(root, corpus);
  return { root, corpus, dir: path.join(root, 'index'), summary, cleanup: () => fs.rm(root, { recursive: true, force: true }) };
}

/**
 * For a test file: the fixture index built before its tests and removed after them, with the
 * offline service over it. Read `.fixture` and `.service` inside tests.
 */
export function useFixtureService(): { fixture: FixtureIndex; service: RetrievalService } {
  const state = {} as { fixture: FixtureIndex; service: RetrievalService };
  beforeAll(async () => {
    state.fixture = await buildFixtureIndex();
    state.service = await openService(state.fixture.dir);
  });
  afterAll(async () => {
    await state.fixture?.cleanup();
  });
  return state;
}

/** The service as src/app.ts composes it, optionally with a chat model. */
export async function openService(dir: string, chat?: ChatModel): Promise<RetrievalService> {
  return new RetrievalService({ ...(await openEngine(dir)), coverageFloor: COVERAGE_FLOOR, ...(chat ? { chat } : {}) });
}

/** The chat model adapter over the real `openai` client, pointed at a local server. */
export function chatModel(baseURL: string, overrides: Partial<OpenAIChatOptions> = {}): OpenAIChatModel {
  return new OpenAIChatModel({ client: new OpenAI({ apiKey: 'test-key', baseURL }), model: 'gpt-test', timeoutMs: 2_000, maxRetries: 1, ...overrides });
}

/** The text inside double quotes (straight or curly) of an answer. */
export function quotedSpans(text: string): string[] {
  return [...text.matchAll(/["\u201C]([^"\u201C\u201D\n]+?)["\u201D]/g)].map((m) => m[1]!);
}

/** Lower-case, no whitespace: PDF line breaks and double spaces do not matter. */
export function squashWhitespace(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * The extractive answer's quote lines, `"…" [n]`, with the source each cites. Display turns the
 * double quotes inside a quotation into single ones; compare with `occursVerbatim`, which reads
 * every quote mark alike.
 */
export function quotedCitations(answer: Answer): { quote: string; n: number; source: Source | undefined }[] {
  return [...answer.text.matchAll(/^"(.+)" \[(\d+)\]$/gm)].map((m) => {
    const n = Number(m[2]);
    return { quote: m[1]!, n, source: answer.sources.find((s) => s.n === n) };
  });
}

/** Whether `quote` occurs in `source`, ignoring whitespace, case and quote style. */
export function occursVerbatim(quote: string, source: string): boolean {
  const norm = (t: string) => squashWhitespace(t).replace(/[\u2018\u2019\u201C\u201D"]/g, "'");
  return norm(source).includes(norm(quote));
}

/** The submissions an answer cites, each once, in order. */
export const docsOf = (answer: Answer) => [...new Set(answer.sources.map((s) => s.docId))];

/** Asks `questions` in order as one conversation (each with the turns before it); the last answer. */
export async function conversation(service: RetrievalService, questions: readonly string[]): Promise<Answer> {
  const history: Turn[] = [];
  let answer: Answer | undefined;
  for (const question of questions) {
    answer = await service.ask(question, { history: [...history] });
    history.push({ role: 'user', content: question }, { role: 'assistant', content: answer.text });
  }
  return answer!;
}
