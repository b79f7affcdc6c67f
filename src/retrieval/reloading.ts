import fs from 'node:fs/promises';
import { silentLog, type Log } from '../shared/log.js';
import type { Answer, AskOptions, CampaignList, ClaimCheck, Comparison, IndexStats, Passage, QaService, SearchOptions, SubmissionSummary } from './types.js';

export interface ReloadOptions {
  /** How often to look for a rebuilt index. Default 30 s. */
  pollMs?: number;
  /** Where reloads and failed reloads are logged; nothing is logged without it. */
  log?: Log;
}

/**
 * A QaService that follows the index folder: when a rebuild swaps in a new index (the folder's
 * real path changes), the new one is loaded in the background and takes over; questions already
 * being answered finish on the old one. A new index that fails to load is logged and ignored.
 */
export class ReloadingQaService implements QaService {
  private timer: NodeJS.Timeout | undefined;
  private loading = false;

  private constructor(
    private current: QaService,
    private currentPath: string,
    private readonly dir: string,
    private readonly open: (dir: string) => Promise<QaService>,
    private readonly log: Log,
  ) {}

  static async start(dir: string, open: (dir: string) => Promise<QaService>, options: ReloadOptions = {}): Promise<ReloadingQaService> {
    const first = await open(dir); // a missing index fails here, with the loader's own message
    const service = new ReloadingQaService(first, await fs.realpath(dir), dir, open, options.log ?? silentLog);
    service.timer = setInterval(() => void service.check(), options.pollMs ?? 30_000);
    service.timer.unref();
    return service;
  }

  /** Looks for a newly swapped-in index and loads it; resolves when done (true if swapped). */
  async check(): Promise<boolean> {
    if (this.loading) return false;
    const realPath = await fs.realpath(this.dir).catch(() => undefined);
    if (!realPath || realPath === this.currentPath) return false;
    this.loading = true;
    try {
      const next = await this.open(this.dir);
      const previous = this.current;
      this.current = next;
      // Questions already given to the previous index finish there; then its threads stop.
      void previous.close?.().catch((error: unknown) => this.log.warn({ err: (error as Error).message }, 'the previous index did not close cleanly'));
      this.currentPath = realPath;
      this.log.info({ index: realPath, builtAt: next.stats().builtAt }, 'loaded the rebuilt index');
      return true;
    } catch (error) {
      this.log.error({ err: (error as Error).message, index: realPath }, 'the rebuilt index could not be loaded; still answering from the previous one');
      this.currentPath = realPath; // do not retry the same broken build every poll
      return false;
    } finally {
      this.loading = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  close(): Promise<void> {
    this.stop();
    return this.current.close?.() ?? Promise.resolve();
  }

  ask(question: string, options?: AskOptions): Promise<Answer> {
    return this.current.ask(question, options);
  }
  search(query: string, options?: SearchOptions): Promise<Passage[]> {
    return this.current.search(query, options);
  }
  submission(docId: string): Promise<SubmissionSummary | undefined> {
    return this.current.submission(docId);
  }
  compare(submitters: string[], question: string, options?: Pick<AskOptions, 'signal'>): Promise<Comparison> {
    return this.current.compare(submitters, question, options);
  }
  campaigns(options?: { topic?: string; id?: string; limit?: number }): CampaignList {
    return this.current.campaigns(options);
  }
  checkClaim(claim: string, options?: Pick<AskOptions, 'submitter' | 'signal'>): Promise<ClaimCheck> {
    return this.current.checkClaim(claim, options);
  }
  stats(): IndexStats {
    return this.current.stats();
  }
  suggestSubmitters(fragment: string, limit: number) {
    return this.current.suggestSubmitters(fragment, limit);
  }
  suggestDocIds(fragment: string, limit: number) {
    return this.current.suggestDocIds(fragment, limit);
  }
  categories(): string[] {
    return this.current.categories();
  }
}
