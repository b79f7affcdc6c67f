/** The ask/search/eval command lines, run as real processes against the fixture index. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';

import { buildFixtureIndex, type FixtureIndex } from '../support/retrieval-helpers.js';
import { lastLine, runScript, type ScriptRun } from '../support/run-script.js';

function env(): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', EMBEDDER: 'lsa' };
  for (const key of Object.keys(out)) if (key.startsWith('OPENAI_') || key === 'ANSWER_MODE' || key === 'INDEX_DIR') delete out[key];
  // Blank counts as unset for the config, and keeps a developer's .env (dotenv never overrides) from adding a key.
  return { ...out, OPENAI_API_KEY: '', OPENAI_BASE_URL: '', ANSWER_MODE: '' };
}

function cli(name: 'ask' | 'search' | 'eval', args: string[]): Promise<ScriptRun> {
  return runScript(`src/cli/${name}.ts`, args, env());
}

// Each command is a Node process that loads the index (~2 s of CPU): all of them run concurrently.

let fixture: FixtureIndex;

beforeAll(async () => {
  fixture = await buildFixtureIndex();
});
afterAll(async () => {
  await fixture?.cleanup();
});

describe.concurrent('ask CLI', () => {
  it.concurrent('prints the answer as JSON with sources', async ({ expect }) => {
    const run = await cli('ask', ['What did Acme Robotics say about defense purchasing?', '--index', fixture.dir, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as { mode: string; text: string; sources: { docId: string; url: string; n: number }[]; citations: { total: number; verified: number } };
    expect(answer.mode).toBe('extractive');
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.sources[0]?.docId).toBe('Acme-Robotics-AI-RFI-2025');
    expect(answer.sources[0]?.n).toBe(1);
    expect(answer.text).toContain('[1]');
    expect(answer.citations.verified).toBe(answer.citations.total);
  });

  it.concurrent('exits 1 with usage when the question is missing', async ({ expect }) => {
    const run = await cli('ask', ['--index', fixture.dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/a question is required/);
    expect(run.stderr).toMatch(/usage: npm run ask/);
  });
});

describe.concurrent('search CLI', () => {
  it.concurrent('prints at most k passages with their fields as JSON', async ({ expect }) => {
    const run = await cli('search', ['data centers electricity', '--k', '3', '--index', fixture.dir, '--json']);
    expect(run.code).toBe(0);
    const passages = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.length).toBeLessThanOrEqual(3);
    for (const p of passages) {
      expect(typeof p.docId).toBe('string');
      expect(typeof p.submitter).toBe('string');
      expect(typeof p.category).toBe('string');
      expect(p.page === null || typeof p.page === 'number').toBe(true);
      expect(typeof p.score).toBe('number');
      expect(typeof p.text).toBe('string');
    }
    expect(passages[0]?.docId).toBe('Grid-Power-Association-AI-RFI-2025');
  });
});

describe.concurrent('eval CLI', () => {
  const QA = [
    { id: 'q1', question: 'What did Acme Robotics say about defense purchasing?', relevant: ['Acme-Robotics-AI-RFI-2025'] },
    { id: 'q2', question: 'How much electricity could data centers use by 2030?', relevant: ['Grid-Power-Association-AI-RFI-2025'] },
    { id: 'q3', question: 'national AI research resource for smaller institutions', filter: { category: 'Academia' }, relevant: ['Northfield-University-AI-RFI-2025'] },
    { id: 'q4', question: 'What is the best recipe for sourdough bread?', relevant: [] },
  ];

  it.concurrent('scores the QA file and writes one result line per question', async ({ expect }) => {
    const qa = path.join(fixture.root, 'qa.jsonl');
    const out = path.join(fixture.root, 'results.jsonl');
    await fs.writeFile(qa, QA.map((q) => JSON.stringify(q)).join('\n') + '\n');
    const run = await cli('eval', ['--qa', qa, '--index', fixture.dir, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(lastLine(run.stdout)) as Record<string, number>;
    for (const key of ['hit@1', 'hit@5', 'hit@10', 'mrr@10']) {
      expect(typeof summary[key]).toBe('number');
      expect(summary[key]).toBeGreaterThanOrEqual(0);
      expect(summary[key]).toBeLessThanOrEqual(1);
    }
    expect(summary.n).toBe(3);
    expect(summary['hit@1']).toBe(1);
    expect(summary['mrr@10']).toBe(1);
    const rows = (await fs.readFile(out, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { id: string; docs: string[]; ms: number });
    expect(rows.map((r) => r.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    for (const row of rows) {
      expect(row.docs.length).toBeGreaterThanOrEqual(1);
      expect(new Set(row.docs).size).toBe(row.docs.length);
      expect(typeof row.ms).toBe('number');
      expect(row.ms).toBeGreaterThanOrEqual(0);
    }
    expect(rows.find((r) => r.id === 'q3')?.docs).toEqual(['Northfield-University-AI-RFI-2025']);
  });

  it.concurrent('with --answers, asks every question through the answer pipeline and scores the answers', async ({ expect }) => {
    const qa = path.join(fixture.root, 'qa-answers.jsonl');
    const out = path.join(fixture.root, 'results-answers.jsonl');
    const lines = [
      { id: 'a1', lang: 'en', kind: 'fact', question: 'How many engineers does Acme Robotics employ?', relevant: ['Acme-Robotics-AI-RFI-2025'], answer_keywords: ['1,700'] },
      { id: 'a2', lang: 'en', kind: 'fact', question: 'What did Acme Robotics say about defense purchasing?', relevant: ['Acme-Robotics-AI-RFI-2025'], answer_keywords: ['QUICKBUY', 'no such word'] },
      { id: 'a3', lang: 'en', kind: 'unanswerable', question: "What did Oracle's comment say about cloud capacity?", relevant: [], answer_keywords: [] },
    ];
    await fs.writeFile(qa, lines.map((q) => JSON.stringify(q)).join('\n') + '\n');
    const run = await cli('eval', ['--qa', qa, '--index', fixture.dir, '--answers', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(lastLine(run.stdout)) as { answers: { n: number; answerKeywords: number; evidenceKeywords: number; evidenceDoc: number; unanswerable: number; declined: number; byKind: Record<string, { n: number }>; byLanguage: Record<string, unknown> } };
    // a1 holds its keyword, a2 cannot (one of its keywords is in no text): half of the answerable.
    expect(summary.answers).toMatchObject({ n: 2, answerKeywords: 0.5, evidenceKeywords: 0.5, evidenceDoc: 1, unanswerable: 1, declined: 1 });
    expect(Object.keys(summary.answers.byLanguage)).toEqual(['en']);
    expect(summary.answers.byKind.fact?.n).toBe(2);
    expect(run.stdout).toContain('a2 (missing no such word)');
    // The shared scorers' figures, printed beside the project's own.
    const shared = (JSON.parse(lastLine(run.stdout)) as { shared: { all: { keywords_in_answer: number; declined: number; false_no: number } } }).shared.all;
    expect(shared).toMatchObject({ keywords_in_answer: 0.5, declined: 1, false_no: 0 });
    const rows = (await fs.readFile(out, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { id: string; docs: string[]; answer: { text: string; notCovered: boolean; sources: { docId: string; text: string }[] } });
    expect(rows.map((r) => r.id)).toEqual(['a1', 'a2', 'a3']);
    expect(rows[0]!.answer.text).toContain('1,700 engineers');
    expect(rows[0]!.answer.sources[0]).toMatchObject({ docId: 'Acme-Robotics-AI-RFI-2025' });
    // Oracle filed nothing: a plain no, not a question the corpus cannot answer.
    expect(rows[2]!.answer.text).toMatch(/^No submission from Oracle/);
  });

  it.concurrent('with --conversations, asks each conversation in order and scores the turns, carry errors too', async ({ expect }) => {
    const file = path.join(fixture.root, 'conv.jsonl');
    const out = path.join(fixture.root, 'results-conv.jsonl');
    const conversation = {
      id: 'c1',
      lang: 'en',
      turns: [
        { question: 'What did Acme Robotics say about defense purchasing?', relevant: ['Acme-Robotics-AI-RFI-2025'], answer_keywords: ['QUICKBUY'], carries: 'none' },
        { question: 'How many engineers do they employ?', relevant: ['Acme-Robotics-AI-RFI-2025'], answer_keywords: ['1,700'], carries: 'subject' },
      ],
    };
    await fs.writeFile(file, JSON.stringify(conversation) + '\n');
    const run = await cli('eval', ['--conversations', file, '--index', fixture.dir, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(lastLine(run.stdout)) as { turns: { n: number; keywords_in_answer: number }; carry_errors: number; carry_checked: number };
    expect(summary).toMatchObject({ turns: { n: 2, keywords_in_answer: 1 }, carry_errors: 0, carry_checked: 1 });
    const rows = (await fs.readFile(out, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { id: string; turns: { answer: { text: string } }[] });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.turns[1]!.answer.text).toContain('1,700 engineers');
  });

  it.concurrent('with --claims, checks each claim and scores the verdicts', async ({ expect }) => {
    const file = path.join(fixture.root, 'claims.jsonl');
    const out = path.join(fixture.root, 'results-claims.jsonl');
    const claims = [
      { id: 'k1', claim: 'Acme Robotics employs 1,700 engineers.', label: 'supported', evidence_keywords: ['1,700'] },
      { id: 'k2', claim: "Zorblax Industries' submission asked for drone rules.", label: 'no-submitter', evidence_keywords: [] },
    ];
    await fs.writeFile(file, claims.map((c) => JSON.stringify(c)).join('\n') + '\n');
    const run = await cli('eval', ['--claims', file, '--index', fixture.dir, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(lastLine(run.stdout)) as { all: { n: number; verdict_ok: number; false_found: number } };
    expect(summary.all).toMatchObject({ n: 2, verdict_ok: 1, false_found: 0 });
    const rows = (await fs.readFile(out, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { id: string; check: { verdict: string } });
    expect(rows.map((r) => r.check.verdict)).toEqual(['found', 'no-submitter']);
  });

  it.concurrent('with --split, keeps one part of the fixed split by a hash of the id', async ({ expect }) => {
    const qa = path.join(fixture.root, 'qa-split.jsonl');
    const ids = Array.from({ length: 12 }, (_, i) => `s${i}`);
    await fs.writeFile(qa, ids.map((id) => JSON.stringify({ id, question: 'What did Acme Robotics say about defense purchasing?' })).join('\n') + '\n');
    const count = async (split: string) => {
      const run = await cli('eval', ['--qa', qa, '--index', fixture.dir, '--split', split]);
      expect(run.code, run.stderr).toBe(0);
      return Number(/questions: (\d+)/.exec(run.stdout)?.[1]);
    };
    const [tune, holdout] = await Promise.all([count('tune'), count('holdout')]);
    expect(tune + holdout).toBe(12);
    expect(tune).toBeGreaterThan(0);
    expect(holdout).toBeGreaterThan(0);
  });

  it.concurrent('with --no-vectors, answers with no embedding and says so in the summary', async ({ expect }) => {
    const qa = path.join(fixture.root, 'qa-no-vectors.jsonl');
    await fs.writeFile(qa, JSON.stringify({ id: 'v1', question: 'What did Acme Robotics say about defense purchasing?', relevant: ['Acme-Robotics-AI-RFI-2025'], answer_keywords: ['QUICKBUY'] }) + '\n');
    const run = await cli('eval', ['--qa', qa, '--index', fixture.dir, '--answers', '--no-vectors']);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { vectors?: boolean; shared: { all: { n: number } } };
    expect(summary.vectors).toBe(false);
    expect(summary.shared.all.n).toBe(1);
  });

  it.concurrent('exits 1 naming the line number of a malformed QA line', async ({ expect }) => {
    const qa = path.join(fixture.root, 'bad-qa.jsonl');
    await fs.writeFile(qa, [JSON.stringify(QA[0]), '{"id": "q2", "question": ', JSON.stringify({ id: 'q3' })].join('\n') + '\n');
    const run = await cli('eval', ['--qa', qa, '--index', fixture.dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 2\b/);
    expect(run.stderr).toMatch(/line 3\b/);
    expect(run.stderr).not.toMatch(/line 1\b/);
  });

  it.concurrent('exits 1 with usage when --qa is missing', async ({ expect }) => {
    const run = await cli('eval', ['--index', fixture.dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/give one of --qa, --conversations or --claims/);
    expect(run.stderr).toMatch(/usage: npm run eval/);
  });

  it.concurrent('exits 1 with a message mentioning `npm run index` when the index does not exist', async ({ expect }) => {
    const qa = path.join(fixture.root, 'qa-ok.jsonl');
    await fs.writeFile(qa, JSON.stringify(QA[0]) + '\n');
    const run = await cli('eval', ['--qa', qa, '--index', path.join(fixture.root, 'missing-index')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('npm run index');
  });
});
