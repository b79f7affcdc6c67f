import { Status, type Client } from 'discord.js';

/** One gateway shard of this process as /healthz reports it. */
export interface ShardState {
  id: number;
  ready: boolean;
  /** discord.js's status in words: `ready`, `connecting`, `resuming`, `disconnected`, … */
  status: string;
}

/** The body of /healthz: served with 200 when `ready`, 503 otherwise. */
export interface HealthReport {
  ready: boolean;
  /** Why it is not ready: `loading the index`, `not started`, `stopping`, or the shards that are down. */
  reason?: string;
  /** Each shard of this process by id; empty before the bot logs in. */
  shards: Record<string, string>;
  /** The loaded index; absent while it loads. */
  index?: { builtAt: string; ageSeconds: number };
}

/** What /healthz says before the bot exists (the index is still loading, or being built). */
export const LOADING_INDEX: HealthReport = { ready: false, reason: 'loading the index', shards: {} };

/** `WaitingForGuilds` → `waiting for guilds`. */
const statusName = (status: Status) => (Status[status] ?? String(status)).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** The shards this client runs (none before it logs in). */
export function shardStates(client: Client): ShardState[] {
  return client.ws.shards.map((shard) => ({ id: shard.id, ready: shard.status === Status.Ready, status: statusName(shard.status) }));
}

export interface BotState {
  /** `start()` has resolved: the bot logged in and every shard was ready once. */
  started: boolean;
  stopping: boolean;
  shards: ShardState[];
  indexBuiltAt: string;
  /** Milliseconds since the epoch. */
  now: number;
}

/** Seconds since an index built at `builtAt` (ISO 8601), at `now` (milliseconds since the epoch). */
export function indexAgeSeconds(builtAt: string, now: number): number {
  return (now - Date.parse(builtAt)) / 1000;
}

/** Ready when the bot has started, is not stopping, and every shard of this process is ready. */
export function healthOf(state: BotState): HealthReport {
  const shards = Object.fromEntries(state.shards.map((s) => [String(s.id), s.status]));
  const index = { builtAt: state.indexBuiltAt, ageSeconds: Math.round(indexAgeSeconds(state.indexBuiltAt, state.now)) };
  const reason = notReadyBecause(state);
  return reason === undefined ? { ready: true, shards, index } : { ready: false, reason, shards, index };
}

function notReadyBecause(state: BotState): string | undefined {
  if (state.stopping) return 'stopping';
  if (!state.started) return 'not started';
  const down = state.shards.filter((s) => !s.ready);
  if (down.length > 0) return `shards not ready: ${down.map((s) => `${s.id} (${s.status})`).join(', ')}`;
  if (state.shards.length === 0) return 'no shards';
  return undefined;
}
