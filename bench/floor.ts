/**
 * `npm run bench:floor -- [--index DIR] [--qa FILE] [--off-topic FILE]`: how well the relevance
 * floor separates questions the submissions answer from questions they do not. Prints, for each
 * question, the share of its keyword weight found in the best passage ("coverage"), for the
 * answerable questions of the QA file (default the dev set) and for a file of off-topic
 * questions (default bench/off-topic.jsonl), and how many of each fall below the floor. Then asks
 * both sets through the whole answer pipeline, which also declines a short topic that no passage
 * found holds together, and counts how many of each it declines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadOptionsFrom } from '../src/app.js';
import { COVERAGE_FLOOR } from '../src/retrieval/calibration.js';
import { getConfig, PROJECT_ROOT } from '../src/config.js';
import { openEngine } from '../src/retrieval/engine.js';
import { RetrievalService } from '../src/retrieval/service.js';
import { parseQaFile } from '../src/retrieval/evaluate.js';

process.env.LOG_LEVEL ??= 'warn';
const { values } = parseArgs({ options: { index: { type: 'string' }, qa: { type: 'string' }, 'off-topic': { type: 'string' } } });
const config = getConfig();
const engine = await openEngine(path.resolve(values.index ?? config.INDEX_DIR), loadOptionsFrom(config));
const { analyzer, retriever } = engine;
const read = (file: string) => parseQaFile(readFileSync(file, 'utf8')).lines;
const answerable = read(path.resolve(values.qa ?? path.join(PROJECT_ROOT, '../shared/eval/qa-dev.jsonl'))).filter((q) => q.relevant?.length);
const offTopic = read(path.resolve(values['off-topic'] ?? path.join(PROJECT_ROOT, 'bench/off-topic.jsonl')));

async function coverages(lines: typeof answerable) {
  const out: { id: string; coverage: number; named: boolean }[] = [];
  for (const line of lines) {
    const question = analyzer.analyze(line.question);
    const result = await retriever.retrieve(question, line.filter?.category ? { category: line.filter.category } : {});
    out.push({ id: line.id, coverage: Math.round(result.coverage * 100) / 100, named: question.named.length > 0 });
  }
  return out;
}

const onTopic = await coverages(answerable);
const off = await coverages(offTopic);
// Questions naming a submitter are answered from its submission whatever the coverage.
const unnamed = onTopic.filter((q) => !q.named);
console.log(`floor ${COVERAGE_FLOOR}`);
console.log(`answerable, no submitter named (${unnamed.length}): ${unnamed.map((q) => `${q.id} ${q.coverage}`).join(', ')}`);
console.log(`off-topic (${off.length}): ${off.map((q) => `${q.id} ${q.coverage}`).join(', ')}`);
const below = (list: typeof off) => list.filter((q) => q.coverage < COVERAGE_FLOOR).length;
console.log(`below the floor: answerable ${below(unnamed)}/${unnamed.length}, off-topic ${below(off)}/${off.length}`);
const service = new RetrievalService({ ...engine, coverageFloor: COVERAGE_FLOOR });
const declined = async (lines: typeof answerable) => {
  const ids: string[] = [];
  for (const line of lines) if ((await service.ask(line.question, line.filter?.category ? { category: line.filter.category } : {})).notCovered) ids.push(line.id);
  return ids;
};
const [wrongly, rightly] = [await declined(answerable), await declined(offTopic)];
console.log(`declined by the answer pipeline: answerable ${wrongly.length}/${answerable.length}${wrongly.length ? ` (${wrongly.join(', ')})` : ''}, off-topic ${rightly.length}/${offTopic.length} (${rightly.join(', ')})`);
console.log(JSON.stringify({ bench: 'floor', floor: COVERAGE_FLOOR, answerableBelow: below(unnamed), answerable: unnamed.length, minAnswerable: Math.min(...unnamed.map((q) => q.coverage)), offTopicBelow: below(off), offTopic: off.length, answersDeclined: { answerable: wrongly.length, offTopic: rightly.length } }));
