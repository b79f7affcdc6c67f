import { terms } from './tokenize.js';

/**
 * Many texts' search terms, read once: each distinct term gets an id, and each text is its run of
 * ids in one shared array. The build reads the chunks this way once for the keyword index, the
 * embedder's training and its vectors, instead of once for each (and a few bytes a term instead of
 * an array of strings per text).
 */
export class TokenizedTexts {
  private constructor(
    /** Term of each id, in the order first seen. */
    readonly terms: readonly string[],
    /** Every text's term ids, end to end. */
    private readonly ids: Int32Array,
    /** Text `i`'s ids are `ids[offsets[i]]` up to `ids[offsets[i + 1]]`. */
    private readonly offsets: Int32Array,
  ) {}

  static of(texts: readonly string[]): TokenizedTexts {
    return TokenizedTexts.fromTermLists(texts.length, (i) => terms(texts[i]!));
  }

  /** From term lists already made (`list(i)` is text `i`'s terms, asked for once each). */
  static fromTermLists(count: number, list: (i: number) => readonly string[]): TokenizedTexts {
    const idOf = new Map<string, number>();
    const names: string[] = [];
    const offsets = new Int32Array(count + 1);
    let ids = new Int32Array(1024);
    let length = 0;
    for (let i = 0; i < count; i++) {
      for (const term of list(i)) {
        let id = idOf.get(term);
        if (id === undefined) {
          id = names.length;
          idOf.set(term, id);
          names.push(term);
        }
        if (length === ids.length) {
          const grown = new Int32Array(ids.length * 2);
          grown.set(ids);
          ids = grown;
        }
        ids[length++] = id;
      }
      offsets[i + 1] = length;
    }
    return new TokenizedTexts(names, ids.slice(0, length), offsets);
  }

  /** Number of texts. */
  get size(): number {
    return this.offsets.length - 1;
  }

  /** Text `i`'s term ids, in reading order (a view, not a copy). */
  text(i: number): Int32Array {
    return this.ids.subarray(this.offsets[i]!, this.offsets[i + 1]!);
  }

  /** In how many texts each term id occurs. */
  documentFrequencies(): Uint32Array {
    const df = new Uint32Array(this.terms.length);
    const seenIn = new Int32Array(this.terms.length).fill(-1);
    for (let i = 0; i < this.size; i++) {
      for (const id of this.text(i)) {
        if (seenIn[id] !== i) {
          seenIn[id] = i;
          df[id]!++;
        }
      }
    }
    return df;
  }
}
