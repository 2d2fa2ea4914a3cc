import { COMPANIES_HOUSE_ORIGIN, type PageType } from './site';
import { currentPageFromDocument, pageFromUrl } from './pagination';
import { textOf } from './text';

/**
 * Which Companies House page a URL (and, when given, its document) is: one detector per page type, each with
 * example URLs that the tests check it matches, and that no other detector matches (the github-url-detection
 * habit).
 */

export interface CompanyPage {
  pageType: PageType;
  companyNumber: string;
  page: number;
}

interface PageDetector {
  /** Path after /company/{number}, without a trailing slash. */
  suffix: string;
  /** The `<title data-id=…>` the service gives the page. */
  titleId: string;
  EXAMPLE_URLS: readonly string[];
}

const ORIGIN = COMPANIES_HOUSE_ORIGIN;

export const DETECTORS: Readonly<Record<PageType, PageDetector>> = {
  overview: {
    suffix: '',
    titleId: 'company_profile',
    EXAMPLE_URLS: [
      `${ORIGIN}/company/09876543`,
      `${ORIGIN}/company/SC612345/`,
      `${ORIGIN}/company/00445790?utm_source=search`,
      `${ORIGIN}/company/ni012345`,
    ],
  },
  'filing-history': {
    suffix: '/filing-history',
    titleId: 'company_filing_history',
    EXAMPLE_URLS: [
      `${ORIGIN}/company/09876543/filing-history`,
      `${ORIGIN}/company/09876543/filing-history?page=3`,
      `${ORIGIN}/company/OC301234/filing-history/`,
    ],
  },
  officers: {
    suffix: '/officers',
    titleId: 'company_officers',
    EXAMPLE_URLS: [
      `${ORIGIN}/company/09876543/officers`,
      `${ORIGIN}/company/09876543/officers?page=2`,
      `${ORIGIN}/company/SC612345/officers#appointments`,
    ],
  },
  psc: {
    suffix: '/persons-with-significant-control',
    titleId: 'list_pscs',
    EXAMPLE_URLS: [
      `${ORIGIN}/company/09876543/persons-with-significant-control`,
      `${ORIGIN}/company/NI012345/persons-with-significant-control?page=2`,
    ],
  },
};

export const EXAMPLE_URLS: Readonly<Record<PageType, readonly string[]>> = {
  overview: DETECTORS.overview.EXAMPLE_URLS,
  'filing-history': DETECTORS['filing-history'].EXAMPLE_URLS,
  officers: DETECTORS.officers.EXAMPLE_URLS,
  psc: DETECTORS.psc.EXAMPLE_URLS,
};

const PAGE_TYPES_BY_SUFFIX = new Map(
  (Object.entries(DETECTORS) as [PageType, PageDetector][]).map(([pageType, d]) => [d.suffix, pageType]),
);
const PAGE_TYPES_BY_TITLE_ID = new Map(
  (Object.entries(DETECTORS) as [PageType, PageDetector][]).map(([pageType, d]) => [d.titleId, pageType]),
);

const COMPANY_PATH = /^\/company\/([A-Za-z0-9]{1,8})(\/[a-z-]+)?\/?$/;

/**
 * A company number as the register keeps it: 8 characters, digits zero-padded ("445790" → "00445790"),
 * prefixes kept and upper-cased ("sc12345" → "SC012345"). Null when it cannot be one.
 */
export function normaliseCompanyNumber(raw: string): string | null {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  if (/^\d{1,8}$/.test(compact)) return compact.padStart(8, '0');
  const prefixed = /^([A-Z]{2})(\d{1,6})$/.exec(compact);
  if (prefixed) return prefixed[1]! + prefixed[2]!.padStart(6, '0');
  // Old Northern Ireland numbers ("R0000123") have a letter and a digit before six digits.
  if (/^[A-Z]\d{7}$/.test(compact)) return compact;
  return null;
}

/** The page type a document says it is, from `<title data-id=…>`; null when absent or unknown. */
export function pageTypeFromTitle(doc: Document): PageType | 'other' | null {
  const id = doc.querySelector('title')?.getAttribute('data-id');
  if (!id) return null;
  return PAGE_TYPES_BY_TITLE_ID.get(id) ?? 'other';
}

/**
 * Detects a company page from its URL. With the document too, a `<title data-id>` that names a different page
 * (an error page, a sign-in page, a page saved under the wrong URL) makes it not that page: null.
 */
export function detectCompanyPage(url: string, doc?: Document): CompanyPage | null {
  const parsed = companiesHouseUrl(url);
  if (!parsed) return null;
  const match = COMPANY_PATH.exec(parsed.pathname);
  if (!match) return null;
  const pageType = PAGE_TYPES_BY_SUFFIX.get(match[2] ?? '');
  const companyNumber = normaliseCompanyNumber(match[1]!);
  if (!pageType || !companyNumber) return null;
  if (doc) {
    const fromTitle = pageTypeFromTitle(doc);
    if (fromTitle !== null && fromTitle !== pageType) return null;
  }
  return { pageType, companyNumber, page: pageType === 'overview' ? 1 : pageFromUrl(parsed) };
}

/**
 * The company any Companies House page belongs to, from its address: the four captured tabs, and every other
 * page under /company/{number}/ (Insolvency, Charges, a filing's page). Null for pages of no one company.
 */
export function companyOfUrl(url: string): string | null {
  const match = /^\/company\/([A-Za-z0-9]{1,8})(?:\/|$)/.exec(companiesHouseUrl(url)?.pathname ?? '');
  return match ? normaliseCompanyNumber(match[1]!) : null;
}

/** An address on Companies House (its search, a company, an officer's appointments…), parsed; else null. */
export function companiesHouseUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.origin === ORIGIN || parsed.origin === ORIGIN.replace('https:', 'http:') ? parsed : null;
}

/** The company number a page shows in its header (`p#company-number > strong`), normalised; null if none. */
export function companyNumberFromHeader(doc: Document): string | null {
  const holder = doc.getElementById('company-number');
  const text = textOf(holder?.querySelector('strong')) ?? textOf(holder);
  const candidate = text ? /[A-Za-z]{0,2}\d{1,8}\s*$/.exec(text)?.[0] : undefined;
  return candidate ? normaliseCompanyNumber(candidate) : null;
}

/**
 * What a saved page is, from the document alone (for files saved without their URL): the title's data-id,
 * the header's company number and the pagination's current page.
 */
export function detectCompanyPageFromDocument(doc: Document): CompanyPage | null {
  const pageType = pageTypeFromTitle(doc);
  const companyNumber = companyNumberFromHeader(doc);
  if (!pageType || pageType === 'other' || !companyNumber) return null;
  return { pageType, companyNumber, page: pageType === 'overview' ? 1 : (currentPageFromDocument(doc) ?? 1) };
}

/** The URL of a company page: companyPageUrl('09876543', 'officers', 2) → …/company/09876543/officers?page=2. */
export function companyPageUrl(companyNumber: string, pageType: PageType, page = 1): string {
  const number = normaliseCompanyNumber(companyNumber);
  if (!number) throw new RangeError(`not a company number: ${companyNumber}`);
  const query = pageType !== 'overview' && page > 1 ? `?page=${Math.floor(page)}` : '';
  return `${ORIGIN}/company/${number}${DETECTORS[pageType].suffix}${query}`;
}
