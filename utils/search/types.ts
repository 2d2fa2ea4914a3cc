import type {
  CompanyRow,
  OdsIcbRow,
  OdsMembershipRow,
  OdsPcnRow,
  OdsPracticeRow,
  OdsSubIcbRow,
  OfficerRow,
  PersonRow,
  PscRow,
} from '../db/rows';

/** The store's rows the search reads, as the tables hold them (memberships: all spells; current ones are used). */
export interface SearchData {
  companies: readonly CompanyRow[];
  officers: readonly OfficerRow[];
  pscs: readonly PscRow[];
  people: readonly PersonRow[];
  odsPcns: readonly OdsPcnRow[];
  odsPractices: readonly OdsPracticeRow[];
  odsMemberships: readonly OdsMembershipRow[];
  odsSubIcbs: readonly OdsSubIcbRow[];
  odsIcbs: readonly OdsIcbRow[];
}

export type SearchTable = keyof SearchData;

export const SEARCH_TABLES: readonly SearchTable[] = [
  'companies',
  'officers',
  'pscs',
  'people',
  'odsPcns',
  'odsPractices',
  'odsMemberships',
  'odsSubIcbs',
  'odsIcbs',
];

/** The national ODS tables: large (some 30,000 rows), and changed only by an ODS import. */
export const ODS_SEARCH_TABLES = ['odsPcns', 'odsPractices', 'odsMemberships', 'odsSubIcbs', 'odsIcbs'] as const satisfies readonly SearchTable[];
/** What the user's own research wrote: small, and changed by every capture. */
export const RESEARCH_SEARCH_TABLES = ['companies', 'officers', 'pscs', 'people'] as const satisfies readonly SearchTable[];

export type SearchKind = 'company' | 'pcn' | 'practice' | 'person' | 'sub-icb' | 'icb';

/**
 * One result. `id` is the record's key: company number, ODS code, or a person's name key. `score` orders
 * results (higher first); its thousands are the tier that matched (see rank.ts), so a caller may group by it.
 */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  detail: string;
  score: number;
}

export interface SearchOptions {
  /** Most hits returned; 20 by default. */
  limit?: number;
}
