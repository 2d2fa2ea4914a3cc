import { accountsFilings, type AccountsFiling } from '../accounts/filings';
import { ixbrlPeriodFigures, pdfIncomeLine, pdfPeriodFigures } from '../accounts/periods';
import type { AccountsExtract, PdfAccountsText } from '../accounts/records';
import type { ReadinessAccountsPeriod, ReadinessFiling } from './input';

/**
 * Figures read from an accounts document, as the store keeps them (AccountsPeriodRow): one row per period, each
 * pointing at the filing the document belongs to. The same conversion serves the CLI and the background.
 */

export type AccountsDocument =
  | { format: 'ixbrl'; extract: AccountsExtract; documentUrl: string }
  | { format: 'pdf'; text: PdfAccountsText; documentUrl: string };

function standing(filings: readonly ReadinessFiling[]): AccountsFiling[] {
  return accountsFilings(filings.map((f) => ({ pageCount: null, ...f })));
}

/** iXBRL: every period the document reports (the current year and its comparatives). */
export function periodsFromIxbrl(
  extract: AccountsExtract,
  filings: readonly ReadinessFiling[],
  documentUrl: string,
): ReadinessAccountsPeriod[] {
  const figures = ixbrlPeriodFigures(extract);
  const newest = figures[0];
  if (!newest) return [];
  const filing = standing(filings).find((a) => a.madeUpTo === newest.end)?.filing ?? null;
  const source = { transactionId: filing?.transactionId ?? null, documentUrl, format: 'ixbrl' as const };
  return figures.map((period) => ({ ...period, source }));
}

/** Same month and day in another year (29 February becomes the 28th where the year has none). */
function sameDayInYear(iso: string, year: number): string {
  const monthDay = iso.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

/**
 * PDF: the turnover line's figures, one period per column year. A PDF names only the year, so the year end comes
 * from the accounts in the filing history made up to a date in that year, else from the overview's last
 * made-up-to date moved to that year; a figure that cannot be placed is left out, with a warning. (Saved pages
 * are all the CLI has, so it places the comparatives too; the extension fetches the previous accounts instead.)
 */
export function periodsFromPdf(
  text: PdfAccountsText,
  filings: readonly ReadinessFiling[],
  lastMadeUpTo: string | null,
  documentUrl: string,
): { periods: ReadinessAccountsPeriod[]; warnings: string[] } {
  if (!text.machineReadable) {
    return { periods: [], warnings: ['the accounts PDF has no text layer (a scan): read its turnover by eye'] };
  }
  const line = pdfIncomeLine(text.incomeLines, () => true);
  if (!line) {
    const warning = text.incomeLines.length > 0
      ? 'the accounts PDF has income lines but no column years to place them: read its turnover by eye'
      : 'no turnover or income line found in the accounts PDF';
    return { periods: [], warnings: [warning] };
  }
  const accounts = standing(filings);
  const filingInYear = (year: number) => accounts.find((a) => a.madeUpTo?.startsWith(`${year}-`)) ?? null;
  const { periods, unplaced } = pdfPeriodFigures(line, (year) => filingInYear(year)?.madeUpTo ?? (lastMadeUpTo ? sameDayInYear(lastMadeUpTo, year) : null));
  const warnings = unplaced.map((year) => `${line.label} for ${year} in the accounts PDF: no year end known for ${year} (capture the overview or filing history); left out`);
  // The document is the newest year's accounts; the older columns are its comparatives.
  const newest = periods[0];
  const transactionId = newest ? (filingInYear(Number(newest.end.slice(0, 4)))?.filing.transactionId ?? null) : null;
  const source = { transactionId, documentUrl, format: 'pdf' as const };
  return { periods: periods.map((period) => ({ ...period, source })), warnings };
}
