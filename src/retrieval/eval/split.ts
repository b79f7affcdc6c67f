/**
 * The evaluation sets split once, by a hash of each item's id, into a part to tune on and a part
 * that is only scored: the same item always falls in the same part, whatever else the file holds.
 */
import { createHash } from 'node:crypto';

export type Part = 'tune' | 'holdout';
export type SplitChoice = Part | 'all';

/** The part an item id belongs to: half of the ids, by the first byte of their SHA-256. */
export function partOf(id: string): Part {
  return createHash('sha256').update(`rfi-eval-split:${id}`).digest()[0]! < 128 ? 'tune' : 'holdout';
}

export function inSplit(id: string, split: SplitChoice): boolean {
  return split === 'all' || partOf(id) === split;
}
