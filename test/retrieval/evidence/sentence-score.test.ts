/** Scoring sentences against a question: phrase and proximity, asked-for kind of thing, parts, noise. */
import { describe, expect, it } from 'vitest';
import { bestWindow, profileQuestion, scoreSentences } from '../../../src/retrieval/evidence/sentence-score.js';
import { answerTypes, countedThing } from '../../../src/retrieval/question/answer-type.js';
import { terms } from '../../../src/retrieval/text/tokenize.js';
import { questionParts } from '../../../src/retrieval/question/parts.js';
import { topicTermsOf } from '../../../src/retrieval/question/topic.js';

const profileOf = (question: string, extra: Partial<Parameters<typeof profileQuestion>[0]> = {}) => {
  const topic = topicTermsOf(question);
  return profileQuestion({ ownTerms: topic, weightOf: () => 1, types: answerTypes(question), questionText: question, parts: questionParts(question, 'en', topic), ...extra });
};
const scores = (text: string, question: string) => scoreSentences(text, profileOf(question)).map((s) => ({ text: s.text, score: s.score }));

describe('sentence scores', () => {
  it('rank the sentence with the question’s words side by side, in order, above one with them scattered', () => {
    const [scattered, phrase] = scores(
      'Our office staff were the first to notice that American users liked it. The first American office opened in a rented room downtown.',
      'When did the first American office open?',
    );
    expect(phrase!.score).toBeGreaterThan(scattered!.score);
  });

  it('add for the asked-for kind of thing, but not for a figure the question already holds', () => {
    const question = 'What share of electricity could data centers use by 2030?';
    const [withFigure, withoutFigure, questionYear] = scores(
      'Data centers could use 9.1 percent of electricity by 2030. Data centers will use more electricity by then, people say. Data centers could use electricity by 2030.',
      question,
    );
    expect(withFigure!.score).toBeGreaterThan(withoutFigure!.score);
    expect(withFigure!.score).toBeGreaterThan(questionYear!.score);
  });

  it('score a sentence that answers one part of a several-part question on that part', () => {
    const question = 'What did the report say about water? And how many gallons per kilowatt-hour do cooling towers use?';
    const profile = profileOf(question);
    expect(profile.parts.length).toBe(2);
    const [part] = scoreSentences('Cooling towers use up to 2.4 gallons per kilowatt-hour in hot weather.', profile);
    const [whole] = scoreSentences('Cooling towers use up to 2.4 gallons per kilowatt-hour in hot weather.', profileOf(question, { parts: [] }));
    expect(part!.score).toBeGreaterThan(whole!.score);
  });

  it('read other forms of a term as the term ("rocket" for "rocketry")', () => {
    const question = 'Which show about rocketry did he work on?';
    const withForms = profileOf(question, { variantsOf: (t) => (t === 'rocketri' ? ['rocket'] : []), weightOf: (t) => (t === 'rocketri' ? 0 : 1) });
    const [sentence] = scoreSentences('I worked on a television show called Strange Angel, about the start of rocket science.', withForms);
    expect(sentence!.terms.has('rocketri')).toBe(true);
  });

  it('count a reference-list entry for little', () => {
    const question = 'What did the Manhattan Project cost?';
    const [reference, prose] = scores(
      '17 The Manhattan Project: The race to build the atomic bomb 18 Stocks update 19 The Manhattan Project history 20 Model catalog (arxiv.org). The Manhattan Project cost about $2 billion at the time.',
      question,
    );
    expect(prose!.score).toBeGreaterThan(reference!.score);
  });

  it('find the best window of neighbouring sentences', () => {
    const profile = profileOf('Which senator introduced the procurement bill?');
    const sentences = scoreSentences('An unrelated opening sentence about other matters entirely. The procurement bill matters to every buyer. It was introduced by Senator Jane Rivera last year.', profile);
    const window = bestWindow(sentences, profile);
    expect(window.first).toBe(1);
  });
});

describe('counting a thing and footnotes', () => {
  it('a number right before what a "how many" question counts answers it', () => {
    const question = 'How many county governments does the association speak for?';
    const profile = profileOf(question, { counted: countedThing(question, terms) });
    const [pattern, other] = scoreSentences('It is the only organisation representing 3,069 county governments. The association speaks for governments in 48 states.', profile);
    expect(pattern!.score).toBeGreaterThan(other!.score);
  });

  it('the counted thing is the noun the words after "how many" end with, with the glossary\'s other words for it', () => {
    const question = 'How many transparency-focused AI rules do the authors put forward?';
    const counted = countedThing(question, terms);
    expect(counted.slice(0, 2)).toEqual(['rule', 'regul']);
    expect(countedThing('How many companies submitted comments?', terms)[0]).toBe('compani');
    const profile = profileOf(question, { counted });
    const [pattern, other] = scoreSentences('In a recent paper we outline 15 evidence-seeking AI regulations for developers. Transparency-focused AI rules were debated by 3 panels of authors.', profile);
    expect(pattern!.features.counting).toBe(1);
    expect(other!.features.counting).toBe(0);
  });

  it.each([
    ['a year or a list item\'s number', 'How many AI rules do the authors put forward?', 'In 2024 rules on AI multiplied across the states. 12. Rules on documentation should apply to developers. We outline 15 evidence-seeking AI rules.'],
    ['a number that names something ("Bill No. 2338 of 2023", "Section 230")', 'How many AI regulations do the authors propose?', 'Brazil passed Bill No. 2338 of 2023 on regulations for AI. Section 230 regulations shield platforms. We outline 15 evidence-seeking AI regulations.'],
  ])('%s before the thing is no count of it', (_what, question, text) => {
    const profile = profileOf(question, { counted: countedThing(question, terms) });
    expect(scoreSentences(text, profile).map((s) => s.features.counting)).toEqual([0, 0, 1]);
  });

  it('a sum of money asked for is marked on the sentences that hold one, but weighs no more than any figure in the score', () => {
    const question = 'What cost range did the federation give for small businesses to adopt AI?';
    const profile = profileOf(question);
    expect(profile.money).toBe(true);
    const [dollars, plain] = scoreSentences('Small businesses face AI adoption costs from $5,000 to $500,000. Small businesses face AI adoption costs in 3 to 12 months.', profile);
    expect(dollars!.types.has('money')).toBe(true);
    expect(plain!.types.has('money')).toBe(false);
    expect(dollars!.features.types).toBe(plain!.features.types);
  });

  it('a footnote line counts for little', () => {
    const [footnote, prose] = scores('32 The National Council, Addressing the Shortage of Power Transformers (June 2024). We urge Congress to fund the production of power transformers.', 'What did they say about power transformers?');
    expect(prose!.score).toBeGreaterThan(footnote!.score);
  });

  it('count the other words for one concept once (成立: founded, established, created), so that the asked-for year decides', () => {
    const question = 'Thorn 是哪一年成立的？';
    const alternatives = ['found', 'establish', 'creat'];
    const text = 'The group established a standard for the models that created the images. Founded in 2012, the organization equips investigators.';
    const profile = (synonyms?: string[][]) =>
      profileQuestion({ ownTerms: alternatives, weightOf: () => 1, total: 1, types: answerTypes(question), questionText: question, ...(synonyms ? { synonyms } : {}) });
    const [twoWords, founded] = scoreSentences(text, profile([alternatives]));
    expect(twoWords!.coverage).toBe(1);
    expect(founded!.coverage).toBe(1);
    expect(founded!.score).toBeGreaterThan(twoWords!.score);
    // Read as three concepts, the sentence with two of the words held "twice the topic" and won.
    const [asThree, foundedAsThree] = scoreSentences(text, profile());
    expect(asThree!.score).toBeGreaterThan(foundedAsThree!.score);
  });
});
