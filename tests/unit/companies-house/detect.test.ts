import { describe, expect, it } from 'vitest';
import {
  companyNumberFromHeader, companyPageUrl, detectCompanyPage, detectCompanyPageFromDocument, EXAMPLE_URLS,
  normaliseCompanyNumber,
} from '../../../utils/companies-house/detect';
import { COMPANIES_HOUSE_ORIGIN, PAGE_TYPES } from '../../../utils/companies-house/records';
import { companyPage, readFixture, toDocument } from './helpers';

const ORIGIN = COMPANIES_HOUSE_ORIGIN;

describe('page detectors (github-url-detection style)', () => {
  for (const pageType of PAGE_TYPES) {
    it(`${pageType} matches its own EXAMPLE_URLS and no other detector does`, () => {
      expect(EXAMPLE_URLS[pageType].length).toBeGreaterThan(0);
      for (const url of EXAMPLE_URLS[pageType]) {
        expect(detectCompanyPage(url)?.pageType, url).toBe(pageType);
      }
      for (const other of PAGE_TYPES.filter((t) => t !== pageType)) {
        for (const url of EXAMPLE_URLS[other]) expect(detectCompanyPage(url)?.pageType, url).not.toBe(pageType);
      }
    });
  }

  it('matches no other Companies House page or site', () => {
    for (const url of [
      `${ORIGIN}/`,
      `${ORIGIN}/search?q=northfield`,
      `${ORIGIN}/company/09876543/filing-history/MzQ1Njc4OTAxMmFkaXF6a2N4/document?format=pdf&download=0`,
      `${ORIGIN}/officers/kfrtAZcpx3z1FZ_dk-77pLwfkxP/appointments`,
      `${ORIGIN}/company/09876543/charges`,
      `${ORIGIN}/company/09876543/insolvency`,
      `${ORIGIN}/company/09876543/more`,
      `${ORIGIN}/company/09876543/officers/abc/appointments`,
      `${ORIGIN}/company/NOTANUMBER`,
      `${ORIGIN}/company/123456789`,
      'https://example.com/company/09876543',
      'https://find-and-update.company-information.service.gov.uk.evil.example/company/09876543',
      'not a url',
    ]) {
      expect(detectCompanyPage(url), url).toBeNull();
    }
  });

  it('reads the company number and page', () => {
    expect(detectCompanyPage(`${ORIGIN}/company/09876543/filing-history?page=3`))
      .toEqual({ pageType: 'filing-history', companyNumber: '09876543', page: 3 });
    expect(detectCompanyPage(`${ORIGIN}/company/sc12345/officers`))
      .toEqual({ pageType: 'officers', companyNumber: 'SC012345', page: 1 });
    expect(detectCompanyPage(`${ORIGIN}/company/445790`)?.companyNumber).toBe('00445790');
    // Nonsense pages fall back to the first.
    expect(detectCompanyPage(`${ORIGIN}/company/09876543/officers?page=0`)?.page).toBe(1);
    expect(detectCompanyPage(`${ORIGIN}/company/09876543/officers?page=two`)?.page).toBe(1);
    expect(detectCompanyPage(`${ORIGIN}/company/09876543?page=4`)?.page).toBe(1);
  });

  it('with the document, rejects a page whose title data-id names another page', () => {
    const overview = companyPage('company_profile', '');
    expect(detectCompanyPage(`${ORIGIN}/company/09876543`, overview)?.pageType).toBe('overview');
    expect(detectCompanyPage(`${ORIGIN}/company/09876543/officers`, overview)).toBeNull();
    expect(detectCompanyPage(`${ORIGIN}/company/09876543`, companyPage('not_found', ''))).toBeNull();
    // No title data-id at all (a page saved without it): the URL decides.
    expect(detectCompanyPage(`${ORIGIN}/company/09876543/officers`, toDocument('<p>saved</p>'))?.pageType).toBe('officers');
  });
});

describe('company numbers', () => {
  it('zero-pads digits and keeps prefixes, upper case', () => {
    expect(normaliseCompanyNumber('445790')).toBe('00445790');
    expect(normaliseCompanyNumber('09876543')).toBe('09876543');
    expect(normaliseCompanyNumber('sc612345')).toBe('SC612345');
    expect(normaliseCompanyNumber('SC1234')).toBe('SC001234');
    expect(normaliseCompanyNumber(' ni 012345 ')).toBe('NI012345');
    expect(normaliseCompanyNumber('OC301234')).toBe('OC301234');
    expect(normaliseCompanyNumber('R0000123')).toBe('R0000123');
    for (const bad of ['', '123456789', 'ABC12345', 'S1', 'SC1234567', 'hello']) {
      expect(normaliseCompanyNumber(bad), bad).toBeNull();
    }
  });

  it('reads the number from the page header', () => {
    expect(companyNumberFromHeader(companyPage('company_profile', '', '445790'))).toBe('00445790');
    expect(companyNumberFromHeader(companyPage('company_profile', '', 'SC612345'))).toBe('SC612345');
    expect(companyNumberFromHeader(toDocument('<p>nothing</p>'))).toBeNull();
  });
});

describe('page URLs', () => {
  it('builds the URL of each page type, and detection reads it back', () => {
    expect(companyPageUrl('445790', 'overview')).toBe(`${ORIGIN}/company/00445790`);
    expect(companyPageUrl('09876543', 'filing-history', 2)).toBe(`${ORIGIN}/company/09876543/filing-history?page=2`);
    expect(companyPageUrl('09876543', 'officers', 1)).toBe(`${ORIGIN}/company/09876543/officers`);
    expect(companyPageUrl('SC612345', 'psc')).toBe(`${ORIGIN}/company/SC612345/persons-with-significant-control`);
    for (const pageType of PAGE_TYPES) {
      const page = pageType === 'overview' ? 1 : 3;
      expect(detectCompanyPage(companyPageUrl('NI12345', pageType, page)))
        .toEqual({ pageType, companyNumber: 'NI012345', page });
    }
  });

  it('refuses to build a URL for something that is not a company number', () => {
    expect(() => companyPageUrl('nonsense', 'overview')).toThrow(RangeError);
  });
});

describe('detection from the document alone', () => {
  it('reads page type, company number and current page from a saved page', () => {
    expect(detectCompanyPageFromDocument(toDocument(readFixture('northfield-officers-2.html'))))
      .toEqual({ pageType: 'officers', companyNumber: '09876543', page: 2 });
    expect(detectCompanyPageFromDocument(toDocument(readFixture('northfield-filing-history-3.html'))))
      .toEqual({ pageType: 'filing-history', companyNumber: '09876543', page: 3 });
    expect(detectCompanyPageFromDocument(toDocument(readFixture('riverside-cic-psc.html'))))
      .toEqual({ pageType: 'psc', companyNumber: '16712345', page: 1 });
    expect(detectCompanyPageFromDocument(toDocument(readFixture('eastgate-overdue-overview.html'))))
      .toEqual({ pageType: 'overview', companyNumber: '07654321', page: 1 });
  });

  it('returns null for other pages', () => {
    expect(detectCompanyPageFromDocument(toDocument('<title>Hello</title><p id="company-number"><strong>1</strong></p>'))).toBeNull();
    expect(detectCompanyPageFromDocument(companyPage('get_officer_appointments', ''))).toBeNull();
    expect(detectCompanyPageFromDocument(toDocument('<title data-id="company_profile">X</title>'))).toBeNull();
  });
});
