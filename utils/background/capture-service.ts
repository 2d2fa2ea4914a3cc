import { CaptureAll, type FetchedPage } from '../capture/capture-all';
import { savePage } from '../capture/save-page';
import type { ScoutDb } from '../db/schema';
import { parseFetchedPage, prepareFetchedPageParser } from './page-parser';

/** Pages captured within this window are not fetched again by capture-all (the tab the user is on). */
const FRESH_FOR_MS = 10 * 60_000;

async function fetchCompanyPage(url: string): Promise<FetchedPage> {
  // No cookies: Companies House keeps filing-history filters in a cookie, and capture-all wants every row.
  const response = await fetch(url, { credentials: 'omit', redirect: 'follow' });
  const retryAfter = Number(response.headers.get('retry-after'));
  return { status: response.status, html: await response.text(), retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null };
}

export function createCaptureService(db: ScoutDb): CaptureAll {
  return new CaptureAll(
    {
      fetchPage: fetchCompanyPage,
      parsePage: parseFetchedPage,
      prepare: prepareFetchedPageParser,
      savePage: async (page) => void (await savePage(db, page, new Date())),
      loadJob: (companyNumber) => db.captureJobs.get(companyNumber),
      saveJob: async (job) => void (await db.captureJobs.put(job)),
      loadCaptures: (companyNumber) => db.pageCaptures.where('companyNumber').equals(companyNumber).toArray(),
      now: () => new Date(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    },
    { freshForMs: FRESH_FOR_MS },
  );
}

/** Jobs left running when the browser stopped the background worker. */
export async function runningCaptureJobs(db: ScoutDb): Promise<string[]> {
  return (await db.captureJobs.where('state').equals('running').toArray()).map((job) => job.companyNumber);
}
