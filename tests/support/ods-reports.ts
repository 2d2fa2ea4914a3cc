import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';

/** The shared ODS data folder (../shared/data/ods beside the repository), absent on some machines. */
export const SHARED_ODS = join(fileURLToPath(import.meta.url), '../../../../shared/data/ods');

function quoted(rows: unknown[][]): string {
  return rows.map((row) => row.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}

/**
 * The three ODS Data Search and Export reports, as the live endpoints serve them (headerless, quoted CSV),
 * made from the shared 2024-10 ePCN workbook and 2025-09 epraccur file.
 */
export function odsReportBodies(): Record<'epcn' | 'epcncorepartnerdetails' | 'epraccur', string> {
  const workbook = XLSX.read(readFileSync(join(SHARED_ODS, 'ePCN_2024-10.xlsx')), { type: 'buffer' });
  const sheet = (name: string) => {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name]!, { header: 1, raw: false, blankrows: false });
    return quoted(rows.slice(1).map((row) => row.map((cell) => (typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : cell))));
  };
  return {
    epcn: sheet('PCNDetails'),
    epcncorepartnerdetails: sheet('PCN Core Partner Details'),
    epraccur: readFileSync(join(SHARED_ODS, 'epraccur_2025-09.csv'), 'latin1'),
  };
}
