/** Absence claims: the cue, what is said to be missing, and the forms it is looked for in. */
import { describe, expect, it } from 'vitest';
import { absenceOf, absentTopic, withGlossaryForms } from '../../../src/retrieval/check/absence.js';
import { sameWord } from '../../../src/retrieval/text/word-forms.js';
import type { TopicGroup } from '../../../src/retrieval/question/topic.js';

describe('absence claims', () => {
  it.each([
    ['Microsoft did not discuss export controls', 'export controls'],
    ["The Family Research Council's comment never mentions copyright.", 'copyright'],
    ["Mount Sinai's comment didn't say anything about export controls.", 'export controls'],
    ["SecureBio's comment does not address energy or the power needs of data centers.", 'energy or the power needs of data centers'],
    ['The Association of American Universities said nothing about immigration.', 'immigration'],
    ["Cloudflare's submission didn't touch on export controls at all.", 'export controls'],
    ['Google was silent on the issue of energy', 'energy'],
    ['OpenAI made no mention of copyright in its comment', 'copyright'],
    ['Microsoft ignored export controls in its submission', 'export controls'],
    ["Export controls are not mentioned in Microsoft's comment", 'Export controls'],
    ['Palantir failed to address privacy, which critics noted', 'privacy'],
    ["Copyright went unmentioned in Palantir's comment", 'Copyright'],
    ["Nowhere in its comment does Palantir mention copyright", 'copyright'],
    ["Palantir's filing lacks any mention of copyright", 'copyright'],
    ["Palantir's filing made no reference to copyright", 'copyright'],
  ])('%s → %s', (claim, object) => {
    expect(absenceOf(claim)).toEqual({ object });
  });

  it.each([
    ['沃爾沃集團的意見書完全沒有提到中國。', '中国'],
    ['SEMI 的意見書沒有談到移民政策。', '移民政策'],
    ['美國兒科學會（AAP）的意見完全沒有提到深偽（deepfake）。', '深伪（deepfake）'],
    ['Microsoft 對出口管制隻字未提', '出口管制'],
    ['微软的意见书中没有任何关于出口管制的内容', '出口管制'],
    ['微軟忽略了能源問題', '能源'],
    ['出口管制一詞從未出現在微軟的意見書中', '出口管制'],
    ['在微軟的意見書中找不到任何關於出口管制的內容', '出口管制'],
  ])('%s → %s', (claim, object) => {
    expect(absenceOf(claim)).toEqual({ object });
  });

  it.each([
    'Anthropic said the H20 is as good as the H100',
    'Vistra argued that Congress has not addressed permitting',
    'Vistra said data centers should not be required to bring their own generation',
    'Vistra 表示聯邦政府沒有處理電網問題',
    'Quantum Chips 說出口管制應該涵蓋 H20',
    "Palantir's proposal does not include a licensing regime for models",
    'Palantir did not call for a ban on facial recognition',
  ])('no absence claim: %s', (claim) => {
    expect(absenceOf(claim)).toBeUndefined();
  });

  it("keeps only the missing thing's groups, a concept's words together", () => {
    const group = (term: string): TopicGroup => ({ label: term, forms: [term], alternatives: [[term]] });
    const [never, energi, power, need, data, center] = ['never', 'energi', 'power', 'need', 'data', 'center'].map(group) as [TopicGroup, TopicGroup, TopicGroup, TopicGroup, TopicGroup, TopicGroup];
    const question = {
      language: 'en' as const,
      groups: [never, energi, power, need, data, center],
      concepts: [
        { label: 'never', groups: [never] },
        { label: 'energy', groups: [energi] },
        { label: 'power needs', groups: [power, need] },
        { label: 'data centers', groups: [data, center] },
      ],
    };
    const topic = absentTopic(question, { object: 'energy or the power needs of data centers' });
    expect(topic.concepts.map((c) => c.label)).toEqual(['energy', 'power needs', 'data centers']);
    // "power needs": both words, within two neighbouring sentences.
    expect(topic.concepts[1]!.groups.map((g) => g.alternatives[0])).toEqual([['power'], ['need']]);
    // "data centers" is one expression to the glossary, with its other forms ("data centre", "datacenter").
    expect(topic.concepts[2]!.groups).toHaveLength(1);
    expect(topic.concepts[2]!.groups[0]!.alternatives).toEqual(expect.arrayContaining([['data', 'center'], ['data', 'centr'], ['datacent']]));
  });

  it('widens a group only with glossary forms of the same words', () => {
    const electricity = withGlossaryForms({ label: 'electricity', forms: ['electricity'], alternatives: [['electr']] });
    expect(electricity.alternatives).not.toContainEqual(['power']);
    const exports = withGlossaryForms({ label: 'export controls', forms: ['export controls'], alternatives: [['export', 'control']] });
    expect(exports.alternatives).toContainEqual(['export', 'restrict']);
  });

  it('a form the index relates to a word is the same word only by an ending', () => {
    expect(sameWord('discrimin', 'discriminatori')).toBe(true);
    expect(sameWord('american', 'america')).toBe(true);
    expect(sameWord('electr', 'electron')).toBe(false);
    expect(sameWord('electr', 'elect')).toBe(false);
  });
});
