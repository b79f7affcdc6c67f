/**
 * Constants calibrated on the dev questions (../shared/eval/qa-dev.jsonl), together so that a
 * re-calibration changes one file: how retrieval fuses its signals, and when an answer says
 * the submissions do not cover a question.
 */

/** How the keyword and vector signals are combined, chosen per embedder by `npm run eval`. */
export interface FusionWeights {
  keyword: number;
  vector: number;
  /** Added to chunks of submitters the question names, so their own submission comes first. */
  namedBoost: number;
  /** Added to chunks of the category the wording implies (categories are noisy labels). */
  categoryBoost: number;
  /** Weight of the whole submission's BM25 (its chunks pooled), beside the chunk's own score. */
  document: number;
}

export const FUSION_BY_EMBEDDER: Record<'lsa' | 'openai', FusionWeights> = {
  // Measured on the dev questions (npm run eval -- --ablation, --vector-weight W): every weight
  // above 0 lowered MRR@10 (0.797 at 0, 0.781 at 0.05–0.1, 0.783 at 0.2) and from 0.2 on also
  // hit@5. The corpus-trained vectors still add candidates that keywords miss, ranked after them.
  // The whole-submission BM25 was measured the same way (npm run eval -- --document-weight W):
  // MRR@10 0.797 at 0, 0.826 at 0.5–0.7, 0.834 at 1–1.5 (hit@5 0.889 → 0.917), 0.781 at 2.
  lsa: { keyword: 1, vector: 0, namedBoost: 1, categoryBoost: 0.15, document: 1 },
  // Not measurable offline; a strong embedder earns an equal share (see README, Retrieval).
  openai: { keyword: 0.5, vector: 0.5, namedBoost: 1, categoryBoost: 0.15, document: 1 },
};

/**
 * Below this share of the question's keyword weight in the best passage, a question is not
 * covered. It lies below every answerable dev question (`npm run bench:floor` prints both sides).
 */
export const COVERAGE_FLOOR = 0.2;
