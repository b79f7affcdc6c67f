import fs from 'node:fs/promises';
import path from 'node:path';
import { parseCommandLine, runCli, UsageError } from '../shared/cli.js';
import { createQaService, loadOptionsFrom } from '../app.js';
import { getConfig } from '../config.js';
import { answerReport, type AnswerRow } from '../retrieval/answer-metrics.js';
import { scoreClaims, scoreConversations, scoreQuestions, type ScoredAnswer } from '../retrieval/eval/shared-score.js';
import { parseClaimFile, parseConversationFile, resultAnswer, runClaims, runConversations } from '../retrieval/eval/sets.js';
import { inSplit, type SplitChoice } from '../retrieval/eval/split.js';
import { openEngine, type RetrievalEngine } from '../retrieval/engine.js';
import { parseQaFile, score, type Metrics, type QaLine } from '../retrieval/evaluate.js';
import type { SearchMode } from '../retrieval/search.js';

const USAGE = `usage: npm run eval -- --qa FILE.jsonl [--k 10] [--out RESULTS.jsonl] [--index DIR] [--answers] [--ablation] [--vector-weight W] [--no-vectors] [--split tune|holdout|all]
       npm run eval -- --conversations FILE.jsonl [--out RESULTS.jsonl] [--index DIR] [--no-vectors] [--split …]
       npm run eval -- --claims FILE.jsonl [--out RESULTS.jsonl] [--index DIR] [--no-vectors] [--split …]

  Runs every question through retrieval exactly as the bot does and scores the ranked
  submissions against each line's "relevant" list. --answers also asks every question through
  the whole answer pipeline (the bot's) and scores the answers against "answer_keywords": in the
  answer text, in the passages a chat model is given, the right submission among those passages,
  and unanswerable questions declined. --ablation also scores keyword-only and vector-only
  retrieval in the same run; --vector-weight and --document-weight override the fusion weights of
  the vector signal and of the whole-submission BM25 (for tuning); --no-vectors answers with no
  embedding at all (keyword search, no closeness in meaning), to measure what the vectors earn. The last stdout line is a JSON
  summary. --conversations asks each conversation's turns in order, as one conversation;
  --claims checks each claim (its "submitter" as the check's submitter option). Both, and
  --answers, print the shared scorers' figures (FORMATS.md) and write their result lines with
  --out. --split keeps the items of one part of the fixed split by a hash of their id: tune
  (tuned on) or holdout (only scored).`;

const filterOf = (line: QaLine) => ({
  ...(line.filter?.category ? { category: line.filter.category } : {}),
  ...(line.filter?.submitter ? { submitter: line.filter.submitter } : {}),
});

runCli(async () => {
  const { values } = parseCommandLine(
    process.argv.slice(2),
    {
      qa: { type: 'string' },
      conversations: { type: 'string' },
      claims: { type: 'string' },
      split: { type: 'string', default: 'all' },
      k: { type: 'string', default: '10' },
      out: { type: 'string' },
      index: { type: 'string' },
      answers: { type: 'boolean', default: false },
      ablation: { type: 'boolean', default: false },
      'vector-weight': { type: 'string' },
      'no-vectors': { type: 'boolean', default: false },
      'document-weight': { type: 'string' },
    },
    USAGE,
  );
  const inputs = [values.qa, values.conversations, values.claims].filter((v) => v !== undefined);
  if (inputs.length !== 1) throw new UsageError(`give one of --qa, --conversations or --claims\n\n${USAGE}`);
  const split = values.split as string;
  if (split !== 'all' && split !== 'tune' && split !== 'holdout') throw new UsageError('--split must be tune, holdout or all');
  const config = getConfig();
  const dir = values.index ? path.resolve(values.index as string) : config.INDEX_DIR;
  const out = values.out as string | undefined;
  const vectors = values['no-vectors'] !== true;
  if (values.conversations) return evalConversations(values.conversations as string, dir, split, out, vectors);
  if (values.claims) return evalClaims(values.claims as string, dir, split, out, vectors);
  const k = Number(values.k);
  if (!Number.isInteger(k) || k < 10) throw new UsageError('--k must be an integer of at least 10');
  const { lines: all, errors } = parseQaFile(await fs.readFile(values.qa as string, 'utf8'));
  if (errors.length) throw new UsageError(`${values.qa} has malformed lines:\n  ${errors.join('\n  ')}`);
  // A pair of wordings falls in one part, so that its agreement can be scored there.
  const lines = all.filter((line) => inSplit([line.id, line.pair ?? line.id].sort()[0]!, split));
  const weight = (name: 'vector-weight' | 'document-weight') => {
    if (values[name] === undefined) return undefined;
    const value = Number(values[name]);
    if (!Number.isFinite(value) || value < 0) throw new UsageError(`--${name} must be a number of at least 0`);
    return value;
  };
  const vectorWeight = weight('vector-weight');
  const documentWeight = weight('document-weight');
  // The answers go through the service exactly as the bot composes it; retrieval figures use its engine.
  const service = values.answers ? await createQaService(config, dir) : undefined;
  const engine: RetrievalEngine = service ?? (await openEngine(dir, loadOptionsFrom(config)));
  const { retriever } = engine;
  engine.corpus.vectors = vectors;
  if (vectorWeight !== undefined) retriever.setWeights({ ...retriever.weights, vector: vectorWeight });
  if (documentWeight !== undefined) retriever.setWeights({ ...retriever.weights, document: documentWeight });

  const rows = await rank(engine, lines, k, 'hybrid');
  const answers = new Map<string, { row: AnswerRow; record: ScoredAnswer & { ms: number } }>();
  if (service) {
    for (const line of lines) {
      const started = performance.now();
      const answer = await service.ask(line.question, filterOf(line));
      const evidence = answer.evidence.map((p) => ({ docId: p.docId, submitter: p.submitter, text: p.text }));
      answers.set(line.id, {
        row: { id: line.id, lang: line.lang ?? 'en', kind: line.kind ?? 'unknown', relevant: line.relevant ?? [], keywords: line.answer_keywords ?? [], answerText: answer.text, notCovered: answer.notCovered, evidence },
        record: { ...resultAnswer(answer), ms: Math.round(performance.now() - started) },
      });
    }
  }
  if (out) {
    const records = rows.map(({ id, docs, ms }) => JSON.stringify({ id, docs, ms, ...(answers.has(id) ? { answer: answers.get(id)!.record } : {}) }));
    await fs.writeFile(out, records.join('\n') + '\n');
  }
  const byLanguage: Record<string, Metrics> = {};
  for (const lang of [...new Set(rows.map((r) => r.lang))]) byLanguage[lang] = score(rows.filter((r) => r.lang === lang));
  const ablation = values.ablation ? await ablations(engine, lines, k) : undefined;
  const misses = rows.filter((r) => r.relevant.length && !r.docs.slice(0, 5).some((d) => r.relevant.includes(d))).map((r) => r.id);
  console.log(`questions: ${lines.length} (split ${split})   misses@5: ${misses.join(', ') || 'none'}`);
  const answerRows = [...answers.values()].map((a) => a.row);
  let shared: ReturnType<typeof scoreQuestions> | undefined;
  if (service) {
    shared = scoreQuestions(lines, new Map([...answers].map(([id, a]) => [id, a.record])));
    console.log(`answers missed: ${shared.misses.map((m) => `${m.id} (${m.why})`).join('; ') || 'none'}`);
  }
  const sharedFigures = shared ? (({ misses: _m, ...rest }) => rest)(shared) : undefined;
  console.log(JSON.stringify({ ...score(rows), byLanguage, ...(vectors ? {} : { vectors: false }), ...(service ? { answers: answerReport(answerRows), shared: sharedFigures } : {}), ...(ablation ? { ablation } : {}), split, index: dir }));
});

async function evalConversations(file: string, dir: string, split: SplitChoice, out: string | undefined, vectors: boolean) {
  const { lines, errors } = parseConversationFile(await fs.readFile(file, 'utf8'));
  if (errors.length) throw new UsageError(`${file} has malformed lines:\n  ${errors.join('\n  ')}`);
  const service = await createQaService(getConfig(), dir);
  service.corpus.vectors = vectors;
  const { items, answers } = await runConversations(service, lines, split);
  if (out) await fs.writeFile(out, items.map((c) => JSON.stringify({ id: c.id, turns: (answers.get(c.id) ?? []).map((answer) => ({ answer })) })).join('\n') + '\n');
  const { misses, ...report } = scoreConversations(items, answers);
  console.log(`conversations: ${items.length} (split ${split})   turns missed: ${misses.map((m) => `${m.id} (${m.why})`).join('; ') || 'none'}`);
  console.log(JSON.stringify({ ...report, split, index: dir }));
}

async function evalClaims(file: string, dir: string, split: SplitChoice, out: string | undefined, vectors: boolean) {
  const { lines, errors } = parseClaimFile(await fs.readFile(file, 'utf8'));
  if (errors.length) throw new UsageError(`${file} has malformed lines:\n  ${errors.join('\n  ')}`);
  const service = await createQaService(getConfig(), dir);
  service.corpus.vectors = vectors;
  const { items, checks } = await runClaims(service, lines, split);
  if (out) await fs.writeFile(out, items.map((c) => JSON.stringify({ id: c.id, check: checks.get(c.id) })).join('\n') + '\n');
  const { misses, ...report } = scoreClaims(items, checks);
  console.log(`claims: ${items.length} (split ${split})   wrong: ${misses.map((m) => `${m.id} (${m.why})`).join('; ') || 'none'}`);
  console.log(JSON.stringify({ ...report, split, index: dir }));
}

async function rank({ analyzer, retriever }: RetrievalEngine, lines: QaLine[], k: number, mode: SearchMode) {
  const rows = [];
  for (const line of lines) {
    const started = performance.now();
    const result = await retriever.retrieve(analyzer.analyze(line.question), { k, ...filterOf(line), mode });
    const ms = Math.round(performance.now() - started);
    rows.push({ id: line.id, docs: result.passages.map((p) => p.docId), ms, relevant: line.relevant ?? [], lang: line.lang ?? 'en' });
  }
  return rows;
}

/** Keyword-only, vector-only, and keyword search with neither name matching nor category preference (plain BM25). */
async function ablations(engine: RetrievalEngine, lines: QaLine[], k: number) {
  const { retriever } = engine;
  const keyword = score(await rank(engine, lines, k, 'keyword'));
  const vector = score(await rank(engine, lines, k, 'vector'));
  const saved = retriever.weights;
  retriever.setWeights({ ...saved, namedBoost: 0, categoryBoost: 0 });
  try {
    return { keyword, vector, keywordWithoutNames: score(await rank(engine, lines, k, 'keyword')) };
  } finally {
    retriever.setWeights(saved);
  }
}
