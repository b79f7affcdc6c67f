import { describe, expect, it } from 'vitest';
import { englishPieces, mentionedIn, mentioningDocs, type MentionIndex } from '../../../src/retrieval/evidence/mentions.js';
import { terms } from '../../../src/retrieval/text/tokenize.js';

/** A mention index over a few one-chunk documents. */
function indexOf(texts: string[]): MentionIndex {
  const sequences = texts.map((t) => terms(t));
  const vocabulary = [...new Set(sequences.flat())].sort();
  return {
    chunksWith: (term) => Int32Array.from(sequences.flatMap((s, i) => (s.includes(term) ? [i] : []))),
    termsWithPrefix: (prefix, extra) => vocabulary.filter((t) => t.startsWith(prefix) && t.length <= prefix.length + extra),
    termsWithSuffix: (suffix, extra) => vocabulary.filter((t) => t.endsWith(suffix) && t.length <= suffix.length + extra),
    docOfChunk: (chunk) => chunk,
    sentences: (chunk) => [{ text: texts[chunk]!, start: 0, end: texts[chunk]!.length, sequence: sequences[chunk]! }],
  };
}

const thing = (question: string) => mentionedIn(englishPieces(question), new Set(terms(question)), () => 1, () => false, true)!;

describe('what a count or list is about', () => {
  it('is the name without a generic word after it, and a bracketed other name', () => {
    expect(thing('the Stargate project').alternatives).toEqual([['stargat']]);
    expect(thing('the Manhattan Project').alternatives).toEqual([['manhattan', 'project']]);
    expect(thing('the CHIPS Act (the CHIPS and Science Act)').alternatives).toEqual([['chip', 'act'], ['chip', 'scienc', 'act']]);
  });

  it('is what is owned when it names something, and its owner when what is owned is only a word for a kind of thing', () => {
    const idf = (t: string) => ({ peopl: 1.5, republ: 5, googl: 4, overview: 2.5, biden: 5.5, execut: 3.2, order: 3.1, '14110': 6.3, colorado: 6.2, state: 2.1, ai: 0.2, law: 1.9, tennesse: 6.3, elvi: 7.8, act: 3.1 })[t] ?? 0;
    const owned = (question: string) => mentionedIn(englishPieces(question), new Set(terms(question)), idf, () => false, true)!;
    expect(owned("Biden's Executive Order 14110").alternatives[0]).toEqual(['execut', 'order', '14110']);
    expect(owned("Tennessee's ELVIS Act").label).toBe('ELVIS Act');
    expect(owned("Google's AI Overview").label).toBe('AI Overview');
    expect(owned("Colorado's state AI law").alternatives).toEqual([['colorado']]);
    expect(owned("Colorado's state AI law").label).toBe('Colorado');
    // A common word's possessive is part of a name: "People's Republic".
    expect(owned("the People's Republic of China").alternatives[0]).toEqual(['peopl', 'republ']);
  });

  it('is not a list of examples in brackets', () => {
    expect(thing('nuclear (power, weapons, whatever)').alternatives).toEqual([['nuclear']]);
    expect(thing('robots (e.g. drones)').alternatives).toEqual([['robot']]);
  });

  it('is the first clause that names something, not its description after a comma', () => {
    expect(thing('CMMC, the Pentagon’s cybersecurity certification for defense contractors').alternatives).toEqual([['cmmc']]);
  });

  it('is not a name nearly every submission uses ("AI"), where another thing is named', () => {
    const idf = (t: string) => (t === 'ai' ? 0.2 : ['radiolog'].includes(t) ? 5 : 0);
    const found = mentionedIn(englishPieces('discussed AI in radiology'), new Set(terms('AI radiology')), idf, () => false, true)!;
    expect(found.alternatives).toEqual([['radiolog']]);
    // Alone, it is still what is counted.
    expect(mentionedIn(englishPieces('discussed AI'), new Set(terms('AI')), idf, () => false, true)!.alternatives).toEqual([['ai']]);
  });

  it('writes two words as one, and one word as two, where the corpus does ("health care", "cybersecurity")', () => {
    const idf = (t: string) => ({ health: 3.2, care: 3.4, healthcar: 3.3, cybersecur: 3.5, cyber: 4.4, secur: 2.2, action: 2, plan: 1.5, actionplan: 9 })[t] ?? 0;
    const of = (text: string) => mentionedIn(englishPieces(text), new Set(terms(text)), idf, () => false, true)!.alternatives;
    expect(of('health care')).toEqual([['health', 'care'], ['healthcar']]);
    expect(of('cybersecurity')).toEqual([['cybersecur'], ['cyber', 'secur']]);
    // A joined form much rarer than its words is a link's, not the word's.
    expect(of('action plan').flat()).not.toContain('actionplan');
  });

  it('keeps the word for submitters where the rest alone names no kind of them ("small businesses")', () => {
    const idf = (t: string) => ({ small: 2.9, busi: 2, fuel: 4.5, cell: 6.2, maker: 4 })[t] ?? 0;
    expect(mentionedIn(englishPieces('small businesses'), new Set(terms('small businesses')), idf, () => false, true)!.alternatives).toEqual([['small', 'busi']]);
    expect(mentionedIn(englishPieces('fuel cell makers'), new Set(terms('fuel cell makers')), idf, () => false, true)!.alternatives).toEqual([['fuel', 'cell']]);
  });

  it('counts a name beside a longer name of the same thing ("China" beside "People\'s Republic of China"), and the glossary\'s other names of an English phrase', () => {
    const idf = (t: string) => ({ china: 3, chines: 3.5, prc: 6, peopl: 2.5, republ: 6, export: 4, control: 2.5, restrict: 3 })[t] ?? 0;
    const zh = mentionedIn([['China', 'Chinese', 'PRC', "People's Republic of China"]], new Set(terms("China Chinese PRC People's Republic of China")), idf)!;
    expect(zh.alternatives).toContainEqual(['china']);
    const en = mentionedIn(englishPieces('export controls'), new Set(terms('export controls')), idf, () => false, true)!;
    expect(en.alternatives).toContainEqual(['export', 'restrict']);
  });

  it('writes a compound apart too', () => {
    expect(thing('DeepSeek').alternatives).toEqual(expect.arrayContaining([['deepseek'], ['deep', 'seek']]));
  });

  it('takes the glossary’s other names of a country or organisation, as a Chinese question does', () => {
    expect(thing('China').alternatives).toEqual(expect.arrayContaining([['china'], ['chines'], ['prc']]));
  });
});

describe('which submissions mention it', () => {
  const index = indexOf(['We cite the Manhattan Project often.', 'A hackingManhattan Project of a kind.', 'Manhattan is a city; the project is elsewhere.', 'Open-source AI models help everyone.', 'See nairrpilot.org for the pilot.']);

  it('counts a one-word thing in a passage whose sentence was too short to keep ("A.I. is like nuclear energy.")', () => {
    const texts = ['Nuclear power can run data centers around the clock.', 'is like nuclear energy.', 'Solar farms need land.'];
    const index = { ...indexOf(texts), sentences: (chunk: number) => (chunk === 1 ? [] : indexOf(texts).sentences(chunk)) };
    expect([...mentioningDocs(index, { label: 'nuclear', alternatives: [['nuclear']] }).keys()].sort()).toEqual([0, 1]);
    // A phrase still needs its words side by side in a sentence.
    expect([...mentioningDocs(index, { label: 'nuclear energy', alternatives: [['nuclear', 'energi']] }).keys()]).toEqual([]);
  });

  it('needs a name’s words side by side, even run into the word before it', () => {
    expect([...mentioningDocs(index, thing('the Manhattan Project')).keys()].sort()).toEqual([0, 1]);
  });

  it('lets a plain phrase have a word between its words', () => {
    expect([...mentioningDocs(index, thing('open-source models')).keys()]).toEqual([3]);
  });

  it('finds a one-word name inside a longer word', () => {
    expect([...mentioningDocs(index, { label: 'NAIRR', alternatives: [['nairr']] }).keys()]).toEqual([4]);
  });

  it('finds a visa class with its letter for the class without ("O-1A visa" for "O-1 visa"), and never another letter’s class', () => {
    const visas = indexOf([
      'The O-1A visa is uncapped.',
      'We use the O-1 visa for researchers.',
      'Holders of the O\uE0881 visa may have dual intent.',
      'Over 10 visa categories exist.',
      'The 1B visa does not exist.',
      'The H-1B visa has a lottery.',
      'Students hold the F-1 visa.',
    ]);
    expect([...mentioningDocs(visas, thing('the O-1 visa')).keys()].sort()).toEqual([0, 1, 2]);
    expect([...mentioningDocs(visas, thing('the H-1B visa')).keys()]).toEqual([5]);
  });
});
