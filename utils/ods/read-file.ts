import { unzipSync } from 'fflate';
import { OdsImportError, WarningLog } from './errors';
import { decodeText, readOdsCsv } from './read-csv';
import type { CorePartnerContents, PcnDetailsContents } from './read-epcn';
import type { EpraccurContents } from './read-epraccur';
import { readEpcnWorkbook } from './read-workbook';
import { addSubIcb } from './merge';
import type { OdsFileContents, OdsFileKind, OdsSnapshot, OdsSource, OdsSubIcb } from './rows';
import type { ReadContext } from './table';
import { dateFromFileName } from './values';

export interface ReadOdsOptions {
  /** The snapshot date when the caller knows it (a report fetched just now): wins over every other rule. */
  snapshotDate?: string;
  /** Today's ISO date: data dates after it (changes published ahead) are ignored when dating the snapshot. */
  today?: string;
}

/**
 * Reads one ODS file, telling its kind from the bytes: an xlsx (or xls) ePCN workbook, a zip holding
 * workbooks or CSV files (`epcn.zip`), or a CSV file (see read-csv.ts). Throws one OdsImportError for a file
 * that cannot be read at all; rows that cannot be read are skipped and listed in `warnings`.
 *
 * Snapshot date, per source in the file: the caller's `snapshotDate`; else a date in the file name
 * (`ePCN_2024-10.xlsx` → 2024-10-01; for a file in a zip, the inner name, then the zip's); else the latest
 * date in the rows not after `today`; else null.
 */
export function readOdsFile(fileName: string, bytes: Uint8Array, options: ReadOdsOptions = {}): OdsFileContents {
  return readAny(fileName, [fileName], bytes, options, true);
}

// A zip starts with a local file header, or with the end record when it is empty.
const ZIP_MAGICS = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function readAny(
  fileName: string,
  nameHints: string[],
  bytes: Uint8Array,
  options: ReadOdsOptions,
  allowZip: boolean,
): OdsFileContents {
  if (bytes.length === 0) throw new OdsImportError(fileName, 'the file is empty');
  const context: ReadContext = { warnings: new WarningLog(), today: options.today };
  const dated = (source: OdsSource, importedRows: number, latest: string | null) =>
    snapshot(source, fileName, nameHints, importedRows, latest, options);

  if (ZIP_MAGICS.some((magic) => startsWith(bytes, magic))) {
    const entries = listZip(fileName, bytes);
    if (entries.includes('xl/workbook.xml') || entries.includes('[Content_Types].xml')) {
      return workbookContents(fileName, bytes, context, dated);
    }
    if (!allowZip) throw new OdsImportError(fileName, 'a zip inside a zip is not read');
    return zipContents(fileName, nameHints, bytes, entries, options);
  }
  if (startsWith(bytes, CFB_MAGIC)) return workbookContents(fileName, bytes, context, dated);

  const head = bytes.subarray(0, 1024);
  if (head.includes(0)) throw new OdsImportError(fileName, 'not a CSV, xlsx or zip file');
  const text = decodeText(bytes);
  if (text.trim() === '') throw new OdsImportError(fileName, 'the file is empty');
  if (/^\s*</.test(text)) {
    throw new OdsImportError(fileName, 'this is a web page or XML, not a CSV, xlsx or zip file');
  }

  const csv = readOdsCsv(fileName, text, context);
  const contents = emptyContents(fileName, csv.kind);
  switch (csv.kind) {
    case 'epcn-csv':
      addDetails(contents, csv.details, fileName, context.warnings);
      contents.snapshots.push(dated('epcn', csv.details.pcns.length, csv.details.latestDate));
      break;
    case 'epcncorepartnerdetails-csv':
      addPartners(contents, csv.partners, fileName, context.warnings);
      contents.snapshots.push(
        dated('epcncorepartnerdetails', csv.partners.memberships.length, csv.partners.latestDate),
      );
      break;
    case 'epraccur-csv':
      addEpraccur(contents, csv.epraccur, fileName, context.warnings);
      contents.snapshots.push(dated('epraccur', csv.epraccur.practices.length, csv.epraccur.latestDate));
      break;
  }
  return finish(contents, context);
}

/** One sub-ICB per code (both ePCN tables, or several files in a zip, name the same ones), and the warnings. */
function finish(contents: OdsFileContents, context?: ReadContext): OdsFileContents {
  const subIcbs = new Map<string, OdsSubIcb>();
  for (const subIcb of contents.subIcbs) addSubIcb(subIcbs, subIcb);
  contents.subIcbs = [...subIcbs.values()];
  if (context) contents.warnings = context.warnings.list();
  return contents;
}

type Dater = (source: OdsSource, importedRows: number, latest: string | null) => OdsSnapshot;

function workbookContents(fileName: string, bytes: Uint8Array, context: ReadContext, dated: Dater): OdsFileContents {
  const { details, partners } = readEpcnWorkbook(fileName, bytes, context);
  const contents = emptyContents(fileName, 'epcn-workbook');
  addDetails(contents, details, `${fileName} sheet "PCNDetails"`, context.warnings);
  addPartners(contents, partners, `${fileName} sheet "PCN Core Partner Details"`, context.warnings);
  contents.snapshots.push(
    dated('epcn', details.pcns.length, details.latestDate),
    dated('epcncorepartnerdetails', partners.memberships.length, partners.latestDate),
  );
  return finish(contents, context);
}

/** Entry names, read from the zip's directory without inflating anything. */
function listZip(fileName: string, bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    const what = /\.xls[xm]?$/i.test(fileName) ? 'xlsx workbook' : 'zip file';
    throw new OdsImportError(fileName, `the ${what} is truncated or corrupt`);
  }
  return names;
}

const READABLE_ENTRY = /\.(xlsx|xls|csv)$/i;

/** `epcn.zip` holds ePCN.xlsx (and a PDF specification); other ODS zips hold a CSV. Other entries are ignored. */
function zipContents(
  fileName: string,
  nameHints: string[],
  bytes: Uint8Array,
  entries: string[],
  options: ReadOdsOptions,
): OdsFileContents {
  const wanted = entries.filter((name) => READABLE_ENTRY.test(name) && !name.startsWith('__MACOSX/'));
  if (!wanted.length) {
    const has = entries.length ? entries.join(', ') : 'nothing';
    throw new OdsImportError(fileName, `the zip file holds no .xlsx or .csv file (it has: ${has})`);
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => wanted.includes(file.name) });
  } catch {
    throw new OdsImportError(fileName, 'the zip file is truncated or corrupt');
  }
  const contents = emptyContents(fileName, 'zip');
  for (const name of wanted) {
    const inner = readAny(`${fileName}/${name}`, [name, ...nameHints], files[name] ?? new Uint8Array(), options, false);
    contents.pcns.push(...inner.pcns);
    contents.memberships.push(...inner.memberships);
    contents.practices.push(...inner.practices);
    contents.subIcbs.push(...inner.subIcbs);
    contents.snapshots.push(...inner.snapshots);
    contents.warnings.push(...inner.warnings);
  }
  return finish(contents);
}

function emptyContents(fileName: string, kind: OdsFileKind): OdsFileContents {
  return { fileName, kind, pcns: [], memberships: [], practices: [], subIcbs: [], snapshots: [], warnings: [] };
}

/** A table whose every row was skipped is a file in the wrong shape, not a file with a few bad rows. */
function requireSomeRows(count: number, where: string, warnings: WarningLog): void {
  if (count > 0) return;
  const first = warnings.lines[0]?.replace(/; row skipped$/, '');
  throw new OdsImportError(where, `no row could be read${first ? ` (first problem: ${first})` : ''}`);
}

function addDetails(
  contents: OdsFileContents,
  details: PcnDetailsContents,
  where: string,
  warnings: WarningLog,
): void {
  requireSomeRows(details.pcns.length, where, warnings);
  contents.pcns.push(...details.pcns);
  contents.subIcbs.push(...details.subIcbs);
}

function addPartners(
  contents: OdsFileContents,
  partners: CorePartnerContents,
  where: string,
  warnings: WarningLog,
): void {
  requireSomeRows(partners.memberships.length, where, warnings);
  contents.memberships.push(...partners.memberships);
  contents.practices.push(...partners.practices);
  contents.subIcbs.push(...partners.subIcbs);
}

function addEpraccur(
  contents: OdsFileContents,
  epraccur: EpraccurContents,
  where: string,
  warnings: WarningLog,
): void {
  requireSomeRows(epraccur.practices.length, where, warnings);
  contents.practices.push(...epraccur.practices);
  contents.subIcbs.push(...epraccur.subIcbs);
}

function snapshot(
  source: OdsSource,
  fileName: string,
  nameHints: readonly string[],
  importedRows: number,
  latest: string | null,
  options: ReadOdsOptions,
): OdsSnapshot {
  const base = { source, fileName, importedRows };
  if (options.snapshotDate) return { ...base, snapshotDate: options.snapshotDate, snapshotDateBasis: 'caller' };
  for (const hint of nameHints) {
    const date = dateFromFileName(hint);
    if (date) return { ...base, snapshotDate: date, snapshotDateBasis: 'file-name' };
  }
  if (latest) return { ...base, snapshotDate: latest, snapshotDateBasis: 'data' };
  return { ...base, snapshotDate: null, snapshotDateBasis: null };
}
