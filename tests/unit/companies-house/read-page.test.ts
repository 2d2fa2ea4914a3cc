import { describe, expect, it } from 'vitest';
import { parseCompanyPage } from '../../../utils/companies-house/parse-page';
import { readCompanyPage } from '../../../utils/companies-house/read-page';
import { ParsedPage } from '../../../utils/companies-house/records';
import { companyPage, FIXTURES, readFixture, toDocument } from './helpers';

// The content script sends readCompanyPage's output without validating it (no zod in content scripts),
// and the background rejects any page that fails the schema: the raw reading must already be valid.
describe('reading a page without validation (the content script path)', () => {
  for (const { file, url } of FIXTURES) {
    it(`${file}: is valid as read, equal to the validated parse, and names the company`, () => {
      const doc = toDocument(readFixture(file));
      const { page: _page, ...raw } = readCompanyPage(doc, url)!;
      expect(ParsedPage.safeParse(raw).success).toBe(true);
      expect(raw).toEqual(parseCompanyPage(doc, url));
      expect(raw.companyName).toMatch(/LIMITED|C\.I\.C\./);
    });
  }

  it('reads an absurd page count as unknown rather than a number the schema refuses', () => {
    const doc = companyPage(
      'company_filing_history',
      `<table id="fhTable"><tr><th>Date</th></tr><tr><td class="nowrap">01 Sep 2026</td><td class="filing-type">CS01</td><td><strong>Confirmation statement</strong> made on 1 September 2026</td><td><a class="download" href="/company/09876543/filing-history/MzQ1/document?format=pdf&download=0">View PDF</a> (99999999999999999999 pages)</td></tr></table>`,
    );
    const read = readCompanyPage(doc, 'https://find-and-update.company-information.service.gov.uk/company/09876543/filing-history')!;
    expect((read.record as { filings: { pageCount: number | null }[] }).filings[0]!.pageCount).toBeNull();
  });
});
