import type { Filing, Officer, OverviewRecord, PageType, Psc } from '../companies-house/records';
import type { AccountsPeriodRow, ClipRow, FederationPcnLinkRow } from '../db/rows';

/**
 * What the readiness verdict reads: one company's stored records. Each part is a subset of a store row's fields
 * (FilingRow, OfficerRow, PscRow, AccountsPeriodRow, ClipRow, FederationPcnLinkRow), so the extension passes
 * its rows as they are and the CLI builds the same shapes from saved pages (from-pages.ts).
 */

export type ReadinessFiling = Pick<Filing, 'transactionId' | 'date' | 'formCode' | 'description' | 'madeUpTo' | 'accountsType' | 'links'>;

export type ReadinessOfficer = Pick<Officer, 'officerId' | 'name' | 'role' | 'status' | 'appointedOn' | 'resignedOn' | 'occupation'>;

export type ReadinessPsc = Pick<Psc, 'name' | 'kind' | 'status' | 'ceasedOn'>;

/** Figures for one accounting period; turnover null = not disclosed, never zero. */
export type ReadinessAccountsPeriod = Pick<
  AccountsPeriodRow,
  'start' | 'end' | 'turnover' | 'profitLoss' | 'netAssets' | 'employees' | 'dormant' | 'regime' | 'currency' | 'source'
>;

export type ReadinessClip = Pick<ClipRow, 'kind' | 'items' | 'url'>;

export type ReadinessPcnLink = Pick<FederationPcnLinkRow, 'pcnCode' | 'status' | 'confidence'> & { pcnName?: string | null };

/** true: every page captured, unfiltered; 'partial': some pages, or a filtered view; false: none. */
export type CaptureState = boolean | 'partial';

export interface ReadinessInput {
  company: {
    companyNumber: string;
    overview: OverviewRecord | null;
    /** Where the overview was captured; the canonical overview URL when absent. */
    overviewUrl?: string;
  };
  filings: ReadinessFiling[];
  officers: ReadinessOfficer[];
  pscs: ReadinessPsc[];
  accountsPeriods: ReadinessAccountsPeriod[];
  clips: ReadinessClip[];
  linkedPcns: ReadinessPcnLink[];
  captured: {
    overview: boolean;
    filingHistory: CaptureState;
    officers: CaptureState;
    psc: boolean;
  };
}

/** One captured page, as a PageCaptureRow records it (and as a ParsedPage can be summarised). */
export interface CapturedPage {
  pageType: PageType;
  page: number;
  lastPage: number;
  /** A filtered filing history, or officers with "Current officers" checked. */
  filtered: boolean;
}

/**
 * How much of one tab is captured: of its pages (1 to the last the site showed), how many are there
 * unfiltered, and whether a filtered view was captured. Complete when every page is there unfiltered.
 */
export function tabCoverage(ofType: readonly Pick<CapturedPage, 'page' | 'lastPage' | 'filtered'>[]): { pages: number; lastPage: number; complete: boolean; filtered: boolean } {
  const lastPage = Math.max(0, ...ofType.map((p) => p.lastPage));
  const unfiltered = new Set(ofType.filter((p) => !p.filtered).map((p) => p.page));
  let pages = 0;
  for (let page = 1; page <= lastPage; page++) if (unfiltered.has(page)) pages++;
  return { pages, lastPage, complete: ofType.length > 0 && pages === lastPage, filtered: ofType.some((p) => p.filtered) };
}

/** Which tabs are captured, from the pages captured: complete when every page up to the last is there unfiltered. */
export function capturedFromPages(pages: readonly CapturedPage[]): ReadinessInput['captured'] {
  const state = (pageType: PageType): CaptureState => {
    const ofType = pages.filter((p) => p.pageType === pageType);
    if (ofType.length === 0) return false;
    return tabCoverage(ofType).complete ? true : 'partial';
  };
  return {
    overview: pages.some((p) => p.pageType === 'overview'),
    filingHistory: state('filing-history'),
    officers: state('officers'),
    psc: pages.some((p) => p.pageType === 'psc'),
  };
}
