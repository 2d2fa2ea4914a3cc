import { importOdsFiles, loadOdsDataset } from '../../utils/db/ods-store.ts';
import { ScoutDb } from '../../utils/db/schema.ts';
import { OdsImportError } from '../../utils/ods/errors.ts';
import { summariseOds } from '../../utils/ods/merge.ts';
import { readOdsFile } from '../../utils/ods/read-file.ts';
import type { OdsFileContents } from '../../utils/ods/rows.ts';
import { isoToday } from '../../utils/format/dates.ts';
import { CliError, parseArgs, readInputFile, type CliCommand } from './command.ts';

/**
 * `ods <file>...`: reads ePCN workbooks (or epcn.zip), ODS CSV reports and epraccur.csv, imports them into
 * an in-memory store (the extension's own Dexie store and import code, on fake-indexeddb) and prints the
 * counts of what the store then holds. Row warnings go to stderr, one per line; the JSON summary to stdout.
 */
/** Reads ODS files named on the command line; a file that cannot be read is a one-line CliError. */
export async function readOdsFilesForCli(paths: readonly string[]): Promise<OdsFileContents[]> {
  const today = isoToday(new Date());
  const files: OdsFileContents[] = [];
  for (const path of paths) {
    const bytes = await readInputFile(path);
    try {
      // The path as typed names the file in messages ("data/epraccur.csv line 12: …").
      files.push(readOdsFile(path, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { today }));
    } catch (error) {
      if (error instanceof OdsImportError) throw new CliError(error.message);
      throw error;
    }
  }
  // Row warnings go to stderr, one per line, so stdout stays one JSON document.
  for (const warning of files.flatMap((file) => file.warnings)) process.stderr.write(`warning: ${warning}\n`);
  return files;
}

export const odsCommand: CliCommand = {
  name: 'ods',
  usage: 'ods <file>...',
  summary: 'read NHS ODS files (ePCN xlsx/zip, CSV reports, epraccur.csv) and print PCN, practice and ICB counts',
  async run(args) {
    const { positional } = parseArgs(args, []);
    if (!positional.length) throw new CliError('ods needs at least one file (ePCN .xlsx or .zip, or an ODS .csv)');
    const files = await readOdsFilesForCli(positional);
    const db = new ScoutDb(`ics-scout-cli-${process.pid}`);
    try {
      await importOdsFiles(db, files);
      return summariseOds(await loadOdsDataset(db));
    } finally {
      await db.delete();
    }
  },
};
