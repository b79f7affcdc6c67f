import { CATEGORIES } from '../../src/shared/categories.js';
import { AnswerError, type AnswerErrorCode } from '../../src/retrieval/chat/model.js';
import type {
  CampaignList,
  ClaimCheck,
  Answer,
  AskOptions,
  Comparison,
  IndexStats,
  Passage,
  QaService,
  SearchOptions,
  Source,
  SubmissionSummary,
  Turn,
} from '../../src/retrieval/types.js';

const WORDS = ['Open', 'Frontier', 'Civic', 'Quantum', 'Northern', 'Pacific', 'Liberty', 'Applied', 'Digital', 'Bright'];
const KINDS = ['Labs', 'Institute', 'Coalition', 'University', 'Foundation', 'Systems', 'Alliance', 'Council'];

export interface FakeSubmitter {
  id: string;
  name: string;
  category: string;
}

/** 10,000 deterministic names like "Open Labs 17", plus a few real-looking ones. */
export function fakeSubmitters(count = 10_000): FakeSubmitter[] {
  const named = ['OpenAI', 'Anthropic', 'Google', 'Microsoft'].map((name, i) => ({ id: `${name}-AI-RFI-2025`, name, category: 'Private Sector', i }));
  const generated = Array.from({ length: count - named.length }, (_, i) => ({
    id: `AI-RFI-2025-${String(i + 1).padStart(4, '0')}`,
    name: `${WORDS[i % WORDS.length]} ${KINDS[Math.floor(i / WORDS.length) % KINDS.length]} ${i + 1}`,
    category: CATEGORIES[i % CATEGORIES.length] ?? 'Individuals',
  }));
  return [...named, ...generated].map(({ id, name, category }) => ({ id, name, category }));
}

export function fakePassage(docId: string, submitter: string, text: string, page: number | null = 3, similarCount = 1): Passage {
  return {
    docId,
    submitter,
    category: 'Private Sector',
    page,
    url: `https://files.nitrd.gov/90-fr-9088/${docId}.pdf${page === null ? '' : `#page=${page}`}`,
    text,
    score: 0.8,
    start: 0,
    end: text.length,
    similarCount,
    similarDocIds: [docId],
  };
}

const source = (n: number, p: Passage): Source => ({ ...p, n });

export const ANSWER_TEXT = 'Most AI companies support export controls on advanced chips [1], while civil-society groups stress safety testing [2].';

export function fakeAnswer(question: string, overrides: Partial<Answer> = {}): Answer {
  const sources = [
    source(1, fakePassage('OpenAI-AI-RFI-2025', 'OpenAI', 'We support export controls on advanced chips.', 4)),
    source(2, fakePassage('AI-RFI-2025-0042', 'Civic Coalition 42', 'Safety testing should come first.', null, 37)),
  ];
  return {
    question,
    language: 'en',
    mode: 'extractive',
    text: ANSWER_TEXT,
    sources,
    evidence: overrides.sources ?? sources,
    citations: { total: 2, verified: 2, removed: 0 },
    notCovered: false,
    notes: [],
    ms: 5,
    ...overrides,
  };
}

/**
 * A count the respondent listing answers ("How many academic and state or local government
 * submissions?"): no topic (`query` is empty), no passage cited, every submission listed.
 */
export function fakeListingAnswer(question: string): Answer {
  const listed = Array.from({ length: 292 }, (_, i) => {
    const docId = `AI-RFI-2025-${String(i + 1).padStart(4, '0')}`;
    return { docId, submitter: `Northern University ${i + 1}`, category: i < 200 ? 'Academia' : 'Non-Federal Government', url: `https://files.nitrd.gov/90-fr-9088/${docId}.pdf`, mentions: 0 };
  });
  return fakeAnswer(question, {
    text: '292 submissions are in the Academia or Non-Federal Government categories of the NITRD respondent listing.\nCategories are the labels of the NITRD respondent listing; a few are wrong for a given submitter.',
    sources: [],
    evidence: [],
    citations: { total: 0, verified: 0, removed: 0 },
    aggregate: {
      query: '',
      submissions: 292,
      byCategory: [{ category: 'Academia', submissions: 200 }, { category: 'Non-Federal Government', submissions: 92 }],
      submitters: listed.slice(0, 25).map(({ docId, submitter, category }) => ({ docId, submitter, category })),
      campaigns: [],
    },
    listed,
  });
}

/** Model output with links a prompt injection could plant: several on a line, nested, angle-bracketed, bare. */
export const HOSTILE_LINKS =
  'See [the official PDF](https://evil.example/phish) and [the summary](https://evil.example/b) [1]. ' +
  '[[nested](https://evil.example/inner)](https://evil.example/outer), <https://evil.example/angle>, bare https://evil.example/bare ' +
  'and HTTPS://EVIL.EXAMPLE/LOUD; a look-alike https://files.nitrd.gov.evil.example/x.pdf.';

type Behaviour = (question: string, options: AskOptions) => Promise<Answer>;

const delay = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

const coded = (code: AnswerErrorCode, message: string) => new AnswerError(code, message);

/**
 * A scriptable QaService. `ask` picks a behaviour by a keyword in the question:
 * long, everyone (hostile passage), slow, hang, fail (LLM_FAILED), llmtimeout (LLM_TIMEOUT),
 * stream (onPartial ×5), links (hostile links, streamed), uncovered, unverified, aggregate; anything else → a normal two-source answer.
 */
export class FakeQa implements QaService {
  readonly asks: { question: string; options: AskOptions }[] = [];
  readonly histories: Turn[][] = [];
  readonly submitters = fakeSubmitters();
  slowMs = 300;
  /** Extra latency for every answer (the load benchmark). */
  latencyMs = 0;
  private readonly behaviours: [string, Behaviour][] = [
    ['long', async (q) => fakeAnswer(q, { text: Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1}: ${'The submissions discuss compute, energy and talent at length. '.repeat(5)}[1]`).join('\n\n') })],
    ['everyone', async (q) => fakeAnswer(q, {
      text: 'Ping @everyone and @here, see **bold** and <@123> [1].',
      sources: [source(1, fakePassage('AI-RFI-2025-0666', 'Evil **Corp** @everyone', 'Hey @everyone **bold** <@123> <@&456> __under__ [x](http://evil.example)'))],
      citations: { total: 1, verified: 1, removed: 0 },
    })],
    ['links', async (q, o) => {
      o.onPartial?.(HOSTILE_LINKS.slice(0, 120));
      await delay(250, o.signal);
      o.onPartial?.(HOSTILE_LINKS);
      await delay(250, o.signal);
      return fakeAnswer(q, {
        mode: 'llm',
        text: HOSTILE_LINKS,
        sources: [source(1, fakePassage('AI-RFI-2025-0777', 'Phish [Org](https://evil.example/org)', `Download at https://evil.example/a, <https://evil.example/b> or [here](https://evil.example/c) [and](https://evil.example/d).`, 2))],
        citations: { total: 1, verified: 1, removed: 0 },
      });
    }],
    ['slow', async (q, o) => (await delay(this.slowMs, o.signal), fakeAnswer(q))],
    ['hang', async (_q, o) => (await delay(60_000, o.signal), fakeAnswer(_q))],
    ['fail', async () => { throw coded('LLM_FAILED', 'upstream 500'); }],
    ['llmtimeout', async () => { throw coded('LLM_TIMEOUT', 'model timed out'); }],
    ['stream', async (q, o) => {
      const words = ANSWER_TEXT.split(' ');
      for (let i = 1; i <= 5; i++) {
        o.onPartial?.(words.slice(0, Math.ceil((words.length * i) / 5)).join(' '));
        await delay(40, o.signal);
      }
      return fakeAnswer(q, { mode: 'llm' });
    }],
    ['uncovered', async (q) => fakeAnswer(q, { notCovered: true, text: 'The submissions do not discuss this.', sources: [], citations: { total: 0, verified: 0, removed: 0 } })],
    ['unverified', async (q) => fakeAnswer(q, { citations: { total: 4, verified: 2, removed: 2 }, notes: ['Chinese question handled offline: answered from English passages.'] })],
    ['aggregate', async (q) => fakeAnswer(q, { aggregate: { query: 'open source', submissions: 812, byCategory: [{ category: 'Private Sector', submissions: 300 }, { category: 'Individuals', submissions: 512 }], submitters: [{ docId: 'Meta-AI-RFI-2025', submitter: 'Meta', category: 'Private Sector' }, { docId: 'X-AI-RFI-2025', submitter: 'Open **Source** Group', category: 'Non-Profit' }], campaigns: [{ size: 1200, exampleDocId: 'AI-RFI-2025-0001' }] } })],
  ];

  /** Adds a behaviour for questions containing `keyword` (checked before the built-in ones). */
  on(keyword: string, behaviour: Behaviour): this {
    this.behaviours.unshift([keyword, behaviour]);
    return this;
  }

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    this.asks.push({ question, options });
    this.histories.push([...(options.history ?? [])]);
    if (this.latencyMs) await delay(this.latencyMs, options.signal);
    const lower = question.toLowerCase();
    const behaviour = this.behaviours.find(([keyword]) => lower.includes(keyword))?.[1];
    return behaviour ? behaviour(question, options) : fakeAnswer(question);
  }

  async search(query: string, _options?: SearchOptions): Promise<Passage[]> {
    return [fakePassage('OpenAI-AI-RFI-2025', 'OpenAI', `Passage about ${query} from OpenAI.`), fakePassage('AI-RFI-2025-0042', 'Civic Coalition 42', `Another passage about ${query}.`, null, 5)];
  }

  async submission(docId: string): Promise<SubmissionSummary | undefined> {
    const s = this.submitters.find((x) => x.id === docId);
    if (!s) return undefined;
    return {
      meta: { id: s.id, submitter: s.name, category: s.category, pdfUrl: `https://files.nitrd.gov/90-fr-9088/${s.id}.pdf`, chars: 23_456, pages: 9, sha256: 'x', received: '2025-03-14' },
      passages: [fakePassage(s.id, s.name, 'We recommend a national AI research resource.', 2)],
    };
  }

  async compare(submitters: string[], question: string): Promise<Comparison> {
    return {
      question,
      sides: submitters.map((name) => {
        const found = this.submitters.find((s) => s.name.toLowerCase() === name.toLowerCase());
        return found
          ? { name, answer: fakeAnswer(question, { text: `${found.name} position on this [1].` }) }
          : { name, missing: `No submission from “${name}” was found.` };
      }),
    };
  }

  readonly campaignCalls: { topic?: string; id?: string; limit?: number }[] = [];

  campaigns(options: { topic?: string; id?: string; limit?: number } = {}): CampaignList {
    this.campaignCalls.push(options);
    const campaign = {
      id: 'AI-RFI-2025-0102',
      size: 378,
      opening: 'Dear Office of Science and Technology Policy, I am a **voice actor** and I ask that the AI Action Plan protect performers. See https://evil.example/x',
      categories: [{ category: 'Individuals', submissions: 377 }, { category: 'Non-Profit', submissions: 1 }],
      firstReceived: '2025-02-07',
      lastReceived: '2025-03-15',
      ...(options.id ? { members: Array.from({ length: 40 }, (_, i) => ({ docId: `AI-RFI-2025-${String(1000 + i)}`, submitter: `Voice Actor ${i + 1}` })) } : {}),
    };
    return { count: 158, submissions: 1_034, ...(options.topic ? { topic: options.topic, matching: 1 } : {}), campaigns: [campaign] };
  }

  readonly checks: { claim: string; options: Pick<AskOptions, 'submitter' | 'signal'> }[] = [];

  async checkClaim(claim: string, options: Pick<AskOptions, 'submitter' | 'signal'> = {}): Promise<ClaimCheck> {
    this.checks.push({ claim, options });
    const passage = source(1, fakePassage('Intel-AI-RFI-2025', 'Intel', 'We urge a 25% investment tax credit for new fabs.', 3));
    return {
      claim,
      language: 'en',
      mode: 'extractive',
      verdict: 'partly',
      submitter: { name: 'Intel', docIds: ['Intel-AI-RFI-2025'], inferred: false },
      missing: ['50%'],
      text: `Partly found: Intel's submission says the following, but ‘50%’ of the claim is not in it:\nIntel (Private Sector):\n"We urge a 25% investment tax credit for new fabs." [1]`,
      sources: [passage],
      citations: { total: 1, verified: 1, removed: 0 },
      ms: 3,
    };
  }

  stats(): IndexStats {
    return {
      submissions: 10_068,
      chunks: 412_345,
      byCategory: CATEGORIES.map((category, i) => ({ category, submissions: 1000 + i })),
      embedder: 'lsa-256',
      dimensions: 256,
      builtAt: '2025-05-01T12:00:00.000Z',
      skipped: 12,
    };
  }

  suggestSubmitters(fragment: string, limit: number) {
    const f = fragment.toLowerCase();
    const out: { name: string; category: string; docIds: string[] }[] = [];
    for (const s of this.submitters) {
      if (s.name.toLowerCase().includes(f)) out.push({ name: s.name, category: s.category, docIds: [s.id] });
      if (out.length >= limit) break;
    }
    return out;
  }

  suggestDocIds(fragment: string, limit: number) {
    const f = fragment.toLowerCase();
    return this.submitters
      .filter((s) => s.id.toLowerCase().includes(f) || s.name.toLowerCase().includes(f))
      .slice(0, limit)
      .map((s) => ({ id: s.id, submitter: s.name }));
  }

  categories(): string[] {
    return [...CATEGORIES];
  }
}
