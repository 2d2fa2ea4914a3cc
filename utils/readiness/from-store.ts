import type {
  AccountsPeriodRow,
  ClipRow,
  CompanyRow,
  FederationPcnLinkRow,
  FilingRow,
  OfficerRow,
  PageCaptureRow,
  PscRow,
} from '../db/rows';
import { capturedFromPages, type ReadinessInput } from './input';

/** One company's rows, as the popup reads them from the store (no database access here). */
export interface StoredCompanyRecords {
  companyNumber: string;
  company: CompanyRow | null;
  pageCaptures: PageCaptureRow[];
  filings: FilingRow[];
  officers: OfficerRow[];
  pscs: PscRow[];
  accountsPeriods: AccountsPeriodRow[];
  clips: ClipRow[];
  pcnLinks: FederationPcnLinkRow[];
  /** PCN names by ODS code, for the reasons' wording; optional. */
  pcnNames?: ReadonlyMap<string, string>;
}

/** The ReadinessInput for a company from its stored rows: the same shape the CLI builds from saved pages. */
export function readinessInputFromStore(records: StoredCompanyRecords): ReadinessInput {
  const { company } = records;
  const overviewUrl = company?.overview ? company.provenance?.sourceUrl : undefined;
  return {
    company: { companyNumber: records.companyNumber, overview: company?.overview ?? null, ...(overviewUrl ? { overviewUrl } : {}) },
    // Newest first, as the filing history lists them and as the checks expect to read them.
    filings: [...records.filings].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')),
    officers: records.officers,
    pscs: records.pscs,
    accountsPeriods: records.accountsPeriods,
    clips: records.clips.filter((c) => c.companyNumber === records.companyNumber),
    linkedPcns: records.pcnLinks.map((l) => ({ pcnCode: l.pcnCode, status: l.status, confidence: l.confidence, pcnName: records.pcnNames?.get(l.pcnCode) ?? null })),
    captured: capturedFromPages(records.pageCaptures),
  };
}
