import { Dexie, type Table } from 'dexie';
import type {
  AccountsDocumentRow,
  AccountsPeriodRow,
  CaptureJobRow,
  ClipRow,
  CompanyRow,
  FederationPcnLinkRow,
  FilingRow,
  NoteRow,
  OdsIcbRow,
  OdsMembershipRow,
  OdsPcnRow,
  OdsPracticeRow,
  OdsSnapshotRow,
  OdsSubIcbRow,
  OfficerRow,
  PageCaptureRow,
  PersonRow,
  PscRow,
  SettingRow,
  TagRow,
  WebsiteRow,
} from './rows';

import { DATABASE_NAME, SCHEMA_HISTORY, SCHEMA_VERSION } from './schema-history';

export { DATABASE_NAME, SCHEMA_HISTORY, SCHEMA_VERSION, TABLE_NAMES, upgradeRow, type SchemaStep, type TableName } from './schema-history';

type Row = Record<string, unknown>;

/** Declares the schema's history up to `uptoVersion` on a Dexie instance (all of it by default). */
export function declareSchema(db: Dexie, uptoVersion = SCHEMA_VERSION): void {
  for (const step of SCHEMA_HISTORY) {
    if (step.version > uptoVersion) break;
    const declared = db.version(step.version).stores(step.stores);
    const upgrades = step.upgradeRows;
    if (upgrades) {
      declared.upgrade(async (tx) => {
        for (const [table, upgrade] of Object.entries(upgrades)) {
          await tx.table(table).toCollection().modify((row: Row) => {
            Object.assign(row, upgrade(row));
          });
        }
      });
    }
  }
}

export class ScoutDb extends Dexie {
  companies!: Table<CompanyRow, string>;
  pageCaptures!: Table<PageCaptureRow, [string, string, number]>;
  filings!: Table<FilingRow, string>;
  accountsPeriods!: Table<AccountsPeriodRow, [string, string]>;
  officers!: Table<OfficerRow, string>;
  pscs!: Table<PscRow, string>;
  clips!: Table<ClipRow, string>;
  websites!: Table<WebsiteRow, string>;
  odsIcbs!: Table<OdsIcbRow, string>;
  odsSubIcbs!: Table<OdsSubIcbRow, string>;
  odsPcns!: Table<OdsPcnRow, string>;
  odsPractices!: Table<OdsPracticeRow, string>;
  odsMemberships!: Table<OdsMembershipRow, [string, string, string]>;
  odsSnapshots!: Table<OdsSnapshotRow, string>;
  federationPcnLinks!: Table<FederationPcnLinkRow, [string, string]>;
  people!: Table<PersonRow, string>;
  notes!: Table<NoteRow, string>;
  tags!: Table<TagRow, [string, string, string]>;
  settings!: Table<SettingRow, string>;
  captureJobs!: Table<CaptureJobRow, string>;
  accountsDocuments!: Table<AccountsDocumentRow, [string, string]>;

  constructor(name = DATABASE_NAME) {
    super(name);
    declareSchema(this);
  }
}

