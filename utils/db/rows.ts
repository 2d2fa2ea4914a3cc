import type { Filing, Officer, OverviewRecord, PageType, Psc } from '../companies-house/records';
import type { OdsIcb, OdsMembership, OdsPcn, OdsPractice, OdsSnapshot, OdsSubIcb } from '../ods/rows';

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

/** What became of one accounts document ICS Scout fetched. */
export interface AccountsDocumentRow {
  companyNumber: string;
  transactionId: string;
  madeUpTo: string | null;
  format: 'ixbrl' | 'pdf';
  /** The Companies House document link (it redirects to the document store). */
  documentUrl: string;
  /** extracted: figures stored as accountsPeriods; no-figures: readable, but no turnover or income lines. */
  status: 'extracted' | 'no-figures' | 'not-machine-readable' | 'failed';
  /** PDF only: the turnover / income lines found, as printed, with their years. */
  incomeLines: { label: string; text: string; figures: { year: number | null; amount: number }[] }[];
  warnings: string[];
  error: string | null;
  fetchedAt: string;
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
  /** Parallel to items when the page grouped them (member practices under PCN headings). */
  groups?: (string | null)[];
  capturedAt: string;
}

/** The federation (Companies House company) a website belongs to, chosen once per site. */
export interface WebsiteRow {
  origin: string;
  companyNumber: string;
  updatedAt: string;
}

/** NHS ODS rows are stored as utils/ods/rows.ts reads them; snapshots add when they were imported. */
export type OdsIcbRow = OdsIcb;
export type OdsSubIcbRow = OdsSubIcb;
export type OdsPcnRow = OdsPcn;
export type OdsPracticeRow = OdsPractice;
export type OdsMembershipRow = OdsMembership;
export interface OdsSnapshotRow extends OdsSnapshot {
  importedAt: string;
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
