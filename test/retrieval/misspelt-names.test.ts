/**
 * A name with a word no submission writes, a letter or so from one submitter's name, is that
 * submitter misspelt: "Did Antropic discuss …?" is about Anthropic, with a note saying so, never
 * "No submission from Antropic". A name far from every submitter's is still one that filed nothing.
 */
import { describe, expect, it } from 'vitest';
import { useAnswerService } from '../support/answer-corpus.js';

describe('a misspelt submitter', () => {
  const fx = useAnswerService();

  it.each([
    ['Did Orbt Cloud discuss export controls?', 'Orbt Cloud'],
    ['What did Orbit Clowd say about export controls?', 'Orbit Clowd'],
  ])('is read as the submitter it is closest to: "%s"', async (question, written) => {
    const answer = await fx.service.ask(question);
    expect(answer.text).not.toMatch(/no submission from/i);
    expect(answer.sources.some((s) => s.submitter === 'Orbit Cloud')).toBe(true);
    expect(answer.notes).toContainEqual(expect.stringContaining(`“${written}” is in no submission; read as Orbit Cloud`));
  });

  it('says so in Chinese', async () => {
    const answer = await fx.service.ask('Orbt Cloud 對出口管制有什麼看法？');
    expect(answer.sources.some((s) => s.submitter === 'Orbit Cloud')).toBe(true);
    expect(answer.notes.join(' ')).toContain('Orbt Cloud');
  });

  it('leaves a name far from every submitter’s as one that filed nothing', async () => {
    const answer = await fx.service.ask('Did Zenith Dynamics discuss export controls?');
    expect(answer.text).toMatch(/^No submission from Zenith Dynamics/);
    expect(answer.notes.join(' ')).not.toContain('read as');
  });
});
