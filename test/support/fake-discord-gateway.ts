import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** `[shard_id, num_shards]`, as IDENTIFY and READY carry it. */
export type ShardPair = [number, number];

export interface GatewayOptions {
  /** Close with 4014 when IDENTIFY lacks the MessageContent intent (1 << 15). */
  requireMessageContent: boolean;
  /** Close every IDENTIFY with this code (e.g. 4004 Authentication failed). */
  closeOnIdentify?: number;
  /** READY's payload for a new session of this shard (the gateway adds `shard`). */
  ready(shard: ShardPair): any;
  /** One GUILD_CREATE per guild the shard owns. */
  guildCreates(shard: ShardPair): any[];
}

/** Discord's rule: a guild's events go to shard `(guild_id >> 22) % num_shards`; DMs (no guild) to shard 0. */
export function shardOf(guildId: unknown, shardCount: number): number {
  if (typeof guildId !== 'string' || !/^\d+$/.test(guildId)) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The guild a dispatch belongs to: its `guild_id`, or its own `id` for the guild's own events. */
function guildOf(t: string, d: any): unknown {
  if (d === null || typeof d !== 'object') return undefined;
  return t.startsWith('GUILD_') && !('guild_id' in d) ? d.id : d.guild_id;
}

interface Session {
  id: string;
  shard: ShardPair;
  socket: WebSocket;
  seq: number;
  live: boolean;
}

/** One dispatch as sent: on which shard's connection. */
export interface SentDispatch {
  shard: number;
  t: string;
  d: any;
}

/**
 * A minimal Discord gateway serving any number of shards: HELLO, heartbeats, IDENTIFY → READY +
 * GUILD_CREATE of the shard's guilds, RESUME → RESUMED. Each dispatch goes to the connection of
 * the shard that owns its guild, and waits while that shard is disconnected.
 */
export class FakeGateway {
  readonly identifies: any[] = [];
  readonly resumes: { shard: number; d: any }[] = [];
  readonly sent: SentDispatch[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  /** The current session of each shard id. */
  private readonly sessions = new Map<number, Session>();
  /** The shard count the client identified with (1 until it has). */
  private shardCount = 1;
  private readonly pending: { t: string; d: any }[] = [];
  private readonly listeners = new Set<() => void>();
  /** Shards whose IDENTIFY / RESUME is not answered yet, with the answers kept for `release`. */
  private readonly held = new Map<number, (() => void)[]>();

  constructor(private readonly options: GatewayOptions) {
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(request, socket, head, (ws) => this.wss.emit('connection', ws, request));
  }

  /** Sends a dispatch on the shard that owns its guild now, or once that shard is live again. */
  dispatch(t: string, d: any): void {
    const session = this.sessions.get(shardOf(guildOf(t, d), this.shardCount));
    if (session?.live) this.sendDispatch(session, t, d);
    else this.pending.push({ t, d });
  }

  /** Abruptly drops one shard's connection (`terminate`, like 1006) or closes it with a resumable code. */
  drop(mode: 'terminate' | number = 'terminate', shard = 0): void {
    const session = this.sessions.get(shard);
    if (!session) return;
    session.live = false;
    if (mode === 'terminate') session.socket.terminate();
    else session.socket.close(mode, 'fake drop');
  }

  /** Leaves the shard's next IDENTIFY or RESUME unanswered (the shard stays down) until `release`. */
  hold(shard: number): void {
    if (!this.held.has(shard)) this.held.set(shard, []);
  }

  release(shard: number): void {
    const answers = this.held.get(shard) ?? [];
    this.held.delete(shard);
    for (const answer of answers) answer();
  }

  /** Called whenever a shard's session goes live (after READY or RESUMED). */
  onLive(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether this shard's session is live; without a shard, whether every shard's is. */
  isLive(shard?: number): boolean {
    if (shard !== undefined) return this.sessions.get(shard)?.live ?? false;
    const ids = Array.from({ length: this.shardCount }, (_, id) => id);
    return this.sessions.size > 0 && ids.every((id) => this.sessions.get(id)?.live);
  }

  /** The shard count the client identified with. */
  get shards(): number {
    return this.shardCount;
  }

  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  private sendDispatch(session: Session, t: string, d: any): void {
    this.sent.push({ shard: session.shard[0], t, d });
    session.socket.send(JSON.stringify({ op: 0, t, s: ++session.seq, d }));
  }

  private goLive(session: Session): void {
    session.live = true;
    const waiting = this.pending.splice(0);
    for (const { t, d } of waiting) this.dispatch(t, d);
    for (const listener of this.listeners) listener();
  }

  /** Answers now, or later if the shard is held. */
  private answer(shard: number, respond: () => void): void {
    const held = this.held.get(shard);
    if (held) held.push(respond);
    else respond();
  }

  private onConnection(socket: WebSocket): void {
    const send = (payload: unknown) => socket.send(JSON.stringify(payload));
    send({ op: 10, d: { heartbeat_interval: 41_250 } });
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: any };
      if (packet.op === 1) send({ op: 11 });
      else if (packet.op === 2) this.onIdentify(socket, packet.d);
      else if (packet.op === 6) this.onResume(socket, packet.d);
    });
    socket.on('close', () => {
      for (const session of this.sessions.values()) if (session.socket === socket) session.live = false;
    });
  }

  private onIdentify(socket: WebSocket, identify: any): void {
    this.identifies.push(identify);
    if (this.options.closeOnIdentify) {
      socket.close(this.options.closeOnIdentify, 'Refused by the fake.');
      return;
    }
    if (this.options.requireMessageContent && (Number(identify.intents) & (1 << 15)) === 0) {
      socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    const shard: ShardPair = Array.isArray(identify.shard) ? [Number(identify.shard[0]), Number(identify.shard[1])] : [0, 1];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      socket.close(4010, 'Invalid shard.');
      return;
    }
    this.answer(shard[0], () => {
      this.shardCount = shard[1];
      const ready = this.options.ready(shard);
      const session: Session = { id: String(ready.session_id), shard, socket, seq: 0, live: false };
      this.sessions.set(shard[0], session);
      socket.send(JSON.stringify({ op: 0, t: 'READY', s: ++session.seq, d: { ...ready, shard } }));
      for (const guild of this.options.guildCreates(shard)) socket.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: ++session.seq, d: guild }));
      this.goLive(session);
    });
  }

  private onResume(socket: WebSocket, resume: any): void {
    const session = [...this.sessions.values()].find((s) => s.id === resume?.session_id);
    if (!session) {
      socket.send(JSON.stringify({ op: 9, d: false })); // invalid session: identify again
      return;
    }
    this.resumes.push({ shard: session.shard[0], d: resume });
    this.answer(session.shard[0], () => {
      session.socket = socket;
      socket.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++session.seq, d: {} }));
      this.goLive(session);
    });
  }
}
