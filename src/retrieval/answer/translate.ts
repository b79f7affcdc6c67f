import { silentLog, type Log } from '../../shared/log.js';
import type { ChatModel } from '../chat/model.js';

const INSTRUCTION =
  'Rewrite the user question as one English search query for a corpus of English policy submissions. Use the English names of organisations and people. Keep numbers and Latin-script names. Reply with the query only.';

/**
 * With a chat model configured, a non-English question is rewritten as an English search query
 * (organisation names in their English form, key terms expanded). On failure the original is kept.
 */
export async function translateForSearch(question: string, deps: { chat: ChatModel; log?: Log }, signal?: AbortSignal): Promise<string> {
  try {
    const { text } = await deps.chat.complete(
      [
        { role: 'system', content: INSTRUCTION },
        { role: 'user', content: question },
      ],
      signal ? { signal } : {},
    );
    return text.trim() || question;
  } catch (error) {
    (deps.log ?? silentLog).warn({ err: (error as Error).message }, 'translation for search failed; searching with the original question');
    return question;
  }
}
