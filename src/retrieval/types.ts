import type { SubmissionMeta } from '../shared/types.js';

/** A message of a conversation, oldest first, for follow-up questions. */
export interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

export interface SearchOptions {
  /** Passages to return (distinct submissions unless `docId` is set). Default 8. */
  k?: number;
  /** NITRD category filter, case-insensitive. */
  category?: string;
  /** Submitter or organisation name, fuzzy ("anthropic pbc" → Anthropic). */
  submitter?: string;
  /** Restrict to one submission. */
  docId?: string;
  /** Restrict to one form-letter campaign: the doc id of any of its submissions. */
  campaign?: string;
}

/** A retrieved passage. */
export interface Passage {
  docId: string;
  submitter: string;
  category: string;
  page: number | null;
  /** PDF link, with `#page=N` when the page is known. */
  url: string;
  text: string;
  score: number;
  /** Offsets into the submission's original text. */
  start: number;
  end: number;
  /** Near-identical submissions (form letters) collapsed into this hit, including this one. */
  similarCount: number;
  similarDocIds: string[];
}

/** A numbered source under an answer. */
export interface Source extends Passage {
  n: number;
}

export interface CitationReport {
  /** Citations in the answer before checking. */
  total: number;
  /** Citations that point at a retrieved passage and whose quotes occur verbatim in it. */
  verified: number;
  /** Citations or quotes removed or marked because they failed. */
  removed: number;
}

export interface CategoryCount {
  category: string;
  submissions: number;
}

/** Corpus-wide counts for aggregate questions. */
export interface Aggregate {
  /** What was counted, e.g. `"open-source" OR "open source"`. */
  query: string;
  submissions: number;
  byCategory: CategoryCount[];
  /** Submitters (organisations first), at most ~25. */
  submitters: { docId: string; submitter: string; category: string }[];
  /** Form-letter campaigns among the matches: size of each cluster ≥ 3. */
  campaigns: { size: number; exampleDocId: string }[];
  /** In a count by category: submissions the index has no text of, counted too. */
  withoutText?: { docId: string; category: string }[];
}

/** One submission of a list answer: who filed it, its category and official PDF. */
export interface ListedSubmission {
  docId: string;
  submitter: string;
  category: string;
  url: string;
  /** Sentences of it that mention what was asked about (0 when the list is from the listing alone). */
  mentions: number;
}

export interface Answer {
  question: string;
  /** Detected language of the question (`en`, `zh`, …). */
  language: string;
  mode: 'extractive' | 'llm';
  /** Answer text with `[n]` citations. */
  text: string;
  sources: Source[];
  /**
   * The passages the answer was composed from, as a chat model is given them (PDF-split words
   * re-joined, whitespace collapsed): what offline quotes come from too.
   */
  evidence: Source[];
  citations: CitationReport;
  /** True when the submissions do not cover the question. */
  notCovered: boolean;
  /** Caveats shown with the answer (e.g. offline handling of a Chinese question). */
  notes: string[];
  aggregate?: Aggregate;
  /** Every submission behind a list or count answer (the text shows the first ones; the bot attaches all as CSV). */
  listed?: ListedSubmission[];
  /** Model usage in LLM mode. */
  usage?: { promptTokens: number; completionTokens: number };
  ms: number;
}

export interface AskOptions extends SearchOptions {
  history?: Turn[];
  /** Streaming: called with the answer text so far (LLM mode). */
  onPartial?: (textSoFar: string) => void;
  signal?: AbortSignal;
}

/** One section of a submission's outline: its heading and the recommendations under it. */
export interface OutlineSection {
  heading?: string;
  /** 0 (or absent) for a top-level section, 1 for one under it, … */
  level?: number;
  page: number | null;
  statements: { text: string; page: number | null; url: string }[];
}

export interface SubmissionSummary {
  meta: SubmissionMeta;
  /** Its headings and recommendation statements, in document order, when it has any. */
  outline?: OutlineSection[];
  /** Most representative passages of the submission. */
  passages: Passage[];
}

/** A claim about what a submitter said, checked against its submission. */
export interface ClaimCheck {
  claim: string;
  language: string;
  mode: 'extractive' | 'llm';
  /**
   * Offline: every key term of the claim in one passage and none of its details different
   * (`found`), most of them (`partly`), a passage that matches it but for a detail (`differs`: a
   * number, a comparison, a negation…), or nothing close (`not-found`). A claim that the submitter
   * left something out is `confirmed-absent` when its text does not mention it, `not-absent`
   * (with the passages) when it does. With a chat model: `supported`, `contradicted` or
   * `not-addressed`, each resting on a verified quote. `no-submitter`: the organisation named filed
   * nothing.
   */
  verdict: 'found' | 'partly' | 'differs' | 'not-found' | 'confirmed-absent' | 'not-absent' | 'supported' | 'contradicted' | 'not-addressed' | 'no-submitter';
  /** The submitter checked; `inferred` when the claim named none. */
  submitter?: { name: string; docIds: string[]; inferred: boolean };
  /** Terms of the claim the best passage lacks. */
  missing?: string[];
  /** For `differs`: the details in which the passage differs from the claim (the claim's reading, the passage's). */
  differences?: { kind: string; claim: string; passage: string }[];
  /** For an absence claim: what it says the submitter left out. */
  absent?: string;
  /** A Chinese claim's script, for the words around the verdict. */
  script?: 'hans' | 'hant';
  /** Other submitters whose submissions hold the whole claim. */
  elsewhere?: { submitter: string; docId: string }[];
  /** The verdict and its quotes, with `[n]` citations. */
  text: string;
  sources: Source[];
  citations: CitationReport;
  ms: number;
}

/** A form-letter campaign: near-identical submissions. */
export interface Campaign {
  /** Doc id of its first submission (`/ask campaign:` and `/campaigns id:` take it). */
  id: string;
  size: number;
  /** The opening of its text (its first submission's, after the regulations.gov cover block). */
  opening: string;
  categories: CategoryCount[];
  /** Received dates (regulations.gov cover blocks), ISO, when known. */
  firstReceived?: string;
  lastReceived?: string;
  /** Its submissions, when one campaign is asked for. */
  members?: { docId: string; submitter: string }[];
}

export interface CampaignList {
  /** Campaigns in the index, and the submissions they hold. */
  count: number;
  submissions: number;
  /** With a topic: how many campaigns carry it. */
  topic?: string;
  matching?: number;
  /** The campaigns shown, largest first. */
  campaigns: Campaign[];
}

export interface Comparison {
  question: string;
  sides: { name: string; meta?: SubmissionMeta; answer?: Answer; missing?: string }[];
}

export interface IndexStats {
  submissions: number;
  chunks: number;
  byCategory: CategoryCount[];
  embedder: string;
  dimensions: number;
  builtAt: string;
  skipped: number;
}

/** What the bot and the console need from retrieval. */
export interface QaService {
  ask(question: string, options?: AskOptions): Promise<Answer>;
  search(query: string, options?: SearchOptions): Promise<Passage[]>;
  submission(docId: string): Promise<SubmissionSummary | undefined>;
  compare(submitters: string[], question: string, options?: Pick<AskOptions, 'signal'>): Promise<Comparison>;
  /** Form-letter campaigns, largest first (with a topic, those that carry it; with an id, that one with its members). */
  campaigns(options?: { topic?: string; id?: string; limit?: number }): CampaignList;
  /** Checks a claim about what a submitter said against its submission. */
  checkClaim(claim: string, options?: Pick<AskOptions, 'submitter' | 'signal'>): Promise<ClaimCheck>;
  stats(): IndexStats;
  /** Autocomplete: submitter names matching a prefix or fuzzy fragment. */
  suggestSubmitters(fragment: string, limit: number): { name: string; category: string; docIds: string[] }[];
  /** Autocomplete: doc ids matching a fragment (id or submitter). */
  suggestDocIds(fragment: string, limit: number): { id: string; submitter: string }[];
  categories(): string[];
  /** Releases what the service holds (worker threads) once the calls in flight are answered. */
  close?(): Promise<void>;
}
