/**
 * `npm run bench:sentences -- --index DIR [--eval DIR] [--fit]`: how well the sentence scorer
 * finds the sentence that holds the answer, and (with `--fit`) the feature weights a logistic
 * regression finds for it.
 *
 * Every answerable question of the shared sets (../shared/eval: qa-*.jsonl, and the conversations'
 * turns asked alone) goes through the answer pipeline up to the evidence; each candidate sentence
 * is labelled by whether it holds one of the question's answer keywords. The weights are fitted on
 * the tune half of the fixed split only (by a hash of the id, as `npm run eval -- --split` uses)
 * and reported on both halves: the share of questions whose best-scored sentence (and whose best
 * three) hold a keyword, with today's weights and with the fitted ones.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createQaService } from '../src/app.js';
import { getConfig } from '../src/config.js';
import { keywordsFound } from '../src/retrieval/eval/shared-score.js';
import { partOf, type Part } from '../src/retrieval/eval/split.js';
import { gatherEvidence } from '../src/retrieval/evidence/gather.js';
import { NOISE_FACTOR, SENTENCE_WEIGHTS, sentenceScore, type SentenceFeatures, type SentenceWeights } from '../src/retrieval/evidence/sentence-score.js';
import { readableText } from '../src/retrieval/answer/sentences.js';
import { understand } from '../src/retrieval/question/understand.js';

const { values } = parseArgs({ options: { index: { type: 'string' }, eval: { type: 'string', default: '../shared/eval' }, fit: { type: 'boolean', default: false } } });
const config = getConfig();
const service = await createQaService(config, values.index ? path.resolve(values.index) : config.INDEX_DIR);
const evalDir = path.resolve(values.eval!);

interface Item {
  id: string;
  question: string;
  keywords: string[];
  part: Part;
}

/** The answerable questions with keywords, from every question file and conversation of the shared folder. */
async function items(): Promise<Item[]> {
  const out: Item[] = [];
  for (const file of (await fs.readdir(evalDir)).filter((f) => /^(qa|conv)-.*\.jsonl$/.test(f))) {
    for (const line of (await fs.readFile(path.join(evalDir, file), 'utf8')).split('\n').filter(Boolean)) {
      const o = JSON.parse(line) as { id: string; pair?: string; question?: string; kind?: string; expect?: string; answer_keywords?: string[]; turns?: { question: string; answer_keywords?: string[] }[] };
      const part = partOf([o.id, o.pair ?? o.id].sort()[0]!);
      if (o.turns) {
        // A conversation's first turn stands alone; later turns need their history, so are left out.
        const first = o.turns[0]!;
        if (first.answer_keywords?.length) out.push({ id: `${o.id}/1`, question: first.question, keywords: first.answer_keywords, part });
        continue;
      }
      if (!o.question || !o.answer_keywords?.length || o.expect === 'decline' || ['count', 'list', 'filter', 'outline', 'submitted', 'aggregate'].includes(o.kind ?? '')) continue;
      out.push({ id: o.id, question: o.question, keywords: o.answer_keywords, part });
    }
  }
  return out;
}

interface Example {
  features: SentenceFeatures;
  label: boolean;
}

/** The fitted features: noise is a fixed discount (a footnote never answers), not learned from the few the questions meet. */
const KEYS = (Object.keys(SENTENCE_WEIGHTS) as (keyof SentenceFeatures)[]).filter((k) => k !== 'noise' && k !== 'boilerplate');

/** Each question's candidate sentences with their features and labels. */
async function examples(list: Item[]): Promise<{ item: Item; candidates: Example[] }[]> {
  const out = [];
  for (const item of list) {
    const question = await understand(item.question, {}, service);
    if (question.kind !== 'presence' && question.kind !== 'lookup' && question.kind !== 'comparison') continue;
    const evidence = await gatherEvidence(question, {}, service);
    const candidates = evidence.candidates
      .filter((c) => c.sentence.terms.size > 0)
      .map((c) => ({ features: c.sentence.features, label: (keywordsFound(item.keywords, readableText(c.sentence.text, service.corpus.words)) ?? []).some(Boolean) }));
    if (candidates.some((c) => c.label)) out.push({ item, candidates });
  }
  return out;
}

/** Share of questions whose best (and best three) sentences by these weights hold a keyword. */
function hits(data: { candidates: Example[] }[], weights: SentenceWeights): { top1: number; top3: number } {
  let top1 = 0;
  let top3 = 0;
  for (const { candidates } of data) {
    const ranked = [...candidates].sort((a, b) => sentenceScore(b.features, weights) - sentenceScore(a.features, weights));
    if (ranked[0]?.label) top1++;
    if (ranked.slice(0, 3).some((c) => c.label)) top3++;
  }
  const n = data.length || 1;
  return { top1: Math.round((1000 * top1) / n) / 1000, top3: Math.round((1000 * top3) / n) / 1000 };
}

/**
 * Pairwise logistic regression (a RankNet with one layer): within each question, every sentence
 * that holds a keyword should score above every one that does not; each question counts the same
 * whatever its number of pairs. A little L2; the weights are then put on the scale of today's
 * scores (coverage weighs 1).
 */
function fit(data: { candidates: Example[] }[]): SentenceWeights {
  const w = new Float64Array(KEYS.length).map((_, i) => SENTENCE_WEIGHTS[KEYS[i]!]);
  const rate = 0.3;
  const l2 = 1e-3;
  const vectors = data.map(({ candidates }) => ({
    // A footnote's features are discounted as the scorer discounts them.
    positive: candidates.filter((c) => c.label).map((c) => KEYS.map((k) => c.features[k] * (c.features.noise ? NOISE_FACTOR : 1))),
    negative: candidates.filter((c) => !c.label).map((c) => KEYS.map((k) => c.features[k] * (c.features.noise ? NOISE_FACTOR : 1))),
  }));
  for (let epoch = 0; epoch < 400; epoch++) {
    const grad = new Float64Array(KEYS.length);
    for (const { positive, negative } of vectors) {
      const pairs = positive.length * negative.length;
      if (pairs === 0) continue;
      for (const p of positive) {
        for (const n of negative) {
          let diff = 0;
          for (let i = 0; i < KEYS.length; i++) diff += w[i]! * (p[i]! - n[i]!);
          const g = -1 / (1 + Math.exp(diff)) / pairs;
          for (let i = 0; i < KEYS.length; i++) grad[i]! += g * (p[i]! - n[i]!);
        }
      }
    }
    for (let i = 0; i < KEYS.length; i++) w[i]! -= rate * (grad[i]! / vectors.length + l2 * w[i]!);
  }
  const scale = w[KEYS.indexOf('coverage')]! || 1;
  return { ...Object.fromEntries(KEYS.map((k, i) => [k, Math.round((1000 * w[i]!) / scale) / 1000])), noise: 0 } as SentenceWeights;
}

const all = await examples(await items());
const tune = all.filter((e) => e.item.part === 'tune');
const holdout = all.filter((e) => e.item.part === 'holdout');
console.log(`questions with a keyword among their candidate sentences: tune ${tune.length}, holdout ${holdout.length}`);
console.log(`today's weights ${JSON.stringify(SENTENCE_WEIGHTS)}`);
console.log(`  tune ${JSON.stringify(hits(tune, SENTENCE_WEIGHTS))}   holdout ${JSON.stringify(hits(holdout, SENTENCE_WEIGHTS))}`);
if (values.fit) {
  const fitted = fit(tune);
  console.log(`fitted on tune ${JSON.stringify(fitted)}`);
  console.log(`  tune ${JSON.stringify(hits(tune, fitted))}   holdout ${JSON.stringify(hits(holdout, fitted))}`);
}

