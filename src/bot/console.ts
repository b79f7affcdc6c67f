/** A terminal chat over the same QaService as the bot: plain-text answers with sources, follow-ups keep history. */
import { createInterface } from 'node:readline';
import { answerText, checkText, passageText } from '../retrieval/plain-text.js';
import { scrubSecrets } from '../shared/secrets.js';
import type { QaService, Turn } from '../retrieval/types.js';
import { checkRequest, CLAIM_MISSING } from './check-request.js';

export interface ConsoleIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

const HELP = `Ask any question about the AI Action Plan RFI submissions; follow-ups keep the conversation.
  check: <claim>    check a claim about what a submitter said (also 核查：)
  /search <query>   best matching passages
  /stats            what is indexed
  /new              forget the conversation
  /help             this text
  /quit             leave`;

/** The conversation with one more exchange, its last 20 messages. */
function remember(history: Turn[], asked: string, answered: string): Turn[] {
  return [...history, { role: 'user' as const, content: asked }, { role: 'assistant' as const, content: answered }].slice(-20);
}

export async function runConsole(qa: QaService, io: ConsoleIo = { input: process.stdin, output: process.stdout }): Promise<void> {
  const write = (text: string) => io.output.write(`${scrubSecrets(text)}\n`);
  const rl = createInterface({ input: io.input, output: io.output, terminal: false });
  let history: Turn[] = [];
  const stats = qa.stats();
  write(`${stats.submissions.toLocaleString('en-US')} submissions indexed. Type a question, or /help.`);
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) continue;
    if (line === '/quit' || line === '/exit') break;
    try {
      const check = checkRequest(line);
      if (line === '/help') write(HELP);
      else if (line === '/new') {
        history = [];
        write('Conversation cleared.');
      } else if (line === '/stats') {
        const s = qa.stats();
        write(`${s.submissions} submissions, ${s.chunks} passages, embedder ${s.embedder} (${s.dimensions}), built ${s.builtAt}`);
        for (const c of s.byCategory) write(`  ${c.category}: ${c.submissions}`);
      } else if (line.startsWith('/search ')) {
        const passages = await qa.search(line.slice('/search '.length).trim());
        if (!passages.length) write('No passages found.');
        passages.forEach((p, i) => write(`${passageText(p, i + 1)}\n`));
      } else if (line.startsWith('/')) {
        write(`Unknown command ${line.split(' ')[0]}. ${HELP}`);
      } else if (check?.claim === '') {
        write(CLAIM_MISSING);
      } else if (check) {
        const result = await qa.checkClaim(check.claim);
        write(checkText(result));
        history = remember(history, line, result.text);
      } else {
        const answer = await qa.ask(line, { history });
        write(answerText(answer));
        history = remember(history, line, answer.text);
      }
    } catch (error) {
      write(`Error: ${error instanceof Error ? error.message : String(error)}`);
    }
    write('');
  }
  rl.close();
}
