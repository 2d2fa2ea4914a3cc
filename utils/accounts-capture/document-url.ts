import type { Filing } from '../companies-house/records';
import { COMPANIES_HOUSE_ORIGIN } from '../companies-house/site';

/**
 * Links to accounts documents. Companies House answers a document link with a redirect to a short-lived URL on
 * its S3 document store; the extension needs host permission there to read what the redirect leads to.
 */

/** Host permission for the document store that document links redirect to (for the manifest). */
export const DOCUMENT_STORE_MATCH = 'https://s3.eu-west-2.amazonaws.com/document-api-images-live.ch.gov.uk/*';
const DOCUMENT_STORE_PREFIX = DOCUMENT_STORE_MATCH.slice(0, -1);

export type AccountsDocumentFormat = 'ixbrl' | 'pdf';

export interface AccountsDocumentLink {
  format: AccountsDocumentFormat;
  transactionId: string;
  /** The Companies House link (stable, unlike the S3 URL it redirects to). */
  url: string;
}

const DOCUMENT_PATH = /^\/company\/([A-Z0-9]{8})\/filing-history\/([^/?#]+)\/document$/i;

export function isDocumentStoreUrl(url: string): boolean {
  return url.startsWith(DOCUMENT_STORE_PREFIX);
}

/** The link Companies House gives for a document: iXBRL downloads, PDF opens in the browser. */
export function documentUrl(companyNumber: string, transactionId: string, format: AccountsDocumentFormat): string {
  const query = format === 'ixbrl' ? 'format=xhtml&download=1' : 'format=pdf&download=0';
  return `${COMPANIES_HOUSE_ORIGIN}/company/${encodeURIComponent(companyNumber)}/filing-history/${encodeURIComponent(transactionId)}/document?${query}`;
}

/**
 * Reads a stored link back to its parts. Only Companies House document links pass: the background fetches
 * what this returns, so a link from anywhere else is never followed.
 */
export function readDocumentLink(href: string | null): { companyNumber: string; transactionId: string } | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.origin !== COMPANIES_HOUSE_ORIGIN) return null;
  const match = DOCUMENT_PATH.exec(url.pathname);
  if (!match) return null;
  return { companyNumber: match[1]!.toUpperCase(), transactionId: decodeURIComponent(match[2]!) };
}

/**
 * The document to read a filing's figures from: the iXBRL when there is one (its figures are tagged), else the
 * PDF. null when the filing has neither link (a paper filing not yet scanned, say).
 */
export function accountsDocumentLink(filing: Pick<Filing, 'links'>): AccountsDocumentLink | null {
  for (const format of ['ixbrl', 'pdf'] as const) {
    const parts = readDocumentLink(filing.links[format]);
    // Rebuilt rather than copied, so the query always asks for the document in that format.
    if (parts) return { format, transactionId: parts.transactionId, url: documentUrl(parts.companyNumber, parts.transactionId, format) };
  }
  return null;
}
