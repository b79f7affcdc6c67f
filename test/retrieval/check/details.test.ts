/** The details a claim can get wrong (figures, comparisons, directions, quantifiers, negations), in English and Chinese claims. */
import { describe, expect, it } from 'vitest';
import { claimDetails, differences, quantitiesOf, unstated } from '../../../src/retrieval/check/details.js';
import { agrees, sameMeasure } from '../../../src/retrieval/check/quantities.js';

const one = (text: string) => {
  const found = quantitiesOf(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('quantities', () => {
  it.each([
    ['We are investing $83 billion', 83e9, 'usd'],
    ['$50B in new fabs', 50e9, 'usd'],
    ['to add 12.5 GW by then', 12.5e9, 'w'],
    ['nearly 2,000 gigawatts of projects', 2e12, 'w'],
    ['37% of companies', 37, '%'],
    ['only half of companies offered it', 50, '%'],
    ['operating above 10^17 FLOP/s', 1e17, 'flops'],
    ['by 2030', 2030, 'year'],
    ['lead times exceeding three years', 3, 'year-span'],
    ['demand has doubled', 2, 'times'],
  ])('%s → %d %s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it.each([
    ['兩成的企業', 20, '%'],
    ['只有一半的企業', 50, '%'],
    ['百分之十二', 12, '%'],
    ['約有 200 吉瓦的項目', 200e9, 'w'],
    ['在 2030 年前', 2030, 'year'],
    ['830億美元', 83e9, 'usd'],
    ['十萬', 1e5, ''],
  ])('%s → %d %s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it('reads what a bare count counts, in English and through the glossary for Chinese', () => {
    expect(one('scrap two existing rules for every new one').counts).toEqual(['exist', 'rule']);
    expect(one('power 10 million homes').counts).toEqual(['home']);
    expect(one('與一萬兩千名農民合作')).toMatchObject({ value: 12_000, counts: expect.arrayContaining(['farmer']) });
  });

  it('leaves out codes and names that hold digits', () => {
    expect(quantitiesOf('the H20 underperforms H100s; Q7 and 18A nodes')).toEqual([]);
    expect(quantitiesOf('H20 晶片和 H100 一樣好')).toEqual([]);
  });

  it('agrees across scales, units and scripts; an estimate loosely', () => {
    expect(agrees(one('$83B'), one('$83 billion'))).toBe(true);
    expect(agrees(one('2 TW'), one('2,000 gigawatts'))).toBe(true);
    expect(agrees(one('兩成'), one('20%'))).toBe(true);
    expect(agrees(one('一萬兩千名農民'), one('12,000 farmers'))).toBe(true);
    expect(agrees(one('about half of firms'), one('47%'))).toBe(true);
    expect(agrees(one('half of firms'), one('30%'))).toBe(false);
    expect(agrees(one('$50 billion'), one('$20 billion'))).toBe(false);
    expect(agrees(one('in 2026'), one('in 2027'))).toBe(false);
  });

  it('the same measure: a unit, or for bare counts the same thing counted', () => {
    expect(sameMeasure(one('two existing rules'), one('10 existing regulations'))).toBe(true);
    expect(sameMeasure(one('two existing rules'), one('10 staff members'))).toBe(false);
    expect(sameMeasure(one('$50 billion'), one('$20 billion'))).toBe(true);
    expect(sameMeasure(one('in 2030'), one('in 1990'))).toBe(false);
  });
});

describe('differences', () => {
  it('a changed number, in English and in a Chinese claim', () => {
    expect(differences('Duke Energy said it would power about 5 million homes.', "That's enough to power 10 million homes.")).toEqual([{ kind: 'number', claim: '5 million', passage: '10 million' }]);
    expect(differences('ICBA cited an order to scrap two existing rules for every new one.', 'eliminate 10 existing regulations for every new regulation')).toEqual([{ kind: 'number', claim: 'two', passage: '10' }]);
    expect(differences('ControlAI wants a licence above 10^20 FLOP/s.', 'Required for data centres operating above 10^17 FLOP/s.')).toEqual([{ kind: 'number', claim: '10^20 FLOP/s', passage: '10^17 FLOP/s' }]);
    expect(differences('Chamber of Progress 指出，約有 200 吉瓦的太陽能和風能項目在排隊。', 'Nearly 2,000 gigawatts of solar, wind, and storage projects are awaiting interconnection.')).toEqual([
      { kind: 'number', claim: '200吉瓦', passage: '2,000 gigawatts' },
    ]);
  });

  it('a figure in the same unit about something else is no difference', () => {
    expect(differences('Acme said its emissions fell 30% last year.', 'Our emissions fell last year. About 12% of our staff now work on AI.')).toEqual([]);
    expect(differences('Acme said its emissions fell 30% last year.', 'Our emissions fell 12% last year.')).toEqual([{ kind: 'number', claim: '30%', passage: '12%' }]);
  });

  it('a figure stated anywhere in the passage agrees, though the quoted sentence gives another', () => {
    const context = 'We will add 12.5 GW by 2030. Our neighbours add 3 GW.';
    expect(differences('It plans to add 12.5 GW.', 'Our neighbours add 3 GW.', { context })).toEqual([]);
  });

  it('a changed comparison ("as good as" / "underperforms"), in English and Chinese; the same comparison read the other way round is no difference', () => {
    const passage = 'The H20 underperforms H100s for initial training but remains useful for inference.';
    expect(differences('Anthropic said the H20 is as good as the H100 for training.', passage)).toEqual([{ kind: 'comparison', claim: 'as good as', passage: 'underperforms' }]);
    expect(differences('Anthropic 說 H20 晶片在訓練上和 H100 一樣好', passage)).toEqual([{ kind: 'comparison', claim: '一样好', passage: 'underperforms' }]);
    expect(differences('Anthropic said the H100 outperforms the H20 for training.', passage)).toEqual([]);
    expect(differences('Anthropic said the H20 trails the H100 in training.', passage)).toEqual([]);
  });

  it('one thing for another, and a direction turned around', () => {
    expect(differences('It plans 4.5 GW of new coal-fired generation.', 'The plan includes 4.5 GW of natural gas - fired power generation.')).toEqual([{ kind: 'direction', claim: 'coal-fired', passage: 'natural gas' }]);
    expect(differences('Cloudflare asked the government to restrict the global transfer of open-source models.', 'The government should permit the free global transfer of open-source models.')).toEqual([
      { kind: 'direction', claim: 'restrict', passage: 'permit' },
    ]);
    expect(differences('X wants export controls to exempt allies.', 'Export controls should exempt adversaries.')).toEqual([{ kind: 'direction', claim: 'allies', passage: 'adversaries' }]);
    // A negated side is the other side: "does not support" agrees with "opposes".
    expect(differences('X does not support a licensing regime for models.', 'We oppose a licensing regime for models.')).toEqual([]);
    // A passage that names the claim's side among others does not turn it around.
    expect(differences('微軟與 Constellation 簽約重啟三哩島核電廠，為資料中心供電。', 'Resources must be added to the grid, including nuclear and fusion, to serve data centers; Microsoft will restart Three Mile Island.')).toEqual([]);
    // A list in the claim is not contradicted by a passage that names part of it.
    expect(differences('約有 200 吉瓦的太陽能、風能項目', 'Nearly 200 gigawatts of solar, wind, and storage projects')).toEqual([]);
  });

  it('who is to act, and the month of a date', () => {
    const passage = 'The Action Plan should call for the Administration to file amicus briefs in support of fair use.';
    expect(differences('The library groups want Congress to file amicus briefs in support of fair use.', passage)).toEqual([{ kind: 'actor', claim: 'Congress', passage: 'the Administration' }]);
    expect(differences('圖書館協會希望國會提交支持合理使用的法庭之友意見書。', passage)).toEqual([{ kind: 'actor', claim: '国会', passage: 'the Administration' }]);
    expect(differences('The library groups want the White House to file amicus briefs in support of fair use.', passage)).toEqual([]);
    expect(differences('Anthropic said it released Claude 3.7 Sonnet in March 2025.', 'In February 2025, we released Claude 3.7 Sonnet.')).toEqual([{ kind: 'date', claim: 'March', passage: 'February' }]);
    expect(differences('Anthropic 表示於 2025 年 2 月發布 Claude 3.7 Sonnet。', 'In February 2025, we released Claude 3.7 Sonnet.')).toEqual([]);
  });

  it('a quantifier and "only"', () => {
    expect(differences('X said all companies should disclose training data.', 'Some companies should disclose training data.')).toEqual([{ kind: 'quantifier', claim: 'all', passage: 'Some' }]);
    expect(differences('X said only universities should get the compute.', 'Not only universities should get the compute.')).toEqual([{ kind: 'only', claim: 'only', passage: 'Not only' }]);
  });

  it('a negation on one side only, in English and Chinese', () => {
    const passage = 'New large loads should be allowed, but not be required, to bring their own generation.';
    expect(differences('Vistra argued that new large loads should be required to bring their own generation.', passage)).toEqual([{ kind: 'negation', claim: 'required', passage: 'not be required' }]);
    expect(differences('Vistra 認為新的大型資料中心應被要求自備發電', passage)).toEqual([{ kind: 'negation', claim: '要求', passage: 'not be required' }]);
    expect(differences('Vistra 認為新的大型資料中心不應被要求自備發電', passage)).toEqual([]);
    expect(differences('Bloom said fuel cells are eligible for the ITC.', 'A regulation made fuel cells ineligible for the ITC.')).toEqual([{ kind: 'negation', claim: 'eligible', passage: 'ineligible' }]);
  });

  it('a line break inside a sentence (PDF text) keeps a negation with its word', () => {
    const passage = 'Our economy relies on 50 -year-old infrastructure that cannot \nmeet the increasing electricity demands driven by AI.';
    expect(differences("Microsoft said America's 50-year-old infrastructure cannot meet the rising electricity demand.", passage)).toEqual([]);
    expect(differences('Microsoft said the infrastructure can easily meet the rising electricity demand.', passage)).toEqual([{ kind: 'negation', claim: 'meet', passage: 'cannot meet' }]);
  });

  it('a faithful paraphrase differs in nothing', () => {
    expect(differences('Anthropic 預計強大的 AI 將在 2026 年底或 2027 年初出現', 'We expect powerful AI systems will emerge as soon as late 2026 or 2027.')).toEqual([]);
    expect(differences('SHRM 指出，只有一半的企業為員工提供再培訓。', 'Only 50% of companies reported offering upskilling and reskilling opportunities.')).toEqual([]);
    expect(differences('PepsiCo worked with more than 12,000 farmers in 2024.', 'In 2024, PepsiCo worked with over 12,000 farmers across the United States.')).toEqual([]);
    expect(differences('百事公司表示，2024 年它與超過一萬兩千名農民合作。', 'In 2024, PepsiCo worked with over 12,000 farmers across the United States.')).toEqual([]);
    expect(
      differences(
        'The nuclear lobby says uprates and restarts would add about as much power as six big new reactors.',
        'Our fleet is pursuing 3 GW of power uprates, and 3 GW of plant re-starts, the equivalent of adding approximately six large light-water-reactors to the grid.',
      ),
    ).toEqual([]);
  });
});

describe('details a passage does not state', () => {
  it('a figure, a marked word and a negation the passage leaves out, as the claim writes them', () => {
    expect(unstated(claimDetails('X said only the H100 should be controlled.'), 'The H100 should be controlled.')).toEqual(['only']);
    expect(unstated(claimDetails('X said all models need audits by 2027.'), 'Models need audits.')).toEqual(['2027', 'all']);
    expect(unstated(claimDetails('X 認為所有模型都需要審計'), 'Models need audits.')).toEqual(['所有']);
    expect(unstated(claimDetails('X said models should never be released without audits.'), 'Models should be audited before release.')).toEqual(['never be released', 'without audits']);
  });

  it('a word of support needs none, and the names of who says it mark nothing', () => {
    expect(unstated(claimDetails('X supports audits of frontier models.'), 'We recommend audits of frontier models.')).toEqual([]);
    expect(unstated(claimDetails('Open Source Initiative said the code must be published.', ['Open Source Initiative']), 'The code must be published.')).toEqual([]);
  });
});
