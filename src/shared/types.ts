/** Types shared by index-build, retrieval and the bot. */

/** One submission, as described by the index. */
export interface SubmissionMeta {
  /** File name without extension, e.g. `AI-RFI-2025-1608` or `Palantir-AI-RFI-2025`. */
  id: string;
  /** Best display name: cover-block organization, else cover-block name, else NITRD respondent name, else the id. */
  submitter: string;
  /** NITRD respondent name, when the respondent tables list this document. */
  respondentName?: string;
  /** Cover-block fields (regulations.gov), when present. */
  coverName?: string;
  organization?: string;
  received?: string;
  trackingNumber?: string;
  /** NITRD category label ("Private Sector", …) or "Uncategorized". */
  category: string;
  /** Official PDF URL. */
  pdfUrl: string;
  /** Characters of original text. */
  chars: number;
  /** Number of pages, when known. */
  pages: number | null;
  /** SHA-256 of the source bytes. */
  sha256: string;
}

/** A chunk of one submission. Offsets index the submission's original text. */
export interface ChunkRecord {
  docId: string;
  /** 1-based page, or null when not known with confidence. */
  page: number | null;
  start: number;
  end: number;
  /** Original text, exactly `original.slice(start, end)`. */
  text: string;
}

export const UNCATEGORIZED = 'Uncategorized';
