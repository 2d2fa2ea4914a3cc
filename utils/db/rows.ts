import type { Filing, Officer, OverviewRecord, PageType, Psc } from '../companies-house/records';

/** Where a stored record came from: every row that a capture writes carries one. */
export interface Provenance {
  sourceUrl: string;
  capturedAt: string;
  parserVersion: number;
}

export interface CompanyRow {
  companyNumber: string;
  name: string | null;
  overview: OverviewRecord | null;
  provenance: Provenance | null;
  /** Last time any page of this company was captured: orders "recent companies". */
  updatedAt: string;
}

/** One captured page of one tab: tells the popup "captured N days ago" and capture-all what is left. */
export interface PageCaptureRow {
  companyNumber: string;
  pageType: PageType;
  page: number;
  lastPage: number;
  url: string;
  capturedAt: string;
  itemCount: number;
  warnings: string[];
  filtered: boolean;
}

export interface FilingRow extends Filing {
  /** The transaction id, or a key derived from date, form and description for rows without a document. */
  key: string;
  companyNumber: string;
  provenance: Provenance;
}

export interface OfficerRow extends Officer {
  /** company/officer id/role/appointed: one person may hold several appointments in one company. */
  appointmentKey: string;
  companyNumber: string;
  nameKey: string;
  provenance: Provenance;
}

export interface PscRow extends Psc {
  pscKey: string;
  companyNumber: string;
  provenance: Provenance;
}

export interface AccountsPeriodRow {
  companyNumber: string;
  start: string | null;
  end: string;
  /** null = not disclosed (never 0 for a missing figure). */
  turnover: number | null;
  profitLoss: number | null;
  netAssets: number | null;
  employees: number | null;
  dormant: boolean | null;
  regime: string | null;
  currency: string | null;
  source: { transactionId: string | null; documentUrl: string; format: 'ixbrl' | 'pdf' };
  capturedAt: string;
}

export type ClipKind = 'services' | 'services-in-development' | 'practices' | 'pcns' | 'people' | 'other';

export interface ClipRow {
  id: string;
  companyNumber: string | null;
  siteOrigin: string;
  url: string;
  kind: ClipKind;
  heading: string | null;
  /** Plain text only: clipped web content is never stored or shown as HTML. */
  items: string[];
  capturedAt: string;
}

/** The federation (Companies House company) a website belongs to, chosen once per site. */
export interface WebsiteRow {
  origin: string;
  companyNumber: string;
  updatedAt: string;
}

export interface OdsIcbRow {
  code: string;
  name: string | null;
}
export interface OdsSubIcbRow {
  code: string;
  name: string | null;
  icbCode: string | null;
}
export interface OdsPcnRow {
  code: string;
  name: string;
  subIcbCode: string | null;
  openDate: string | null;
  closeDate: string | null;
  address: string | null;
  postcode: string | null;
}
export interface OdsPracticeRow {
  code: string;
  name: string;
  postcode: string | null;
  status: string | null;
  prescribingSetting: number | null;
  subIcbCode: string | null;
  icbCode: string | null;
  openDate: string | null;
  closeDate: string | null;
  address: string | null;
}
export interface OdsMembershipRow {
  practiceCode: string;
  pcnCode: string;
  startDate: string;
  endDate: string | null;
  crossBoundary: boolean | null;
}
export interface OdsSnapshotRow {
  source: string;
  snapshotDate: string | null;
  fileName: string;
  importedAt: string;
  rows: number;
}

export interface LinkEvidence {
  kind: 'practice-match' | 'pcn-name-match' | 'user';
  text: string;
  score: number | null;
}

export interface FederationPcnLinkRow {
  companyNumber: string;
  pcnCode: string;
  status: 'suggested' | 'confirmed' | 'rejected';
  confidence: number;
  evidence: LinkEvidence[];
  updatedAt: string;
}

export interface PersonRole {
  entityKind: 'company' | 'pcn' | 'practice' | 'website';
  entityId: string;
  title: string | null;
  source: string;
}

/** A person the user recorded or clipped (e.g. a PCN clinical director); officers live in `officers`. */
export interface PersonRow {
  id: string;
  name: string;
  nameKey: string;
  roles: PersonRole[];
  updatedAt: string;
}

export type EntityKind = 'company' | 'pcn' | 'practice' | 'person' | 'sub-icb' | 'icb';

export interface NoteRow {
  id: string;
  entityKind: EntityKind;
  entityId: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface TagRow {
  entityKind: EntityKind;
  entityId: string;
  tag: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A capture-all run, persisted so it resumes if the browser stops the background worker. */
export interface CaptureJobRow {
  companyNumber: string;
  state: 'running' | 'done' | 'failed';
  startedAt: string;
  updatedAt: string;
  done: string[];
  pending: string[];
  failed: { url: string; error: string }[];
}
