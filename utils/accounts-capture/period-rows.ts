import { ixbrlPeriodFigures, pdfIncomeLine, pdfPeriodFigures } from '../accounts/periods';
import type { AccountsExtract, PdfAccountsText } from '../accounts/records';
import type { AccountsPeriodRow } from '../db/rows';

/**
 * From what a reader found in one document to the rows the store keeps (the figures themselves come from
 * utils/accounts/periods.ts, as the CLI's do). Pure.
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
  return ixbrlPeriodFigures(extract).map((figures) => ({
    companyNumber: source.companyNumber,
    ...figures,
    source: { transactionId: source.transactionId, documentUrl: source.documentUrl, format: 'ixbrl' },
    capturedAt: source.capturedAt,
  }));
}

/**
 * The period for the filing's own year, when a line has a figure for it; warnings say why there is none.
 * Only that year: its made-up-to date is the one the filing history vouches for this document (the year
 * before comes from the previous set of accounts, fetched beside it).
 */
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
  const line = pdfIncomeLine(text.incomeLines, (y) => y === year);
  const figures = line ? pdfPeriodFigures(line, (y) => (y === year ? madeUpTo : null)).periods[0] : undefined;
  if (!figures) {
    return { period: null, warnings: [`no income figure headed ${year}, the year the accounts are made up to: income lines kept on the document only`] };
  }
  const period: AccountsPeriodRow = {
    companyNumber: source.companyNumber,
    ...figures,
    source: { transactionId: source.transactionId, documentUrl: source.documentUrl, format: 'pdf' },
    capturedAt: source.capturedAt,
  };
  return { period, warnings: [] };
}
