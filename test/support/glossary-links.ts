/** Glossary links as the build derives them, over the NITRD listing shipped in data/respondents.json. */
import { linkGlossary } from '../../src/index-build/glossary-links.js';
import { SHIPPED_RESPONDENTS } from '../../src/index-build/metadata/respondent-listing.js';
import { loadRespondents } from '../../src/index-build/metadata/respondents.js';
import { GLOSSARY, type GlossaryLinks } from '../../src/retrieval/i18n/glossary.js';

let links: Promise<GlossaryLinks> | undefined;

/** The links over the whole official listing (10,065 submissions; public metadata shipped with the project). */
export function shippedListingLinks(): Promise<GlossaryLinks> {
  links ??= loadRespondents(SHIPPED_RESPONDENTS).then((table) => {
    const rows = [...table.byDocId.values()].sort((a, b) => (a.docId < b.docId ? -1 : 1));
    return linkGlossary(GLOSSARY, rows.map((r) => ({ submitter: r.name, respondentName: r.name, category: r.category })));
  });
  return links;
}
