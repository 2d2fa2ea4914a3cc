import { z } from 'zod';
import { parseCriteria } from '../readiness/criteria';
import { CRITERIA_SETTING, DEFAULT_CRITERIA } from '../readiness/criteria-defaults';
import { SCHEMA_HISTORY, SCHEMA_VERSION, TABLE_NAMES, upgradeRow, type ScoutDb, type TableName } from './schema';

/**
 * Export everything to one JSON document and import it back. Import validates the whole file before it
 * touches the store, then replaces every table inside one transaction: a bad file changes nothing.
 */

export const EXPORT_FORMAT = 'ics-scout-export';

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  tables: Partial<Record<TableName, Record<string, unknown>[]>>;
}

export class ImportError extends Error {}

export async function exportAll(db: ScoutDb, now = new Date()): Promise<ExportDocument> {
  const tables: ExportDocument['tables'] = {};
  await db.transaction('r', TABLE_NAMES.map((name) => db.table(name)), async () => {
    for (const name of TABLE_NAMES) tables[name] = await db.table(name).toArray();
  });
  return { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), tables };
}

/** The primary-key fields of each table, read from the schema ("[a+b]" → a, b). */
function primaryKeyFields(table: TableName): string[] {
  let spec: string | undefined;
  for (const step of SCHEMA_HISTORY) spec = step.stores[table] ?? spec;
  const primary = spec!.split(',')[0]!.trim().replace(/^[&+]+/, '');
  return primary.startsWith('[') ? primary.slice(1, -1).split('+') : [primary];
}

const Envelope = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `not an ICS Scout export (expected "format": "${EXPORT_FORMAT}")` }),
  schemaVersion: z
    .number()
    .int()
    .min(1)
    .max(SCHEMA_VERSION, { error: `written by a newer ICS Scout (schema ${SCHEMA_VERSION} is the newest this one reads)` }),
  exportedAt: z.string(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

export interface ImportSummary {
  schemaVersion: number;
  rows: Partial<Record<TableName, number>>;
  total: number;
}

/** Validates an export document; returns the rows to write, upgraded to the current schema. */
export function validateExport(input: unknown): { tables: Map<TableName, Record<string, unknown>[]>; summary: ImportSummary } {
  const envelope = Envelope.safeParse(input);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    const where = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
    throw new ImportError(`${issue.message}${where}`);
  }
  const { schemaVersion, tables } = envelope.data;
  const result = new Map<TableName, Record<string, unknown>[]>();
  const summary: ImportSummary = { schemaVersion, rows: {}, total: 0 };
  for (const [name, rows] of Object.entries(tables)) {
    if (!(TABLE_NAMES as string[]).includes(name)) throw new ImportError(`unknown table "${name}"`);
    const table = name as TableName;
    const keyFields = primaryKeyFields(table);
    const upgraded = rows.map((row, index) => {
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        throw new ImportError(`table "${table}" row ${index + 1} is not an object`);
      }
      for (const field of keyFields) {
        const value = (row as Record<string, unknown>)[field];
        if (typeof value !== 'string' && typeof value !== 'number') {
          throw new ImportError(`table "${table}" row ${index + 1} has no "${field}" (part of its key)`);
        }
      }
      const upgraded = upgradeRow(table, row as Record<string, unknown>, schemaVersion);
      // The readiness criteria as the options page would save them: an invalid value would skew every verdict.
      // Names it does not know (from another version, say) are ignored by the assessment, as they are here.
      if (table === 'settings' && upgraded.key === CRITERIA_SETTING) {
        const value = upgraded.value;
        const known = value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).filter(([name]) => Object.hasOwn(DEFAULT_CRITERIA, name))) : value;
        const { errors } = parseCriteria(known);
        if (errors.length) throw new ImportError(`the file's readiness criteria are not valid: ${errors[0]}`);
      }
      return upgraded;
    });
    result.set(table, upgraded);
    summary.rows[table] = upgraded.length;
    summary.total += upgraded.length;
  }
  return { tables: result, summary };
}

/** Parses export JSON text with a plain-words error for text that is not JSON. */
export function parseExportText(text: string): unknown {
  if (!text.trim()) throw new ImportError('the file is empty');
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportError('the file is not JSON (is it an ICS Scout export?)');
  }
}

/** Replaces the whole store with the document's contents, all or nothing. */
export async function importAll(db: ScoutDb, input: unknown): Promise<ImportSummary> {
  const { tables, summary } = validateExport(input);
  await db.transaction('rw', TABLE_NAMES.map((name) => db.table(name)), async () => {
    for (const name of TABLE_NAMES) {
      await db.table(name).clear();
      const rows = tables.get(name);
      if (rows?.length) await db.table(name).bulkAdd(rows);
    }
  });
  return summary;
}

export async function deleteAll(db: ScoutDb): Promise<void> {
  await db.transaction('rw', TABLE_NAMES.map((name) => db.table(name)), async () => {
    for (const name of TABLE_NAMES) await db.table(name).clear();
  });
}

export async function countRows(db: ScoutDb): Promise<Record<TableName, number>> {
  const counts = {} as Record<TableName, number>;
  for (const name of TABLE_NAMES) counts[name] = await db.table(name).count();
  return counts;
}
