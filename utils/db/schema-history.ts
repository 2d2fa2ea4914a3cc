import { personNameKey } from '../people/name-key';

// The schema's history as plain data, without Dexie: the popup's first read (utils/db/read-direct.ts)
// checks the stored version against it before Dexie has loaded.

export const DATABASE_NAME = 'ics-scout';

type Row = Record<string, unknown>;

/**
 * One step of the schema's history. `stores` lists only the tables the step adds or changes (Dexie's
 * rule); `upgradeRows` rewrites rows of older versions. The same row upgrades run for Dexie's migration
 * and for importing an export written by an older version, so both paths agree.
 */
export interface SchemaStep {
  version: number;
  stores: Record<string, string | null>;
  upgradeRows?: Record<string, (row: Row) => Row>;
}

export const SCHEMA_HISTORY: readonly SchemaStep[] = [
  {
    version: 1,
    stores: {
      companies: 'companyNumber, updatedAt',
      pageCaptures: '[companyNumber+pageType+page], companyNumber',
      filings: 'key, companyNumber, [companyNumber+date]',
      accountsPeriods: '[companyNumber+end], companyNumber',
      officers: 'appointmentKey, companyNumber, officerId',
      pscs: 'pscKey, companyNumber',
      clips: 'id, companyNumber, siteOrigin',
      websites: 'origin, companyNumber',
      odsIcbs: 'code',
      odsSubIcbs: 'code, icbCode',
      odsPcns: 'code, subIcbCode',
      odsPractices: 'code, subIcbCode, postcode',
      odsMemberships: '[practiceCode+pcnCode+startDate], practiceCode, pcnCode',
      odsSnapshots: 'source',
      federationPcnLinks: '[companyNumber+pcnCode], companyNumber, pcnCode',
      people: 'id',
      notes: 'id, [entityKind+entityId]',
      tags: '[entityKind+entityId+tag], tag, [entityKind+entityId]',
      settings: 'key',
      captureJobs: 'companyNumber, state',
    },
  },
  {
    // Version 2 indexes people by a normalised name key, so one person is found across the boards of
    // federations and PCNs ("SMITH, Jane" on Companies House is "Dr Jane Smith" on a website).
    version: 2,
    stores: {
      officers: 'appointmentKey, companyNumber, officerId, nameKey',
      people: 'id, nameKey',
    },
    upgradeRows: {
      officers: (row) => ({ ...row, nameKey: personNameKey(String(row.name ?? '')) }),
      people: (row) => ({ ...row, nameKey: personNameKey(String(row.name ?? '')) }),
    },
  },
  {
    // Version 3 keeps what became of each accounts document fetched (figures found, not machine-readable,
    // failed), so a scanned PDF is not fetched again and the popup can say why there are no figures.
    version: 3,
    stores: {
      accountsDocuments: '[companyNumber+transactionId], companyNumber',
    },
  },
];

export const SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/** Every table of the current schema, in a stable order (export files list them in this order). */
export const TABLE_NAMES = Object.keys(
  Object.assign({}, ...SCHEMA_HISTORY.map((step) => step.stores)) as Record<string, string | null>,
).filter((name) => SCHEMA_HISTORY.every((step) => step.stores[name] !== null)) as TableName[];

/** Applies every row upgrade after `fromVersion`, in order. */
export function upgradeRow(table: string, row: Row, fromVersion: number): Row {
  let upgraded = row;
  for (const step of SCHEMA_HISTORY) {
    const upgrade = step.version > fromVersion ? step.upgradeRows?.[table] : undefined;
    if (upgrade) upgraded = upgrade(upgraded);
  }
  return upgraded;
}

/**
 * The IndexedDB version Dexie gives a schema version: Dexie multiplies by ten (it once allowed fractional
 * versions), so a store at schema version 3 is IndexedDB version 30.
 */
export function indexedDbVersion(schemaVersion = SCHEMA_VERSION): number {
  return Math.round(schemaVersion * 10);
}

export type TableName =
  | 'companies'
  | 'pageCaptures'
  | 'filings'
  | 'accountsPeriods'
  | 'officers'
  | 'pscs'
  | 'clips'
  | 'websites'
  | 'odsIcbs'
  | 'odsSubIcbs'
  | 'odsPcns'
  | 'odsPractices'
  | 'odsMemberships'
  | 'odsSnapshots'
  | 'federationPcnLinks'
  | 'people'
  | 'notes'
  | 'tags'
  | 'settings'
  | 'captureJobs'
  | 'accountsDocuments';
