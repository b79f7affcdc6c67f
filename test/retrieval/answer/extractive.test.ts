import { describe, expect, it } from 'vitest';
import { chooseSentences, extractiveAnswer } from '../../../src/retrieval/answer/extractive.js';
import { displayQuote, sentencesOf } from '../../../src/retrieval/answer/sentences.js';
import { verifyCitations } from '../../../src/retrieval/answer/verify.js';
import type { Candidate } from '../../../src/retrieval/evidence/gather.js';
import { profileQuestion, scoreSentences } from '../../../src/retrieval/evidence/sentence-score.js';
import { answerTypes } from '../../../src/retrieval/question/answer-type.js';
import { topicTermsOf } from '../../../src/retrieval/question/topic.js';
import type { Source } from '../../../src/retrieval/types.js';

const source = (n: number, docId: string, submitter: string, text: string, start = 0): Source => ({
  n, docId, submitter, category: 'Private Sector', page: null, url: `https://example.test/${docId}.pdf`,
  text, score: 1, start, end: start + text.length, similarCount: 1, similarDocIds: [docId],
});

/** The question as the evidence stage profiles it (every term weighs 1), and the sources' scored sentences. */
function evidenceFor(question: string, sources: Source[]) {
  const profile = profileQuestion({ ownTerms: topicTermsOf(question), weightOf: () => 1, types: answerTypes(question), questionText: question });
  const candidates: Candidate[] = sources.flatMap((s, rank) => scoreSentences(s.text, profile).map((sentence) => ({ source: s, sentence, rank })));
  return { profile, candidates };
}

describe('extractive answers', () => {
  it('turns the source’s own footnote markers into elisions, so they are not taken for citations', () => {
    const text = 'Bloomberg tuned its internal model to help journalists write headlines and summaries [4]. Other text follows here.';
    expect(displayQuote(text)).toContain('summaries […].');
    const sources = [source(1, 'A', 'Acme', text)];
    const answer = extractiveAnswer({ ...evidenceFor('journalists headlines model', sources), heading: 'Quotes:' });
    const checked = verifyCitations(answer, sources);
    expect(checked.report.total).toBeGreaterThan(0);
    expect(checked.report.verified).toBe(checked.report.total);
  });

  it('quotes first the chosen sentence that leadWith asks for, and changes nothing else', () => {
    const text = 'Data centers will need enormous power, and power for data centers must grow every year. The weather was mild that year in the capital city and elsewhere. Nuclear power is part of the answer.';
    const sources = [source(1, 'A', 'Acme', text)];
    const evidence = evidenceFor('nuclear power for data centers', sources);
    const plain = extractiveAnswer({ ...evidence, heading: 'Q' });
    const led = extractiveAnswer({ ...evidence, heading: 'Q', leadWith: (c) => c.sentence.terms.has('nuclear') });
    const lines = (answer: string) => answer.split('\n').filter((l) => l.startsWith('"'));
    expect(lines(plain)[0]).toContain('Data centers will need enormous power');
    expect(lines(led)[0]).toContain('Nuclear power is part of the answer.');
    expect([...lines(led)].sort()).toEqual([...lines(plain)].sort());
  });

  it('gives every compared submitter a quote even when another one scores higher', () => {
    const strong = 'Schools need computer science teachers, computer science courses and computer science funding in every state.';
    const weak = 'Teachers should be consulted before schools adopt new tools in classrooms.';
    const sources = [source(1, 'A', 'Code group', strong), source(2, 'B', 'Teachers union', weak)];
    const evidence = evidenceFor('computer science schools teachers funding', sources);
    const without = extractiveAnswer({ ...evidence, heading: 'Q', maxQuotes: 1 });
    const withEnsure = extractiveAnswer({ ...evidence, heading: 'Q', maxQuotes: 1, ensureDocs: ['A', 'B'] });
    expect(without).not.toContain('Teachers union');
    expect(withEnsure).toContain('Teachers union');
    expect(withEnsure).toContain('Code group');
  });

  it('quotes nothing when no sentence carries the question’s words', () => {
    const sources = [source(1, 'A', 'Acme', 'An unrelated sentence about farming and irrigation methods in dry regions.')];
    expect(extractiveAnswer({ ...evidenceFor('quantum cryptography', sources), heading: 'Q' })).toBe('');
  });

  it('never quotes the same sentence twice, from two copies of a letter or from overlapping chunks', () => {
    const letter = 'Teachers need paid training time before AI tools become required in classrooms. Nothing else is asked here.';
    const copy = 'Teachers need paid training time before AI tools become req uired in classrooms. Nothing else is asked here.';
    const overlapping = source(3, 'A', 'Pat', letter.slice(0, 80), 0);
    const sources = [source(1, 'A', 'Pat', letter), source(2, 'B', 'Pat again', copy), overlapping];
    const words = new Map([['required', 50], ['req', 1], ['uired', 1]]);
    const chosen = chooseSentences({ ...evidenceFor('paid training time for teachers before AI tools are required', sources), heading: 'Q', wordFrequencies: words });
    expect(chosen).toHaveLength(1);
  });

  it('leads with the sentence that holds the asked-for kind of thing, not only the question’s words', () => {
    const sources = [
      source(1, 'A', 'Acme', 'The grant program for rural broadband matters a great deal to rural broadband users. The grant program received $40 million in 2024 for rural broadband.'),
    ];
    const answer = extractiveAnswer({ ...evidenceFor('How much money did the rural broadband grant program receive?', sources), heading: 'Q' });
    expect(answer.split('\n')[3]).toContain('$40 million');
  });
});

describe('displayed quotes', () => {
  it('re-join words the PDF extraction split, changing nothing but whitespace', () => {
    const frequencies = new Map([['comments', 500], ['com', 40], ['ents', 3], ['information', 900], ['inform', 60], ['ation', 10], ['m', 5]]);
    const original = 'Com m ents on the Request for Inform ation were due in March.';
    const shown = displayQuote(original, frequencies);
    expect(shown).toBe('Comments on the Request for Information were due in March.');
    expect(shown.replace(/\s/g, '')).toBe(original.replace(/\s/g, ''));
    const sources = [source(1, 'A', 'Acme', original)];
    expect(verifyCitations(`"${shown}" [1]`, sources).report).toEqual({ total: 1, verified: 1, removed: 0 });
  });

  it('show a number the PDF extraction split whole', () => {
    expect(displayQuote('facing expenses from $5,000 to over \n$500,00 0, depending on complexity', new Map([['facing', 30]]))).toContain('$500,000,');
  });
});

describe('sentences', () => {
  it('end at a heading line, which PDF text marks only by a short unpunctuated line', () => {
    const text = 'Maintaining the American\nAI lead\nExport controls on chips are critical policy instruments that slow adversaries.\nThe Department of Defense should buy commercial software by default and\nreview its rules every year.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'Export controls on chips are critical policy instruments that slow adversaries.',
      'The Department of Defense should buy commercial software by default and\nreview its rules every year.',
    ]);
  });

  it('do not end at an abbreviation', () => {
    const text = 'AI has the potential of replacing up to 60% of U.S. Jobs in transport and services. The next sentence starts here.';
    expect(sentencesOf(text)[0]!.text).toBe('AI has the potential of replacing up to 60% of U.S. Jobs in transport and services.');
  });

  it('do not end at the "v." of a case name or at an initial', () => {
    const text = 'Decisions including Alice Corp. v. CLS Bank International have created uncertainty. The court in Thaler v. Vidal held otherwise. A law signed by John F. Kennedy still applies here today.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'Decisions including Alice Corp. v. CLS Bank International have created uncertainty.',
      'The court in Thaler v. Vidal held otherwise.',
      'A law signed by John F. Kennedy still applies here today.',
    ]);
  });

  it('do not end inside a citation\'s court and year ("(Fed. Cir. 2022)") or another short bracket', () => {
    const text = 'In 2022, the Federal Circuit held that an AI-generated invention was unprotectable. Thaler v. Vidal, 43 F.4th 1207, 1210 (Fed. Cir. 2022). I was lead counsel (with Dr. Smith. And others) in this case.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'In 2022, the Federal Circuit held that an AI-generated invention was unprotectable.',
      'Thaler v. Vidal, 43 F.4th 1207, 1210 (Fed. Cir. 2022).',
      'I was lead counsel (with Dr. Smith. And others) in this case.',
    ]);
  });

  it('read text laid out one word per line as running sentences', () => {
    const words = 'Increase Title II funding by at least $500 million annually , with 20% allocated to professional development. Another sentence follows it.';
    const text = words.split(' ').join('\n \n');
    const first = sentencesOf(text)[0]!;
    expect(first.text.replace(/\s+/g, ' ')).toBe('Increase Title II funding by at least $500 million annually , with 20% allocated to professional development.');
  });

  it('split a very long sentence into pieces at clauses, losing none of it', () => {
    const clause = 'the association asks for more funding for teacher training in every state';
    const text = `${Array.from({ length: 8 }, () => clause).join(', ')}, and it asks about 50 students to comment too.`;
    const pieces = sentencesOf(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.text.length <= 420)).toBe(true);
    expect(pieces.at(-1)!.text).toContain('50 students');
    expect(pieces.map((p) => p.text).join(' ').replace(/[\s,]+/g, ' ')).toBe(text.replace(/[\s,]+/g, ' '));
  });
});
