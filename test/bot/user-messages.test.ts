import { describe, expect, it } from 'vitest';
import { QaError } from '../../src/retrieval/ask.js';
import { errorText } from '../../src/bot/user-messages.js';

describe('error messages for users', () => {
  it('passes a malformed question’s explanation through, since it says what to do', () => {
    const text = errorText(new QaError('BAD_QUESTION', 'The question is empty. Ask about what the submissions said.'));
    expect(text).toContain('The question is empty');
  });

  it('never shows an unknown error’s message or stack', () => {
    const text = errorText(new Error('ECONNRESET at socket.js:12 secret-token'));
    expect(text).not.toContain('ECONNRESET');
    expect(text).not.toContain('secret-token');
  });
});
