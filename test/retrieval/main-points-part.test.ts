/**
 * A question that asks for a submitter's main points and, in another part, about one topic: the
 * outline of its submission, then its best quotes on the topic (one sentence for each part).
 */
import { describe, expect, it } from 'vitest';
import { asksForMainPoints } from '../../src/retrieval/question/parts.js';
import { answerText } from '../../src/retrieval/plain-text.js';
import { useAnswerService } from '../support/answer-corpus.js';

describe('a part that asks for the main points', () => {
  it.each([
    ['What topics does Beacon AI Lab want addressed, and what should export controls also cover?', 'en', ['export', 'control', 'cover'], true],
    ['Beacon AI Lab 的主要建議有哪些？它認為出口管制還應涵蓋什麼？', 'zh', ['export', 'control'], true],
    // One topic, no ask for the main points; main points and no other topic.
    ['What did Beacon AI Lab say about export controls?', 'en', ['export', 'control'], false],
    ['Which topics does Beacon AI Lab raise?', 'en', [], false],
  ])('is told apart by what the parts hold: "%s"', (question, language, topic, expected) => {
    expect(asksForMainPoints(question, language, topic)).toBe(expected);
  });
});

describe('the answer to main points and a topic', () => {
  const fx = useAnswerService();

  it.each([
    ['en', 'What topics does Beacon AI Lab want addressed, and how soon will data centers need more electricity?'],
    ['zh-Hant', 'Beacon AI Lab 的主要建議有哪些？它說資料中心多久之內需要更多電力？'],
  ])('gives the outline and then the quote on the topic (%s)', async (_lang, question) => {
    const answer = await fx.service.ask(question);
    const text = answerText(answer);
    // The outline: its sections, in the submission's order.
    for (const heading of ['Export Controls', 'Energy for Data Centers', 'Workforce']) expect(text).toContain(heading);
    expect(text.indexOf('Energy for Data Centers')).toBeLessThan(text.indexOf('Workforce'));
    // Then the sentence on the topic (no recommendation, so not in the outline), cited after the outline's passages.
    const quote = /"Data centers will need far more electricity within five years\." \[(\d+)\]/.exec(text);
    expect(quote).not.toBeNull();
    expect(text.indexOf('Workforce')).toBeLessThan(quote!.index);
    expect(answer.sources.map((s) => s.n)).toEqual(answer.sources.map((_, i) => i + 1));
    expect(answer.sources[Number(quote![1]) - 1]?.text).toContain('within five years');
  });

  it('does not quote again under the topic what the outline already shows', async () => {
    const text = answerText(await fx.service.ask('What topics does Beacon AI Lab want addressed, and what should export controls also cover?'));
    expect(text).toContain('Energy for Data Centers');
    expect(text.split('equipment used to make such chips').length - 1).toBe(1);
  });

  it('answers the topic alone, without the outline, when no part asks for the main points', async () => {
    const text = answerText(await fx.service.ask('What should export controls also cover, according to Beacon AI Lab?'));
    expect(text).toContain('equipment used to make such chips');
    expect(text).not.toContain('Energy for Data Centers');
  });
});
