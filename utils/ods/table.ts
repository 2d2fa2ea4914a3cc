import { OdsImportError, RowProblem, type WarningLog } from './errors';
import type { Cell } from './values';

/** Rows of one sheet or CSV file, with what the messages need to point at a row. */
export interface OdsTable {
  fileName: string;
  /** The sheet name in a workbook; rows are then "row N", CSV rows "line N". */
  sheet?: string;
  rows: Cell[][];
  /** The sheet row or CSV line number of rows[0]. */
  firstRowNumber: number;
}

/** `ePCN.xlsx sheet "PCNDetails"`, or the CSV file name. */
export function tableRef(table: OdsTable): string {
  return table.sheet === undefined ? table.fileName : `${table.fileName} sheet "${table.sheet}"`;
}

/** `ePCN.xlsx sheet "PCNDetails" row 12`, or `epraccur.csv line 12`. */
export function rowRef(table: OdsTable, rowNumber: number): string {
  return table.sheet === undefined ? `${table.fileName} line ${rowNumber}` : `${tableRef(table)} row ${rowNumber}`;
}

export interface ReadContext {
  warnings: WarningLog;
  /** Dates after this are ignored when the snapshot date is taken from the data. */
  today?: string;
}

/** One column of a published layout. `label` is today's header; `aliases` are older or variant headers. */
export interface ColumnSpec<F extends string = string> {
  field: F;
  label: string;
  aliases?: readonly string[];
  required: boolean;
}

export type ColumnIndex<F extends string> = Partial<Record<F, number>>;

/**
 * Header cells carry line breaks, double spaces, trailing spaces and sometimes a "?" ("Match?"): compare them
 * lower-cased with every run of non-letters-or-digits as one space.
 */
export function normaliseHeader(cell: Cell): string {
  return String(cell ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function aliasTable<F extends string>(specs: readonly ColumnSpec<F>[]): Map<string, F> {
  const table = new Map<string, F>();
  for (const spec of specs) {
    for (const alias of [spec.label, ...(spec.aliases ?? [])]) table.set(normaliseHeader(alias), spec.field);
  }
  return table;
}

/** How many cells of a row are known headers of this layout. */
export function headerMatches(row: readonly Cell[], specs: readonly ColumnSpec[]): number {
  const table = aliasTable(specs);
  return row.reduce<number>((count, cell) => count + (table.has(normaliseHeader(cell)) ? 1 : 0), 0);
}

/** The header row among the first rows: the first with at least 3 known headers. */
export function findHeaderRow(rows: readonly Cell[][], specs: readonly ColumnSpec[], scan = 10): number {
  for (let i = 0; i < Math.min(rows.length, scan); i++) {
    if (headerMatches(rows[i]!, specs) >= 3) return i;
  }
  return -1;
}

/** Column positions by header, through the alias table; a missing required column is an import error. */
export function columnsFromHeader<F extends string>(
  header: readonly Cell[],
  specs: readonly ColumnSpec<F>[],
  fileName: string,
  where: string,
): ColumnIndex<F> {
  const table = aliasTable(specs);
  const columns: ColumnIndex<F> = {};
  header.forEach((cell, index) => {
    const field = table.get(normaliseHeader(cell));
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
  });
  const missing = specs.find((spec) => spec.required && columns[spec.field] === undefined);
  if (missing) throw new OdsImportError(fileName, `${where}missing column "${missing.label}"`);
  return columns;
}

/** Column positions of a headerless report: the published order. */
export function columnsByPosition<F extends string>(specs: readonly ColumnSpec<F>[]): ColumnIndex<F> {
  const columns: ColumnIndex<F> = {};
  specs.forEach((spec, index) => (columns[spec.field] = index));
  return columns;
}

export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every((cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''));
}

/**
 * Reads rows from `start`, skipping blank ones. A row whose reader throws a RowProblem (or returns a zod
 * failure message) is skipped with a warning; the file goes on.
 */
export function eachDataRow(
  table: OdsTable,
  start: number,
  context: ReadContext,
  read: (row: readonly Cell[], rowNumber: number) => string | void,
): void {
  for (let i = start; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    if (isBlankRow(row)) continue;
    const rowNumber = table.firstRowNumber + i;
    let problem: string | void;
    try {
      problem = read(row, rowNumber);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      problem = error.message;
    }
    if (problem) context.warnings.add(`${rowRef(table, rowNumber)}: ${problem}; row skipped`);
  }
}

/** The first issue of a failed zod parse, in plain words ("code: expected an ODS code"). */
export function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid row';
  return issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
}
