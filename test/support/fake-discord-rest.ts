import type { IncomingMessage, ServerResponse } from 'node:http';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** A file of a multipart upload (`files[n]`), as the bytes that arrived. */
export interface UploadedFile {
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

export interface RecordedCall {
  method: string;
  /** Decoded path without the `/api` prefix and version, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: URLSearchParams;
  /** JSON body, or `payload_json` of a multipart body. */
  body: any;
  /** Files of a multipart body, in field order. */
  files: UploadedFile[];
  authorization: string | undefined;
  at: number;
}

/** Discord's limits on uploads (a server without boosts). */
export const MAX_FILES = 10;
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface RestState {
  gatewayUrl(): string;
  botUser: any;
  appId: string;
  nextId(): string;
  /** Messages by channel id, oldest first. */
  messages: Map<string, any[]>;
  channels: Map<string, any>;
  /** Make `POST …/threads` fail with 403 (thread creation not allowed). */
  failThreads: boolean;
  /** Snowflake of each interaction token's original response. */
  originals: Map<string, string>;
  /** What `GET /gateway/bot` recommends: shard count and identify concurrency. */
  gatewayBot: { shards: number; maxConcurrency: number };
}

type Reply = { status: number; body?: unknown };

/** A request's JSON body; a multipart body (what discord.js sends with files) is parsed by the platform's own FormData. */
export async function readBody(request: IncomingMessage): Promise<{ body: any; files: UploadedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: undefined, files: [] };
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.includes('multipart/form-data')) return { body: JSON.parse(raw.toString('utf8')), files: [] };
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const files: UploadedFile[] = [];
  let body: any;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
    } else {
      files.push({ field, name: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
    }
  }
  return { body, files };
}

export function send(response: ServerResponse, reply: Reply): void {
  if (reply.body === undefined) {
    response.writeHead(reply.status).end();
    return;
  }
  response.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
}

/** Routes the REST surface the bot uses; everything else is a readable 404. */
export function route(state: RestState, call: RecordedCall): Reply {
  const { method, path } = call;
  const parts = path.split('/').filter(Boolean);
  const [root, a, b, c, d] = parts;
  const tooLong = overLimit(root === 'interactions' ? call.body?.data : call.body) ?? uploadRefused(call.files);
  if (tooLong) return tooLong;
  if (method === 'GET' && path === '/gateway/bot') {
    return {
      status: 200,
      body: {
        url: state.gatewayUrl(),
        shards: state.gatewayBot.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: state.gatewayBot.maxConcurrency },
      },
    };
  }
  if (root === 'applications' && method === 'PUT') {
    return { status: 200, body: (call.body as any[]).map((cmd) => ({ ...cmd, id: state.nextId(), application_id: state.appId, version: '1' })) };
  }
  if (root === 'interactions' && c === 'callback') {
    return call.query.get('with_response') === 'true'
      ? { status: 200, body: { interaction: { id: a, type: 2 }, resource: { type: call.body?.type, message: message(state, 'interaction', call.body?.data ?? {}) } } }
      : { status: 204 };
  }
  if (root === 'webhooks') {
    const channelKey = `webhook:${b}`;
    if (method === 'POST' && parts.length === 3) return { status: 200, body: stored(state, channelKey, message(state, channelKey, call.body)) };
    if (c === 'messages' && d) {
      const id = d === '@original' ? originalId(state, b ?? '') : d;
      if (method === 'DELETE') return { status: 204 };
      if (method === 'PATCH') return { status: 200, body: stored(state, channelKey, message(state, channelKey, call.body, id)) };
      if (method === 'GET') return { status: 200, body: message(state, channelKey, { content: latest(state, channelKey, id)?.content ?? '' }, id) };
    }
  }
  if (root === 'channels' && a) {
    if (method === 'POST' && b === 'typing') return { status: 204 };
    if (method === 'GET' && parts.length === 2) {
      const channel = state.channels.get(a);
      return channel ? { status: 200, body: channel } : notFound(path);
    }
    if (b === 'messages' && !c && method === 'POST') return { status: 200, body: stored(state, a, message(state, a, call.body)) };
    if (b === 'messages' && !c && method === 'GET') {
      const limit = Number(call.query.get('limit') ?? 50);
      const before = call.query.get('before');
      const all = (state.messages.get(a) ?? []).filter((m) => !before || BigInt(m.id) < BigInt(before));
      return { status: 200, body: all.slice(-limit).reverse() };
    }
    if (b === 'messages' && c && !d && method === 'GET') {
      const found = latest(state, a, c);
      return found ? { status: 200, body: found } : notFound(path, 10008);
    }
    if (b === 'messages' && c && !d && method === 'PATCH') return { status: 200, body: stored(state, a, message(state, a, call.body, c)) };
    if (b === 'messages' && c && d === 'threads' && method === 'POST') {
      if (state.failThreads) return { status: 403, body: { message: 'Missing Permissions', code: 50013 } };
      const parent = state.channels.get(a);
      const thread = {
        id: c, // Discord reuses the starter message id as the thread id
        type: 11,
        parent_id: a,
        guild_id: parent?.guild_id,
        name: call.body?.name ?? 'thread',
        owner_id: state.botUser.id,
        thread_metadata: { archived: false, auto_archive_duration: call.body?.auto_archive_duration ?? 1440, locked: false, archive_timestamp: new Date().toISOString() },
        message_count: 0,
        member_count: 1,
        rate_limit_per_user: 0,
        flags: 0,
      };
      state.channels.set(thread.id, thread);
      return { status: 201, body: thread };
    }
  }
  return notFound(path);
}

/** Discord refuses message content over 2,000 characters and thread names over 100 with 400 Invalid Form Body. */
function overLimit(body: any): Reply | undefined {
  const field = typeof body?.content === 'string' && body.content.length > 2000 ? ['content', 2000] : typeof body?.name === 'string' && body.name.length > 100 ? ['name', 100] : undefined;
  if (!field) return undefined;
  const [name, max] = field;
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { [name!]: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` }] } } } };
}

/** Discord refuses more than 10 files (400) and a file over the size limit (413 Request entity too large). */
function uploadRefused(files: UploadedFile[]): Reply | undefined {
  if (files.length > MAX_FILES) return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { files: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MAX_FILES} or fewer in length.` }] } } } };
  if (files.some((f) => f.data.length > MAX_FILE_BYTES)) return { status: 413, body: { message: 'Request entity too large', code: 40005 } };
  return undefined;
}

function originalId(state: RestState, token: string): string {
  let id = state.originals.get(token);
  if (!id) {
    id = state.nextId();
    state.originals.set(token, id);
  }
  return id;
}

function notFound(path: string, code = 0): Reply {
  return { status: 404, body: { message: `Fake Discord: no route for ${path}`, code } };
}

function latest(state: RestState, channelId: string, id: string): any {
  return (state.messages.get(channelId) ?? []).findLast((m) => m.id === id);
}

function stored(state: RestState, channelId: string, msg: any): any {
  const list = state.messages.get(channelId) ?? [];
  const index = list.findIndex((m) => m.id === msg.id);
  if (index >= 0) list[index] = { ...list[index], ...msg, edited_timestamp: new Date().toISOString() };
  else list.push(msg);
  state.messages.set(channelId, list);
  return msg;
}

/** The fields every message object needs for discord.js to accept it. */
export function baseMessage(id: string, channelId: string, guildId: string | undefined, author: any, content: string): any {
  return {
    id,
    channel_id: channelId,
    ...(guildId ? { guild_id: guildId } : {}),
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** A message object discord.js accepts, authored by the bot. */
export function message(state: RestState, channelId: string, body: any, id = state.nextId()): any {
  const channel = state.channels.get(channelId);
  const previous = latest(state, channelId, id);
  return {
    ...baseMessage(id, channel?.id ?? channelId, channel?.guild_id, state.botUser, body?.content ?? previous?.content ?? ''),
    embeds: body?.embeds ?? [],
    components: body?.components ?? previous?.components ?? [],
    type: body?.message_reference ? 19 : 0,
    flags: body?.flags ?? 0,
    ...(body?.message_reference ? { message_reference: { ...body.message_reference, channel_id: channelId } } : {}),
  };
}
