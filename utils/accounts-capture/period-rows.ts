import type { AccountsExtract, IncomeLine, PdfAccountsText } from '../accounts/records';
import type { AccountsPeriodRow } from '../db/rows';

/**
 * From what a reader found in one document to the rows the store keeps. Pure. A figure is never invented:
 * null stays null (not disclosed), and a PDF figure becomes a period only when its column year is the year the
 * filing is made up to, the one date the filing history vouches for.
 */

export interface DocumentSource {
  companyNumber: string;
  transactionId: string;
  documentUrl: string;
  capturedAt: string;
}

type Figures = Pick<AccountsPeriodRow, 'turnover' | 'profitLoss' | 'netAssets' | 'employees'>;

export function hasFigure(period: Figures): boolean {
  return period.turnover !== null || period.profitLoss !== null || period.netAssets !== null || period.employees !== null;
}

/** Every period the iXBRL reports, newest first: the report's own year, then its comparatives. */
export function periodRowsFromIxbrl(extract: AccountsExtract, source: DocumentSource): AccountsPeriodRow[] {
  return extract.periods.map((period, i) => ({
    companyNumber: source.companyNumber,
    start: period.start,
    end: period.end,
    turnover: period.turnover,
    profitLoss: period.profitLoss,
    netAssets: period.netAssets,
    employees: period.employees,
    // The dormant flag speaks for the report's own year, not its comparatives (as utils/readiness reads it).
    dormant: i === 0 ? extract.dormant : null,
    regime: extract.regime,
    currency: extract.currency,
    source: { transactionId: source.transactionId, documentUrl: source.documentUrl, format: 'ixbrl' },
    capturedAt: source.capturedAt,
  }));
}

/** Turnover first: "income" lines are read only when no turnover line has the year. */
function byPreference(lines: readonly IncomeLine[]): IncomeLine[] {
  return [...lines].sort((a, b) => Number(b.label.includes('turnover')) - Number(a.label.includes('turnover')));
}

/** The period for the filing's own year, when a line has a figure for it; warnings say why there is none. */
export function periodRowFromPdf(
  text: Extract<PdfAccountsText, { machineReadable: true }>,
  madeUpTo: string | null,
  source: DocumentSource,
): { period: AccountsPeriodRow | null; warnings: string[] } {
  if (text.incomeLines.length === 0) return { period: null, warnings: [] };
  if (!madeUpTo) {
    return { period: null, warnings: ['the filing history gives no made-up-to date for these accounts: income lines kept on the document only'] };
  }
  const year = Number(madeUpTo.slice(0, 4));
  for (const line of byPreference(text.incomeLines)) {
    const figure = line.figures.find((f) => f.year === year);
    if (!figure) continue;
    const period: AccountsPeriodRow = {
      companyNumber: source.companyNumber,
      start: null,
      end: madeUpTo,
      turnover: figure.amount,
      profitLoss: null,
      netAssets: null,
      employees: null,
      dormant: null,
      regime: null,
      currency: null,
      source: { transactionId: source.transactionId, documentUrl: source.documentUrl, format: 'pdf' },
      capturedAt: source.capturedAt,
    };
    return { period, warnings: [] };
  }
  return { period: null, warnings: [`no income figure headed ${year}, the year the accounts are made up to: income lines kept on the document only`] };
}
