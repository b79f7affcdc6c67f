import { randomBytes } from 'node:crypto';
import type { Passage } from '../retrieval/types.js';
import { LRUCache } from 'lru-cache';

/** What the buttons under an answer need later. */
export interface StoredAnswer {
  id: string;
  question: string;
  mode: string;
  userId: string;
  passages: Passage[];
}

/** Recent answers by id, bounded. */
export class AnswerStore {
  private readonly map: LRUCache<string, StoredAnswer>;

  constructor(capacity: number) {
    this.map = new LRUCache({ max: capacity });
  }

  add(entry: Omit<StoredAnswer, 'id'>): StoredAnswer {
    const stored = { ...entry, id: randomBytes(6).toString('base64url') };
    this.map.set(stored.id, stored);
    return stored;
  }

  get(id: string): StoredAnswer | undefined {
    return this.map.get(id);
  }
}
