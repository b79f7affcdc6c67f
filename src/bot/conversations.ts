import type { Turn } from '../retrieval/types.js';
import { LRUCache } from 'lru-cache';

/** In-memory conversations: keyed by thread / DM channel / reply-chain id, with bot message ids linked to them. */
export class ConversationStore {
  private readonly turns = new LRUCache<string, Turn[]>({ max: 2_000 });
  private readonly byMessage = new LRUCache<string, string>({ max: 20_000 });

  constructor(private readonly maxTurns: number) {}

  has(conversationId: string): boolean {
    return this.turns.get(conversationId) !== undefined;
  }

  history(conversationId: string): Turn[] {
    return [...(this.turns.get(conversationId) ?? [])];
  }

  /** Replaces the history, e.g. after fetching it from Discord. */
  seed(conversationId: string, turns: Turn[]): void {
    this.turns.set(conversationId, turns.slice(-this.maxTurns));
  }

  append(conversationId: string, ...added: Turn[]): void {
    this.seed(conversationId, [...this.history(conversationId), ...added]);
  }

  link(messageId: string, conversationId: string): void {
    this.byMessage.set(messageId, conversationId);
  }

  conversationOf(messageId: string): string | undefined {
    return this.byMessage.get(messageId);
  }
}
