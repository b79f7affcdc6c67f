import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Passage } from '../retrieval/types.js';

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
  /** Each user's current vote on this answer. */
  votes: Map<string, Vote>;
}

/** Recent answers by id, bounded: older ones are forgotten, and their buttons say so. */
export class AnswerStore {
  private readonly map: LRUCache<string, StoredAnswer>;

  constructor(capacity: number) {
    this.map = new LRUCache({ max: capacity });
  }

  add(entry: Omit<StoredAnswer, 'id' | 'votes'>): StoredAnswer {
    const stored = { ...entry, id: randomBytes(6).toString('base64url'), votes: new Map<string, Vote>() };
    this.map.set(stored.id, stored);
    return stored;
  }

  get(id: string): StoredAnswer | undefined {
    return this.map.get(id);
  }
}
