/**
 * A name with a word no submission writes, a letter or so from one submitter's name, is that
 * submitter misspelt: "Did Antropic discuss …?" is about Anthropic, with a note saying so, never
 * "No submission from Antropic". A name far from every submitter's is still one that filed nothing.
 */
import { describe, expect, it } from 'vitest';
import { useAnswerService } from '../support/answer-corpus.js';
import { respelt } from '../../src/retrieval/text/spelling.js';

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

describe('a misspelt word', () => {
  const fx = useAnswerService();

  it('is read as the common word one letter away, with a note, when no submission writes it: "univeristies" asks for universities', async () => {
    const analyzed = fx.service.analyzer.analyze('Which univeristies discussed export controls?');
    expect(analyzed.categories).toEqual(fx.service.analyzer.analyze('Which universities discussed export controls?').categories);
    expect(analyzed.categories.length).toBe(1);
    const answer = await fx.service.ask('How many univeristies discussed export controls?');
    expect(answer.notes).toContainEqual(expect.stringContaining('“univeristies” is in no submission; read as universities'));
  });

  it('reads a word people shorten as the word written out: "devs" are developers, "govt" government, "unis" universities', () => {
    const analyzed = fx.service.analyzer.analyze('Which unis discussed what govt devs need?');
    expect(analyzed.categories).toEqual(['Academia']);
    expect(analyzed.topic).toEqual(expect.arrayContaining(['develop', 'govern']));
    expect(analyzed.topic).not.toContain('dev');
  });

  it('leaves English words, names and words some submission writes as they are', () => {
    for (const question of ['Did Orbit Cloud write about lorries?', 'Did Zorblax discuss export controls?', 'Did Orbit Cloud discuss export controls?']) {
      expect(fx.service.analyzer.analyze(question).respelt, question).toBeUndefined();
    }
  });
});

describe('respelt', () => {
  const frequency = (term: string) => ({ respons: 900, univers: 600, plan: 800, plant: 40 })[term] ?? 0;

  it('reads a word no submission writes as the common word one edit away: a letter dropped, or two swapped', () => {
    expect(respelt('respnse', frequency)).toBe('response');
    expect(respelt('univeristies', frequency)).toBe('universities');
  });

  it('never changes a word some submission writes, a stop word, an English word, or a short one', () => {
    expect(respelt('plant', frequency)).toBeUndefined();
    expect(respelt('there', frequency)).toBeUndefined();
    expect(respelt('lorries', frequency)).toBeUndefined();
    expect(respelt('plam', frequency)).toBeUndefined();
  });
});
