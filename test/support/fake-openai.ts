/** A small OpenAI-compatible HTTP server for tests: the real `openai` client talks to it via `baseURL`. */
import http from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export type FakeRoute = 'embeddings' | 'chat';

/** One scripted response; unspecified fields fall back to the normal behaviour of the route. */
export interface FakeResponse {
  /** HTTP status (default 200). Non-2xx statuses send an OpenAI-style error body. */
  status?: number;
  headers?: Record<string, string>;
  /** Raw JSON body to send instead of the generated one. */
  body?: unknown;
  /** Wait this long before sending anything (e.g. longer than the client timeout). */
  delayMs?: number;
  /** Send nothing until this settles (a model held as long as a test needs). */
  until?: Promise<unknown>;
  /** Chat: the answer text. */
  text?: string;
  /** Chat stream: wait this long between chunks. */
  chunkDelayMs?: number;
  /** Embeddings: send `data` in reverse order (each item keeps its `index`). */
  reverse?: boolean;
}

export interface RecordedRequest {
  route: FakeRoute | 'other';
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeOpenAI {
  /** Base URL ending in `/v1`. */
  url: string;
  requests: RecordedRequest[];
  /** Queue responses for a route; each request takes the next one, then defaults apply. */
  script(route: FakeRoute, responses: FakeResponse[]): void;
  /** Mutable defaults. */
  defaults: { dimensions: number; delayMs: number; answer: string };
  /** Resolves with the next request that arrives on `route` (from now on). */
  nextRequest(route: FakeRoute): Promise<RecordedRequest>;
  /** Highest number of simultaneous requests seen per route. */
  maxInFlight: Record<FakeRoute, number>;
  close(): Promise<void>;
}

/** The deterministic unit vector the fake returns for `text` (float32 values). */
export function fakeVector(text: string, dimensions: number): number[] {
  const out = new Float32Array(dimensions);
  let block = Buffer.alloc(0);
  for (let i = 0; i < dimensions; i++) {
    if (i % 16 === 0) block = createHash('sha256').update(`${text}\u0000${i}`).digest();
    out[i] = block.readUInt16LE((i % 16) * 2) / 65535 - 0.5;
  }
  const norm = Math.hypot(...out) || 1;
  return Array.from(out.map((v) => v / norm));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function embeddingsBody(body: Record<string, unknown>, spec: FakeResponse, dimensions: number): unknown {
  const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
  const dims = typeof body.dimensions === 'number' ? body.dimensions : dimensions;
  const data = input.map((text, index) => {
    const vector = fakeVector(text, dims);
    const embedding =
      body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
    return { object: 'embedding', index, embedding };
  });
  if (spec.reverse) data.reverse();
  const tokens = input.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
  return { object: 'list', data, model: body.model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

async function chat(res: http.ServerResponse, body: Record<string, unknown>, spec: FakeResponse, answer: string) {
  const text = spec.text ?? answer;
  const messages = (body.messages ?? []) as { content?: unknown }[];
  const promptTokens = Math.ceil(messages.reduce((n, m) => n + JSON.stringify(m.content ?? '').length, 0) / 4);
  const usage = { prompt_tokens: promptTokens, completion_tokens: text.split(/\s+/).length, total_tokens: 0 };
  usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
  const base = { id: 'chatcmpl-fake', created: Math.floor(Date.now() / 1000), model: body.model };
  if (!body.stream) {
    const choice = { index: 0, message: { role: 'assistant', content: text, refusal: null }, finish_reason: 'stop' };
    sendJson(res, 200, { ...base, object: 'chat.completion', choices: [choice], usage }, spec.headers);
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...spec.headers });
  const send = (chunk: unknown) => res.write(`data: ${JSON.stringify(chunk)}\n\n`);
  const chunk = (delta: unknown, finish: string | null) => ({
    ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }],
  });
  send(chunk({ role: 'assistant', content: '' }, null));
  for (const piece of text.match(/\S+\s*|\s+/g) ?? []) {
    if (spec.chunkDelayMs) await sleep(spec.chunkDelayMs);
    if (res.destroyed) return;
    send(chunk({ content: piece }, null));
  }
  send(chunk({}, 'stop'));
  const options = body.stream_options as { include_usage?: boolean } | undefined;
  if (options?.include_usage) send({ ...base, object: 'chat.completion.chunk', choices: [], usage });
  res.end('data: [DONE]\n\n');
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queues: Record<FakeRoute, FakeResponse[]> = { embeddings: [], chat: [] };
  const inFlight: Record<FakeRoute, number> = { embeddings: 0, chat: 0 };
  const maxInFlight: Record<FakeRoute, number> = { embeddings: 0, chat: 0 };
  const requests: RecordedRequest[] = [];
  const waiting: { route: FakeRoute; resolve: (request: RecordedRequest) => void }[] = [];
  const defaults = { dimensions: 8, delayMs: 0, answer: 'The submissions discuss this [1].' };

  const server = http.createServer((req, res) => {
    res.on('error', () => undefined);
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      void (async () => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const route = path.endsWith('/embeddings') ? 'embeddings' : path.endsWith('/chat/completions') ? 'chat' : 'other';
        let body: Record<string, unknown> = {};
        try {
          body = JSON.parse(Buffer.concat(parts).toString('utf8') || '{}') as Record<string, unknown>;
        } catch {
          /* recorded as empty */
        }
        const recorded: RecordedRequest = { route, path, headers: req.headers, body, at: Date.now() };
        requests.push(recorded);
        if (route !== 'other') {
          const due = waiting.filter((w) => w.route === route);
          waiting.splice(0, waiting.length, ...waiting.filter((w) => w.route !== route));
          for (const waiter of due) waiter.resolve(recorded);
        }
        if (route === 'other') return sendJson(res, 404, { error: { message: `No route ${path}`, type: 'invalid_request_error' } });
        inFlight[route]++;
        maxInFlight[route] = Math.max(maxInFlight[route], inFlight[route]);
        res.on('close', () => inFlight[route]--);
        const spec = queues[route].shift() ?? {};
        const delay = spec.delayMs ?? defaults.delayMs;
        if (delay > 0) await sleep(delay);
        if (spec.until) await spec.until.catch(() => undefined);
        if (res.destroyed) return;
        const status = spec.status ?? 200;
        if (spec.body !== undefined || status >= 300) {
          const error = { error: { message: `Fake error ${status}`, type: 'fake_error', code: null, param: null } };
          return sendJson(res, status, spec.body ?? error, spec.headers);
        }
        if (route === 'embeddings') return sendJson(res, 200, embeddingsBody(body, spec, defaults.dimensions), spec.headers);
        await chat(res, body, spec, defaults.answer);
      })().catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    defaults,
    maxInFlight,
    nextRequest(route) {
      return new Promise((resolve) => waiting.push({ route, resolve }));
    },
    script(route, responses) {
      queues[route].push(...responses);
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
