import { captureAccounts, MAX_DOCUMENTS_IN_FLIGHT, type AccountsCaptureDeps, type AccountsCaptureResult } from '../accounts-capture/capture-accounts';
import { fetchAccountsDocument } from '../accounts-capture/fetch-document';
import { extractIxbrlFromHtml, offscreenAccountsReaders } from '../accounts-capture/offscreen-requests';
import { createPoliteRequests } from '../capture/polite-requests';
import type { ScoutDb } from '../db/schema';
import { sendToOffscreen } from './page-parser';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Fetches and stores the latest accounts' figures for a company. Documents are read where a DOM exists:
 * the offscreen document in Chrome, the event page itself in Firefox. One request limit is shared by every
 * company, and one run per company at a time.
 */
export function createAccountsService(db: ScoutDb) {
  const requests = createPoliteRequests({ maxInFlight: MAX_DOCUMENTS_IN_FLIGHT, now: () => new Date(), sleep });
  // Firefox's event page has a DOM and runs pdf.js itself; Chrome's worker has neither and asks the offscreen
  // document. The build-time flag keeps pdf.js out of Chrome's worker bundle.
  const readers: Pick<AccountsCaptureDeps, 'extractIxbrl' | 'readPdf'> =
    import.meta.env.FIREFOX && typeof DOMParser !== 'undefined'
      ? { extractIxbrl: (html) => extractIxbrlFromHtml(html, (h) => new DOMParser().parseFromString(h, 'text/html')), readPdf: async (bytes) => (await import('../accounts/pdf-text')).readPdfAccountsText(bytes) }
      : offscreenAccountsReaders((request) => sendToOffscreen(request));
  const deps: AccountsCaptureDeps = {
    loadFilings: (n) => db.filings.where('companyNumber').equals(n).toArray(),
    loadDocuments: (n) => db.accountsDocuments.where('companyNumber').equals(n).toArray(),
    loadPeriods: (n) => db.accountsPeriods.where('companyNumber').equals(n).toArray(),
    fetchDocument: (url) => fetchAccountsDocument(url),
    ...readers,
    saveAccounts: async ({ periods, document }) => {
      await db.transaction('rw', [db.accountsPeriods, db.accountsDocuments], async () => {
        if (periods.length) await db.accountsPeriods.bulkPut(periods);
        await db.accountsDocuments.put(document);
      });
    },
    sleep,
  };
  const running = new Map<string, Promise<AccountsCaptureResult>>();
  return {
    run(companyNumber: string): Promise<AccountsCaptureResult> {
      const existing = running.get(companyNumber);
      if (existing) return existing;
      const run = captureAccounts(deps, companyNumber, { now: () => new Date(), requests }).finally(() => running.delete(companyNumber));
      running.set(companyNumber, run);
      return run;
    },
  };
}
