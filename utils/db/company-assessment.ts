import { assessReadiness, type ReadinessAssessment } from '../readiness/assess';
import { CRITERIA_SETTING, DEFAULT_CRITERIA } from '../readiness/criteria-defaults';
import { readinessInputFromStore, type StoredCompanyRecords } from '../readiness/from-store';
import { isoToday } from '../format/dates';
import type { CompanySummary } from './queries';
import type { AccountsDocumentRow, AccountsPeriodRow, CompanyRow, OdsPcnRow } from './rows';
import type { ScoutDb } from './schema';

// Type imports only: this module has no Dexie at run time, so the popup's first read (read-direct.ts),
// which runs before Dexie has loaded, builds its snapshot with the same code.

/** The settings key of the readiness criteria (validated by the background before they are stored). */
export { CRITERIA_SETTING };

/**
 * The tables holding one company's own rows, each indexed by `companyNumber`, under the names the snapshot
 * gives them. Both readers (Dexie below, IndexedDB directly in read-direct.ts) read exactly this list.
 */
export const COMPANY_ROW_TABLES = {
  pageCaptures: 'pageCaptures',
  filings: 'filings',
  officers: 'officers',
  pscs: 'pscs',
  accountsPeriods: 'accountsPeriods',
  clips: 'clips',
  pcnLinks: 'federationPcnLinks',
  documents: 'accountsDocuments',
} as const;

export type CompanyRowTables = typeof COMPANY_ROW_TABLES;
/** The rows read from each of COMPANY_ROW_TABLES, by the snapshot's names. */
export type CompanyRowsByName = { -readonly [name in keyof CompanyRowTables]: unknown[] };

/** Everything the store holds about one company, read at one moment: what its verdict and card need. */
export interface CompanySnapshot {
  records: StoredCompanyRecords;
  documents: AccountsDocumentRow[];
  /** The user's readiness criteria as stored (the background validated them), or undefined for the defaults. */
  storedCriteria: unknown;
}

/** Puts the rows read for a company together, whichever reader read them. */
export function companySnapshot(
  companyNumber: string,
  company: CompanyRow | undefined,
  rows: CompanyRowsByName,
  linkedPcns: readonly (OdsPcnRow | undefined)[],
  storedCriteria: unknown,
): CompanySnapshot {
  const { documents, ...own } = rows as unknown as Omit<StoredCompanyRecords, 'companyNumber' | 'company' | 'pcnNames'> & { documents: AccountsDocumentRow[] };
  const pcnNames = new Map(linkedPcns.filter((p) => p !== undefined).map((p) => [p.code, p.name]));
  return { records: { companyNumber, company: company ?? null, ...own, pcnNames }, documents, storedCriteria };
}

/** One company's snapshot, read through Dexie (so that a live query follows every table it reads). */
export async function loadCompanySnapshot(db: ScoutDb, companyNumber: string): Promise<CompanySnapshot> {
  const names = Object.keys(COMPANY_ROW_TABLES) as (keyof CompanyRowTables)[];
  const [company, setting, ...tables] = await Promise.all([
    db.companies.get(companyNumber),
    db.settings.get(CRITERIA_SETTING),
    ...names.map((name) => db.table(COMPANY_ROW_TABLES[name]).where('companyNumber').equals(companyNumber).toArray()),
  ]);
  const rows = Object.fromEntries(names.map((name, i) => [name, tables[i]!])) as CompanyRowsByName;
  const pcns = await db.odsPcns.bulkGet((rows.pcnLinks as { pcnCode: string }[]).map((l) => l.pcnCode));
  return companySnapshot(companyNumber, company, rows, pcns, setting?.value);
}

function assessSnapshot(snapshot: CompanySnapshot, now: Date): ReadinessAssessment {
  const stored = snapshot.storedCriteria;
  const criteria = { ...DEFAULT_CRITERIA, ...(stored && typeof stored === 'object' ? stored : {}) };
  return assessReadiness(readinessInputFromStore(snapshot.records), criteria, isoToday(now));
}

/** The verdict for a stored company under the user's criteria (defaults where none are set). */
export async function assessStoredCompany(db: ScoutDb, companyNumber: string, now: Date): Promise<ReadinessAssessment | null> {
  const snapshot = await loadCompanySnapshot(db, companyNumber);
  return snapshot.records.company ? assessSnapshot(snapshot, now) : null;
}

/** What the popup shows of a company, from one read of its records: its summary, verdict and accounts. */
export interface CompanyView {
  records: StoredCompanyRecords;
  summary: CompanySummary;
  assessment: ReadinessAssessment;
  accounts: { periods: AccountsPeriodRow[]; documents: AccountsDocumentRow[] };
}

/** The card of a company from its snapshot; null when the store has no record of the company itself. */
export function companyView(snapshot: CompanySnapshot, now: Date): CompanyView | null {
  const { records, documents } = snapshot;
  const { company } = records;
  if (!company) return null;
  const summary: CompanySummary = {
    company,
    counts: { filings: records.filings.length, officers: records.officers.length, activeOfficers: records.officers.filter((o) => o.status === 'active').length, pscs: records.pscs.length },
    captures: records.pageCaptures,
  };
  return { records, summary, assessment: assessSnapshot(snapshot, now), accounts: { periods: records.accountsPeriods, documents } };
}

export async function loadCompanyView(db: ScoutDb, companyNumber: string, now: Date): Promise<CompanyView | null> {
  return companyView(await loadCompanySnapshot(db, companyNumber), now);
}
