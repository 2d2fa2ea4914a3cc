import type { ParsedPage } from '../companies-house/records';
import { companyPageUrl } from '../companies-house/detect';
import type { PageType } from '../companies-house/site';
import type { CaptureJobRow, PageCaptureRow } from '../db/rows';
import { createPoliteRequests } from './polite-requests';

/**
 * Capture all: fetch every tab and page of one company from Companies House, politely (at most 3
 * requests in flight, backing off on 429 and 5xx), and store each as it arrives. The job's state is
 * stored after every page, so a background worker that the browser stopped resumes where it left off.
 */

export const MAX_IN_FLIGHT = 3;

export interface FetchedPage {
  status: number;
  html: string;
  /** Seconds from a Retry-After header, when the server sent one. */
  retryAfterSeconds: number | null;
}

export interface CaptureAllDeps {
  fetchPage(url: string): Promise<FetchedPage>;
  parsePage(html: string, url: string): Promise<ParsedPage | null> | ParsedPage | null;
  savePage(page: ParsedPage): Promise<void>;
  loadJob(companyNumber: string): Promise<CaptureJobRow | undefined>;
  saveJob(job: CaptureJobRow): Promise<void>;
  /** Pages already stored for the company, to skip those captured moments ago. */
  loadCaptures(companyNumber: string): Promise<PageCaptureRow[]>;
  now(): Date;
  sleep(ms: number): Promise<void>;
  /** Readies the parser while the first requests are in flight. */
  prepare?(): Promise<void>;
}

export interface CaptureAllOptions {
  /** Pages captured more recently than this are not fetched again (the tab the user is on, say). */
  freshForMs?: number;
}

// First pages of the paginated tabs go first: their page counts decide what else to fetch.
const FIRST_PAGES: PageType[] = ['filing-history', 'officers', 'psc', 'overview'];
const PAGINATED: PageType[] = ['filing-history', 'officers', 'psc'];

function pageKey(pageType: PageType, page: number): string {
  return `${pageType}:${page}`;
}

function parseKey(key: string): { pageType: PageType; page: number } {
  const [pageType, page] = key.split(':') as [PageType, string];
  return { pageType, page: Number(page) };
}

/** Plans the pages still to fetch: every first page, plus later pages already known, minus fresh ones. */
export function planCapture(captures: PageCaptureRow[], now: Date, freshForMs: number): string[] {
  const fresh = (c: PageCaptureRow) => now.getTime() - new Date(c.capturedAt).getTime() < freshForMs && !c.filtered;
  const plan: string[] = [];
  for (const pageType of FIRST_PAGES) {
    const first = captures.find((c) => c.pageType === pageType && c.page === 1);
    if (!first || !fresh(first)) {
      plan.push(pageKey(pageType, 1));
      continue;
    }
    for (let page = 2; page <= first.lastPage; page++) {
      const later = captures.find((c) => c.pageType === pageType && c.page === page);
      if (!later || !fresh(later)) plan.push(pageKey(pageType, page));
    }
  }
  return plan;
}

export class CaptureAll {
  private running = new Map<string, Promise<CaptureJobRow>>();

  constructor(
    private deps: CaptureAllDeps,
    private options: CaptureAllOptions = {},
  ) {}

  /** Starts (or joins, or resumes) the capture of one company; resolves when every page is done. */
  run(companyNumber: string): Promise<CaptureJobRow> {
    const existing = this.running.get(companyNumber);
    if (existing) return existing;
    const job = this.execute(companyNumber).finally(() => this.running.delete(companyNumber));
    this.running.set(companyNumber, job);
    return job;
  }

  isRunning(companyNumber: string): boolean {
    return this.running.has(companyNumber);
  }

  private async execute(companyNumber: string): Promise<CaptureJobRow> {
    const { deps } = this;
    const stamp = () => deps.now().toISOString();
    const previous = await deps.loadJob(companyNumber);
    let job: CaptureJobRow;
    if (previous?.state === 'running') {
      job = { ...previous, updatedAt: stamp() }; // resume: pending still holds what was in flight
    } else {
      const plan = planCapture(await deps.loadCaptures(companyNumber), deps.now(), this.options.freshForMs ?? 0);
      job = { companyNumber, state: 'running', startedAt: stamp(), updatedAt: stamp(), done: [], pending: plan, failed: [] };
    }
    await deps.saveJob(job);

    const queue = [...job.pending];
    // Job updates are serialised so concurrent workers never write an older state over a newer one.
    let saving = Promise.resolve();
    const update = (change: (j: CaptureJobRow) => void) => {
      change(job);
      job.updatedAt = stamp();
      const snapshot = structuredClone(job);
      saving = saving.then(() => deps.saveJob(snapshot));
      return saving;
    };

    // At most MAX_IN_FLIGHT requests, backing off on 429 and 5xx; parsing and storing hold no slot.
    const requests = createPoliteRequests({ maxInFlight: MAX_IN_FLIGHT, now: deps.now, sleep: deps.sleep });
    let active = 0;
    let finished: () => void = () => {};
    const allDone = new Promise<void>((resolve) => (finished = resolve));

    // Starts every queued page; each waits for a request slot. Called again as soon as a page 1 reveals
    // later pages, so those queue for a slot at once rather than a round later.
    const pump = () => {
      for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
        active++;
        void capture(key).finally(() => {
          active--;
          if (active === 0 && !queue.length) finished();
        });
      }
    };

    const capture = async (key: string) => {
      const { pageType, page } = parseKey(key);
      const url = companyPageUrl(companyNumber, pageType, page);
      try {
        const response = await requests.send(() => deps.fetchPage(url));
        if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
        const parsed = await deps.parsePage(response.html, url);
        if (!parsed) throw new Error('not a Companies House company page');
        const discovered: string[] = [];
        if (page === 1 && PAGINATED.includes(pageType) && parsed.pageType !== 'overview') {
          for (let p = 2; p <= parsed.record.lastPage; p++) {
            const next = pageKey(pageType, p);
            if (!job.pending.includes(next) && !job.done.includes(next) && !queue.includes(next)) discovered.push(next);
          }
          queue.push(...discovered);
          pump();
        }
        await deps.savePage(parsed);
        await update((j) => {
          j.pending = [...j.pending.filter((k) => k !== key), ...discovered];
          j.done.push(key);
        });
      } catch (error) {
        await update((j) => {
          j.pending = j.pending.filter((k) => k !== key);
          j.failed.push({ url, error: error instanceof Error ? error.message : String(error) });
        });
      }
    };

    pump();
    void deps.prepare?.().catch(() => undefined);
    if (active === 0) finished();
    await allDone;
    await update((j) => {
      j.state = j.failed.length ? 'failed' : 'done';
    });
    return job;
  }
}

export function jobProgress(job: CaptureJobRow): { done: number; total: number; failed: number } {
  return { done: job.done.length, total: job.done.length + job.pending.length + job.failed.length, failed: job.failed.length };
}
