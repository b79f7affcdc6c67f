/**
 * An answer worker (a piscina thread): the retrieval pipeline over the index snapshot it was
 * started with, read in place from shared memory. One task is one QaService call.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { threadId, workerData, type MessagePort } from 'node:worker_threads';
import path from 'node:path';
import { INDEX_FILES } from '../../shared/index-files.js';
import type { Log } from '../../shared/log.js';
import { openAIChatModel } from '../chat/openai.js';
import { engineFor } from '../engine.js';
import { loadConverters } from '../i18n/script.js';
import { RetrievalService } from '../service.js';
import { openHnswSearch } from '../store/hnsw.js';
import type { AskOptions } from '../types.js';
import { errorData, type MainMessage, type Outcome, type Task, type WorkerInit, type WorkerMessage } from './protocol.js';
import { indexFromSnapshot } from './snapshot.js';

const init = workerData as WorkerInit;

/** The port of the task a log line belongs to (tasks run concurrently while they wait on the chat model). */
const taskPort = new AsyncLocalStorage<MessagePort>();
const relay = (level: keyof Log) => (fields: object, message: string) => {
  const port = taskPort.getStore();
  try {
    port?.postMessage({ type: 'log', level, fields, message } satisfies WorkerMessage);
  } catch {
    // Fields that cannot be cloned (a function, a socket) are left out rather than losing the line.
    port?.postMessage({ type: 'log', level, fields: { fields: String(fields) }, message } satisfies WorkerMessage);
  }
};
const log: Log = { debug: relay('debug'), info: relay('info'), warn: relay('warn'), error: relay('error') };

/**
 * Questions of each kind, asked once before the worker takes users' questions: compiling the
 * pipeline's code otherwise falls on the first users after a start.
 */
const WARM_UP = ['What do the submissions say about public safety?', 'How many submissions mention small businesses?', '意见书对教育说了什么？', '意見書對醫療說了什麼？'];

/**
 * The service, made as the thread starts; tasks wait for it (no top-level await: under tsx a
 * worker module is loaded as CommonJS). A failure is reported by every task, not left unhandled.
 */
const service = start();
service.catch(() => undefined);

async function start(): Promise<RetrievalService> {
  const chat = init.chat ? openAIChatModel(init.chat) : undefined;
  const { snapshot } = init;
  // The graph of the very build the snapshot was taken from (its real folder, not a link a rebuild moves).
  const search = openHnswSearch(path.join(snapshot.dir, INDEX_FILES.hnsw), snapshot.manifest.embedder.dimensions, {
    efSearch: snapshot.manifest.hnsw.efSearch,
    expectChunks: snapshot.chunkDoc.length,
  });
  const ready = new RetrievalService({ ...engineFor(indexFromSnapshot(snapshot, search, log)), coverageFloor: init.coverageFloor, log, clock: Date.now, ...(chat ? { chat } : {}) });
  loadConverters();
  // Offline only: with a chat model these would be paid-for requests.
  if (!chat) for (const question of WARM_UP) await ready.ask(question).catch(() => undefined);
  return ready;
}

export default function run(task: Task): Promise<Outcome> {
  return taskPort.run(task.port, () => answer(task));
}

async function answer(task: Task): Promise<Outcome> {
  const { port, stream } = task;
  const abort = new AbortController();
  port.on('message', (message: MainMessage) => {
    if (message.type === 'abort') abort.abort(new Error('aborted by the caller'));
  });
  const options = (given: unknown): AskOptions => ({
    ...(given as AskOptions | undefined),
    signal: abort.signal,
    ...(stream ? { onPartial: (text: string) => port.postMessage({ type: 'partial', text } satisfies WorkerMessage) } : {}),
  });
  const [a, b, c] = task.args;
  try {
    const qa = await service;
    switch (task.method) {
      case 'ready':
        return { ok: true, value: threadId };
      case 'ask':
        return { ok: true, value: await qa.ask(a as string, options(b)) };
      case 'search':
        return { ok: true, value: await qa.search(a as string, b as AskOptions) };
      case 'submission':
        return { ok: true, value: await qa.submission(a as string) };
      case 'compare':
        return { ok: true, value: await qa.compare(a as string[], b as string, options(c)) };
      case 'checkClaim':
        return { ok: true, value: await qa.checkClaim(a as string, options(b)) };
    }
  } catch (error) {
    return { ok: false, error: errorData(error) };
  } finally {
    port.postMessage({ type: 'end' } satisfies WorkerMessage);
    port.close();
  }
}
