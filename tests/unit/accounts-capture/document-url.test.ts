import { describe, expect, it } from 'vitest';
import { accountsDocumentLink, DOCUMENT_STORE_MATCH, documentUrl, isDocumentStoreUrl, readDocumentLink } from '../../../utils/accounts-capture/document-url';

const ORIGIN = 'https://find-and-update.company-information.service.gov.uk';
const DOC = `${ORIGIN}/company/09876543/filing-history/MzQ1Njc4OTAxMmFkaXF6a2N4/document`;

describe('document links', () => {
  it('builds the links Companies House gives: iXBRL downloads, PDF opens in the browser', () => {
    expect(documentUrl('09876543', 'MzQ1', 'ixbrl')).toBe(`${ORIGIN}/company/09876543/filing-history/MzQ1/document?format=xhtml&download=1`);
    expect(documentUrl('09876543', 'MzQ1', 'pdf')).toBe(`${ORIGIN}/company/09876543/filing-history/MzQ1/document?format=pdf&download=0`);
  });

  it('prefers the iXBRL link, else the PDF; none for a filing without either', () => {
    const links = { pdf: `${DOC}?format=pdf&download=0`, ixbrl: `${DOC}?format=xhtml&download=1`, zip: null };
    expect(accountsDocumentLink({ links })).toEqual({ format: 'ixbrl', transactionId: 'MzQ1Njc4OTAxMmFkaXF6a2N4', url: `${DOC}?format=xhtml&download=1` });
    expect(accountsDocumentLink({ links: { ...links, ixbrl: null } })).toEqual({ format: 'pdf', transactionId: 'MzQ1Njc4OTAxMmFkaXF6a2N4', url: `${DOC}?format=pdf&download=0` });
    expect(accountsDocumentLink({ links: { pdf: null, ixbrl: null, zip: `${DOC}?format=zip` } })).toBeNull();
  });

  it('rebuilds the query, so a stored link always asks for the format it stands for', () => {
    expect(accountsDocumentLink({ links: { pdf: `${DOC}?format=pdf&download=1`, ixbrl: null, zip: null } })?.url).toBe(`${DOC}?format=pdf&download=0`);
  });

  it.each([
    ['another host', 'https://example.com/company/09876543/filing-history/MzQ1/document?format=pdf'],
    ['plain http', 'http://find-and-update.company-information.service.gov.uk/company/09876543/filing-history/MzQ1/document?format=pdf'],
    ['not a document', `${ORIGIN}/company/09876543/filing-history`],
    ['a scan on demand', `${ORIGIN}/scan-upon-demand/MzQ1`],
    ['not a URL', 'filing-history/MzQ1/document'],
  ])('never follows a link to %s', (_what, href) => {
    expect(readDocumentLink(href)).toBeNull();
  });

  it('matches the document store the links redirect to', () => {
    expect(DOCUMENT_STORE_MATCH).toBe('https://s3.eu-west-2.amazonaws.com/document-api-images-live.ch.gov.uk/*');
    expect(isDocumentStoreUrl('https://s3.eu-west-2.amazonaws.com/document-api-images-live.ch.gov.uk/docs/abc/application-pdf?X-Amz-Expires=60')).toBe(true);
    expect(isDocumentStoreUrl('https://s3.eu-west-2.amazonaws.com/another-bucket/docs/abc')).toBe(false);
  });
});
