import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface GatewayOptions {
  /** Close with 4014 when IDENTIFY lacks the MessageContent intent (1 << 15). */
  requireMessageContent: boolean;
  /** Close every IDENTIFY with this code (e.g. 4004 Authentication failed). */
  closeOnIdentify?: number;
  ready(): any;
  guildCreates(): any[];
}

/** A minimal Discord gateway: HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE, RESUME → RESUMED. */
export class FakeGateway {
  readonly identifies: any[] = [];
  readonly resumes: any[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private socket: WebSocket | undefined;
  private seq = 0;
  private live = false;
  private readonly pending: { t: string; d: any }[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: GatewayOptions) {
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(request, socket, head, (ws) => this.wss.emit('connection', ws, request));
  }

  /** Sends a dispatch now, or once the client has (re)connected. */
  dispatch(t: string, d: any): void {
    if (this.live && this.socket) this.send({ op: 0, t, s: ++this.seq, d });
    else this.pending.push({ t, d });
  }

  /** Abruptly drops the connection (`terminate`, like 1006) or closes it with a resumable code. */
  drop(mode: 'terminate' | number = 'terminate'): void {
    const socket = this.socket;
    this.live = false;
    if (!socket) return;
    if (mode === 'terminate') socket.terminate();
    else socket.close(mode, 'fake drop');
  }

  /** Resolves when a session is live (after READY or RESUMED). */
  onLive(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  isLive(): boolean {
    return this.live;
  }

  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  private send(payload: unknown): void {
    this.socket?.send(JSON.stringify(payload));
  }

  private goLive(): void {
    this.live = true;
    for (const { t, d } of this.pending.splice(0)) this.dispatch(t, d);
    for (const listener of this.listeners) listener();
  }

  private onConnection(socket: WebSocket): void {
    this.socket = socket;
    this.live = false;
    this.send({ op: 10, d: { heartbeat_interval: 41_250 } });
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: any };
      if (packet.op === 1) this.send({ op: 11 });
      else if (packet.op === 2) this.onIdentify(socket, packet.d);
      else if (packet.op === 6) {
        this.resumes.push(packet.d);
        this.send({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} });
        this.goLive();
      }
    });
    socket.on('close', () => {
      if (this.socket === socket) this.live = false;
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
    this.seq = 0;
    this.send({ op: 0, t: 'READY', s: ++this.seq, d: this.options.ready() });
    for (const guild of this.options.guildCreates()) this.send({ op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: guild });
    this.goLive();
  }
}
