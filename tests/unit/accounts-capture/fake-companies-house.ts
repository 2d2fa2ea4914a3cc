import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractIxbrlAccounts } from '../../../utils/accounts/ixbrl';
import { readPdfAccountsText } from '../../../utils/accounts/pdf-text';
import type { AccountsCaptureDeps, AccountsWrite } from '../../../utils/accounts-capture/capture-accounts';
import { documentUrl, type AccountsDocumentFormat } from '../../../utils/accounts-capture/document-url';
import type { FetchedDocument } from '../../../utils/accounts-capture/fetch-document';
import { COMPANIES_HOUSE_ORIGIN } from '../../../utils/companies-house/site';
import type { AccountsDocumentRow, AccountsPeriodRow, FilingRow } from '../../../utils/db/rows';
import { durationContext, instantContext, ixbrlDocument } from '../accounts/ixbrl-test-documents';

/**
 * A fake Companies House for captureAccounts on a virtual clock: each document request takes 100 virtual ms and
 * is counted while in flight. Documents are real files (tests/fixtures/accounts) or small iXBRL built here, and
 * the readers are the real ones (extractIxbrlAccounts on happy-dom's DOMParser, pdf.js), so parsing is real.
 */

export const LATENCY_MS = 100;
const FIXTURES = path.resolve(__dirname, '../../fixtures/accounts');
const START = Date.UTC(2026, 10, 23);

export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
export const ixbrlFixture = (name: string) => fixtureBytes(path.join('ixbrl', name));
export const utf8 = (text: string) => new TextEncoder().encode(text);

const PROVENANCE = { sourceUrl: `${COMPANIES_HOUSE_ORIGIN}/company/x/filing-history`, capturedAt: '2026-11-01T00:00:00.000Z', parserVersion: 1 };

/** An AA filing row as capture stores it, with the links Companies House shows for it. */
export function accountsRow(companyNumber: string, transactionId: string, madeUpTo: string, formats: AccountsDocumentFormat[], accountsType = 'small'): FilingRow {
  const base = `${COMPANIES_HOUSE_ORIGIN}/company/${companyNumber}/filing-history/${transactionId}/document`;
  return {
    key: transactionId,
    companyNumber,
    provenance: PROVENANCE,
    transactionId,
    date: madeUpTo,
    formCode: 'AA',
    description: `Accounts made up to ${madeUpTo}`,
    madeUpTo,
    accountsType,
    links: {
      pdf: formats.includes('pdf') ? `${base}?format=pdf&download=0` : null,
      ixbrl: formats.includes('ixbrl') ? `${base}?format=xhtml&download=1` : null,
      zip: null,
    },
    pageCount: 8,
  };
}

/** iXBRL with turnover for each [start, end, amount] year; the first is the report's own year. */
export function turnoverDocument(years: [string, string, number][]): Uint8Array {
  const contexts = years.flatMap(([start, end], i) => [durationContext(`y${i}`, start, end), instantContext(`y${i}-end`, end)]).join('\n');
  const body = years
    .map(([, , amount], i) => `<p><ix:nonFraction name="core:TurnoverRevenue" contextRef="y${i}" unitRef="GBP" decimals="0">${amount}</ix:nonFraction></p>`)
    .join('\n');
  return utf8(ixbrlDocument({ body, contexts }));
}

export interface Served {
  bytes: Uint8Array;
  contentType?: string;
  /** Statuses answered in turn before a 200 (e.g. [429], [503, 503]). */
  statuses?: number[];
  /** Thrown instead of answering, once per entry. */
  networkErrors?: number;
}

export interface FakeOptions {
  filings: FilingRow[];
  documents?: AccountsDocumentRow[];
  periods?: AccountsPeriodRow[];
  /** By document URL. */
  served: Record<string, Served>;
}

export function link(companyNumber: string, transactionId: string, format: AccountsDocumentFormat): string {
  return documentUrl(companyNumber, transactionId, format);
}

export function fakeCompaniesHouse(options: FakeOptions) {
  let clock = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const timers: { at: number; resolve: () => void }[] = [];
  const requests: { url: string; at: number }[] = [];
  const writes: AccountsWrite[] = [];
  const sleep = (ms: number) => new Promise<void>((resolve) => timers.push({ at: clock + ms, resolve }));

  const deps: AccountsCaptureDeps = {
    loadFilings: async (n) => options.filings.filter((f) => f.companyNumber === n),
    loadDocuments: async (n) => (options.documents ?? []).filter((d) => d.companyNumber === n),
    loadPeriods: async (n) => (options.periods ?? []).filter((p) => p.companyNumber === n),
    async fetchDocument(url): Promise<FetchedDocument> {
      requests.push({ url, at: clock });
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await sleep(LATENCY_MS);
      inFlight--;
      const served = options.served[url];
      if (served?.networkErrors) {
        served.networkErrors--;
        throw new TypeError('Failed to fetch');
      }
      const status = served ? (served.statuses?.shift() ?? 200) : 404;
      const ok = status === 200 && served;
      return {
        status,
        contentType: ok ? (served.contentType ?? (url.includes('format=pdf') ? 'application/pdf' : 'application/xhtml+xml')) : 'text/html',
        bytes: ok ? served.bytes : new Uint8Array(),
        finalUrl: `https://s3.eu-west-2.amazonaws.com/document-api-images-live.ch.gov.uk/docs/${encodeURIComponent(url)}`,
        retryAfterSeconds: status === 429 ? 2 : null,
      };
    },
    extractIxbrl: (html) => extractIxbrlAccounts(new DOMParser().parseFromString(html, 'text/html')),
    readPdf: (bytes) => readPdfAccountsText(bytes),
    async saveAccounts(write) {
      writes.push(structuredClone(write));
    },
    sleep,
  };

  /** Runs `work` to the end, moving the virtual clock to the next timer whenever nothing else can proceed. */
  async function run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    while (!settled) {
      // Real time passes too: pdf.js parses on real timers and promises.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (settled || !timers.length) continue;
      timers.sort((a, b) => a.at - b.at);
      const next = timers.shift()!;
      clock = Math.max(clock, next.at);
      next.resolve();
    }
    return work;
  }

  return {
    deps,
    requests,
    writes,
    run,
    now: () => new Date(START + clock),
    get maxInFlight() {
      return maxInFlight;
    },
    get clock() {
      return clock;
    },
    /** Every period row written, in order. */
    get periods() {
      return writes.flatMap((w) => w.periods);
    },
    document(transactionId: string) {
      return writes.find((w) => w.document.transactionId === transactionId)?.document;
    },
  };
}
