import { companiesHouseUrl, companyOfUrl } from '../companies-house/detect';

/** The page the popup describes: the active tab's URL and id. */
export interface PopupTarget {
  url: string | null;
  tabId: number | null;
}

/**
 * The page named in the popup's own address (`?url=…&tab=…`), or null when it names none. Tests open the
 * popup as a tab, which is then itself the active tab, so they name the page (and its tab) instead.
 */
export function targetFromSearch(search: string): PopupTarget | null {
  const params = new URLSearchParams(search);
  const url = params.get('url');
  if (!url) return null;
  const tab = params.get('tab');
  return { url, tabId: tab ? Number(tab) : null };
}

/** What kind of page the target is: a Companies House company page, another website (perhaps a federation's), or neither. */
export function targetKind(url: string | null): { companyNumber: string | null; websiteOrigin: string | null } {
  if (!url) return { companyNumber: null, websiteOrigin: null };
  // Any page of a company (its Insolvency or Charges tab too), and never Companies House as a "website".
  if (companiesHouseUrl(url)) return { companyNumber: companyOfUrl(url), websiteOrigin: null };
  return { companyNumber: null, websiteOrigin: /^https?:/.test(url) ? new URL(url).origin : null };
}
