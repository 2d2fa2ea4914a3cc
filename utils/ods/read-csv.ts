import Papa from 'papaparse';
import { OdsImportError } from './errors';
import {
  CORE_PARTNER_COLUMNS,
  PCN_DETAILS_COLUMNS,
  readCorePartners,
  readPcnDetails,
  type CorePartnerContents,
  type PcnDetailsContents,
} from './read-epcn';
import { EPRACCUR_COLUMN_COUNT, readEpraccur, type EpraccurContents } from './read-epraccur';
import {
  columnsByPosition,
  columnsFromHeader,
  headerMatches,
  isBlankRow,
  type OdsTable,
  type ReadContext,
} from './table';

/**
 * CSV files: the ODS Data Search and Export reports `epcn`, `epcncorepartnerdetails` and `epraccur` (no header
 * row), and the same ePCN tables with a header row (as in tests' Sussex subsets). The kind is told by the
 * header when there is one, else by the shape of the first row: 27 columns is epraccur; 12 with a PCN code
 * first is PCN details; 11 with a PCN code fifth is core partner details.
 */
export type CsvContents =
  | { kind: 'epcn-csv'; details: PcnDetailsContents }
  | { kind: 'epcncorepartnerdetails-csv'; partners: CorePartnerContents }
  | { kind: 'epraccur-csv'; epraccur: EpraccurContents };

type CsvKind = CsvContents['kind'];

const PCN_CODE = /^\s*U\d{5}\s*$/i;

const LAYOUTS: Record<CsvKind, { columns: number; description: string }> = {
  'epraccur-csv': { columns: EPRACCUR_COLUMN_COUNT, description: 'epraccur' },
  'epcn-csv': { columns: PCN_DETAILS_COLUMNS.length, description: 'ePCN PCN details' },
  'epcncorepartnerdetails-csv': { columns: CORE_PARTNER_COLUMNS.length, description: 'ePCN core partner details' },
};

/** UTF-8, or Windows-1252 for files saved by older tools (a byte-order mark is dropped). */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function readOdsCsv(fileName: string, text: string, context: ReadContext): CsvContents {
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes');
  if (quoteError) {
    throw new OdsImportError(
      fileName,
      'a quoted value is not closed (the file may be truncated)',
      (quoteError.row ?? 0) + 1,
    );
  }
  const rows = parsed.data;
  const first = rows.findIndex((row) => !isBlankRow(row));
  if (first < 0) throw new OdsImportError(fileName, 'the file is empty');
  const table: OdsTable = { fileName, rows, firstRowNumber: 1 };
  const firstRow = rows[first]!;

  const detailsHeader = headerMatches(firstRow, PCN_DETAILS_COLUMNS);
  const partnerHeader = headerMatches(firstRow, CORE_PARTNER_COLUMNS);
  if (Math.max(detailsHeader, partnerHeader) >= 3) {
    const start = first + 1;
    requireColumnCount(table, start, firstRow.length);
    if (!rows.slice(start).some((row) => !isBlankRow(row))) {
      throw new OdsImportError(fileName, 'the file has a header row but no data rows');
    }
    if (partnerHeader > detailsHeader) {
      const columns = columnsFromHeader(firstRow, CORE_PARTNER_COLUMNS, fileName, '');
      return { kind: 'epcncorepartnerdetails-csv', partners: readCorePartners(table, columns, start, context) };
    }
    const columns = columnsFromHeader(firstRow, PCN_DETAILS_COLUMNS, fileName, '');
    return { kind: 'epcn-csv', details: readPcnDetails(table, columns, start, context) };
  }

  const kind = kindByShape(firstRow) ?? kindByName(fileName);
  if (kind === null) {
    const expected = Object.values(LAYOUTS)
      .map((layout) => `${layout.columns} (${layout.description})`)
      .join(', ');
    throw new OdsImportError(
      fileName,
      `not a recognised ODS file: found ${firstRow.length} columns, expected ${expected}`,
      first + 1,
    );
  }
  requireColumnCount(table, first, LAYOUTS[kind].columns);
  switch (kind) {
    case 'epraccur-csv':
      return { kind, epraccur: readEpraccur(table, context) };
    case 'epcn-csv':
      return { kind, details: readPcnDetails(table, columnsByPosition(PCN_DETAILS_COLUMNS), first, context) };
    case 'epcncorepartnerdetails-csv':
      return {
        kind,
        partners: readCorePartners(table, columnsByPosition(CORE_PARTNER_COLUMNS), first, context),
      };
  }
}

function kindByShape(row: readonly string[]): CsvKind | null {
  if (row.length === EPRACCUR_COLUMN_COUNT) return 'epraccur-csv';
  if (row.length === PCN_DETAILS_COLUMNS.length && PCN_CODE.test(row[0] ?? '')) return 'epcn-csv';
  if (row.length === CORE_PARTNER_COLUMNS.length && PCN_CODE.test(row[4] ?? '')) return 'epcncorepartnerdetails-csv';
  return null;
}

/** When the first row fits no layout, the file name says which layout to report against. */
function kindByName(fileName: string): CsvKind | null {
  const name = fileName.toLowerCase();
  if (name.includes('epraccur')) return 'epraccur-csv';
  if (/core.?partner/.test(name)) return 'epcncorepartnerdetails-csv';
  if (/epcn|pcn.?details/.test(name)) return 'epcn-csv';
  return null;
}

/** Every non-blank row from `start` must have the layout's column count: a shorter row means a cut file. */
function requireColumnCount(table: OdsTable, start: number, expected: number): void {
  for (let i = start; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    if (row.length !== expected && !isBlankRow(row)) {
      throw new OdsImportError(
        table.fileName,
        `expected ${expected} columns, found ${row.length}`,
        table.firstRowNumber + i,
      );
    }
  }
}
