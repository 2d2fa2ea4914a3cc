import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OdsImportError } from '../../../utils/ods/errors';
import { readOdsFile } from '../../../utils/ods/read-file';
import type { OdsFileContents } from '../../../utils/ods/rows';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/ods');

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

function read(name: string, options?: Parameters<typeof readOdsFile>[2]): OdsFileContents {
  return readOdsFile(name, fixture(name), options);
}

function importError(fileName: string, bytes: Uint8Array): string {
  try {
    readOdsFile(fileName, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(OdsImportError);
    return (error as Error).message;
  }
  throw new Error(`${fileName} was read without an error`);
}

const bySort = <T extends { code: string }>(rows: T[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));

describe('ePCN workbook, Sub-ICB era headers', () => {
  const contents = read('epcn_2024-10_tiny.xlsx');

  it('reads every PCN with ISO dates, joined address and lead sub-ICB', () => {
    expect(contents.kind).toBe('epcn-workbook');
    expect(contents.pcns).toHaveLength(6);
    expect(contents.pcns.filter((pcn) => pcn.closeDate === null)).toHaveLength(5);
    expect(contents.pcns.find((pcn) => pcn.code === 'U07199')).toEqual({
      code: 'U07199',
      name: 'EAST & CENTRAL BRIGHTON 1 PCN',
      subIcbCode: '09D',
      openDate: '2019-10-01',
      closeDate: '2021-03-31',
      address: 'WELLSBOURNE HEALTH CENTRE, 179 WHITEHAWK ROAD, BRIGHTON',
      postcode: 'BN2 5FL',
    });
  });

  it('reads memberships: ended spells kept, open ones without end date, cross-boundary from the match column', () => {
    expect(contents.memberships).toHaveLength(10);
    expect(contents.memberships.filter((m) => m.endDate === null)).toHaveLength(6);
    const moved = contents.memberships.filter((m) => m.practiceCode === 'G81011');
    expect(moved.map((m) => [m.pcnCode, m.startDate, m.endDate])).toEqual([
      ['U07199', '2019-10-01', '2021-03-31'],
      ['U29677', '2021-04-01', null],
    ]);
    expect(contents.memberships.find((m) => m.practiceCode === 'A87017')).toEqual({
      practiceCode: 'A87017',
      pcnCode: 'U24977',
      startDate: '2024-06-01',
      endDate: null,
      crossBoundary: true,
      practiceSubIcbCode: '99C',
      pcnSubIcbCode: '00L',
    });
    expect(contents.memberships.filter((m) => m.crossBoundary === false)).toHaveLength(9);
    // Two spells of one practice in one PCN are two memberships (natural key includes the start date).
    expect(contents.memberships.filter((m) => m.practiceCode === 'G81680')).toHaveLength(2);
  });

  it('lists partner practices once, with what ePCN knows of them', () => {
    expect(contents.practices).toHaveLength(8);
    expect(contents.practices.find((p) => p.code === 'G81011')).toEqual({
      code: 'G81011',
      name: "ST. PETER'S MEDICAL CENTRE",
      postcode: null,
      status: null,
      prescribingSetting: null,
      subIcbCode: '09D',
      icbCode: null,
      nationalGrouping: null,
      openDate: null,
      closeDate: null,
      address: null,
      source: 'epcncorepartnerdetails',
    });
  });

  it('collects sub-ICBs with their names from both sheets', () => {
    expect(bySort(contents.subIcbs)).toEqual([
      { code: '00L', name: 'NHS NORTH EAST AND NORTH CUMBRIA ICB - 00L', icbCode: null },
      { code: '09D', name: 'NHS SUSSEX ICB - 09D', icbCode: null },
      { code: '16C', name: 'NHS NORTH EAST AND NORTH CUMBRIA ICB - 16C', icbCode: null },
      { code: '70F', name: 'NHS SUSSEX ICB - 70F', icbCode: null },
      { code: '99C', name: 'NHS NORTH EAST AND NORTH CUMBRIA ICB - 99C', icbCode: null },
    ]);
  });

  it('dates both snapshots from the file name', () => {
    expect(contents.snapshots).toEqual([
      {
        source: 'epcn',
        fileName: 'epcn_2024-10_tiny.xlsx',
        importedRows: 6,
        snapshotDate: '2024-10-01',
        snapshotDateBasis: 'file-name',
      },
      {
        source: 'epcncorepartnerdetails',
        fileName: 'epcn_2024-10_tiny.xlsx',
        importedRows: 10,
        snapshotDate: '2024-10-01',
        snapshotDateBasis: 'file-name',
      },
    ]);
    expect(contents.warnings).toEqual([]);
  });
});

describe('ePCN workbook, CCG era headers', () => {
  it('matches the old headers through the alias table', () => {
    const contents = read('epcn_2022-04_ccg-era_tiny.xlsx');
    expect(contents.pcns.map((pcn) => [pcn.code, pcn.subIcbCode, pcn.closeDate])).toEqual([
      ['U07199', '09D', '2021-03-31'],
      ['U29677', '09D', null],
    ]);
    expect(contents.memberships).toHaveLength(3);
    expect(contents.memberships.every((m) => m.practiceSubIcbCode === '09D' && m.crossBoundary === false)).toBe(true);
    expect(contents.subIcbs).toEqual([{ code: '09D', name: 'NHS BRIGHTON AND HOVE CCG', icbCode: null }]);
    expect(contents.snapshots.map((s) => s.snapshotDate)).toEqual(['2022-04-01', '2022-04-01']);
  });
});

describe('epcn.zip', () => {
  it('reads the workbook inside and dates it from the zip name', () => {
    const zipped = read('epcn_2024-10.zip');
    const plain = read('epcn_2024-10_tiny.xlsx');
    expect(zipped.kind).toBe('zip');
    expect(zipped.pcns).toEqual(plain.pcns);
    expect(zipped.memberships).toEqual(plain.memberships);
    expect(zipped.snapshots.map((s) => [s.fileName, s.snapshotDate])).toEqual([
      ['epcn_2024-10.zip/ePCN.xlsx', '2024-10-01'],
      ['epcn_2024-10.zip/ePCN.xlsx', '2024-10-01'],
    ]);
  });
});

describe('other zips', () => {
  it('reads CSV files inside, ignoring the PDF specification', () => {
    const zip = zipSync({
      'epraccur.csv': fixture('epraccur_2025-09_small.csv'),
      'epraccur.pdf': strToU8('%PDF-1.4'),
    });
    const contents = readOdsFile('epraccur_2025-09.zip', zip);
    expect(contents.kind).toBe('zip');
    expect(contents.practices).toHaveLength(13);
    expect(contents.snapshots).toEqual([
      {
        source: 'epraccur',
        fileName: 'epraccur_2025-09.zip/epraccur.csv',
        importedRows: 13,
        snapshotDate: '2025-09-01',
        snapshotDateBasis: 'file-name',
      },
    ]);
  });

  it('names the inner file in errors', () => {
    const zip = zipSync({ 'epraccur.csv': fixture('epraccur_short-row.csv') });
    expect(importError('epraccur.zip', zip)).toBe('epraccur.zip/epraccur.csv line 12: expected 27 columns, found 5');
  });
});

describe('ODS CSV reports', () => {
  const workbook = read('epcn_2024-10_tiny.xlsx');

  it('reads the headerless epcn report like the PCNDetails sheet', () => {
    const contents = read('epcn_report.csv');
    expect(contents.kind).toBe('epcn-csv');
    expect(contents.pcns).toEqual(workbook.pcns);
    expect(contents.snapshots).toHaveLength(1);
    expect(contents.snapshots[0]?.source).toBe('epcn');
  });

  it('reads the headerless epcncorepartnerdetails report like the partner sheet (TRUE/FALSE as text)', () => {
    const contents = read('epcncorepartnerdetails_report.csv');
    expect(contents.kind).toBe('epcncorepartnerdetails-csv');
    expect(contents.memberships).toEqual(workbook.memberships);
    expect(contents.practices).toEqual(workbook.practices);
    expect(contents.snapshots[0]?.source).toBe('epcncorepartnerdetails');
  });

  it('reads PCN details with a header row', () => {
    expect(read('pcn_details_with-header.csv').pcns).toEqual(workbook.pcns);
  });

  it('tells the report kinds apart by shape, whatever the file is called', () => {
    expect(readOdsFile('report (3).csv', fixture('epcncorepartnerdetails_report.csv')).kind).toBe(
      'epcncorepartnerdetails-csv',
    );
    expect(readOdsFile('report (4).csv', fixture('epraccur_2025-09_small.csv')).kind).toBe('epraccur-csv');
  });
});

describe('epraccur.csv', () => {
  const contents = read('epraccur_2025-09_small.csv');

  it('reads all 27-column rows into practices', () => {
    expect(contents.kind).toBe('epraccur-csv');
    expect(contents.practices).toHaveLength(13);
    expect(contents.practices.find((p) => p.code === 'H82014')).toEqual({
      code: 'H82014',
      name: 'COPPICE SURGERY',
      postcode: 'BN16 3BE',
      status: 'A',
      prescribingSetting: 4,
      subIcbCode: '70F',
      icbCode: 'QNX',
      nationalGrouping: 'Y59',
      openDate: '1974-04-01',
      closeDate: null,
      address: 'THE COPPICE SURGERY, HERNE LANE, RUSTINGTON, LITTLEHAMPTON, WEST SUSSEX',
      source: 'epraccur',
    });
    expect(contents.practices.find((p) => p.code === 'G81680')).toMatchObject({ status: 'C', closeDate: '2023-12-31' });
  });

  it('maps commissioners of active GP practices to ICBs (closed practices keep old codes and are left out)', () => {
    expect(bySort(contents.subIcbs)).toEqual([
      { code: '09D', name: null, icbCode: 'QNX' },
      { code: '16C', name: null, icbCode: 'QHM' },
      { code: '70F', name: null, icbCode: 'QNX' },
      { code: '7A1', name: null, icbCode: 'Q99' },
      { code: '7A6', name: null, icbCode: 'Q99' },
      { code: '99C', name: null, icbCode: 'QHM' },
    ]);
  });
});

describe('snapshot date', () => {
  it('takes the caller’s date first', () => {
    const [snapshot] = read('epraccur_2025-09_small.csv', { snapshotDate: '2025-10-15' }).snapshots;
    expect(snapshot).toMatchObject({ snapshotDate: '2025-10-15', snapshotDateBasis: 'caller' });
  });

  it('else the latest date in the rows, ignoring dates after today', () => {
    const bytes = fixture('epraccur_2025-09_small.csv');
    const dated = (today?: string) => readOdsFile('epraccur.csv', bytes, { today }).snapshots[0];
    expect(dated()).toMatchObject({ snapshotDate: '2025-09-01', snapshotDateBasis: 'data' });
    // Y08826 is proposed to open on 2025-09-01: a file read in August does not describe September.
    expect(dated('2025-08-31')).toMatchObject({ snapshotDate: '2023-12-31', snapshotDateBasis: 'data' });
  });

  it('reads dates in file names', async () => {
    const { dateFromFileName } = await import('../../../utils/ods/values');
    expect(dateFromFileName('ePCN_2024-10.xlsx')).toBe('2024-10-01');
    expect(dateFromFileName('epraccur-20250915.csv')).toBe('2025-09-15');
    expect(dateFromFileName('downloads/2023_04_epcn.zip')).toBe('2023-04-01');
    expect(dateFromFileName('epraccur.csv')).toBeNull();
    expect(dateFromFileName('report 12345678.csv')).toBeNull();
    expect(dateFromFileName('ePCN_2024-13.xlsx')).toBeNull();
  });
});

describe('rows that cannot be read', () => {
  it('are skipped with a warning naming the line', () => {
    const contents = read('epraccur_bad-rows.csv');
    expect(contents.practices.map((p) => p.code)).toEqual(['A81001', 'H82014']);
    expect(contents.warnings).toEqual([
      'epraccur_bad-rows.csv line 2: open date "19741301" is not a date (expected YYYYMMDD); row skipped',
      'epraccur_bad-rows.csv line 3: code: expected an ODS code (3 to 10 letters or digits); row skipped',
    ]);
  });

  it('make the file fail when none can be read', () => {
    expect(importError('epraccur_all-bad.csv', fixture('epraccur_all-bad.csv'))).toBe(
      'epraccur_all-bad.csv: no row could be read (first problem: epraccur_all-bad.csv line 1: ' +
        'open date "1974-04" is not a date (expected YYYYMMDD))',
    );
  });
});

describe('bad files give one plain-words error', () => {
  it.each([
    ['empty.csv', 'empty.csv: the file is empty'],
    ['blank.csv', 'blank.csv: the file is empty'],
    [
      'epcn_missing-sheet.xlsx',
      'epcn_missing-sheet.xlsx: ePCN workbook: sheet "PCN Core Partner Details" not found (sheets: "PCNDetails")',
    ],
    ['epcn_missing-column.xlsx', 'epcn_missing-column.xlsx: ePCN workbook: sheet "PCNDetails": missing column "PCN Code"'],
    ['epcn_truncated.zip', 'epcn_truncated.zip: the zip file is truncated or corrupt'],
    ['epcn_truncated.xlsx', 'epcn_truncated.xlsx: the xlsx workbook is truncated or corrupt'],
    ['not-ods.zip', 'not-ods.zip: the zip file holds no .xlsx or .csv file (it has: readme.txt)'],
    ['epraccur_short-row.csv', 'epraccur_short-row.csv line 12: expected 27 columns, found 5'],
    [
      'unknown-shape.csv',
      'unknown-shape.csv line 1: not a recognised ODS file: found 5 columns, expected 27 (epraccur), ' +
        '12 (ePCN PCN details), 11 (ePCN core partner details)',
    ],
    ['unclosed-quote.csv', 'unclosed-quote.csv line 3: a quoted value is not closed (the file may be truncated)'],
    ['web-page.xlsx', 'web-page.xlsx: this is a web page or XML, not a CSV, xlsx or zip file'],
  ])('%s', (name, message) => {
    expect(importError(name, fixture(name))).toBe(message);
  });

  it('a CSV named epraccur whose first row has the wrong width', () => {
    const bytes = new TextEncoder().encode('"A81001","THE DENSHAM SURGERY","Y63"\n');
    expect(importError('epraccur.csv', bytes)).toBe('epraccur.csv line 1: expected 27 columns, found 3');
  });

  it('a report cut short in the middle of a row', () => {
    const text = new TextDecoder().decode(fixture('epcn_report.csv'));
    const cut = new TextEncoder().encode(text.slice(0, text.indexOf('U14062') + 40));
    expect(importError('epcn.csv', cut)).toMatch(/^epcn\.csv line 3: (expected 12 columns, found \d+|a quoted value)/);
  });

  it('a zero-byte file, whatever its name', () => {
    expect(importError('ePCN.xlsx', new Uint8Array())).toBe('ePCN.xlsx: the file is empty');
  });

  it('binary that is neither zip nor CSV', () => {
    expect(importError('epcn.xlsx', new Uint8Array([1, 2, 0, 4, 5]))).toBe(
      'epcn.xlsx: not a CSV, xlsx or zip file',
    );
  });

  function workbookBytes(sheets: Record<string, unknown[][]>): Uint8Array {
    const book = XLSX.utils.book_new();
    for (const [name, rows] of Object.entries(sheets)) {
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
    }
    return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  }

  it('a workbook whose partner sheet has only a header', () => {
    const details = read('epcn_2024-10_tiny.xlsx');
    expect(details.pcns.length).toBeGreaterThan(0);
    const bytes = workbookBytes({
      PCNDetails: [
        ['PCN Code', 'PCN Name', 'Current Sub ICB Loc Code', 'Sub ICB Location', 'Open Date', 'Close Date'],
        ['U14062', 'WEST HOVE PCN', '09D', 'NHS SUSSEX ICB - 09D', '20191001', ''],
      ],
      'PCN Core Partner Details': [
        ['Partner Organisation Code', 'Partner Name', 'PCN Code', 'PCN Name', 'Practice to PCN Relationship Start Date',
          'Practice to PCN Relationship End Date'],
      ],
    });
    expect(importError('ePCN.xlsx', bytes)).toBe(
      'ePCN.xlsx: ePCN workbook: sheet "PCN Core Partner Details": no rows below the header',
    );
  });

  it('a workbook sheet without a recognisable header row', () => {
    const bytes = workbookBytes({ PCNDetails: [['a', 'b'], ['c', 'd']], 'PCN Core Partner Details': [['x']] });
    expect(importError('ePCN.xlsx', bytes)).toBe(
      'ePCN.xlsx: ePCN workbook: sheet "PCNDetails": no header row (expected columns such as "PCN Code")',
    );
  });

  it('a workbook with an empty sheet', () => {
    const bytes = workbookBytes({ PCNDetails: [], 'PCN Core Partner Details': [] });
    expect(importError('ePCN.xlsx', bytes)).toBe('ePCN.xlsx: ePCN workbook: sheet "PCNDetails": the sheet is empty');
  });
});
