import { parseCommandLine, runCli, UsageError } from '../shared/cli.js';
import { answerText } from '../retrieval/plain-text.js';
import { openService } from './open-service.js';
import { scrubSecrets } from '../shared/secrets.js';

const USAGE = `usage: npm run ask -- "question" [--category C] [--submitter S] [--index DIR] [--json]`;

runCli(async () => {
  const { values, positionals } = parseCommandLine(
    process.argv.slice(2),
    { category: { type: 'string' }, submitter: { type: 'string' }, index: { type: 'string' }, json: { type: 'boolean', default: false } },
    USAGE,
  );
  const question = positionals.join(' ').trim();
  if (!question) throw new UsageError(`a question is required\n\n${USAGE}`);
  const service = await openService(values.index);
  const answer = await service.ask(question, {
    ...(values.category ? { category: values.category as string } : {}),
    ...(values.submitter ? { submitter: values.submitter as string } : {}),
  });
  console.log(scrubSecrets(values.json ? JSON.stringify(answer) : answerText(answer)));
});
