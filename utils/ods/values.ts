import { RowProblem } from './errors';

/** One cell as SheetJS (raw) or Papa Parse gives it. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Trimmed text, or null for an empty cell. */
export function cellText(cell: Cell): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return isoFromDate(cell);
  const value = String(cell).trim();
  return value === '' ? null : value;
}

/** Upper-cased code, or null. Validity is left to the row schema. */
export function cellCode(cell: Cell): string | null {
  return cellText(cell)?.toUpperCase() ?? null;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isoFromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` from digit strings, or null for an impossible date. Built without Date: it runs per cell. */
function isoFromParts(year: string, month: string, day: string): string | null {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(Number(year), m)) return null;
  return `${year}-${month}-${day}`;
}

/**
 * ODS dates are `YYYYMMDD` text. Also accepted, for files re-saved by hand: `YYYY-MM-DD`, the same as a
 * number, and an Excel date serial.
 */
export function cellDate(cell: Cell, column: string): string | null {
  if (cell instanceof Date) return isoFromDate(cell);
  // Serials below 100,000 are dates up to 2173; larger numbers are YYYYMMDD typed as a number.
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 100_000) {
    return isoFromDate(new Date(EXCEL_EPOCH_MS + cell * DAY_MS));
  }
  const value = cellText(cell);
  if (value === null) return null;
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  const iso = match ? isoFromParts(match[1]!, match[2]!, match[3]!) : null;
  if (!iso) throw new RowProblem(`${column} "${value}" is not a date (expected YYYYMMDD)`);
  return iso;
}

/** The boundary-match column: an Excel boolean in the workbook, TRUE / FALSE text in CSV. */
export function cellBoolean(cell: Cell, column: string): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number' && (cell === 0 || cell === 1)) return cell === 1;
  const value = cellText(cell)?.toUpperCase() ?? null;
  if (value === null) return null;
  if (value === 'TRUE' || value === 'Y' || value === 'YES' || value === '1') return true;
  if (value === 'FALSE' || value === 'N' || value === 'NO' || value === '0') return false;
  throw new RowProblem(`${column} "${value}" is not TRUE or FALSE`);
}

export function cellInteger(cell: Cell, column: string): number | null {
  const value = cellText(cell);
  if (value === null) return null;
  if (!/^\d{1,4}$/.test(value)) throw new RowProblem(`${column} "${value}" is not a number`);
  return Number(value);
}

/** Non-empty address lines joined with ", ", or null. */
export function joinAddress(lines: Cell[]): string | null {
  const parts = lines.map(cellText).filter((line): line is string => line !== null);
  return parts.length ? parts.join(', ') : null;
}

/**
 * A date written in a file name: `2024-10-15`, `20241015`, `2024-10` or `202410` (a month means its first day),
 * with the year 2000–2099 and not glued to other digits.
 */
export function dateFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const match = /(?<!\d)(20\d{2})[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12]\d|3[01]))?(?!\d)/.exec(base);
  if (!match) return null;
  return isoFromParts(match[1]!, match[2]!, match[3] ?? '01');
}

/** The latest of some ISO dates, ignoring those after `notAfter` (future-dated changes are published early). */
export function latestDate(dates: Iterable<string | null>, notAfter?: string): string | null {
  let latest: string | null = null;
  for (const date of dates) {
    if (date === null || (notAfter !== undefined && date > notAfter)) continue;
    if (latest === null || date > latest) latest = date;
  }
  return latest;
}
