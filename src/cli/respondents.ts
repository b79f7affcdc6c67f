import path from 'node:path';
import { parseCommandLine, runCli, UsageError } from '../shared/cli.js';
import { SHIPPED_RESPONDENTS } from '../index-build/metadata/respondent-listing.js';
import { writeRespondentListing } from '../index-build/metadata/write-listing.js';

const USAGE = `usage: npm run respondents -- --from FOLDER_FILE_OR_URL [--out FILE] [--note TEXT] [--json]

Writes the NITRD respondent listing (names, categories, PDF links; no submission text) that the
build uses when RESPONDENTS is unset.

  --from   the official responses page (http(s) URL, a whole HTML page), a saved copy of it,
           or a folder of its tables (private-sector_links.txt, …: HTML rows or JSON)
  --out    where to write it (default: data/respondents.json, the listing shipped with the project)
  --note   where the tables came from, recorded in the file beside their names and hashes
  --json   print a JSON summary as the last line of stdout`;

runCli(async () => {
  const { values, positionals } = parseCommandLine(
    process.argv.slice(2),
    { from: { type: 'string' }, out: { type: 'string' }, note: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    USAGE,
  );
  if (values.help) return void console.log(USAGE);
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}\n\n${USAGE}`);
  const from = values.from as string | undefined;
  if (!from) throw new UsageError(`--from is required\n\n${USAGE}`);
  const written = await writeRespondentListing({
    from: /^https?:\/\//i.test(from) ? from : path.resolve(from),
    out: path.resolve((values.out as string | undefined) ?? SHIPPED_RESPONDENTS),
    ...(values.note ? { note: values.note as string } : {}),
  });
  const { counts, respondents } = written.listing;
  console.log(`Wrote ${respondents.length} respondents to ${written.out} (${(written.bytes / 1024).toFixed(0)} KB; ${written.duplicates} duplicate rows dropped)`);
  for (const [category, count] of Object.entries(counts)) console.log(`  ${category}: ${count}`);
  if (values.json) console.log(JSON.stringify({ out: written.out, bytes: written.bytes, respondents: respondents.length, duplicates: written.duplicates, counts }));
});
