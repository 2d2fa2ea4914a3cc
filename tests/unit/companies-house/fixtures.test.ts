import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseCompanyPage } from '../../../utils/companies-house/parse-page';
import { ParsedPage } from '../../../utils/companies-house/records';
import { FIXTURES, readExpected, readFixture, toDocument } from './helpers';

// Each fixture against its reviewed expected output (scripts/regenerate-expected.ts writes them with linkedom).
describe('Companies House fixtures', () => {
  it('has fixtures of every page type', () => {
    const types = new Set(FIXTURES.map((f) => (readExpected(f.file) as ParsedPage).pageType));
    expect([...types].sort()).toEqual(['filing-history', 'officers', 'overview', 'psc']);
  });

  for (const { file, url } of FIXTURES) {
    it(`${file} parses to its expected record`, () => {
      const parsed = parseCompanyPage(toDocument(readFixture(file)), url);
      expect(parsed).toEqual(readExpected(file));
      expect(ParsedPage.safeParse(parsed).success).toBe(true);
    });
  }

  it('parses the same in Node with linkedom as in the browser-like DOM', () => {
    for (const { file, url } of FIXTURES) {
      const { document } = parseHTML(readFixture(file));
      const viaLinkedom = parseCompanyPage(document as unknown as Document, url);
      const viaDomParser = parseCompanyPage(toDocument(readFixture(file)), url);
      expect(viaLinkedom, file).toEqual(viaDomParser);
    }
  });

  it('parses every fixture without warnings', () => {
    for (const { file } of FIXTURES) {
      expect((readExpected(file) as ParsedPage).warnings, file).toEqual([]);
    }
  });
});
