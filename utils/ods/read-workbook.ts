import * as XLSX from '@e965/xlsx';
import { OdsImportError } from './errors';
import {
  CORE_PARTNER_COLUMNS,
  CORE_PARTNER_SHEET,
  PCN_DETAILS_COLUMNS,
  PCN_DETAILS_SHEET,
  readCorePartners,
  readPcnDetails,
  type CorePartnerContents,
  type PcnDetailsContents,
} from './read-epcn';
import {
  columnsFromHeader,
  findHeaderRow,
  isBlankRow,
  normaliseHeader,
  type ColumnIndex,
  type ColumnSpec,
  type OdsTable,
  type ReadContext,
} from './table';
import type { Cell } from './values';

// Cells are read raw: no formatted text, number formats, HTML or styles (a third faster on the 2024-10 file).
const READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  cellText: false,
  cellNF: false,
  cellHTML: false,
  cellFormula: false,
  cellStyles: false,
  cellDates: false,
};

export interface EpcnWorkbookContents {
  details: PcnDetailsContents;
  partners: CorePartnerContents;
}

/** Reads both sheets of the ePCN workbook. `bytes` must already be known to be an xlsx (or xls) container. */
export function readEpcnWorkbook(fileName: string, bytes: Uint8Array, context: ReadContext): EpcnWorkbookContents {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, READ_OPTIONS);
  } catch {
    throw new OdsImportError(fileName, 'the xlsx workbook is truncated or corrupt');
  }
  const detailsTable = sheetTable(workbook, fileName, PCN_DETAILS_SHEET);
  const partnersTable = sheetTable(workbook, fileName, CORE_PARTNER_SHEET);
  return {
    details: readPcnDetails(detailsTable, ...headerAndColumns(detailsTable, PCN_DETAILS_COLUMNS), context),
    partners: readCorePartners(partnersTable, ...headerAndColumns(partnersTable, CORE_PARTNER_COLUMNS), context),
  };
}

/** Sheet names compared like headers: "PCN Core Partner Details" = "PCN core partner details ". */
function sheetTable(workbook: XLSX.WorkBook, fileName: string, sheetName: string): OdsTable {
  const name = workbook.SheetNames.find((candidate) => normaliseHeader(candidate) === normaliseHeader(sheetName));
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (name === undefined || !sheet) {
    const has = workbook.SheetNames.map((n) => `"${n}"`).join(', ') || 'none';
    throw new OdsImportError(fileName, `ePCN workbook: sheet "${sheetName}" not found (sheets: ${has})`);
  }
  const ref = sheet['!ref'];
  const rows = ref
    ? XLSX.utils.sheet_to_json<Cell[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true })
    : [];
  const firstRowNumber = ref ? XLSX.utils.decode_range(ref).s.r + 1 : 1;
  return { fileName, sheet: name, rows, firstRowNumber };
}

function headerAndColumns<F extends string>(
  table: OdsTable,
  specs: readonly ColumnSpec<F>[],
): [ColumnIndex<F>, number] {
  const where = `ePCN workbook: sheet "${table.sheet}": `;
  if (table.rows.every(isBlankRow)) {
    throw new OdsImportError(table.fileName, `${where}the sheet is empty`);
  }
  const headerIndex = findHeaderRow(table.rows, specs);
  if (headerIndex < 0) {
    throw new OdsImportError(table.fileName, `${where}no header row (expected columns such as "${specs[0]!.label}")`);
  }
  const columns = columnsFromHeader(table.rows[headerIndex]!, specs, table.fileName, where);
  if (table.rows.slice(headerIndex + 1).every(isBlankRow)) {
    throw new OdsImportError(table.fileName, `${where}no rows below the header`);
  }
  return [columns, headerIndex + 1];
}
