import type OpenAI from 'openai';
import { logger } from '../../logger.js';

/**
 * With a chat model configured, a non-English question is rewritten as an English search query
 * (organisation names in their English form, key terms expanded). On failure the original is kept.
 */
export async function translateForSearch(
  question: string,
  chat: { client: OpenAI; model: string; timeoutMs: number; maxRetries: number },
  signal?: AbortSignal,
): Promise<string> {
  try {
    const response = await chat.client.chat.completions.create(
      {
        model: chat.model,
        messages: [
          { role: 'system', content: 'Rewrite the user question as one English search query for a corpus of English policy submissions. Use the English names of organisations and people. Keep numbers and Latin-script names. Reply with the query only.' },
          { role: 'user', content: question },
        ],
      },
      { timeout: chat.timeoutMs, maxRetries: chat.maxRetries, ...(signal ? { signal } : {}) },
    );
    const english = response.choices[0]?.message.content?.trim();
    return english || question;
  } catch (error) {
    logger().warn({ err: (error as Error).message }, 'translation for search failed; searching with the original question');
    return question;
  }
}
