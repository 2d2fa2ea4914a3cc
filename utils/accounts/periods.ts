import type { AccountsPeriodRow } from '../db/rows';
import type { AccountsExtract, IncomeLine } from './records';

/**
 * From what a reader found in an accounts document to dated periods with their figures. Pure, and shared by
 * the extension (utils/accounts-capture/period-rows.ts) and the CLI (utils/readiness/accounts-periods.ts),
 * which add where each figure came from. A figure is never invented: null stays null (not disclosed).
 */

/** One period's figures as a document reports them; the company and the source are the caller's to add. */
export type PeriodFigures = Omit<AccountsPeriodRow, 'companyNumber' | 'source' | 'capturedAt'>;

/** Every period an iXBRL report gives, newest first: the report's own year, then its comparatives. */
export function ixbrlPeriodFigures(extract: AccountsExtract): PeriodFigures[] {
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
  }));
}

/**
 * The PDF line to read income from: turnover lines first, then other income lines ("revenue", "total
 * income"), the first with a figure in a column year the caller can place.
 */
export function pdfIncomeLine(lines: readonly IncomeLine[], placeable: (year: number) => boolean): IncomeLine | null {
  const turnoverFirst = [...lines].sort((a, b) => Number(b.label.includes('turnover')) - Number(a.label.includes('turnover')));
  return turnoverFirst.find((line) => line.figures.some((f) => f.year !== null && placeable(f.year))) ?? null;
}

/**
 * A PDF names only each column's year. Each figure becomes a period ending on the date `yearEnd` gives for
 * its year (a date the caller can vouch for, such as the made-up-to date of accounts in the filing history);
 * years without one are returned as unplaced. Newest first.
 */
export function pdfPeriodFigures(line: IncomeLine, yearEnd: (year: number) => string | null): { periods: PeriodFigures[]; unplaced: number[] } {
  const periods: PeriodFigures[] = [];
  const unplaced: number[] = [];
  for (const figure of line.figures) {
    if (figure.year === null) continue;
    const end = yearEnd(figure.year);
    if (!end) {
      unplaced.push(figure.year);
      continue;
    }
    periods.push({ start: null, end, turnover: figure.amount, profitLoss: null, netAssets: null, employees: null, dormant: null, regime: null, currency: null });
  }
  periods.sort((a, b) => b.end.localeCompare(a.end));
  return { periods, unplaced };
}
