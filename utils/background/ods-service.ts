import { browser } from 'wxt/browser';
import { importOdsFiles as storeOdsFiles } from '../db/ods-store';
import type { ScoutDb } from '../db/schema';
import { base64ToBytes } from '../accounts-capture/base64';
import { isoToday } from '../format/dates';
import type { OdsSummary } from '../ods/merge';
import { readOdsFile } from '../ods/read-file';
import type { OdsFileContents } from '../ods/rows';
import { ODS_STATUS_KEY, type OdsImportStatus } from '../ods/import-status';

/** The ODS Data Search and Export reports (headerless CSV): the manifest grants this path and no other. */
export const ODS_REPORTS_URL = 'https://www.odsdatasearchandexport.nhs.uk/api/getReport';
export const ODS_REPORTS = ['epcn', 'epcncorepartnerdetails', 'epraccur'] as const;

async function publish(status: OdsImportStatus): Promise<void> {
  await browser.storage.local.set({ [ODS_STATUS_KEY]: status });
}

/** Reads and stores ODS files, publishing progress; a failure leaves the stored dataset as it was. */
export async function runOdsImport(db: ScoutDb, load: (report: (phase: 'downloading' | 'reading', done: number, total: number) => Promise<void>) => Promise<OdsFileContents[]>): Promise<OdsSummary> {
  const startedAt = new Date().toISOString();
  try {
    const files = await load((phase, done, total) => publish({ state: 'running', phase, done, total, startedAt }));
    let last = 0;
    const summary = await storeOdsFiles(db, files, {
      onProgress: ({ done, total }) => {
        // Storage writes are cheap but not free: publish about every 5%.
        if (done === total || done - last >= total / 20) {
          last = done;
          void publish({ state: 'running', phase: 'writing', done, total, startedAt });
        }
      },
    });
    await publish({ state: 'done', summary, finishedAt: new Date().toISOString(), fileNames: files.map((f) => f.fileName) });
    return summary;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await publish({ state: 'failed', error: message, finishedAt: new Date().toISOString() });
    throw new Error(message);
  }
}

/** Imports files the user chose (all or none): a file that cannot be read stops the import before any write. */
export function importOdsFiles(db: ScoutDb, files: { fileName: string; base64: string }[]): Promise<OdsSummary> {
  return runOdsImport(db, async (report) => {
    const today = isoToday(new Date());
    const contents: OdsFileContents[] = [];
    for (const [index, file] of files.entries()) {
      await report('reading', index, files.length);
      contents.push(readOdsFile(file.fileName, base64ToBytes(file.base64), { today }));
    }
    return contents;
  });
}

/** Fetches the three current reports from NHS ODS and imports them, dated today. */
export function downloadOdsReports(db: ScoutDb, fetchReport: (url: string) => Promise<Response> = (url) => fetch(url, { credentials: 'omit' })): Promise<OdsSummary> {
  return runOdsImport(db, async (report) => {
    const today = isoToday(new Date());
    const files: OdsFileContents[] = [];
    for (const [index, name] of ODS_REPORTS.entries()) {
      await report('downloading', index, ODS_REPORTS.length);
      const url = `${ODS_REPORTS_URL}?report=${name}`;
      let response: Response;
      try {
        response = await fetchReport(url);
      } catch {
        throw new Error(`could not reach NHS ODS to download the ${name} report (offline?)`);
      }
      if (!response.ok) throw new Error(`NHS ODS answered ${response.status} for the ${name} report; try again later`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      await report('reading', index, ODS_REPORTS.length);
      files.push(readOdsFile(`${name}.csv`, bytes, { snapshotDate: today, today }));
    }
    return files;
  });
}
