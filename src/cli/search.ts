import { parseCommandLine, runCli, UsageError } from '../shared/cli.js';
import { passageText } from '../retrieval/plain-text.js';
import { openService } from './open-service.js';

const USAGE = `usage: npm run search -- "question" [--k N] [--category C] [--submitter S] [--index DIR] [--json]`;

runCli(async () => {
  const { values, positionals } = parseCommandLine(
    process.argv.slice(2),
    { k: { type: 'string', default: '8' }, category: { type: 'string' }, submitter: { type: 'string' }, index: { type: 'string' }, json: { type: 'boolean', default: false } },
    USAGE,
  );
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError(`a query is required\n\n${USAGE}`);
  const k = Number(values.k);
  if (!Number.isInteger(k) || k < 1 || k > 100) throw new UsageError('--k must be an integer from 1 to 100');
  const service = await openService(values.index);
  const passages = await service.search(query, {
    k,
    ...(values.category ? { category: values.category as string } : {}),
    ...(values.submitter ? { submitter: values.submitter as string } : {}),
  });
  if (values.json) console.log(JSON.stringify(passages.map(({ docId, submitter, category, page, score, text, url, similarCount }) => ({ docId, submitter, category, page, score, text, url, similarCount }))));
  else console.log(passages.length ? passages.map((p, i) => passageText(p, i + 1)).join('\n\n') : 'No passages found.');
});
