import type {
  CompanyRow,
  OdsMembershipRow,
  OdsPcnRow,
  OdsPracticeRow,
  OfficerRow,
  PersonRow,
  PscRow,
} from '../../../utils/db/rows';
import { personNameKey } from '../../../utils/people/name-key';
import type { SearchData } from '../../../utils/search/types';

/** Small hand-made rows for the search tests: only the fields that matter are given, the rest are defaults. */

const provenance = { sourceUrl: 'https://example.test/', capturedAt: '2026-11-01T10:00:00.000Z', parserVersion: 1 };

export function pcn(code: string, name: string, extra: Partial<OdsPcnRow> = {}): OdsPcnRow {
  return { code, name, subIcbCode: '15E', openDate: '2019-07-01', closeDate: null, address: null, postcode: null, ...extra };
}

export function practice(code: string, name: string, extra: Partial<OdsPracticeRow> = {}): OdsPracticeRow {
  return {
    code,
    name,
    postcode: null,
    status: 'A',
    prescribingSetting: 4,
    subIcbCode: '15E',
    icbCode: 'QHL',
    nationalGrouping: 'Y60',
    openDate: '1974-04-01',
    closeDate: null,
    address: null,
    source: 'epraccur',
    ...extra,
  };
}

export function member(practiceCode: string, pcnCode: string, endDate: string | null = null): OdsMembershipRow {
  return { practiceCode, pcnCode, startDate: '2019-07-01', endDate, crossBoundary: false, practiceSubIcbCode: '15E', pcnSubIcbCode: '15E' };
}

export function company(companyNumber: string, name: string, status: string | null = 'Active', postcode: string | null = null): CompanyRow {
  return {
    companyNumber,
    name,
    overview: {
      name,
      status,
      statusDetail: null,
      closedDate: null,
      closedLabel: null,
      companyType: 'Private limited Company',
      isCic: false,
      incorporatedDate: '2014-09-12',
      incorporatedLabel: 'Incorporated on',
      registeredOffice: postcode ? { address: '1 High Street', postcode } : null,
      sicCodes: [],
      previousNames: [],
      accounts: null,
      confirmationStatement: null,
      hasInsolvencyTab: false,
      annotations: [],
    },
    provenance,
    updatedAt: '2026-11-01T10:00:00.000Z',
  };
}

export function officer(companyNumber: string, name: string, role = 'Director', resignedOn: string | null = null): OfficerRow {
  return {
    appointmentKey: `${companyNumber}/${name}/${role}`,
    companyNumber,
    nameKey: personNameKey(name),
    officerId: null,
    name,
    role,
    status: resignedOn ? 'resigned' : 'active',
    appointedOn: '2014-09-12',
    appointedBefore: null,
    resignedOn,
    dateOfBirth: null,
    nationality: null,
    countryOfResidence: null,
    occupation: null,
    address: null,
    corporate: null,
    provenance,
  };
}

export function psc(companyNumber: string, name: string, kind: PscRow['kind'] = 'individual'): PscRow {
  return {
    pscKey: `${companyNumber}/${name}`,
    companyNumber,
    name,
    kind,
    status: 'active',
    notifiedOn: '2016-04-06',
    ceasedOn: null,
    dateOfBirth: null,
    nationality: null,
    countryOfResidence: null,
    address: null,
    naturesOfControl: [],
    provenance,
  };
}

export function person(id: string, name: string, roles: PersonRow['roles']): PersonRow {
  return { id, name, nameKey: personNameKey(name), roles, updatedAt: '2026-11-01T10:00:00.000Z' };
}

export function searchData(rows: Partial<SearchData>): SearchData {
  return {
    companies: [],
    officers: [],
    pscs: [],
    people: [],
    odsPcns: [],
    odsPractices: [],
    odsMemberships: [],
    odsSubIcbs: [],
    odsIcbs: [],
    ...rows,
  };
}
