import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appointmentKey, filingKey, pscKey } from '../../../utils/capture/save-page';
import type { AccountsExtract } from '../../../utils/accounts/records';
import type { ParsedPage } from '../../../utils/companies-house/records';
import type { PageCaptureRow, Provenance } from '../../../utils/db/rows';
import { periodRowFromPdf, periodRowsFromIxbrl } from '../../../utils/accounts-capture/period-rows';
import { periodsFromIxbrl, periodsFromPdf } from '../../../utils/readiness/accounts-periods';
import { assessReadiness } from '../../../utils/readiness/assess';
import { DEFAULT_CRITERIA } from '../../../utils/readiness/criteria';
import { readinessInputFromPages } from '../../../utils/readiness/from-pages';
import { readinessInputFromStore } from '../../../utils/readiness/from-store';
import { capturedFromPages } from '../../../utils/readiness/input';
import { TODAY } from './helpers';

/** The parsers' expected outputs beside the Companies House fixtures are ParsedPages. */
const CH = join(import.meta.dirname, '..', '..', 'fixtures', 'companies-house');
const page = (name: string) => JSON.parse(readFileSync(join(CH, `${name}.expected.json`), 'utf8')) as ParsedPage;
const NORTHFIELD = ['northfield-overview', 'northfield-filing-history-1', 'northfield-filing-history-2', 'northfield-filing-history-3', 'northfield-officers-1', 'northfield-officers-2', 'northfield-psc'].map(page);

const extract = (over: Partial<AccountsExtract> = {}): AccountsExtract => ({
  periods: [
    { start: '2024-04-01', end: '2025-03-31', turnover: 2_412_345, profitLoss: 61_200, netAssets: 412_800, employees: 48 },
    { start: '2023-04-01', end: '2024-03-31', turnover: 2_108_000, profitLoss: 38_950, netAssets: 351_600, employees: 41 },
  ],
  dormant: false,
  regime: 'small',
  currency: 'GBP',
  companyNumber: '09876543',
  companyName: 'NORTHFIELD GP FEDERATION LIMITED',
  warnings: [],
  ...over,
});

describe('capturedFromPages', () => {
  it('complete only when every page up to the last is there, unfiltered', () => {
    const fh = (page: number, lastPage = 3, filtered = false) => ({ pageType: 'filing-history' as const, page, lastPage, filtered });
    expect(capturedFromPages([])).toEqual({ overview: false, filingHistory: false, officers: false, psc: false });
    expect(capturedFromPages([fh(1), fh(2), fh(3)]).filingHistory).toBe(true);
    expect(capturedFromPages([fh(1), fh(3)]).filingHistory).toBe('partial');
    expect(capturedFromPages([fh(1, 1, true)]).filingHistory).toBe('partial');
    expect(capturedFromPages([fh(1, 1, true), fh(1, 1)]).filingHistory).toBe(true);
    expect(capturedFromPages([{ pageType: 'officers', page: 1, lastPage: 1, filtered: true }]).officers).toBe('partial');
  });
});

describe('readinessInputFromPages', () => {
  it('merges the pages of one company in any order, once each, as the register lists them', () => {
    const shuffled = [NORTHFIELD[5]!, NORTHFIELD[2]!, NORTHFIELD[0]!, NORTHFIELD[6]!, NORTHFIELD[3]!, NORTHFIELD[1]!, NORTHFIELD[4]!, NORTHFIELD[1]!, page('northfield-filing-history-filtered')];
    const { input, warnings } = readinessInputFromPages(shuffled);
    expect(warnings).toEqual([]);
    expect(input.company).toEqual({ companyNumber: '09876543', overview: NORTHFIELD[0]!.record, overviewUrl: 'https://find-and-update.company-information.service.gov.uk/company/09876543' });
    expect(input.filings).toHaveLength(60);
    expect(input.filings[0]?.date).toBe('2026-08-24');
    expect(input.filings.at(-1)?.formCode).toBe('NEWINC');
    expect(input.officers).toHaveLength(40);
    expect(input.pscs).toHaveLength(1);
    expect(input.captured).toEqual({ overview: true, filingHistory: true, officers: true, psc: true });
    expect(input.accountsPeriods).toEqual([]);
  });

  it('a filtered or incomplete tab is partial', () => {
    const { input } = readinessInputFromPages([page('northfield-filing-history-filtered'), NORTHFIELD[4]!]);
    expect(input.captured).toMatchObject({ filingHistory: 'partial', officers: 'partial' });
  });

  it('refuses pages of two companies, and no pages', () => {
    expect(() => readinessInputFromPages([NORTHFIELD[0]!, page('hollins-dissolved-overview')])).toThrow(/more than one company/);
    expect(() => readinessInputFromPages([])).toThrow(/no pages/);
  });

  it('iXBRL figures point at the filing whose accounts they are', () => {
    const { input } = readinessInputFromPages(NORTHFIELD, { accounts: { format: 'ixbrl', extract: extract(), documentUrl: 'file:///tmp/a.xhtml' } });
    expect(input.accountsPeriods).toEqual([
      { start: '2024-04-01', end: '2025-03-31', turnover: 2_412_345, profitLoss: 61_200, netAssets: 412_800, employees: 48, dormant: false, regime: 'small', currency: 'GBP', source: { transactionId: 'MzQ1NjgyODYwN2FkaXF6a2N4', documentUrl: 'file:///tmp/a.xhtml', format: 'ixbrl' } },
      { start: '2023-04-01', end: '2024-03-31', turnover: 2_108_000, profitLoss: 38_950, netAssets: 351_600, employees: 41, dormant: null, regime: 'small', currency: 'GBP', source: { transactionId: 'MzQ1NjgyODYwN2FkaXF6a2N4', documentUrl: 'file:///tmp/a.xhtml', format: 'ixbrl' } },
    ]);
    expect(periodsFromIxbrl(extract(), [], 'file:///a')[0]?.source.transactionId).toBeNull();
    expect(periodsFromIxbrl(extract({ periods: [] }), [], 'file:///a')).toEqual([]);
  });
});

describe('periodsFromPdf', () => {
  const income = (years: (number | null)[]) => ({
    machineReadable: true as const,
    warnings: [],
    incomeLines: [
      { label: 'income', text: '', page: 2, figures: [{ year: 2025, amount: 10 }] },
      { label: 'turnover', text: '', page: 2, figures: years.map((year, i) => ({ year, amount: 1_000_000 - i * 100_000 })) },
    ],
  });
  const filings = readinessInputFromPages(NORTHFIELD).input.filings;

  it('places each column year at the year end of the accounts made up to a date in that year', () => {
    const { periods, warnings } = periodsFromPdf(income([2025, 2024]), filings, null, 'file:///a.pdf');
    expect(warnings).toEqual([]);
    expect(periods.map((p) => [p.end, p.turnover, p.source.transactionId])).toEqual([
      ['2025-03-31', 1_000_000, 'MzQ1NjgyODYwN2FkaXF6a2N4'],
      ['2024-03-31', 900_000, 'MzQ1NjgyODYwN2FkaXF6a2N4'],
    ]);
  });

  it('else at the overview\'s year end moved to that year; else leaves the figure out, saying so', () => {
    expect(periodsFromPdf(income([2024]), [], '2025-02-28', 'file:///a.pdf').periods[0]?.end).toBe('2024-02-28');
    expect(periodsFromPdf(income([2024]), [], '2024-02-29', 'file:///a.pdf').periods[0]?.end).toBe('2024-02-29');
    expect(periodsFromPdf(income([2023]), [], '2024-02-29', 'file:///a.pdf').periods[0]?.end).toBe('2023-02-28');
    const unplaced = periodsFromPdf(income([2025]), [], null, 'file:///a.pdf');
    expect(unplaced.periods).toEqual([]);
    expect(unplaced.warnings[0]).toMatch(/^turnover for 2025 in the accounts PDF: no year end known/);
  });

  it('a scan, or lines without column years, give no figures and a warning', () => {
    expect(periodsFromPdf({ machineReadable: false, warnings: [] }, filings, null, 'file:///a.pdf')).toEqual({ periods: [], warnings: ['the accounts PDF has no text layer (a scan): read its turnover by eye'] });
    // The turnover line is preferred; without column years, another income line that has them is used.
    expect(periodsFromPdf(income([null]), filings, null, 'file:///a.pdf').periods.map((p) => p.turnover)).toEqual([10]);
    expect(periodsFromPdf({ machineReadable: true, warnings: [], incomeLines: [{ label: 'turnover', text: '', page: 1, figures: [{ year: null, amount: 5 }] }] }, filings, null, 'file:///a.pdf').warnings[0]).toMatch(/no column years/);
  });
});

describe('readinessInputFromStore', () => {
  it('builds from store rows what the pages give, so the popup and the CLI agree', () => {
    const provenance = (url: string): Provenance => ({ sourceUrl: url, capturedAt: '2026-09-01T10:00:00Z', parserVersion: 1 });
    const n = '09876543';
    const pages = NORTHFIELD;
    const rowsOf = <T extends ParsedPage['pageType']>(type: T) => pages.filter((p): p is Extract<ParsedPage, { pageType: T }> => p.pageType === type);
    const overviewPage = rowsOf('overview')[0]!;
    const fromStore = readinessInputFromStore({
      companyNumber: n,
      company: { companyNumber: n, name: overviewPage.companyName ?? null, overview: overviewPage.record, provenance: provenance(overviewPage.url), updatedAt: '2026-09-01T10:00:00Z' },
      pageCaptures: pages.map((p): PageCaptureRow => ({
        companyNumber: n, pageType: p.pageType, page: p.pageType === 'overview' ? 1 : p.record.page, lastPage: p.pageType === 'overview' ? 1 : p.record.lastPage,
        url: p.url, capturedAt: '2026-09-01T10:00:00Z', itemCount: 1, warnings: [], filtered: false,
      })),
      // The store gives rows in key order, not page order.
      filings: rowsOf('filing-history').flatMap((p) => p.record.filings.map((f) => ({ ...f, key: filingKey(n, f), companyNumber: n, provenance: provenance(p.url) }))).reverse(),
      officers: rowsOf('officers').flatMap((p) => p.record.officers.map((o) => ({ ...o, appointmentKey: appointmentKey(n, o), companyNumber: n, nameKey: '', provenance: provenance(p.url) }))),
      pscs: rowsOf('psc').flatMap((p) => p.record.pscs.map((s) => ({ ...s, pscKey: pscKey(n, s), companyNumber: n, provenance: provenance(p.url) }))),
      accountsPeriods: [],
      clips: [
        { id: 'c1', companyNumber: n, siteOrigin: 'https://example.nhs.uk', url: 'https://example.nhs.uk/services', kind: 'services', heading: 'Our services', items: ['Phlebotomy'], capturedAt: '2026-09-01T10:00:00Z' },
        { id: 'c2', companyNumber: '00000001', siteOrigin: 'https://other.nhs.uk', url: 'https://other.nhs.uk/services', kind: 'services', heading: null, items: ['Other'], capturedAt: '2026-09-01T10:00:00Z' },
      ],
      pcnLinks: [{ companyNumber: n, pcnCode: 'U12345', status: 'confirmed', confidence: 1, evidence: [], updatedAt: '2026-09-01T10:00:00Z' }],
      pcnNames: new Map([['U12345', 'Northfield North PCN']]),
    });
    const fromPages = readinessInputFromPages(pages, {
      clips: [{ kind: 'services', items: ['Phlebotomy'], url: 'https://example.nhs.uk/services' }],
      linkedPcns: [{ pcnCode: 'U12345', pcnName: 'Northfield North PCN', status: 'confirmed', confidence: 1 }],
    }).input;
    const storeResult = assessReadiness(fromStore, DEFAULT_CRITERIA, TODAY);
    expect(storeResult).toEqual(assessReadiness(fromPages, DEFAULT_CRITERIA, TODAY));
    expect(fromStore.clips).toHaveLength(1);
    expect(fromStore.linkedPcns).toEqual([{ pcnCode: 'U12345', status: 'confirmed', confidence: 1, pcnName: 'Northfield North PCN' }]);
    expect(storeResult.verdict).toBe('promising');
    expect(storeResult.missing).toEqual(['Open the latest accounts']);
  });
});

describe('the extension and the CLI read one document alike', () => {
  const filings = readinessInputFromPages(NORTHFIELD).input.filings;
  const source = { companyNumber: '09876543', transactionId: 'MzQ1NjgyODYwN2FkaXF6a2N4', documentUrl: 'file:///a', capturedAt: '2026-11-01T10:00:00.000Z' };
  // A period's figures, without who and where (which the store rows add).
  const figuresOf = (period: object) => {
    const { companyNumber: _c, capturedAt: _t, source: _s, ...figures } = period as Record<string, unknown>;
    return figures;
  };

  it('iXBRL: the same periods and figures, from the store rows and from saved pages', () => {
    const rows = periodRowsFromIxbrl(extract(), source);
    const cli = periodsFromIxbrl(extract(), filings, 'file:///a');
    expect(rows.length).toBe(2);
    expect(rows.map(figuresOf)).toEqual(cli.map(figuresOf));
    expect(cli[0]?.source.transactionId).toBe(rows[0]?.source.transactionId);
  });

  it('PDF: the year the accounts are made up to gets the same period and turnover; turnover before other income', () => {
    const text = {
      machineReadable: true as const,
      warnings: [],
      incomeLines: [
        { label: 'total income', text: '', page: 2, figures: [{ year: 2025, amount: 7 }] },
        { label: 'turnover', text: '', page: 2, figures: [{ year: 2025, amount: 1_234_567 }, { year: 2024, amount: 987_654 }] },
      ],
    };
    const row = periodRowFromPdf(text, '2025-03-31', source).period!;
    const cli = periodsFromPdf(text, filings, null, 'file:///a').periods;
    expect(figuresOf(row)).toEqual(figuresOf(cli[0]!));
    expect(row).toMatchObject({ end: '2025-03-31', turnover: 1_234_567 });
    // Saved pages are all the CLI has, so it also places the comparative; the extension fetches that year's accounts.
    expect(cli.map((p) => p.end)).toEqual(['2025-03-31', '2024-03-31']);
  });
});
