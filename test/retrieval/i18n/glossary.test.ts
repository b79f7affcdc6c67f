import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH_ALIASES, ORGS } from '../../../src/retrieval/i18n/glossary-orgs.js';
import { FUNCTION_WORDS, TERMS } from '../../../src/retrieval/i18n/glossary-terms.js';

const MANIFEST = '/work/shared/corpus/manifest.csv';

/** Respondent names (column nitrd_respondent_name) from the corpus manifest, trimmed. */
function manifestNames(): Set<string> {
  const names = new Set<string>();
  const lines = readFileSync(MANIFEST, 'utf8').split('\n').slice(1);
  for (const line of lines) {
    // doc_id,file,bytes,sha256,nitrd_category,nitrd_respondent_name,pdf_url,pdf_url_from_listing
    const fields: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        fields.push(cur);
        cur = '';
      } else cur += ch;
    }
    fields.push(cur);
    if (fields[5]) names.add(fields[5].trim());
  }
  return names;
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

  it.skipIf(!existsSync(MANIFEST))('name submitters exactly as the manifest does', () => {
    const names = manifestNames();
    expect(names.size).toBeGreaterThan(5000);
    for (const o of ORGS) for (const s of o.submitter ?? []) expect(names.has(s), s).toBe(true);
    for (const a of ENGLISH_ALIASES) for (const n of a.names) expect(names.has(n), `${a.alias} → ${n}`).toBe(true);
  });
});
