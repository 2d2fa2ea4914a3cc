import { accountsFilings, type AccountsFiling } from '../accounts/filings';
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
  const newest = extract.periods[0];
  if (!newest) return [];
  const filing = standing(filings).find((a) => a.madeUpTo === newest.end)?.filing ?? null;
  const source = { transactionId: filing?.transactionId ?? null, documentUrl, format: 'ixbrl' as const };
  return extract.periods.map((period, i) => ({
    start: period.start,
    end: period.end,
    turnover: period.turnover,
    profitLoss: period.profitLoss,
    netAssets: period.netAssets,
    employees: period.employees,
    // The dormant flag speaks for the report's own year, not for its comparatives.
    dormant: i === 0 ? extract.dormant : null,
    regime: extract.regime,
    currency: extract.currency,
    source,
  }));
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
 * made-up-to date moved to that year; a figure that cannot be placed is left out, with a warning.
 */
export function periodsFromPdf(
  text: PdfAccountsText,
  filings: readonly ReadinessFiling[],
  lastMadeUpTo: string | null,
  documentUrl: string,
): { periods: ReadinessAccountsPeriod[]; warnings: string[] } {
  const warnings: string[] = [];
  if (!text.machineReadable) {
    return { periods: [], warnings: ['the accounts PDF has no text layer (a scan): read its turnover by eye'] };
  }
  const line = text.incomeLines.find((l) => l.label.includes('turnover') && l.figures.some((f) => f.year !== null))
    ?? text.incomeLines.find((l) => l.figures.some((f) => f.year !== null));
  if (!line) {
    warnings.push(text.incomeLines.length > 0
      ? 'the accounts PDF has income lines but no column years to place them: read its turnover by eye'
      : 'no turnover or income line found in the accounts PDF');
    return { periods: [], warnings };
  }
  const accounts = standing(filings);
  const placed: { end: string; amount: number; filing: AccountsFiling | null }[] = [];
  for (const figure of line.figures) {
    if (figure.year === null) continue;
    const filing = accounts.find((a) => a.madeUpTo?.startsWith(`${figure.year}-`)) ?? null;
    const end = filing?.madeUpTo ?? (lastMadeUpTo ? sameDayInYear(lastMadeUpTo, figure.year) : null);
    if (!end) {
      warnings.push(`${line.label} for ${figure.year} in the accounts PDF: no year end known for ${figure.year} (capture the overview or filing history); left out`);
      continue;
    }
    placed.push({ end, amount: figure.amount, filing });
  }
  placed.sort((a, b) => b.end.localeCompare(a.end));
  // The document is the newest year's accounts; the older columns are its comparatives.
  const transactionId = placed[0]?.filing?.filing.transactionId ?? null;
  const source = { transactionId, documentUrl, format: 'pdf' as const };
  const periods = placed.map(({ end, amount }) => ({
    start: null,
    end,
    turnover: amount,
    profitLoss: null,
    netAssets: null,
    employees: null,
    dormant: null,
    regime: null,
    currency: null,
    source,
  }));
  return { periods, warnings };
}
