import { OFFICIAL_PDF_BASE } from '../shared/project.js';
import { UNCATEGORIZED, type SubmissionMeta } from '../shared/types.js';
import type { SourceDocument } from './sources/index.js';
import { parseCoverBlock } from './metadata/cover-block.js';
import { inferPages, spansFromPages, type PageSpan } from './metadata/pages.js';
import type { RespondentTable } from './metadata/respondents.js';

export interface DescribedDocument {
  meta: SubmissionMeta;
  text: string;
  /** Where the comment itself starts (after a regulations.gov cover block). */
  bodyStart: number;
  pages: PageSpan[] | null;
}

const ANONYMOUS = /^(anonymous|anon|n\/?a|none)\b/i;

/** Metadata for one submission: respondent table first, refined by the cover block. */
export function describeDocument(doc: SourceDocument, respondents?: RespondentTable): DescribedDocument {
  const respondent = respondents?.lookup(doc.id);
  const cover = parseCoverBlock(doc.text);
  const coverName = cover?.name && !ANONYMOUS.test(cover.name) ? cover.name : undefined;
  const organization = cover?.organization && !ANONYMOUS.test(cover.organization) ? cover.organization : undefined;
  const pages = doc.pages ? spansFromPages(doc.pages) : inferPages(doc.text);
  const meta: SubmissionMeta = {
    id: doc.id,
    // The NITRD listing spells names better than the cover block, whose names PyPDF2 often split.
    submitter: organization ?? respondent?.name ?? coverName ?? doc.id,
    category: respondent?.category ?? UNCATEGORIZED,
    pdfUrl: respondent?.pdfUrl ?? `${OFFICIAL_PDF_BASE}${encodeURIComponent(doc.id)}.pdf`,
    chars: doc.text.length,
    pages: pages ? pages.length : null,
    sha256: doc.sha256,
    ...(respondent ? { respondentName: respondent.name } : {}),
    ...(coverName ? { coverName } : {}),
    ...(organization ? { organization } : {}),
    ...(cover?.received ? { received: cover.received } : {}),
    ...(cover?.trackingNumber ? { trackingNumber: cover.trackingNumber } : {}),
  };
  return { meta, text: doc.text, bodyStart: cover?.bodyStart ?? 0, pages };
}
