import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkGlossary } from '../../../src/index-build/glossary-links.js';
import { loadRespondents } from '../../../src/index-build/metadata/respondents.js';
import { GLOSSARY, linkDigest } from '../../../src/retrieval/i18n/glossary.js';
import { otherNames, sameThingNames } from '../../../src/retrieval/i18n/thesaurus.js';
import { terms } from '../../../src/retrieval/text/tokenize.js';
import { parseGlossary } from '../../../src/retrieval/i18n/glossary-schema.js';
import { corpusDir, describeCorpus } from '../../support/corpus.js';
import { projectRoot } from '../../support/run-script.js';

const { organisations: ORGS, terms: TERMS, aliases: ENGLISH_ALIASES, functionWords: FUNCTION_WORDS } = GLOSSARY;

/** The data files as they are on disk. */
async function rawGlossary(): Promise<Record<string, unknown>> {
  const read = async (name: string) => JSON.parse(await fs.readFile(path.join(projectRoot, 'src/retrieval/i18n/glossary', `${name}.json`), 'utf8')) as unknown;
  return { organisations: await read('organisations'), aliases: await read('aliases'), terms: await read('terms'), functionWords: await read('function-words') };
}

describe('glossaries', () => {
  it('are large enough', () => {
    expect(ORGS.length).toBeGreaterThanOrEqual(300);
    expect(TERMS.length).toBeGreaterThanOrEqual(400);
    expect(ENGLISH_ALIASES.length).toBeGreaterThanOrEqual(100);
  });

  it('have no empty entries', () => {
    for (const o of ORGS) {
      expect(o.names.length, JSON.stringify(o)).toBeGreaterThan(0);
      for (const z of o.zh) expect(z.trim()).not.toBe('');
    }
    for (const t of TERMS) {
      expect(t.zh.length, JSON.stringify(t)).toBeGreaterThan(0);
      expect(t.en.length, JSON.stringify(t)).toBeGreaterThan(0);
    }
    for (const f of FUNCTION_WORDS) expect(f.trim()).not.toBe('');
    for (const a of ENGLISH_ALIASES) expect(a.names.length).toBeGreaterThan(0);
  });

  it('use Chinese keys with at least one Han character', () => {
    const han = /\p{Script=Han}/u;
    for (const t of TERMS) for (const z of t.zh) if (!/^[A-Za-z0-9 -]+$/.test(z)) expect(han.test(z), z).toBe(true);
  });

  it('are data files that pass their schema, with no corpus names in them', async () => {
    const raw = await rawGlossary();
    expect(parseGlossary(raw)).toEqual(GLOSSARY);
    // Which submitters an organisation is comes from the index, not from the glossary.
    expect(JSON.stringify(raw.organisations)).not.toMatch(/"submitter"/);
  });

  it('refuse a bad entry, saying where it is', async () => {
    const raw = await rawGlossary();
    const organisations = [...(raw.organisations as object[])];
    organisations[3] = { ...organisations[3], kind: 'planet' };
    expect(() => parseGlossary({ ...raw, organisations })).toThrow(/organisations\.3\.kind/);
    organisations[3] = { zh: ['某'], names: [' Padded '], kind: 'company' };
    expect(() => parseGlossary({ ...raw, organisations })).toThrow(/organisations\.3\.names\.0: empty, or spaces around it/);
    organisations[3] = { zh: ['某'], names: ['OpenAI'], kind: 'company' };
    expect(() => parseGlossary({ ...raw, organisations })).toThrow(/two organisations named "OpenAI"/);
  });

  it('have a link digest that changes with what links are derived from, not with the terms', () => {
    const digest = linkDigest();
    expect(linkDigest({ ...GLOSSARY, terms: GLOSSARY.terms.slice(1) })).toBe(digest);
    expect(linkDigest({ ...GLOSSARY, aliases: GLOSSARY.aliases.slice(1) })).not.toBe(digest);
    expect(linkDigest({ ...GLOSSARY, organisations: GLOSSARY.organisations.map((o, i) => (i === 0 ? { ...o, match: 'within' as const } : o)) })).not.toBe(digest);
  });
});

describeCorpus('the glossary against the corpus', () => {
  it('names submitters exactly as the NITRD respondent tables do', async () => {
    const table = await loadRespondents(path.join(corpusDir, 'source', 'links'));
    const rows = [...table.byDocId.values()];
    const names = new Set(rows.map((r) => r.name.trim()));
    expect(names.size).toBeGreaterThan(5000);
    const links = linkGlossary(GLOSSARY, rows.map((r) => ({ submitter: r.name, respondentName: r.name, category: r.category })));
    for (const list of [...Object.values(links.organisations), ...Object.values(links.aliases)]) for (const n of list) expect(names.has(n), n).toBe(true);
    expect(Object.keys(links.organisations).length).toBeGreaterThan(350);
    expect(links.organisations['Meta']).toEqual(['Meta Platforms, Inc.']);
    expect(links.organisations['Carnegie Mellon University']).toEqual(['Carnegie Mellon University']);
    expect(links.aliases['CMU']).toEqual(['Carnegie Mellon University']);
    // Organisations that are discussed but filed nothing stand for no one.
    for (const org of ['Oracle', 'Walmart', 'DeepSeek', 'ByteDance', 'Tencent']) expect(links.organisations[org], org).toBeUndefined();
  });
});

describe('the glossary as a thesaurus', () => {
  const glossary = {
    ...GLOSSARY,
    terms: [
      { zh: ['关税'], en: ['tariffs', 'import duties'], topic: 'trade', same: true },
      { zh: ['失控'], en: ['loss of control', 'control problem', 'rogue AI'], topic: 'safety' },
    ],
  } as typeof GLOSSARY;

  it('gives every form of an entry naming one thing as another name of a phrase, whatever words they share', () => {
    expect(otherNames(terms('import duties'), glossary)).toEqual([['tariff']]);
    expect(sameThingNames(terms('import duties'), glossary)).toEqual([['tariff']]);
  });

  it('gives, of an entry of related ideas, only the forms that keep a word of the phrase', () => {
    expect(otherNames(terms('loss of control'), glossary)).toEqual([terms('control problem')]);
    expect(sameThingNames(terms('loss of control'), glossary)).toEqual([]);
  });

  it('reads the shipped glossary: "server farms" and "data centers" are one thing', () => {
    expect(otherNames(terms('server farms'))).toContainEqual(terms('data centers'));
    expect(otherNames(terms('power lines'))).toContainEqual(terms('transmission lines'));
  });

  it('reads the shipped glossary: a name and its initials, or a name and its short form, are one thing', () => {
    expect(otherNames(terms('biological weapons'))).toContainEqual(terms('bioweapons'));
    expect(otherNames(terms('artificial general intelligence'))).toContainEqual(terms('AGI'));
    expect(otherNames(terms('software bill of materials'))).toContainEqual(terms('SBOM'));
    expect(otherNames(terms('Second World War'))).toContainEqual(terms('WWII'));
    expect(otherNames(terms('Executive Order 14110'))).toContainEqual(terms('EO 14110'));
  });
});
