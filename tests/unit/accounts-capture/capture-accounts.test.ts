import { describe, expect, it } from 'vitest';
import { captureAccounts, MAX_DOCUMENTS_IN_FLIGHT } from '../../../utils/accounts-capture/capture-accounts';
import { createPoliteRequests } from '../../../utils/capture/polite-requests';
import type { AccountsDocumentRow, AccountsPeriodRow } from '../../../utils/db/rows';
import { accountsRow, fakeCompaniesHouse, fixtureBytes, ixbrlFixture, LATENCY_MS, link, turnoverDocument, utf8, type FakeOptions } from './fake-companies-house';

/** small-company-full-frc2022.xhtml is the company 12345678's accounts to 31 March 2025, with 2024 beside it. */
const N = '12345678';
const AA_2025 = accountsRow(N, 'aa-2025', '2025-03-31', ['pdf', 'ixbrl']);
const AA_2024 = accountsRow(N, 'aa-2024', '2024-03-31', ['pdf', 'ixbrl']);
const AA_2023 = accountsRow(N, 'aa-2023', '2023-03-31', ['pdf', 'ixbrl']);
const PDF_2025 = accountsRow(N, 'pdf-2025', '2025-03-31', ['pdf'], 'total-exemption-full');
const PDF_2024 = accountsRow(N, 'pdf-2024', '2024-03-31', ['pdf'], 'total-exemption-full');

async function capture(options: FakeOptions, companyNumber = N) {
  const site = fakeCompaniesHouse(options);
  const result = await site.run(captureAccounts(site.deps, companyNumber, { now: site.now }));
  return { site, result };
}

const documentRow = (over: Partial<AccountsDocumentRow> & Pick<AccountsDocumentRow, 'transactionId' | 'status'>): AccountsDocumentRow => ({
  companyNumber: N,
  madeUpTo: null,
  format: 'ixbrl',
  documentUrl: link(N, over.transactionId, 'ixbrl'),
  incomeLines: [],
  warnings: [],
  error: null,
  fetchedAt: '2026-11-01T00:00:00.000Z',
  ...over,
});

const periodRow = (transactionId: string, end: string, turnover: number | null): AccountsPeriodRow => ({
  companyNumber: N,
  start: null,
  end,
  turnover,
  profitLoss: null,
  netAssets: null,
  employees: null,
  dormant: null,
  regime: null,
  currency: null,
  source: { transactionId, documentUrl: link(N, transactionId, 'ixbrl'), format: 'ixbrl' },
  capturedAt: '2026-11-01T00:00:00.000Z',
});

describe('captureAccounts: iXBRL', () => {
  it('reads the latest iXBRL with its prior year from one document and stores both periods', async () => {
    const { site, result } = await capture({
      filings: [AA_2025, AA_2024],
      served: { [link(N, 'aa-2025', 'ixbrl')]: { bytes: ixbrlFixture('small-company-full-frc2022.xhtml') } },
    });
    expect(site.requests.map((r) => r.url)).toEqual([link(N, 'aa-2025', 'ixbrl')]);
    expect(site.writes).toHaveLength(1);
    const source = { transactionId: 'aa-2025', documentUrl: link(N, 'aa-2025', 'ixbrl'), format: 'ixbrl' };
    const capturedAt = '2026-11-23T00:00:00.100Z';
    expect(site.periods).toEqual([
      { companyNumber: N, start: '2024-04-01', end: '2025-03-31', turnover: 1234567, profitLoss: 45678, netAssets: 250000, employees: 12, dormant: false, regime: 'small', currency: 'GBP', source, capturedAt },
      { companyNumber: N, start: '2023-04-01', end: '2024-03-31', turnover: 987654, profitLoss: -3210, netAssets: 204322, employees: 10, dormant: null, regime: 'small', currency: 'GBP', source, capturedAt },
    ]);
    expect(site.document('aa-2025')).toEqual({
      companyNumber: N, transactionId: 'aa-2025', madeUpTo: '2025-03-31', format: 'ixbrl', documentUrl: link(N, 'aa-2025', 'ixbrl'),
      status: 'extracted', incomeLines: [], warnings: [], error: null, fetchedAt: capturedAt,
    });
    expect(result).toEqual({ fetched: 1, extracted: 1, noFigures: 0, notMachineReadable: 0, failed: 0, skipped: 0, periods: 2 });
  });

  it('fetches the previous set when the latest gives no prior year', async () => {
    const { site, result } = await capture({
      filings: [AA_2025, AA_2024, AA_2023],
      served: {
        [link(N, 'aa-2025', 'ixbrl')]: { bytes: turnoverDocument([['2024-04-01', '2025-03-31', 1_500_000]]) },
        [link(N, 'aa-2024', 'ixbrl')]: { bytes: turnoverDocument([['2023-04-01', '2024-03-31', 1_400_000], ['2022-04-01', '2023-03-31', 1_300_000]]) },
      },
    });
    // One after the other: whether the previous set is needed is known only once the latest is read.
    expect(site.requests).toEqual([{ url: link(N, 'aa-2025', 'ixbrl'), at: 0 }, { url: link(N, 'aa-2024', 'ixbrl'), at: LATENCY_MS }]);
    expect(site.periods.map((p) => [p.end, p.turnover, p.source.transactionId])).toEqual([
      ['2025-03-31', 1_500_000, 'aa-2025'],
      ['2024-03-31', 1_400_000, 'aa-2024'],
      ['2023-03-31', 1_300_000, 'aa-2024'],
    ]);
    expect(result).toMatchObject({ fetched: 2, extracted: 2, periods: 3 });
  });

  it('micro-entity accounts: turnover not disclosed stays null, never 0; the balance sheet prior year is enough', async () => {
    const M = 'SC654321';
    const { site, result } = await capture(
      {
        filings: [accountsRow(M, 'micro-2024', '2024-12-31', ['pdf', 'ixbrl'], 'micro-entity'), accountsRow(M, 'micro-2023', '2023-12-31', ['pdf', 'ixbrl'], 'micro-entity')],
        served: { [link(M, 'micro-2024', 'ixbrl')]: { bytes: ixbrlFixture('micro-entity-balance-sheet-only.xhtml') } },
      },
      M,
    );
    expect(site.requests).toHaveLength(1);
    expect(site.periods.map((p) => [p.end, p.turnover, p.profitLoss, p.netAssets, p.regime])).toEqual([
      ['2024-12-31', null, null, 7120, 'micro-entity'],
      ['2023-12-31', null, null, 5480, 'micro-entity'],
    ]);
    for (const period of site.periods) expect(period.turnover).toBeNull();
    expect(site.document('micro-2024')?.status).toBe('extracted');
    expect(result).toMatchObject({ extracted: 1, periods: 2 });
  });

  it('says no-figures for an iXBRL document without facts, and warns when it names another company', async () => {
    const other = accountsRow(N, 'other-2025', '2025-03-31', ['ixbrl']);
    const { site, result } = await capture({
      filings: [other],
      served: { [link(N, 'other-2025', 'ixbrl')]: { bytes: ixbrlFixture('micro-entity-balance-sheet-only.xhtml') } },
    });
    expect(site.document('other-2025')?.warnings).toContain('the document names company SC654321, not 12345678');

    const empty = await capture({ filings: [AA_2025], served: { [link(N, 'aa-2025', 'ixbrl')]: { bytes: utf8('<html><body><p>Accounts</p></body></html>') } } });
    expect(empty.site.document('aa-2025')).toMatchObject({ status: 'no-figures', warnings: ['no inline XBRL facts found: is this an iXBRL accounts document?'] });
    expect(empty.result).toMatchObject({ noFigures: 1, periods: 0 });
    expect(result.extracted).toBe(1);
  });
});

describe('captureAccounts: PDF', () => {
  it('PDF only, with text: income lines on the document, a period only for the made-up-to year', async () => {
    const { site, result } = await capture({ filings: [PDF_2025], served: { [link(N, 'pdf-2025', 'pdf')]: { bytes: fixtureBytes('income-two-years.pdf') } } });
    expect(site.requests.map((r) => r.url)).toEqual([link(N, 'pdf-2025', 'pdf')]);
    expect(site.periods).toEqual([
      {
        companyNumber: N, start: null, end: '2025-03-31', turnover: 1234567, profitLoss: null, netAssets: null, employees: null,
        dormant: null, regime: null, currency: null, source: { transactionId: 'pdf-2025', documentUrl: link(N, 'pdf-2025', 'pdf'), format: 'pdf' },
        capturedAt: site.now().toISOString(),
      },
    ]);
    expect(site.document('pdf-2025')).toMatchObject({
      format: 'pdf',
      status: 'extracted',
      // The 2024 figure is kept here only: no period is made for it from the 2025 filing.
      incomeLines: [{ label: 'turnover', text: 'Turnover 3 1,234,567 987,654', figures: [{ year: 2025, amount: 1234567 }, { year: 2024, amount: 987654 }] }],
      warnings: [],
    });
    expect(result).toMatchObject({ fetched: 1, extracted: 1, periods: 1 });
  });

  it('invents no period when no figure has the made-up-to year', async () => {
    const odd = accountsRow(N, 'pdf-2023', '2023-12-31', ['pdf']);
    const { site, result } = await capture({ filings: [odd], served: { [link(N, 'pdf-2023', 'pdf')]: { bytes: fixtureBytes('income-two-years.pdf') } } });
    expect(site.periods).toEqual([]);
    const document = site.document('pdf-2023');
    expect(document?.status).toBe('no-figures');
    expect(document?.incomeLines[0]?.figures).toEqual([{ year: 2025, amount: 1234567 }, { year: 2024, amount: 987654 }]);
    expect(document?.warnings).toEqual(['no income figure headed 2023, the year the accounts are made up to: income lines kept on the document only']);
    expect(result).toMatchObject({ noFigures: 1, periods: 0 });
  });

  it('a scanned PDF gives a not-machine-readable row with its link, and no periods', async () => {
    const { site, result } = await capture({ filings: [PDF_2025], served: { [link(N, 'pdf-2025', 'pdf')]: { bytes: fixtureBytes('scanned-no-text.pdf') } } });
    expect(site.writes).toEqual([
      {
        periods: [],
        document: {
          companyNumber: N, transactionId: 'pdf-2025', madeUpTo: '2025-03-31', format: 'pdf',
          documentUrl: 'https://find-and-update.company-information.service.gov.uk/company/12345678/filing-history/pdf-2025/document?format=pdf&download=0',
          status: 'not-machine-readable', incomeLines: [], warnings: ['no text layer: a scanned document, figures need reading by eye'],
          error: null, fetchedAt: site.now().toISOString(),
        },
      },
    ]);
    expect(result).toEqual({ fetched: 1, extracted: 0, noFigures: 0, notMachineReadable: 1, failed: 0, skipped: 0, periods: 0 });
  });

  it('fetches the year before a PDF at once, beside it: a PDF gives its own year only', async () => {
    const { site } = await capture({
      filings: [PDF_2025, PDF_2024],
      served: { [link(N, 'pdf-2025', 'pdf')]: { bytes: fixtureBytes('income-two-years.pdf') }, [link(N, 'pdf-2024', 'pdf')]: { bytes: fixtureBytes('scanned-no-text.pdf') } },
    });
    expect(site.requests.map((r) => r.at)).toEqual([0, 0]);
    expect(site.maxInFlight).toBe(2);
    expect(site.document('pdf-2024')?.status).toBe('not-machine-readable');
  });
});

describe('captureAccounts: what is already stored', () => {
  it('skips documents already recorded, but fetches a failed one again', async () => {
    const { site, result } = await capture({
      filings: [AA_2025, AA_2024],
      documents: [documentRow({ transactionId: 'aa-2025', status: 'extracted', madeUpTo: '2025-03-31' }), documentRow({ transactionId: 'aa-2024', status: 'failed', error: 'HTTP 503' })],
      // The stored latest gave no prior year, so the previous set is still wanted.
      periods: [periodRow('aa-2025', '2025-03-31', 1_500_000)],
      served: { [link(N, 'aa-2024', 'ixbrl')]: { bytes: turnoverDocument([['2023-04-01', '2024-03-31', 1_400_000]]) } },
    });
    expect(site.requests.map((r) => r.url)).toEqual([link(N, 'aa-2024', 'ixbrl')]);
    expect(site.document('aa-2024')?.status).toBe('extracted');
    expect(result).toMatchObject({ fetched: 1, skipped: 1, extracted: 1 });
  });

  it('fetches nothing when both years are recorded, whatever became of them', async () => {
    const { site, result } = await capture({
      filings: [PDF_2025, AA_2024],
      documents: [documentRow({ transactionId: 'pdf-2025', status: 'not-machine-readable', format: 'pdf' }), documentRow({ transactionId: 'aa-2024', status: 'no-figures' })],
      served: {},
    });
    expect(site.requests).toEqual([]);
    expect(site.writes).toEqual([]);
    expect(result).toMatchObject({ fetched: 0, skipped: 2 });
  });

  it('a comparative does not replace a figure stored from that year’s own accounts', async () => {
    const { site } = await capture({
      filings: [AA_2025, AA_2024],
      periods: [periodRow('aa-2024', '2024-03-31', 1_111_111)],
      served: { [link(N, 'aa-2025', 'ixbrl')]: { bytes: ixbrlFixture('small-company-full-frc2022.xhtml') } },
    });
    expect(site.periods.map((p) => p.end)).toEqual(['2025-03-31']);
  });
});

describe('captureAccounts: failures and politeness', () => {
  it('records a failed fetch in plain words and carries on with the next document', async () => {
    const { site, result } = await capture({
      filings: [AA_2025, AA_2024],
      served: { [link(N, 'aa-2024', 'ixbrl')]: { bytes: ixbrlFixture('small-company-full-frc2022.xhtml') } },
    });
    expect(site.document('aa-2025')).toMatchObject({ status: 'failed', error: 'Companies House has no document at this link (HTTP 404)', documentUrl: link(N, 'aa-2025', 'ixbrl') });
    expect(site.document('aa-2024')?.status).toBe('extracted');
    expect(result).toMatchObject({ fetched: 2, failed: 1, extracted: 1 });
  });

  it('records a document that cannot be read as failed', async () => {
    const { site, result } = await capture({
      filings: [PDF_2025, PDF_2024],
      served: {
        [link(N, 'pdf-2025', 'pdf')]: { bytes: utf8('<html><body>Service unavailable</body></html>'), contentType: 'text/html; charset=utf-8' },
        [link(N, 'pdf-2024', 'pdf')]: { bytes: fixtureBytes('income-two-years.pdf') },
      },
    });
    expect(site.document('pdf-2025')?.status).toBe('failed');
    expect(site.document('pdf-2025')?.error).toMatch(/^could not read the PDF \(Companies House sent text\/html; charset=utf-8\): /);
    expect(site.document('pdf-2024')?.status).toBe('extracted');
    expect(result).toMatchObject({ failed: 1, extracted: 1 });
  });

  it('records a reader that throws (the offscreen document gone, say) as failed', async () => {
    const site = fakeCompaniesHouse({ filings: [AA_2025], served: { [link(N, 'aa-2025', 'ixbrl')]: { bytes: ixbrlFixture('small-company-full-frc2022.xhtml') } } });
    site.deps.extractIxbrl = async () => {
      throw new Error('the offscreen document did not answer');
    };
    const result = await site.run(captureAccounts(site.deps, N, { now: site.now }));
    expect(site.document('aa-2025')).toMatchObject({ status: 'failed', error: 'could not read the iXBRL document: the offscreen document did not answer' });
    expect(result.failed).toBe(1);
  });

  it('backs off on 429 as Retry-After says, then reads the document', async () => {
    const url = link(N, 'aa-2025', 'ixbrl');
    const { site, result } = await capture({ filings: [AA_2025, AA_2024], served: { [url]: { bytes: ixbrlFixture('small-company-full-frc2022.xhtml'), statuses: [429] } } });
    const tries = site.requests.filter((r) => r.url === url);
    expect(tries).toHaveLength(2);
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(2000);
    expect(result).toMatchObject({ extracted: 1, failed: 0, periods: 2 });
  });

  it('gives up after repeated 5xx or network errors and says so', async () => {
    const { site } = await capture({
      filings: [PDF_2025, PDF_2024],
      served: {
        [link(N, 'pdf-2025', 'pdf')]: { bytes: fixtureBytes('income-two-years.pdf'), statuses: [503, 503, 503, 503, 503] },
        [link(N, 'pdf-2024', 'pdf')]: { bytes: fixtureBytes('income-two-years.pdf'), networkErrors: 5 },
      },
    });
    expect(site.document('pdf-2025')?.error).toBe('Companies House could not serve the document (HTTP 503 on all 5 tries); try again later');
    expect(site.document('pdf-2024')?.error).toBe('could not reach Companies House (Failed to fetch); check the connection and try again');
  });

  it('never has more than 2 documents in flight, across companies sharing one request queue', async () => {
    const numbers = ['11111111', '22222222', '33333333'];
    const options: FakeOptions = { filings: [], served: {} };
    for (const n of numbers) {
      options.filings.push(accountsRow(n, `pdf-2025-${n}`, '2025-03-31', ['pdf']), accountsRow(n, `pdf-2024-${n}`, '2024-03-31', ['pdf']));
      options.served[link(n, `pdf-2025-${n}`, 'pdf')] = { bytes: fixtureBytes('income-two-years.pdf') };
      options.served[link(n, `pdf-2024-${n}`, 'pdf')] = { bytes: fixtureBytes('scanned-no-text.pdf'), statuses: n === '22222222' ? [429] : [] };
    }
    const site = fakeCompaniesHouse(options);
    const requests = createPoliteRequests({ maxInFlight: MAX_DOCUMENTS_IN_FLIGHT, now: site.now, sleep: site.deps.sleep });
    const results = await site.run(Promise.all(numbers.map((n) => captureAccounts(site.deps, n, { now: site.now, requests }))));
    expect(site.requests).toHaveLength(7);
    expect(site.maxInFlight).toBe(2);
    expect(results.map((r) => [r.extracted, r.notMachineReadable])).toEqual([[1, 1], [1, 1], [1, 1]]);
  });

  it('stores nothing and fetches nothing for a company with no accounts online', async () => {
    const paper = { ...AA_2025, links: { pdf: null, ixbrl: null, zip: null } };
    const { site, result } = await capture({ filings: [paper], served: {} });
    expect(site.requests).toEqual([]);
    expect(result).toEqual({ fetched: 0, extracted: 0, noFigures: 0, notMachineReadable: 0, failed: 0, skipped: 0, periods: 0 });
  });
});
