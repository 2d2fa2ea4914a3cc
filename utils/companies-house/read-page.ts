import type { ParsedPage } from './records';
import type { PageType } from './site';
import { companyNumberFromHeader, detectCompanyPage } from './detect';
import { parseFilingHistory } from './parse-filing-history';
import { parseOfficers } from './parse-officers';
import { companyNameFromPage, parseOverview } from './parse-overview';
import { parsePsc } from './parse-psc';
import { normaliseSpace, type PageParser } from './text';

/**
 * Reads a Companies House page: detect it, run its parser, name the company from the header. No schema
 * validation here (no zod), so content scripts stay small; `parseCompanyPage` adds validation with repair,
 * and the background validates every page it receives. Never throws.
 */

const PARSERS: { [T in PageType]: PageParser<Extract<ParsedPage, { pageType: T }>['record']> } = {
  overview: parseOverview,
  'filing-history': parseFilingHistory,
  officers: parseOfficers,
  psc: parsePsc,
};

export const LABELS: Record<PageType, string> = {
  overview: 'overview',
  'filing-history': 'filing history',
  officers: 'officers',
  psc: 'psc',
};

/** A record with nothing in it: what a page yields when its parser could not run at all. */
export function emptyRecord(pageType: PageType, page = 1): ParsedPage['record'] {
  switch (pageType) {
    case 'overview':
      return {
        name: null, status: null, statusDetail: null, closedDate: null, closedLabel: null, companyType: null,
        isCic: false, incorporatedDate: null, incorporatedLabel: null, registeredOffice: null, sicCodes: [],
        previousNames: [], accounts: null, confirmationStatement: null, hasInsolvencyTab: false, annotations: [],
      };
    case 'filing-history':
      return { page, lastPage: page, filtered: false, filings: [] };
    case 'officers':
      return { page, lastPage: page, totalOfficers: null, resignations: null, activeOnly: false, officers: [] };
    case 'psc':
      return { page, lastPage: page, pscs: [] };
  }
}

export function message(error: unknown): string {
  return normaliseSpace(error instanceof Error ? error.message : String(error)).slice(0, 120);
}

/** What a page shows before validation: the shape of ParsedPage, not yet checked against its schema. */
export interface UncheckedPage {
  pageType: PageType;
  companyNumber: string;
  companyName: string | null;
  url: string;
  record: unknown;
  warnings: string[];
  /** The page number, for an empty record of the right page when repair must give up. */
  page: number;
}

/** Reads a Companies House company page (overview, filing history, officers, PSC); null for any other page. */
export function readCompanyPage(doc: Document, url: string): UncheckedPage | null {
  let detected: ReturnType<typeof detectCompanyPage>;
  try {
    detected = detectCompanyPage(url, doc);
  } catch {
    return null;
  }
  if (!detected) return null;
  const { pageType, companyNumber, page } = detected;

  const warnings: string[] = [];
  let record: unknown;
  try {
    const result = PARSERS[pageType](doc, new URL(url));
    record = result.record;
    warnings.push(...result.warnings);
  } catch (error) {
    warnings.push(`${LABELS[pageType]}: parser failed (${message(error)}); returned an empty record`);
    record = emptyRecord(pageType, page);
  }

  try {
    const shown = companyNumberFromHeader(doc);
    if (shown !== null && shown !== companyNumber) {
      warnings.push(`page header shows company number ${shown}, the URL names ${companyNumber}`);
    }
  } catch {
    // The header check is a courtesy; the URL already named the company.
  }

  let companyName: string | null = null;
  try {
    companyName = companyNameFromPage(doc);
  } catch {
    // A missing name is not worth losing the page over.
  }
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return null;
  }
  return { pageType, companyNumber, companyName, url: href, record, warnings, page };
}
