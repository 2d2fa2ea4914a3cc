import { describe, expect, it } from 'vitest';
import { CaptureAll, jobProgress, planCapture, type CaptureAllDeps, type FetchedPage } from '../../../utils/capture/capture-all';
import type { ParsedPage } from '../../../utils/companies-house/records';
import type { CaptureJobRow, PageCaptureRow } from '../../../utils/db/rows';

const BASE = 'https://find-and-update.company-information.service.gov.uk/company/09876543';
const LAST_PAGES: Record<string, number> = { 'filing-history': 3, officers: 2, psc: 1 };

/** A fake site on a virtual clock: each request takes `latency` virtual ms; statuses can be scripted per URL. */
function fakeSite(script: Record<string, number[]> = {}) {
  let clock = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const requests: { url: string; at: number }[] = [];
  const saved: ParsedPage[] = [];
  let job: CaptureJobRow | undefined;
  const timers: { at: number; resolve: () => void }[] = [];
  const sleep = (ms: number) => new Promise<void>((resolve) => timers.push({ at: clock + ms, resolve }));
  // Advance the virtual clock to the next timer whenever everything else is waiting.
  const tick = async () => {
    for (;;) {
      await new Promise((r) => setTimeout(r, 0));
      if (!timers.length) return;
      timers.sort((a, b) => a.at - b.at);
      const next = timers.shift()!;
      clock = Math.max(clock, next.at);
      next.resolve();
    }
  };
  const deps: CaptureAllDeps = {
    async fetchPage(url): Promise<FetchedPage> {
      requests.push({ url, at: clock });
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await sleep(100);
      inFlight--;
      const status = script[url]?.shift() ?? 200;
      return { status, html: url, retryAfterSeconds: status === 429 ? 2 : null };
    },
    parsePage(html): ParsedPage {
      const url = new URL(html);
      const [, , , tab] = url.pathname.split('/');
      const page = Number(url.searchParams.get('page') ?? 1);
      const pageType = tab === 'filing-history' ? 'filing-history' : tab === 'officers' ? 'officers' : tab === 'persons-with-significant-control' ? 'psc' : 'overview';
      const lastPage = LAST_PAGES[pageType] ?? 1;
      const record = pageType === 'overview' ? {} : { page, lastPage };
      return { pageType, companyNumber: '09876543', url: html, warnings: [], record } as unknown as ParsedPage;
    },
    async savePage(page) {
      saved.push(page);
    },
    async loadJob() {
      return job && structuredClone(job);
    },
    async saveJob(j) {
      job = structuredClone(j);
    },
    async loadCaptures() {
      return [];
    },
    now: () => new Date(Date.UTC(2026, 10, 23) + clock),
    sleep,
  };
  return { deps, requests, saved, tick, get maxInFlight() { return maxInFlight; }, get job() { return job; }, set job(j) { job = j; }, get clock() { return clock; } };
}

const freshOverview: PageCaptureRow = { companyNumber: '09876543', pageType: 'overview', page: 1, lastPage: 1, url: BASE, capturedAt: new Date(Date.UTC(2026, 10, 23)).toISOString(), itemCount: 1, warnings: [], filtered: false };

async function runToEnd(site: ReturnType<typeof fakeSite>, capture: CaptureAll) {
  const done = capture.run('09876543');
  await site.tick();
  return done;
}

describe('capture all', () => {
  it('fetches every tab and page with at most 3 requests in flight', async () => {
    const site = fakeSite();
    const job = await runToEnd(site, new CaptureAll(site.deps));
    expect(job.state).toBe('done');
    expect(job.done.sort()).toEqual(['filing-history:1', 'filing-history:2', 'filing-history:3', 'officers:1', 'officers:2', 'overview:1', 'psc:1']);
    expect(site.saved).toHaveLength(7);
    expect(site.maxInFlight).toBe(3);
    expect(site.requests.map((r) => r.url)).toContain(`${BASE}/filing-history?page=3`);
  });

  it('takes two round trips when the tab the user is on was just captured', async () => {
    const site = fakeSite();
    site.deps.loadCaptures = async () => [freshOverview];
    await runToEnd(site, new CaptureAll(site.deps, { freshForMs: 60_000 }));
    expect(site.requests).toHaveLength(6);
    expect(site.clock).toBe(200);
  });

  it('starts later pages as soon as page 1 is read, while slow storing goes on beside them', async () => {
    const site = fakeSite();
    site.deps.loadCaptures = async () => [freshOverview];
    const save = site.deps.savePage;
    site.deps.savePage = async (page) => {
      await site.deps.sleep(300);
      await save(page);
    };
    await runToEnd(site, new CaptureAll(site.deps, { freshForMs: 60_000 }));
    const at = (path: string) => site.requests.find((r) => r.url === `${BASE}${path}`)!.at;
    expect(at('/filing-history?page=2')).toBe(100);
    expect(at('/filing-history?page=3')).toBe(100);
    expect(at('/officers?page=2')).toBe(100);
  });

  it('backs off on 429 and 5xx, then carries on', async () => {
    const site = fakeSite({ [`${BASE}/officers`]: [429, 200], [`${BASE}/persons-with-significant-control`]: [503, 502, 200] });
    const job = await runToEnd(site, new CaptureAll(site.deps));
    expect(job.state).toBe('done');
    const officerTries = site.requests.filter((r) => r.url === `${BASE}/officers`);
    expect(officerTries).toHaveLength(2);
    // Retry-After: 2 seconds, honoured before the retry.
    expect(officerTries[1]!.at - officerTries[0]!.at).toBeGreaterThanOrEqual(2000);
    expect(site.requests.filter((r) => r.url.endsWith('persons-with-significant-control'))).toHaveLength(3);
  });

  it('gives up on a page after repeated errors and says which', async () => {
    const site = fakeSite({ [`${BASE}/persons-with-significant-control`]: [500, 500, 500, 500, 500] });
    const job = await runToEnd(site, new CaptureAll(site.deps));
    expect(job.state).toBe('failed');
    expect(job.failed).toEqual([{ url: `${BASE}/persons-with-significant-control`, error: 'HTTP 500 after 5 attempts' }]);
    expect(jobProgress(job)).toEqual({ done: 6, total: 7, failed: 1 });
  });

  it('resumes a job the stopped worker left running, fetching only what was pending', async () => {
    const site = fakeSite();
    site.job = { companyNumber: '09876543', state: 'running', startedAt: '2026-11-23T00:00:00.000Z', updatedAt: '2026-11-23T00:00:01.000Z', done: ['filing-history:1', 'officers:1', 'psc:1', 'overview:1'], pending: ['filing-history:2', 'filing-history:3', 'officers:2'], failed: [] };
    const job = await runToEnd(site, new CaptureAll(site.deps));
    expect(site.requests.map((r) => r.url).sort()).toEqual([`${BASE}/filing-history?page=2`, `${BASE}/filing-history?page=3`, `${BASE}/officers?page=2`]);
    expect(job).toMatchObject({ state: 'done', pending: [] });
    expect(job.done).toHaveLength(7);
  });

  it('plans later pages it already knows of and skips fresh ones', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const row = (pageType: PageCaptureRow['pageType'], page: number, lastPage: number, minutesAgo: number): PageCaptureRow => ({ companyNumber: '09876543', pageType, page, lastPage, url: '', capturedAt: new Date(now.getTime() - minutesAgo * 60_000).toISOString(), itemCount: 1, warnings: [], filtered: false });
    const plan = planCapture([row('filing-history', 1, 3, 1), row('filing-history', 2, 3, 1), row('officers', 1, 2, 90)], now, 10 * 60_000);
    expect(plan).toEqual(['filing-history:3', 'officers:1', 'psc:1', 'overview:1']);
  });
});
