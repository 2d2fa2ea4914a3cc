import type { OdsSummary } from './merge';

/** What the options page shows while an ODS import runs; kept in storage.local so a reopened page sees it. */
export type OdsImportStatus =
  | { state: 'running'; phase: 'downloading' | 'reading' | 'writing'; done: number; total: number; startedAt: string }
  | { state: 'done'; summary: OdsSummary; finishedAt: string; fileNames: string[] }
  | { state: 'failed'; error: string; finishedAt: string };

export const ODS_STATUS_KEY = 'odsImportStatus';

/** ODS publishes monthly; data older than this gets a reminder to refresh. */
export const ODS_STALE_AFTER_MONTHS = 2;

export function isStale(snapshotDate: string, today: string): boolean {
  const [y, m, d] = snapshotDate.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1 + ODS_STALE_AFTER_MONTHS, d)).toISOString().slice(0, 10);
  return today > limit;
}
