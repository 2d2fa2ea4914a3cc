import { assessReadiness, type ReadinessAssessment } from '../readiness/assess';
import { DEFAULT_CRITERIA } from '../readiness/criteria-defaults';
import { readinessInputFromStore, type StoredCompanyRecords } from '../readiness/from-store';
import { isoToday } from '../format/dates';
import type { CompanySummary } from './queries';
import type { AccountsDocumentRow, AccountsPeriodRow } from './rows';
import type { ScoutDb } from './schema';

/** The settings key of the readiness criteria (validated by the background before they are stored). */
export const CRITERIA_SETTING = 'readiness.criteria';

/** Everything the store holds about one company, for the readiness verdict. */
export async function loadCompanyRecords(db: ScoutDb, companyNumber: string): Promise<StoredCompanyRecords> {
  const [company, pageCaptures, filings, officers, pscs, accountsPeriods, clips, pcnLinks] = await Promise.all([
    db.companies.get(companyNumber),
    db.pageCaptures.where('companyNumber').equals(companyNumber).toArray(),
    db.filings.where('companyNumber').equals(companyNumber).toArray(),
    db.officers.where('companyNumber').equals(companyNumber).toArray(),
    db.pscs.where('companyNumber').equals(companyNumber).toArray(),
    db.accountsPeriods.where('companyNumber').equals(companyNumber).toArray(),
    db.clips.where('companyNumber').equals(companyNumber).toArray(),
    db.federationPcnLinks.where('companyNumber').equals(companyNumber).toArray(),
  ]);
  const pcns = await db.odsPcns.bulkGet(pcnLinks.map((l) => l.pcnCode));
  const pcnNames = new Map(pcns.filter((p) => p !== undefined).map((p) => [p.code, p.name]));
  return { companyNumber, company: company ?? null, pageCaptures, filings, officers, pscs, accountsPeriods, clips, pcnLinks, pcnNames };
}

async function assess(db: ScoutDb, records: StoredCompanyRecords, now: Date): Promise<ReadinessAssessment> {
  const stored = (await db.settings.get(CRITERIA_SETTING))?.value;
  const criteria = { ...DEFAULT_CRITERIA, ...(stored && typeof stored === 'object' ? stored : {}) };
  return assessReadiness(readinessInputFromStore(records), criteria, isoToday(now));
}

/** The verdict for a stored company under the user's criteria (defaults where none are set). */
export async function assessStoredCompany(db: ScoutDb, companyNumber: string, now: Date): Promise<ReadinessAssessment | null> {
  const records = await loadCompanyRecords(db, companyNumber);
  return records.company ? assess(db, records, now) : null;
}

/** What the popup shows of a company, from one read of its records: its summary, verdict and accounts. */
export interface CompanyView {
  records: StoredCompanyRecords;
  summary: CompanySummary;
  assessment: ReadinessAssessment;
  accounts: { periods: AccountsPeriodRow[]; documents: AccountsDocumentRow[] };
}

export async function loadCompanyView(db: ScoutDb, companyNumber: string, now: Date): Promise<CompanyView | null> {
  const [records, documents] = await Promise.all([loadCompanyRecords(db, companyNumber), db.accountsDocuments.where('companyNumber').equals(companyNumber).toArray()]);
  const { company } = records;
  if (!company) return null;
  const summary: CompanySummary = {
    company,
    counts: { filings: records.filings.length, officers: records.officers.length, activeOfficers: records.officers.filter((o) => o.status === 'active').length, pscs: records.pscs.length },
    captures: records.pageCaptures,
  };
  return { records, summary, assessment: await assess(db, records, now), accounts: { periods: records.accountsPeriods, documents } };
}
