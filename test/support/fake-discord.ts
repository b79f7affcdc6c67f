import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway, shardOf, type ShardPair } from './fake-discord-gateway.js';
import { baseMessage, readBody, route, send, type RecordedCall, type RestState } from './fake-discord-rest.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export type { RecordedCall } from './fake-discord-rest.js';

export interface FakeDiscordOptions {
  requireMessageContent?: boolean;
  /** Close every IDENTIFY with this gateway code. */
  closeOnIdentify?: number;
  /** The shard count `GET /gateway/bot` recommends (what `shards: 'auto'` uses); default 1. */
  recommendedShards?: number;
  /**
   * `session_start_limit.max_concurrency`: shards that may identify at once. discord.js waits
   * 5 s between identifies of shards sharing a bucket (`id % max_concurrency`); default 1.
   */
  maxConcurrency?: number;
}

interface FakeGuild {
  id: string;
  name: string;
}

export interface UserSpec {
  id: string;
  username?: string;
  bot?: boolean;
}

let snowflake = 1_300_000_000_000_000_000n;
const nextId = () => String(++snowflake);

/** A fresh snowflake whose guild would be served by `shard` of `shards` (its timestamp bits moved forward as needed). */
function idOnShard(shard: number, shards: number): string {
  const id = BigInt(nextId());
  const ahead = BigInt((shard - shardOf(String(id), shards) + shards) % shards);
  return String(id + (ahead << 22n));
}

/**
 * A local fake Discord (REST + gateway) for the real discord.js client. Records every REST call;
 * helpers dispatch interactions and messages the way Discord does.
 */
export class FakeDiscord {
  readonly calls: RecordedCall[] = [];
  readonly appId = nextId();
  readonly botUser = { id: this.appId, username: 'rfi-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
  readonly guildId = nextId();
  readonly channelId = nextId();
  readonly forumlessChannelId = nextId();
  readonly dmChannelId = nextId();
  readonly gateway: FakeGateway;
  private readonly state: RestState;
  private readonly guilds = new Map<string, FakeGuild>();
  private port = 0;

  private constructor(private readonly server: Server, options: FakeDiscordOptions) {
    this.state = {
      gatewayUrl: () => `ws://127.0.0.1:${this.port}/gateway`,
      botUser: this.botUser,
      appId: this.appId,
      nextId,
      messages: new Map(),
      channels: new Map([
        [this.channelId, { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general' }],
        [this.forumlessChannelId, { id: this.forumlessChannelId, type: 2, guild_id: this.guildId, name: 'voice' }],
        [this.dmChannelId, { id: this.dmChannelId, type: 1, recipients: [] }],
      ]),
      failThreads: false,
      originals: new Map(),
      gatewayBot: { shards: options.recommendedShards ?? 1, maxConcurrency: options.maxConcurrency ?? 1 },
    };
    this.guilds.set(this.guildId, { id: this.guildId, name: 'Fake guild' });
    this.gateway = new FakeGateway({
      requireMessageContent: options.requireMessageContent ?? true,
      ...(options.closeOnIdentify ? { closeOnIdentify: options.closeOnIdentify } : {}),
      ready: (shard) => ({
        v: 10,
        user: this.botUser,
        guilds: this.guildsOf(shard).map((g) => ({ id: g.id, unavailable: true })),
        session_id: `session-${nextId()}`,
        resume_gateway_url: this.state.gatewayUrl(),
        application: { id: this.appId, flags: 0 },
      }),
      guildCreates: (shard) => this.guildsOf(shard).map((g) => this.guildCreate(g)),
    });
    server.on('request', (request, response) => {
      void this.onRequest(request, response);
    });
    server.on('upgrade', (request, socket, head) => this.gateway.upgrade(request, socket, head));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const fake = new FakeDiscord(server, options);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /**
   * Another guild with a text channel, whose id puts it on `shard` when the bot runs `shards`
   * shards. Add guilds before the bot starts: READY lists them for their shard.
   */
  addGuild(where: { shard: number; shards: number }): { guildId: string; channelId: string } {
    const guildId = idOnShard(where.shard, where.shards);
    const channelId = nextId();
    this.guilds.set(guildId, { id: guildId, name: `Fake guild ${this.guilds.size + 1}` });
    this.state.channels.set(channelId, { id: channelId, type: 0, guild_id: guildId, name: 'general' });
    return { guildId, channelId };
  }

  private guildsOf([shard, shards]: ShardPair): FakeGuild[] {
    return [...this.guilds.values()].filter((g) => shardOf(g.id, shards) === shard);
  }

  private guildCreate(guild: FakeGuild) {
    return {
      id: guild.id,
      name: guild.name,
      unavailable: false,
      owner_id: nextId(),
      roles: [],
      emojis: [],
      members: [],
      threads: [],
      member_count: 2,
      channels: [...this.state.channels.values()].filter((c) => c.guild_id === guild.id && c.type !== 11).map(({ guild_id: _g, ...c }) => c),
    };
  }

  /** The guild a channel (or thread) belongs to; the first guild for unknown channels. */
  private guildOfChannel(channelId: string): string {
    return this.state.channels.get(channelId)?.guild_id ?? this.guildId;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  set failThreads(value: boolean) {
    this.state.failThreads = value;
  }

  /** Bot messages (and dispatched user messages) in a channel, oldest first. */
  messagesIn(channelId: string): any[] {
    return this.state.messages.get(channelId) ?? [];
  }

  async close(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves with the first recorded call (from index `since`, past or future) matching `predicate`. */
  async waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs = 3_000, what = 'REST call', since = 0): Promise<RecordedCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.slice(since).find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Waits until the shard's gateway session is live again (after a drop); without a shard, every shard's. */
  async waitForLive(timeoutMs = 5_000, shard?: number): Promise<void> {
    if (this.gateway.isLive(shard)) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`Timed out waiting for the gateway session${shard === undefined ? 's' : ` of shard ${shard}`}`));
      }, timeoutMs);
      const off = this.gateway.onLive(() => {
        if (!this.gateway.isLive(shard)) return;
        clearTimeout(timer);
        off();
        resolve();
      });
    });
  }

  // ----- interactions -----

  private interactionBase(type: number, user: UserSpec, where: { dm?: boolean; channelId?: string }) {
    const id = nextId();
    const token = `itoken-${id}`;
    const u = { id: user.id, username: user.username ?? `user${user.id}`, discriminator: '0', global_name: null, avatar: null, bot: user.bot ?? false };
    const channelId = where.dm ? this.dmChannelId : (where.channelId ?? this.channelId);
    const guildId = this.guildOfChannel(channelId);
    const payload: any = {
      id,
      application_id: this.appId,
      type,
      token,
      version: 1,
      locale: 'en-US',
      app_permissions: '2248473465835073',
      channel_id: channelId,
      channel: where.dm ? { id: channelId, type: 1 } : { id: channelId, type: 0, guild_id: guildId },
      entitlements: [],
      authorizing_integration_owners: {},
      context: where.dm ? 1 : 0,
    };
    if (where.dm) payload.user = u;
    else Object.assign(payload, { guild_id: guildId, guild_locale: 'en-US', member: { user: u, roles: [], permissions: '2248473465835073', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } });
    return { id, token, payload };
  }

  /**
   * A slash command. `options` are `{ name: value }`; strings, booleans and numbers are typed automatically.
   * `where.channelId` sends it from that channel's guild (and so on that guild's shard).
   */
  chatInput(name: string, options: Record<string, string | boolean | number> = {}, user: UserSpec = { id: '1001' }, where: { dm?: boolean; channelId?: string } = {}) {
    const { id, token, payload } = this.interactionBase(2, user, where);
    payload.data = { id: nextId(), name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: optionType(value), value })) };
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return { id, token };
  }

  /** Autocomplete (type 4) with `focused` as the option being typed. */
  autocomplete(name: string, focused: string, value: string, others: Record<string, string> = {}, user: UserSpec = { id: '1001' }) {
    const { id, token, payload } = this.interactionBase(4, user, {});
    payload.data = {
      id: nextId(),
      name,
      type: 1,
      options: [...Object.entries(others).map(([n, v]) => ({ name: n, type: 3, value: v })), { name: focused, type: 3, value, focused: true }],
    };
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return { id, token };
  }

  /** A button click (type 3) on a bot message. */
  button(customId: string, user: UserSpec = { id: '1001' }, where: { channelId?: string } = {}) {
    const { id, token, payload } = this.interactionBase(3, user, where);
    payload.data = { custom_id: customId, component_type: 2 };
    payload.message = { ...this.messageShell(payload.channel_id, this.botUser, ''), components: [] };
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return { id, token };
  }

  // ----- messages -----

  private messageShell(channelId: string, author: any, content: string, guild = true): any {
    return baseMessage(nextId(), channelId, guild ? this.guildOfChannel(channelId) : undefined, author, content);
  }

  /**
   * A user message. `mention` adds the bot to `mentions` and `<@bot>` to the text; `dm` sends it to the
   * DM channel; `replyTo` makes it a reply to that (bot) message.
   */
  userMessage(content: string, opts: { user?: UserSpec; channelId?: string; mention?: boolean; dm?: boolean; replyTo?: any } = {}): any {
    const user = opts.user ?? { id: '1001' };
    const author = { id: user.id, username: user.username ?? `user${user.id}`, discriminator: '0', global_name: null, avatar: null, bot: user.bot ?? false };
    const channelId = opts.dm ? this.dmChannelId : (opts.channelId ?? this.channelId);
    const msg = this.messageShell(channelId, author, opts.mention ? `<@${this.botUser.id}> ${content}` : content, !opts.dm);
    if (opts.mention) msg.mentions = [this.botUser];
    if (opts.dm) msg.channel_type = 1;
    if (opts.replyTo) {
      msg.type = 19;
      msg.message_reference = { message_id: opts.replyTo.id, channel_id: channelId, ...(opts.dm ? {} : { guild_id: this.guildOfChannel(channelId) }) };
      msg.referenced_message = opts.replyTo;
    }
    const list = this.state.messages.get(channelId) ?? [];
    list.push(msg);
    this.state.messages.set(channelId, list);
    this.gateway.dispatch('MESSAGE_CREATE', msg);
    return msg;
  }

  private async onRequest(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '');
    try {
      const { body, files } = await readBody(request);
      const call: RecordedCall = {
        method: request.method ?? 'GET',
        path,
        query: url.searchParams,
        body,
        files,
        authorization: request.headers.authorization,
        at: Date.now(),
      };
      this.calls.push(call);
      send(response, route(this.state, call));
    } catch (error) {
      send(response, { status: 500, body: { message: String(error), code: 0 } });
    }
  }
}

function optionType(value: string | boolean | number): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}
