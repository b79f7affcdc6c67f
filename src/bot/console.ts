/** A terminal chat over the same QaService as the bot: plain-text answers with sources, follow-ups keep history. */
import { createInterface } from 'node:readline';
import { answerText, passageText } from '../retrieval/plain-text.js';
import type { QaService, Turn } from '../retrieval/types.js';

export interface ConsoleIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

const HELP = `Ask any question about the AI Action Plan RFI submissions; follow-ups keep the conversation.
  /search <query>   best matching passages
  /stats            what is indexed
  /new              forget the conversation
  /help             this text
  /quit             leave`;

export async function runConsole(qa: QaService, io: ConsoleIo = { input: process.stdin, output: process.stdout }): Promise<void> {
  const write = (text: string) => io.output.write(`${text}\n`);
  const rl = createInterface({ input: io.input, output: io.output, terminal: false });
  let history: Turn[] = [];
  const stats = qa.stats();
  write(`${stats.submissions.toLocaleString('en-US')} submissions indexed. Type a question, or /help.`);
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) continue;
    if (line === '/quit' || line === '/exit') break;
    try {
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
      } else {
        const answer = await qa.ask(line, { history });
        write(answerText(answer));
        history = [...history, { role: 'user' as const, content: line }, { role: 'assistant' as const, content: answer.text }].slice(-20);
      }
    } catch (error) {
      write(`Error: ${error instanceof Error ? error.message : String(error)}`);
    }
    write('');
  }
  rl.close();
}
