/**
 * `npm run bench:names -- --index DIR [--submitters N] [--seed S] [--verbose]`: whether a
 * submitter that filed is ever said not to have filed, when its name is written as people write
 * it. For each sampled organisation of the respondent listing (which includes those whose file
 * has no text or is missing from the source) it asks three questions ("Did X submit a comment?",
 * "What did X say in its submission?", "X 有沒有提交意見？") with X written:
 *
 * - **exact**: as the listing writes it;
 * - **lower**: in lower case;
 * - **nosuffix**: without a company suffix (Inc., LLC, Corporation…);
 * - **nothe**: without a leading "The";
 * - **acronym**: as the acronym the listing gives in brackets;
 * - **noparen**: without what the listing puts in brackets.
 *
 * An answer that says no (the shared scorer's pattern on its first 300 characters: "No submission
 * from", "did not submit", "do not appear to cover") or is flagged not covered is a false no:
 * every sampled organisation did file. It prints the rate per form and question, and the cases.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createQaService } from '../src/app.js';
import { getConfig } from '../src/config.js';
import { listedOrganisations } from './from-corpus.js';

process.env.LOG_LEVEL ??= 'warn';
const { values } = parseArgs({ options: { index: { type: 'string' }, submitters: { type: 'string', default: '60' }, seed: { type: 'string', default: 'names' }, verbose: { type: 'boolean', default: false } } });
const config = getConfig();
const service = await createQaService(config, values.index ? path.resolve(values.index) : config.INDEX_DIR);

const QUESTIONS: { id: string; text: string }[] = [
  { id: 'did-submit', text: 'Did {X} submit a comment?' },
  { id: 'what-say', text: 'What did {X} say in its submission?' },
  { id: 'zh-submit', text: '{X} 有沒有提交意見？' },
];

/** The forms of a listed name people write, each with its label; only those that differ from the listing's. */
function forms(name: string): [string, string][] {
  const out: [string, string][] = [['exact', name], ['lower', name.toLowerCase()]];
  const add = (label: string, form: string) => {
    if (form !== name && form.trim().length >= 2) out.push([label, form.trim()]);
  };
  add('nosuffix', name.replace(/,?\s+(Inc\.?|LLC|L\.L\.C\.|Corp\.?|Corporation|Co\.|Company|Ltd\.?|PBC|Incorporated)$/i, ''));
  add('nothe', name.replace(/^The\s+/i, ''));
  const acronym = /\(([A-Z][A-Za-z0-9&.-]{1,10})\)/.exec(name)?.[1];
  if (acronym) add('acronym', acronym);
  add('noparen', name.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' '));
  return out;
}

/** The shared scorer's test for an answer that says no (FORMATS.md). */
const DECLINE = /no submission from|did not submit|not in the corpus|do not appear to cover|沒有提交|没有提交|中沒有|中没有/i;

const orgs = (await listedOrganisations(values.seed)).slice(0, Number(values.submitters));

const byForm = new Map<string, { asked: number; no: number }>();
const falseNos: string[] = [];
const started = Date.now();
for (const org of orgs) {
  for (const [form, written] of forms(org.name.trim())) {
    for (const q of QUESTIONS) {
      const question = q.text.replace('{X}', written);
      const answer = await service.ask(question, {});
      const no = !!answer.notCovered || DECLINE.test(answer.text.slice(0, 300));
      const key = `${form}/${q.id}`;
      const row = byForm.get(key) ?? { asked: 0, no: 0 };
      row.asked++;
      if (no) {
        row.no++;
        falseNos.push(`[${key}] ${question} → ${answer.text.slice(0, 140).replace(/\n+/g, ' ⏎ ')}`);
      }
      byForm.set(key, row);
    }
  }
}

const asked = [...byForm.values()].reduce((sum, r) => sum + r.asked, 0);
const said = [...byForm.values()].reduce((sum, r) => sum + r.no, 0);
console.log(`${orgs.length} listed organisations, ${asked} questions in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log('form/question            asked   said no');
for (const [key, row] of [...byForm].sort(([a], [b]) => a.localeCompare(b))) console.log(`${key.padEnd(24)} ${String(row.asked).padStart(5)}   ${String(row.no).padStart(7)}`);
if (falseNos.length) console.log(`false no (${falseNos.length}):\n${falseNos.slice(0, values.verbose ? Infinity : 15).map((s) => `  ${s}`).join('\n')}`);
console.log(JSON.stringify({ bench: 'names', organisations: orgs.length, questions: asked, falseNo: asked ? said / asked : 0, falseNos: said }));
process.exit(0);
