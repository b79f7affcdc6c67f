import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_ALIASES, ORGS } from '../../../src/retrieval/i18n/glossary-orgs.js';
import { FUNCTION_WORDS, TERMS } from '../../../src/retrieval/i18n/glossary-terms.js';
import { loadRespondents } from '../../../src/index-build/metadata/respondents.js';
import { corpusDir, describeCorpus } from '../../support/corpus.js';

/** Respondent names from the corpus's NITRD tables, trimmed. */
async function respondentNames(): Promise<Set<string>> {
  const table = await loadRespondents(path.join(corpusDir, 'source', 'links'));
  return new Set([...table.byDocId.values()].map((r) => r.name.trim()));
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

});

describeCorpus('the glossary against the corpus', () => {
  it('names submitters exactly as the NITRD respondent tables do', async () => {
    const names = await respondentNames();
    expect(names.size).toBeGreaterThan(5000);
    for (const o of ORGS) for (const s of o.submitter ?? []) expect(names.has(s), s).toBe(true);
    for (const a of ENGLISH_ALIASES) for (const n of a.names) expect(names.has(n), `${a.alias} → ${n}`).toBe(true);
  });
});
