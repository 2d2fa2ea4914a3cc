import { accountsFilings, lacksPriorYear, previousAccounts, type AccountsFiling } from '../accounts/filings';
import type { AccountsExtract, PdfAccountsText } from '../accounts/records';
import type { AccountsDocumentRow, AccountsPeriodRow, FilingRow } from '../db/rows';
import { accountsDocumentLink, type AccountsDocumentLink } from './document-url';
import type { FetchedDocument } from './fetch-document';
import { describeFetchFailure, describeHttpStatus } from './failures';
import { hasFigure, periodRowFromPdf, periodRowsFromIxbrl, type DocumentSource } from './period-rows';
import { createPoliteRequests, type PoliteRequests } from '../capture/polite-requests';

/**
 * Fetch and store the latest accounts' figures for one company: the latest set, and the set before it when the
 * latest does not give the prior year. Each document's outcome is stored as it arrives (figures as periods, and
 * what became of the document), so a scan or a failure is recorded too; a failed document is retried next run,
 * any other is not fetched again. Throws only for a bug or a store that will not write.
 */

export const MAX_DOCUMENTS_IN_FLIGHT = 2;

export interface AccountsWrite {
  periods: AccountsPeriodRow[];
  document: AccountsDocumentRow;
}

export interface AccountsCaptureDeps {
  loadFilings(companyNumber: string): Promise<FilingRow[]>;
  loadDocuments(companyNumber: string): Promise<AccountsDocumentRow[]>;
  /** Periods stored by earlier runs: a document not fetched again still tells whether its prior year is known. */
  loadPeriods(companyNumber: string): Promise<AccountsPeriodRow[]>;
  /** Follows the redirect to the document store. */
  fetchDocument(url: string): Promise<FetchedDocument>;
  /** Runs where a DOM exists (the offscreen document in Chrome). */
  extractIxbrl(html: string): Promise<AccountsExtract> | AccountsExtract;
  /** Rejects when the bytes are not a readable PDF. */
  readPdf(bytes: Uint8Array): Promise<PdfAccountsText>;
  /** One call per document, written together. */
  saveAccounts(write: AccountsWrite): Promise<void>;
  sleep(ms: number): Promise<void>;
}

export interface AccountsCaptureOptions {
  now(): Date;
  /** Share one across runs to keep the in-flight limit and back-off for all companies at once. */
  requests?: PoliteRequests;
}

export interface AccountsCaptureResult {
  /** Documents requested this run (whatever became of them). */
  fetched: number;
  extracted: number;
  noFigures: number;
  notMachineReadable: number;
  failed: number;
  /** Documents already recorded (and not failed), so not fetched again. */
  skipped: number;
  /** Period rows written. */
  periods: number;
}

type Outcome =
  | { kind: 'failed'; error: string; warnings: string[] }
  | { kind: 'ixbrl'; extract: AccountsExtract }
  | { kind: 'pdf'; text: PdfAccountsText };

function decodeText(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readDocument(deps: AccountsCaptureDeps, requests: PoliteRequests, link: AccountsDocumentLink): Promise<Outcome> {
  let response: FetchedDocument;
  try {
    response = await requests.send(() => deps.fetchDocument(link.url));
  } catch (error) {
    return { kind: 'failed', error: describeFetchFailure(error), warnings: [] };
  }
  if (response.status < 200 || response.status >= 300) return { kind: 'failed', error: describeHttpStatus(response.status), warnings: [] };
  if (response.bytes.length === 0) return { kind: 'failed', error: 'the document came back empty', warnings: [] };

  if (link.format === 'ixbrl') {
    try {
      return { kind: 'ixbrl', extract: await deps.extractIxbrl(decodeText(response.bytes, response.contentType)) };
    } catch (error) {
      return { kind: 'failed', error: `could not read the iXBRL document: ${message(error)}`, warnings: [] };
    }
  }
  try {
    return { kind: 'pdf', text: await deps.readPdf(response.bytes) };
  } catch (error) {
    const served = response.contentType && !/pdf/i.test(response.contentType) ? ` (Companies House sent ${response.contentType})` : '';
    return { kind: 'failed', error: `could not read the PDF${served}: ${message(error)}`, warnings: [] };
  }
}

/** The rows for one document's outcome; `periods` newest first, the document's own year first. */
function rowsFor(outcome: Outcome, accounts: AccountsFiling, source: DocumentSource, format: AccountsDocumentRow['format']): AccountsWrite {
  const document: AccountsDocumentRow = {
    companyNumber: source.companyNumber,
    transactionId: source.transactionId,
    madeUpTo: accounts.madeUpTo,
    format,
    documentUrl: source.documentUrl,
    status: 'failed',
    incomeLines: [],
    warnings: [],
    error: null,
    fetchedAt: source.capturedAt,
  };
  switch (outcome.kind) {
    case 'failed':
      return { periods: [], document: { ...document, error: outcome.error, warnings: outcome.warnings } };
    case 'ixbrl': {
      const { extract } = outcome;
      const periods = periodRowsFromIxbrl(extract, source);
      const warnings = [...extract.warnings];
      if (extract.companyNumber && extract.companyNumber !== source.companyNumber) {
        warnings.push(`the document names company ${extract.companyNumber}, not ${source.companyNumber}`);
      }
      return { periods, document: { ...document, status: periods.some(hasFigure) ? 'extracted' : 'no-figures', warnings } };
    }
    case 'pdf': {
      const { text } = outcome;
      if (!text.machineReadable) return { periods: [], document: { ...document, status: 'not-machine-readable', warnings: text.warnings } };
      const { period, warnings } = periodRowFromPdf(text, accounts.madeUpTo, source);
      const incomeLines = text.incomeLines.map((line) => ({ label: line.label, text: line.text, figures: line.figures }));
      return {
        periods: period ? [period] : [],
        document: { ...document, status: period ? 'extracted' : 'no-figures', incomeLines, warnings: [...text.warnings, ...warnings] },
      };
    }
  }
}

async function settleAll(tasks: Promise<unknown>[]): Promise<void> {
  const rejected = (await Promise.allSettled(tasks)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
}

export async function captureAccounts(deps: AccountsCaptureDeps, companyNumber: string, options: AccountsCaptureOptions): Promise<AccountsCaptureResult> {
  const requests = options.requests ?? createPoliteRequests({ maxInFlight: MAX_DOCUMENTS_IN_FLIGHT, now: options.now, sleep: deps.sleep });
  const [filings, documents, stored] = await Promise.all([deps.loadFilings(companyNumber), deps.loadDocuments(companyNumber), deps.loadPeriods(companyNumber)]);
  const summary: AccountsCaptureResult = { fetched: 0, extracted: 0, noFigures: 0, notMachineReadable: 0, failed: 0, skipped: 0, periods: 0 };
  const recorded = new Set(documents.filter((d) => d.status !== 'failed').map((d) => d.transactionId));
  // Years that already have a figure: a later document's comparative does not replace them (a year's own
  // accounts say it first-hand; a comparative fills a gap only).
  const yearsWithFigures = new Set(stored.filter(hasFigure).map((p) => p.end));

  /** Fetches, reads and stores one set of accounts; resolves with its periods, newest first. */
  const capture = async (accounts: AccountsFiling | null): Promise<AccountsPeriodRow[]> => {
    const link = accounts ? accountsDocumentLink(accounts.filing) : null;
    if (!accounts || !link) return [];
    if (recorded.has(link.transactionId)) {
      summary.skipped++;
      return stored.filter((p) => p.source.transactionId === link.transactionId).sort((a, b) => b.end.localeCompare(a.end));
    }
    summary.fetched++;
    const outcome = await readDocument(deps, requests, link);
    const source: DocumentSource = { companyNumber, transactionId: link.transactionId, documentUrl: link.url, capturedAt: options.now().toISOString() };
    const { periods, document } = rowsFor(outcome, accounts, source, link.format);
    const written = periods.filter((p, i) => i === 0 || !yearsWithFigures.has(p.end));
    for (const p of written) if (hasFigure(p)) yearsWithFigures.add(p.end);

    await deps.saveAccounts({ periods: written, document });
    summary.periods += written.length;
    if (document.status === 'extracted') summary.extracted++;
    else if (document.status === 'no-figures') summary.noFigures++;
    else if (document.status === 'not-machine-readable') summary.notMachineReadable++;
    else summary.failed++;
    return periods;
  };

  // The newest accounts that have a document; a set filed but not yet online cannot be read.
  const latest = accountsFilings(filings).find((a) => accountsDocumentLink(a.filing) !== null) ?? null;
  if (!latest) return summary;
  const previous = previousAccounts(filings, latest);
  if (accountsDocumentLink(latest.filing)?.format === 'pdf') {
    // A PDF gives a period for its own year only, so the year before needs its own accounts: fetch both now.
    await settleAll([capture(latest), capture(previous)]);
  } else if (lacksPriorYear({ periods: await capture(latest) })) {
    await capture(previous);
  }
  return summary;
}
