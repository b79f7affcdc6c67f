/**
 * A thing the question names by another of its names ("power lines" for transmission lines): the
 * answer says which name the submission writes, and quotes first where it writes the whole name.
 */
import { describe, expect, it } from 'vitest';
import { useAnswerService, type Doc } from '../support/answer-corpus.js';

const filler = (topic: string) => `${`Our members work on ${topic} in many states, and they follow the federal rules closely. `.repeat(10)}`;

const DOCS: Doc[] = [
  {
    id: 'Grid-Partners-AI-RFI-2025',
    name: 'Grid Partners',
    category: 'non-profit',
    text: `Transmission planning takes years, and the queues keep growing.\n\n${filler('grid planning')}\n\nTransmission queues in the West are the longest in the country.\n\n${filler('interconnection')}\n\nWe ask the Administration to raise the capacity of existing transmission lines with new sensors.\n`,
  },
  { id: 'Harbor-Software-AI-RFI-2025', name: 'Harbor Software', category: 'private-sector', text: `Harbor Software sells accounting tools that give small firms more power over their books.\n\n${filler('accounting')}\n` },
  { id: 'Harbor-Health-Plans-AI-RFI-2025', name: 'Harbor Health Plans', category: 'non-profit', text: `Harbor Health Plans covers patients in three states and asks for privacy rules that fit health data.\n\n${filler('coverage')}\n` },
  // Others, so that a word in one passage weighs as a rare word does, and "lines" is commoner than "transmission".
  ...['Lakeside Clinic', 'Summit College', 'Valley Farmers'].map((name, i): Doc => ({ id: `${name.replace(' ', '-')}-AI-RFI-2025`, name, category: i === 1 ? 'academia' : 'non-profit', text: `${name} writes about its work along several lines, and its members stand in long lines at every office.\n\n${filler(['patients', 'students', 'harvests'][i]!)}\n` })),
];

describe('another name of the thing asked about', () => {
  const answers = useAnswerService(DOCS);

  it('is said, with a yes to a yes-or-no question, and quoted where the whole name stands', async () => {
    const answer = await answers.service.ask('Did Grid Partners say anything about power lines?');
    expect(answer.text).toMatch(/^Yes, in other words — Grid Partners's submission writes ‘transmission lines’ for ‘power lines’:/);
    // The sentence that holds the whole other name, not only the first that holds its rarest word ("Transmission planning takes years").
    expect(answer.text).toContain('capacity of existing transmission lines');
    expect(answer.citations?.verified).toBe(answer.citations?.total);
  });

  it('a submitter whose own name ends in a word for a document ("Plans") is named by it, not read as a plan', async () => {
    for (const question of ['Did Harbor Health Plans (HHP) discuss privacy?', 'What did Harbor Health Plans say about privacy?']) {
      expect(answers.service.analyzer.analyze(question).named.map((n) => n.alias), question).toEqual(['harbor health plans']);
      expect((await answers.service.ask(question)).text, question).toContain('asks for privacy rules that fit health data');
    }
  });

  it('proves nothing absent where no name of it is written', async () => {
    expect((await answers.service.ask('Did Harbor Software say anything about power lines?')).text).toMatch(/^No — Harbor Software's submission does not mention power lines/);
  });
});
