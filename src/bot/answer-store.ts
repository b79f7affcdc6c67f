import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { Passage } from '../retrieval/types.js';
import { PREFIX, type RedisLink } from './redis.js';

export type Vote = 'up' | 'down';

/** What the buttons under an answer need later. */
export interface StoredAnswer {
  id: string;
  question: string;
  mode: string;
  userId: string;
  /** Seen only by its asker (a private /ask or a DM): its buttons serve only them. */
  private: boolean;
  passages: Passage[];
}

/** A vote cast: the same as before (nothing to record), or new, replacing `previous` if any. */
export type Cast = { same: true } | { same: false; previous?: Vote };

/** Answers and votes in Redis: kept a day, for the buttons of every process (about 10 KB an answer). */
export interface SharedAnswers {
  link: RedisLink;
  log: Logger;
  ttlSeconds?: number;
}

const DAY_SECONDS = 86_400;

/**
 * Recent answers by id, bounded, with each user's vote on them (one per user per answer): in this
 * process, and with `shared` also in Redis, so a button works on whichever process receives it,
 * and across a restart. While Redis is down, answers and votes are kept here alone.
 */
export class AnswerStore {
  private readonly map: LRUCache<string, StoredAnswer>;
  private readonly votes: LRUCache<string, Map<string, Vote>>;
  private readonly ttl: number;

  constructor(
    capacity: number,
    private readonly shared?: SharedAnswers,
  ) {
    this.map = new LRUCache({ max: capacity });
    this.votes = new LRUCache({ max: capacity });
    this.ttl = shared?.ttlSeconds ?? DAY_SECONDS;
  }

  add(entry: Omit<StoredAnswer, 'id'>): StoredAnswer {
    const stored = { ...entry, id: randomBytes(6).toString('base64url') };
    this.map.set(stored.id, stored);
    if (this.shared) {
      const { link, log } = this.shared;
      void link.client.set(`${PREFIX}answer:${stored.id}`, JSON.stringify(stored), 'EX', this.ttl).catch((error: unknown) => log.debug({ err: error, answerId: stored.id }, 'answer kept in this process only'));
    }
    return stored;
  }

  async get(id: string): Promise<StoredAnswer | undefined> {
    const here = this.map.get(id);
    if (here || !this.shared) return here;
    const json = await this.shared.link.client.get(`${PREFIX}answer:${id}`).catch(() => null);
    if (!json) return undefined;
    const stored = JSON.parse(json) as StoredAnswer;
    this.map.set(id, stored);
    return stored;
  }

  /** Records `vote` as the user's vote on the answer, unless it already is. */
  async cast(answerId: string, userId: string, vote: Vote): Promise<Cast> {
    if (this.shared) {
      try {
        const previous = await this.shared.link.client.castVote(`${PREFIX}votes:${answerId}`, userId, vote, this.ttl);
        return previous === '=' ? { same: true } : { same: false, ...(previous ? { previous: previous as Vote } : {}) };
      } catch {
        // Redis is down: the vote is kept here.
      }
    }
    const votes = this.votes.get(answerId) ?? new Map<string, Vote>();
    this.votes.set(answerId, votes);
    const previous = votes.get(userId);
    if (previous === vote) return { same: true };
    votes.set(userId, vote);
    return { same: false, ...(previous ? { previous } : {}) };
  }

  /** Puts back the user's vote before a `cast` whose record could not be written. */
  async undo(answerId: string, userId: string, previous: Vote | undefined): Promise<void> {
    if (this.shared) {
      const key = `${PREFIX}votes:${answerId}`;
      const client = this.shared.link.client;
      const undone = await (previous ? client.hset(key, userId, previous) : client.hdel(key, userId)).then(
        () => true,
        () => false,
      );
      if (undone) return;
    }
    const votes = this.votes.get(answerId);
    if (previous) votes?.set(userId, previous);
    else votes?.delete(userId);
  }
}
