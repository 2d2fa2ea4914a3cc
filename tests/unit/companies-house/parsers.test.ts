import { describe, expect, it } from 'vitest';
import { accountsTypeFromDescription, parseFilingHistory } from '../../../utils/companies-house/parse-filing-history';
import { parseOfficers } from '../../../utils/companies-house/parse-officers';
import { parseOverview } from '../../../utils/companies-house/parse-overview';
import { emptyRecord, parseCompanyPage, validateParsedPage } from '../../../utils/companies-house/parse-page';
import { parsePsc } from '../../../utils/companies-house/parse-psc';
import { parsePagination } from '../../../utils/companies-house/pagination';
import { COMPANIES_HOUSE_ORIGIN, type FilingHistoryRecord, type OfficersRecord } from '../../../utils/companies-house/records';
import { companyPage, fixture, readFixture, toDocument } from './helpers';

const ORIGIN = COMPANIES_HOUSE_ORIGIN;

function parseFixture(file: string) {
  const parsed = parseCompanyPage(toDocument(readFixture(file)), fixture(file).url);
  if (!parsed) throw new Error(`${file} did not parse`);
  return parsed;
}
const filingsOf = (file: string) => parseFixture(file).record as FilingHistoryRecord;
const officersOf = (file: string) => parseFixture(file).record as OfficersRecord;

describe('accounts types', () => {
  it.each([
    ['Micro company accounts made up to 31 October 2025', 'micro-entity'],
    ['Amended micro company accounts made up to 31 October 2025', 'micro-entity'],
    ['Total exemption full accounts made up to 31 March 2025', 'total-exemption-full'],
    ['Total exemption small company accounts made up to 31 March 2015', 'total-exemption-small'],
    ['Dormant company accounts made up to 30 June 2020', 'dormant'],
    ['Accounts for a dormant company made up to 30 June 2020', 'dormant'],
    ['Full accounts made up to 31 March 2019', 'full'],
    ['Accounts for a small company made up to 31 March 2018', 'small'],
    ['Accounts for a medium company made up to 31 March 2018', 'medium'],
    ["Group of companies' accounts made up to 31 March 2018", 'group'],
    ['Full group accounts made up to 31 March 2018', 'full-group'],
    ['Group accounts for a small company made up to 31 March 2018', 'small-group'],
    ['Audit exemption subsidiary accounts made up to 31 December 2019', 'audit-exemption-subsidiary'],
    ['Abridged accounts made up to 31 March 2021', 'abridged'],
    ['Unaudited abridged accounts made up to 31 March 2021', 'unaudited-abridged'],
    ['Initial accounts made up to 31 March 2021', 'initial'],
    ['Interim accounts made up to 30 September 2021', 'interim'],
    ['Partial exemption accounts made up to 31 March 2010', 'partial-exemption'],
    ['Accounts made up to 31 March 2010', null],
  ])('%s → %s', (description, type) => {
    expect(accountsTypeFromDescription(description)).toBe(type);
  });
});

describe('filing history', () => {
  it('reads an AA row with iXBRL: transaction id, links, made-up-to date, type, page count', () => {
    const aa = filingsOf('northfield-filing-history-1.html').filings.find((f) => f.date === '2025-12-16')!;
    const base = `${ORIGIN}/company/09876543/filing-history/${aa.transactionId}/document`;
    expect(aa).toEqual({
      transactionId: expect.stringMatching(/^[A-Za-z0-9]+$/),
      date: '2025-12-16',
      formCode: 'AA',
      description: 'Total exemption full accounts made up to 31 March 2025',
      madeUpTo: '2025-03-31',
      accountsType: 'total-exemption-full',
      links: { pdf: `${base}?format=pdf&download=0`, ixbrl: `${base}?format=xhtml&download=1`, zip: null },
      pageCount: 14,
    });
  });

  it('reads PDF-only accounts, ZIP links and rows without a document', () => {
    const all = [1, 2, 3].flatMap((p) => filingsOf(`northfield-filing-history-${p}.html`).filings);
    expect(all).toHaveLength(60);
    const full = all.find((f) => f.accountsType === 'full')!;
    expect(full.links.ixbrl).toBeNull();
    expect(full.links.pdf).toMatch(/format=pdf&download=0$/);
    expect(full.pageCount).toBe(24);
    expect(all.find((f) => f.links.zip)?.madeUpTo).toBe('2023-03-31');
    const pending = all[0]!;
    expect(pending).toMatchObject({ formCode: 'AP01', transactionId: null, pageCount: null, links: { pdf: null, ixbrl: null, zip: null } });
    expect(pending.description).toBe('Appointment of Dr Oliver James Brennan as a director on 17 August 2026');
    // Transaction ids are unique keys across the pages.
    const ids = all.map((f) => f.transactionId).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps associated filings out of the description; no accounts type outside AA/AAMD', () => {
    const page3 = filingsOf('northfield-filing-history-3.html').filings;
    expect(page3.find((f) => f.formCode === 'NEWINC')?.description).toBe('Incorporation');
    expect(page3.find((f) => f.formCode === 'AR01')).toMatchObject({ madeUpTo: '2015-09-12', accountsType: null });
    expect(page3.find((f) => f.formCode === 'AA01')).toMatchObject({ madeUpTo: null, accountsType: null });
    const amended = filingsOf('northfield-filing-history-2.html').filings.find((f) => f.formCode === 'AAMD');
    expect(amended).toMatchObject({ accountsType: 'small', madeUpTo: '2018-03-31' });
  });

  it('knows a filtered view from a checked category box', () => {
    expect(filingsOf('northfield-filing-history-filtered.html').filtered).toBe(true);
    expect(filingsOf('northfield-filing-history-1.html').filtered).toBe(false);
  });

  it('warns when the table is missing, but not when the company has no filings', () => {
    const url = new URL(`${ORIGIN}/company/09876543/filing-history`);
    expect(parseFilingHistory(companyPage('company_filing_history', '<p>nothing here</p>'), url).warnings)
      .toEqual(['filing history: table#fhTable not found']);
    const none = companyPage('company_filing_history', '<p id="noFilingsMessage">Sorry, no filings are available for this company.</p>');
    expect(parseFilingHistory(none, url)).toEqual({ record: { page: 1, lastPage: 1, filtered: false, filings: [] }, warnings: [] });
  });

  it('falls back to the filing rows when the table loses its id', () => {
    const html = readFixture('northfield-filing-history-3.html').replace('id="fhTable"', 'id="renamed"');
    const result = parseFilingHistory(toDocument(html), new URL(fixture('northfield-filing-history-3.html').url));
    expect(result.record.filings).toHaveLength(10);
    expect(result.warnings).toEqual(['filing history: table#fhTable not found; read the table with filing rows']);
  });
});

describe('pagination', () => {
  const at = (path: string) => new URL(`${ORIGIN}/company/09876543${path}`);

  it('takes the page from the URL and the last page from the highest page linked', () => {
    expect(filingsOf('northfield-filing-history-1.html')).toMatchObject({ page: 1, lastPage: 3 });
    expect(filingsOf('northfield-filing-history-2.html')).toMatchObject({ page: 2, lastPage: 3 });
    expect(filingsOf('northfield-filing-history-3.html')).toMatchObject({ page: 3, lastPage: 3 });
    // Officers' page links have no ids: read from href.
    expect(officersOf('northfield-officers-1.html')).toMatchObject({ page: 1, lastPage: 2 });
    expect(officersOf('northfield-officers-2.html')).toMatchObject({ page: 2, lastPage: 2 });
  });

  it('is never below the current page; a Next link means at least one more', () => {
    const page3 = toDocument(readFixture('northfield-filing-history-3.html'));
    expect(parsePagination(page3, at('/filing-history?page=5'))).toEqual({ page: 5, lastPage: 5 });
    const nextOnly = companyPage('company_filing_history',
      '<nav class="govuk-pagination"><a id="next-page" rel="next" href="?page=8">Next</a></nav>');
    expect(parsePagination(nextOnly, at('/filing-history?page=7'))).toEqual({ page: 7, lastPage: 8 });
    expect(parsePagination(companyPage('company_officers', ''), at('/officers'))).toEqual({ page: 1, lastPage: 1 });
  });

  it('reads the older pager too', () => {
    const pager = companyPage('company_filing_history', `<ul class="pager">
      <li><a id="pageNo1" class="page" href="?page=1" data-page="1"><strong>1</strong></a></li>
      <li><a id="pageNo2" class="page" href="?page=2" data-page="2">2</a></li>
      <li><a id="nextButton" class="page" href="?page=2" data-page="2">Next</a></li></ul>`);
    expect(parsePagination(pager, at('/filing-history'))).toEqual({ page: 1, lastPage: 2 });
  });
});

describe('overview', () => {
  it('reads a dissolved company', () => {
    expect(parseFixture('hollins-dissolved-overview.html').record).toMatchObject({
      status: 'Dissolved', closedLabel: 'Dissolved on', closedDate: '2023-03-14', hasInsolvencyTab: true,
      accounts: { nextMadeUpTo: null, lastMadeUpTo: '2020-03-31', overdue: false },
    });
  });

  it('reads overdue boxes, the status detail and annotations', () => {
    expect(parseFixture('eastgate-overdue-overview.html').record).toMatchObject({
      status: 'Active',
      statusDetail: 'Active proposal to strike off',
      accounts: { overdue: true, nextDue: '2025-12-31' },
      confirmationStatement: { kind: 'confirmation-statement', overdue: true },
      annotations: ['The registered office address of this company has been changed to the Companies House default address.'],
    });
  });

  it('reads an annual return box, a CIC, and a company without SIC codes', () => {
    expect(parseFixture('pennine-annual-return-overview.html').record).toMatchObject({
      confirmationStatement: { kind: 'annual-return', lastDate: '2015-10-15', nextDate: '2016-10-15', nextDue: '2016-11-12' },
    });
    expect(parseFixture('riverside-cic-overview.html').record).toMatchObject({
      isCic: true, accounts: { firstAccounts: true, lastMadeUpTo: null },
    });
    expect(parseFixture('ashby-no-sic-overview.html').record).toMatchObject({ sicCodes: [] });
  });

  it('names every missing part in a warning on an empty page', () => {
    const { record, warnings } = parseOverview(companyPage('company_profile', '<p>Service unavailable</p>'), new URL(`${ORIGIN}/company/09876543`));
    expect(record).toEqual({ ...emptyRecord('overview'), name: 'TEST LIMITED' });
    expect(warnings).toEqual([
      'overview: status (dd#company-status) not found',
      'overview: company type (span#company-type-value) not found',
      'overview: incorporation date (dd#company-creation-date) not found',
      'overview: registered office (span#roa-address) not found',
      'overview: SIC codes (span#sic0… or p#no-sic) not found',
    ]);
  });

  it('falls back to dt labels when ids are missing', () => {
    const doc = companyPage('company_profile', `<dl><dt>Company status</dt><dd>Dissolved</dd><dt>Dissolved on</dt><dd>1 May 2020</dd></dl>
      <dl><dt>Company type</dt><dd>Private limited Company</dd></dl>
      <dl><dt>Incorporated on</dt><dd>8 October 1999</dd></dl>
      <dl><dt>Registered office address</dt><dd>1 High Street, Leeds, LS1 1AA</dd></dl><p id="no-sic">None</p>`);
    const { record, warnings } = parseOverview(doc, new URL(`${ORIGIN}/company/09876543`));
    expect(record).toMatchObject({
      status: 'Dissolved', closedLabel: 'Dissolved on', closedDate: '2020-05-01',
      companyType: 'Private limited Company', incorporatedDate: '1999-10-08',
      incorporatedLabel: 'Incorporated on', registeredOffice: { address: '1 High Street, Leeds, LS1 1AA', postcode: 'LS1 1AA' },
    });
    expect(warnings).toEqual([]);
  });
});

describe('officers', () => {
  it('gives status null on a dissolved company where no tag is shown', () => {
    const { officers } = officersOf('hollins-dissolved-officers.html');
    expect(officers.map((o) => [o.name, o.status, o.resignedOn])).toEqual([
      ['FAIRBROTHER, Nigel', null, null],
      ['QUINN, Deborah Ann', null, null],
      ['QUINN, Deborah Ann', null, null],
      ['ASHWORTH, Malcolm', 'resigned', '2019-11-30'],
      ['BHATT, Priya', 'resigned', '2020-06-30'],
    ]);
  });

  it('reads a corporate officer', () => {
    const secretary = officersOf('northfield-officers-1.html').officers[0]!;
    expect(secretary).toMatchObject({
      name: 'HALLAM COMPANY SECRETARIES LIMITED', role: 'Corporate Secretary', dateOfBirth: null,
      corporate: { legalForm: 'Limited Company', registrationNumber: '05123456' },
    });
  });

  it('keys one person by officer id across appointments and pages', () => {
    const all = [...officersOf('northfield-officers-1.html').officers, ...officersOf('northfield-officers-2.html').officers];
    expect(all).toHaveLength(40);
    const patel = all.filter((o) => o.name === 'PATEL, Anjali Ramesh');
    expect(patel.map((o) => [o.role, o.status])).toEqual([['Director', 'active'], ['Secretary', 'resigned']]);
    expect(patel[0]!.officerId).toBe(patel[1]!.officerId);
    const brennan = all.filter((o) => o.name === 'BRENNAN, Oliver James');
    expect(new Set(brennan.map((o) => o.officerId)).size).toBe(1);
    expect(brennan.map((o) => o.resignedOn)).toEqual([null, '2023-08-31']);
    // A different person with the same surname keeps their own id.
    expect(all.find((o) => o.name === 'PATEL, Ravi')!.officerId).not.toBe(patel[0]!.officerId);
    expect(new Set(all.map((o) => o.officerId)).size).toBe(38);
  });

  it('reads counts, and the current-officers filter', () => {
    expect(officersOf('northfield-officers-1.html')).toMatchObject({ totalOfficers: 40, resignations: 22, activeOnly: false });
    expect(officersOf('riverside-cic-officers-current.html')).toMatchObject({ totalOfficers: 5, resignations: null, activeOnly: true });
    const occupations = officersOf('northfield-officers-1.html').officers.map((o) => o.occupation);
    expect(occupations.filter((o) => o === 'General Practitioner').length).toBeGreaterThan(5);
  });

  it('reads pre-1992 "appointed before" dates and corporate roles without a legal form', () => {
    const doc = companyPage('company_officers', `<h2 id="company-appointments">2 officers / 0 resignations</h2>
      <div class="appointments-list"><div class="appointment-1">
        <span id="officer-name-1"><a href="/officers/AbC123/appointments">SMITH, John</a></span>
        <span id="officer-status-tag-1">Active</span><dd id="officer-role-1">Secretary</dd>
        <dd id="officer-appointed-before1">1 July 1991</dd></div>
      <div class="appointment-2"><span id="officer-name-2"><a href="/officers/XyZ789/appointments">ACME NOMINEES LIMITED</a></span>
        <dd id="officer-role-2">Corporate Director</dd></div></div>`);
    const { record, warnings } = parseOfficers(doc, new URL(`${ORIGIN}/company/09876543/officers`));
    expect(warnings).toEqual([]);
    expect(record.officers[0]).toMatchObject({ officerId: 'AbC123', appointedBefore: '1991-07-01', appointedOn: null, status: 'active', corporate: null });
    expect(record.officers[1]).toMatchObject({ officerId: 'XyZ789', status: null, corporate: { legalForm: null, registrationNumber: null } });
  });

  it('reads officers by their numbered ids when the blocks lose their classes', () => {
    const html = readFixture('northfield-officers-2.html').replace(/class="appointment-\d+"/g, 'class="renamed"');
    const { record, warnings } = parseOfficers(toDocument(html), new URL(fixture('northfield-officers-2.html').url));
    expect(warnings).toEqual([]);
    expect(record.officers).toEqual(officersOf('northfield-officers-2.html').officers);
  });

  it('warns when the count heading or the list is missing', () => {
    const { warnings } = parseOfficers(companyPage('company_officers', '<p>Error</p>'), new URL(`${ORIGIN}/company/09876543/officers`));
    expect(warnings).toEqual(['officers: count heading (h2#company-appointments) not found']);
    const emptyList = companyPage('company_officers', '<h2 id="company-appointments">3 officers / 1 resignation</h2>');
    expect(parseOfficers(emptyList, new URL(`${ORIGIN}/company/09876543/officers`)).warnings)
      .toEqual(['officers: no appointments found (div.appointments-list > div.appointment-N)']);
  });
});

describe('persons with significant control', () => {
  const url = new URL(`${ORIGIN}/company/09876543/persons-with-significant-control`);

  it('tells individuals, companies, legal persons, statements and protected persons apart', () => {
    const doc = companyPage('list_pscs', `<p id="company-pscs">3 active persons with significant control / 1 active statement</p>
      <div class="appointments-list">
      <div class="appointment-1"><span id="psc-name-1"><span><b>Mr John Smith</b></span></span>
        <span id="psc-status-tag-1">Active</span><dd id="psc-notified-on-1">6 April 2016</dd>
        <dd id="psc-noc-1-ownership-of-shares-75-to-100-percent">Ownership of shares – 75% or more</dd></div>
      <div class="appointment-2"><span id="psc-name-2"><span><b>Secretary of State for Health and Social Care</b></span></span>
        <dd id="psc-legal-authority-2">United Kingdom</dd><dd id="psc-legal-form-2">Government Department</dd></div>
      <div class="appointment-3"><span id="psc-name-3">Protected person with significant control</span></div>
      <div class="appointment-4"><span id="psc-statement-label-4">Statement</span>
        <span id="statement-status-tag-4">Withdrawn</span>
        <dd id="psc-statement-4">The company has not yet completed taking reasonable steps to find out if there is anyone who is a registrable person</dd>
        <dd id="psc-statement-notified-on-4">6 April 2016</dd><dd id="psc-statement-ceased-on-4">1 May 2017</dd></div>
      </div>`);
    const { record, warnings } = parsePsc(doc, url);
    expect(warnings).toEqual([]);
    expect(record.pscs.map((p) => [p.kind, p.status])).toEqual([
      ['individual', 'active'], ['legal-person', null], ['other', null], ['statement', 'ceased'],
    ]);
    expect(record.pscs[0]!.naturesOfControl).toEqual(['ownership-of-shares-75-to-100-percent']);
    expect(record.pscs[3]).toMatchObject({ notifiedOn: '2016-04-06', ceasedOn: '2017-05-01' });
  });

  it('reads fixtures: statement only, individual and ceased company, none', () => {
    expect(parseFixture('northfield-psc.html').record).toMatchObject({ pscs: [{ kind: 'statement', status: 'active' }] });
    expect(parseFixture('riverside-cic-psc.html').record).toMatchObject({
      pscs: [{ kind: 'individual', dateOfBirth: '1974-03' }, { kind: 'corporate-entity', status: 'ceased', ceasedOn: '2025-12-01' }],
    });
    expect(parseFixture('ashby-psc.html')).toMatchObject({ record: { pscs: [] }, warnings: [] });
  });

  it('warns when the list is missing', () => {
    expect(parsePsc(companyPage('list_pscs', '<p>Error</p>'), url).warnings)
      .toEqual(['psc: neither a PSC list (p#company-pscs) nor p#no-pscs found']);
  });
});

describe('parseCompanyPage', () => {
  it('returns null for pages it does not parse', () => {
    const doc = toDocument(readFixture('northfield-overview.html'));
    expect(parseCompanyPage(doc, 'https://example.com/company/09876543')).toBeNull();
    expect(parseCompanyPage(doc, `${ORIGIN}/company/09876543/officers`)).toBeNull();
    expect(parseCompanyPage(doc, 'not a url')).toBeNull();
  });

  it('warns when the page header shows another company than the URL', () => {
    const parsed = parseCompanyPage(toDocument(readFixture('northfield-overview.html')), `${ORIGIN}/company/12345678`);
    expect(parsed?.companyNumber).toBe('12345678');
    expect(parsed?.warnings).toEqual(['page header shows company number 09876543, the URL names 12345678']);
  });

  it('repairs a record that fails validation instead of losing the page', () => {
    const noLinks = { pdf: null, ixbrl: null, zip: null };
    const record = {
      page: 0, lastPage: 1, filtered: 'yes', filings: [
        { transactionId: 'A', date: '31/03/2024', formCode: 'AA', description: 'Accounts', madeUpTo: null, accountsType: null,
          links: noLinks, pageCount: -2 },
        { transactionId: 'B', date: null, formCode: null, description: 42, madeUpTo: null, accountsType: null,
          links: noLinks, pageCount: null },
        { transactionId: 'C', date: null, formCode: null, description: 'x', madeUpTo: null, accountsType: null,
          links: 'none', pageCount: null },
      ],
    };
    const parsed = validateParsedPage({
      pageType: 'filing-history', companyNumber: '09876543', url: `${ORIGIN}/company/09876543/filing-history`, record, warnings: [],
    });
    expect(parsed?.record).toEqual({
      page: 1, lastPage: 1, filtered: false, filings: [
        { transactionId: 'A', date: null, formCode: 'AA', description: 'Accounts', madeUpTo: null, accountsType: null,
          links: noLinks, pageCount: null },
        { transactionId: 'B', date: null, formCode: null, description: '', madeUpTo: null, accountsType: null,
          links: noLinks, pageCount: null },
      ],
    });
    expect(parsed?.warnings).toEqual([
      'validation: page: Too small: expected number to be >0; set to null',
      'validation: filtered: Invalid input: expected boolean, received string; set to null',
      'validation: filings.0.date: expected a date as YYYY-MM-DD; set to null',
      'validation: filings.0.pageCount: Too small: expected number to be >=0; set to null',
      'validation: filings.1.description: Invalid input: expected string, received number; set to null',
      'validation: filings.2.links: Invalid input: expected object, received string; set to null',
      'validation: page: null not allowed; set to 1',
      'validation: filtered: null not allowed; set to false',
      'validation: filings.1.description: null not allowed; set to ""',
      'validation: filings.2 dropped (a field would not validate)',
    ]);
  });

  it('falls back to an empty record when the record cannot be repaired, and to null when the page key is bad', () => {
    const parsed = validateParsedPage({
      pageType: 'psc', companyNumber: '09876543', url: `${ORIGIN}/company/09876543/persons-with-significant-control`, record: 'garbage', warnings: [],
    });
    expect(parsed?.record).toEqual({ page: 1, lastPage: 1, pscs: [] });
    expect(parsed?.warnings.at(-1)).toBe('validation: psc record could not be repaired; returned an empty record');
    expect(validateParsedPage({ pageType: 'psc', companyNumber: 'bad', url: 'x', record: emptyRecord('psc'), warnings: [] })).toBeNull();
  });
});
