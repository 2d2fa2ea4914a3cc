import type { ParsedPage } from '../../utils/companies-house/records';
import type { ExportDocument } from '../../utils/db/transfer';
import { SCHEMA_VERSION, TABLE_NAMES } from '../../utils/db/schema';

/**
 * A store with rows in every table, as an export document: the populated store that round-trip,
 * migration and benchmark runs start from. Names are made up; codes follow the real formats.
 */
export function sampleOverviewPage(companyNumber = '09876543', name = 'NORTHFIELD GP FEDERATION LIMITED'): Extract<ParsedPage, { pageType: 'overview' }> {
  return {
    pageType: 'overview',
    companyNumber,
    companyName: name,
    url: `https://find-and-update.company-information.service.gov.uk/company/${companyNumber}`,
    warnings: [],
    record: {
      name,
      status: 'Active',
      statusDetail: null,
      closedDate: null,
      closedLabel: null,
      companyType: 'Private limited Company',
      isCic: false,
      incorporatedDate: '2014-09-12',
      incorporatedLabel: 'Incorporated on',
      registeredOffice: { address: '1 High Street, Northfield, Birmingham, B31 2AA', postcode: 'B31 2AA' },
      sicCodes: [{ code: '86210', description: 'General medical practice activities' }],
      previousNames: [],
      accounts: { nextMadeUpTo: '2026-03-31', nextDue: '2026-12-31', lastMadeUpTo: '2025-03-31', overdue: false, firstAccounts: false },
      confirmationStatement: { kind: 'confirmation-statement', nextDate: '2027-09-11', nextDue: '2027-09-25', lastDate: '2026-09-11', overdue: false },
      hasInsolvencyTab: false,
      annotations: [],
    },
  };
}

const provenance = (url: string) => ({ sourceUrl: url, capturedAt: '2026-11-01T10:00:00.000Z', parserVersion: 1 });

export function sampleExport(companies = 3): ExportDocument {
  const tables: ExportDocument['tables'] = Object.fromEntries(TABLE_NAMES.map((t) => [t, []]));
  const push = (table: keyof ExportDocument['tables'], row: object) => tables[table]!.push(row as Record<string, unknown>);
  for (let i = 0; i < companies; i++) {
    const number = String(9876543 + i).padStart(8, '0');
    const overview = sampleOverviewPage(number, `SAMPLE FEDERATION ${i} LIMITED`);
    const base = overview.url;
    push('companies', { companyNumber: number, name: overview.record.name, overview: overview.record, provenance: provenance(base), updatedAt: `2026-11-01T10:00:0${i % 10}.000Z` });
    push('pageCaptures', { companyNumber: number, pageType: 'overview', page: 1, lastPage: 1, url: base, capturedAt: '2026-11-01T10:00:00.000Z', itemCount: 1, warnings: [], filtered: false });
    push('filings', { key: `MzQ${i}xMjM0NTY3OGFkaXF6a2N4`, companyNumber: number, transactionId: `MzQ${i}xMjM0NTY3OGFkaXF6a2N4`, date: '2025-12-01', formCode: 'AA', description: 'Total exemption full accounts made up to 31 March 2025', madeUpTo: '2025-03-31', accountsType: 'total-exemption-full', links: { pdf: `${base}/filing-history/MzQ${i}xMjM0NTY3OGFkaXF6a2N4/document?format=pdf&download=0`, ixbrl: null, zip: null }, pageCount: 9, provenance: provenance(`${base}/filing-history`) });
    push('officers', { appointmentKey: `${number}/abc${i}/Director/2014-09-12`, companyNumber: number, officerId: `abc${i}`, name: 'SMITH, Jane Anne', nameKey: 'jane smith', role: 'Director', status: 'active', appointedOn: '2014-09-12', appointedBefore: null, resignedOn: null, dateOfBirth: '1970-03', nationality: 'British', countryOfResidence: 'England', occupation: 'General Practitioner', address: '1 High Street, Birmingham, B31 2AA', corporate: null, provenance: provenance(`${base}/officers`) });
    push('pscs', { pscKey: `${number}/jane smith/2016-04-06`, companyNumber: number, name: 'Dr Jane Anne Smith', kind: 'individual', status: 'active', notifiedOn: '2016-04-06', ceasedOn: null, dateOfBirth: '1970-03', nationality: 'British', countryOfResidence: 'England', address: null, naturesOfControl: ['voting-rights-25-to-50-percent'], provenance: provenance(`${base}/persons-with-significant-control`) });
    push('accountsPeriods', { companyNumber: number, start: '2024-04-01', end: '2025-03-31', turnover: 2_450_000 + i, profitLoss: 35_000, netAssets: 410_000, employees: 48, dormant: false, regime: 'small', currency: 'GBP', source: { transactionId: `MzQ${i}xMjM0NTY3OGFkaXF6a2N4`, documentUrl: 'https://document-api.example/doc', format: 'ixbrl' }, capturedAt: '2026-11-01T10:00:00.000Z' });
    push('accountsDocuments', { companyNumber: number, transactionId: `MzQ${i}xMjM0NTY3OGFkaXF6a2N4`, madeUpTo: '2025-03-31', format: 'pdf', documentUrl: `https://find-and-update.company-information.service.gov.uk/company/${number}/filing-history/MzQ${i}xMjM0NTY3OGFkaXF6a2N4/document?format=pdf&download=0`, status: 'extracted', incomeLines: [{ label: 'turnover', text: 'Turnover 2,450,000 2,100,000', figures: [{ year: 2025, amount: 2450000 }, { year: 2024, amount: 2100000 }] }], warnings: [], error: null, fetchedAt: '2026-11-01T10:00:00.000Z' });
    push('clips', { id: `clip-${i}`, companyNumber: number, siteOrigin: 'https://northfieldgpfed.example', url: 'https://northfieldgpfed.example/services', kind: 'services', heading: 'Our services', items: ['Extended access hubs', 'Phlebotomy', 'Social prescribing <b>not html</b>'], capturedAt: '2026-11-01T10:00:00.000Z' });
    push('federationPcnLinks', { companyNumber: number, pcnCode: `U1234${i}`, status: 'suggested', confidence: 0.8, evidence: [{ kind: 'practice-match', text: 'Northfield Health Centre → M85001 (0.93)', score: 0.93 }], updatedAt: '2026-11-01T10:00:00.000Z' });
    push('notes', { id: `note-${i}`, entityKind: 'company', entityId: number, text: 'Spoke to the COO; call back in January.', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' });
    push('tags', { entityKind: 'company', entityId: number, tag: 'shortlist' });
  }
  push('websites', { origin: 'https://northfieldgpfed.example', companyNumber: '09876543', updatedAt: '2026-11-01T10:00:00.000Z' });
  push('odsIcbs', { code: 'QHL', name: 'NHS BIRMINGHAM AND SOLIHULL INTEGRATED CARE BOARD' });
  push('odsSubIcbs', { code: '15E', name: 'NHS BIRMINGHAM AND SOLIHULL ICB - 15E', icbCode: 'QHL' });
  push('odsPcns', { code: 'U12340', name: 'NORTHFIELD PCN', subIcbCode: '15E', openDate: '2019-07-01', closeDate: null, address: '1 High Street', postcode: 'B31 2AA' });
  push('odsPractices', { code: 'M85001', name: 'NORTHFIELD HEALTH CENTRE', postcode: 'B31 2AA', status: 'A', prescribingSetting: 4, subIcbCode: '15E', icbCode: 'QHL', openDate: '1974-04-01', closeDate: null, address: '1 High Street' });
  push('odsMemberships', { practiceCode: 'M85001', pcnCode: 'U12340', startDate: '2019-07-01', endDate: null, crossBoundary: false });
  push('odsSnapshots', { source: 'epcn', snapshotDate: '2024-10-01', fileName: 'ePCN.xlsx', importedAt: '2026-11-01T10:00:00.000Z', rows: 3 });
  push('people', { id: 'person-1', name: 'Dr Jane Smith', nameKey: 'jane smith', roles: [{ entityKind: 'pcn', entityId: 'U12340', title: 'Clinical Director', source: 'user' }], updatedAt: '2026-11-01T10:00:00.000Z' });
  push('settings', { key: 'readiness.criteria', value: { minimumYearsTrading: 3 } });
  push('captureJobs', { companyNumber: '09876543', state: 'done', startedAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:01:00.000Z', done: [], pending: [], failed: [] });
  return { format: 'ics-scout-export', schemaVersion: SCHEMA_VERSION, exportedAt: '2026-11-01T10:05:00.000Z', tables };
}
