/**
 * Chunking: LangChain's recursive splitter, located in the original text, that never splits at
 * the full stop of an abbreviation.
 */
import { describe, expect, it } from 'vitest';
import { chunkText, DEFAULT_CHUNKING } from '../../src/index-build/chunk.js';

describe('chunkText', () => {
  const sentence = (i: number) => `Point ${i}: the U.S. Government and Alice Corp. v. CLS Bank shaped patent law for firms like Acme Inc. in year ${i}.`;
  const text = Array.from({ length: 12 }, (_, i) => sentence(i)).join(' ');
  const params = { ...DEFAULT_CHUNKING, chunkSize: 260, chunkOverlap: 0 };

  it('splits a long paragraph at sentence ends, never after "U.S.", "Corp." or "Inc."', async () => {
    const chunks = await chunkText('Doc-AI-RFI-2025', text, { page: 1, start: 0, end: text.length }, params);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
      // Every chunk begins with a whole sentence (after the full stop the splitter keeps at its start).
      expect(chunk.text.replace(/^\.\s*/, ''), chunk.text).toMatch(/^Point \d+:/);
    }
  });
});
