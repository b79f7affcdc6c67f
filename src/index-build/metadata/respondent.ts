/** One row of the respondent listing: a submission's PDF, who filed it, and in which category. */
export interface Respondent {
  /** PDF base name without `.pdf`, URL-decoded, NFC. */
  docId: string;
  name: string;
  category: string;
  pdfUrl: string;
}
