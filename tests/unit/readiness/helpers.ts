import type { OverviewRecord } from '../../../utils/companies-house/records';
import { formatLongDate } from '../../../utils/format/dates';
import type {
  ReadinessAccountsPeriod,
  ReadinessFiling,
  ReadinessInput,
  ReadinessOfficer,
  ReadinessPsc,
} from '../../../utils/readiness/input';

/** Hand-built records for one made-up federation, varied per test. The date all tests assess on: */
export const TODAY = '2026-09-15';
export const NUMBER = '09876543';
const HOST = 'https://find-and-update.company-information.service.gov.uk';
export const OVERVIEW_URL = `${HOST}/company/${NUMBER}`;
export const documentUrl = (id: string) => `${HOST}/company/${NUMBER}/filing-history/${id}/document?format=pdf&download=0`;

export function overview(over: Partial<OverviewRecord> = {}): OverviewRecord {
  return {
    name: 'WESTDALE GP FEDERATION LIMITED',
    status: 'Active',
    statusDetail: null,
    closedDate: null,
    closedLabel: null,
    companyType: 'Private company limited by guarantee without share capital',
    isCic: false,
    incorporatedDate: '2014-09-12',
    incorporatedLabel: 'Incorporated on',
    registeredOffice: { address: '1 High Street, Leeds, LS1 1AA', postcode: 'LS1 1AA' },
    sicCodes: [{ code: '86210', description: 'General medical practice activities' }],
    previousNames: [],
    accounts: { nextMadeUpTo: '2026-03-31', nextDue: '2026-12-31', lastMadeUpTo: '2025-03-31', overdue: false, firstAccounts: false },
    confirmationStatement: { kind: 'confirmation-statement', nextDate: '2026-09-11', nextDue: '2026-09-25', lastDate: '2025-09-11', overdue: false },
    hasInsolvencyTab: false,
    annotations: [],
    ...over,
  };
}

/** An AA filing made up to `madeUpTo`, of `type` (the filing history's slug). */
export function accountsFiling(id: string, madeUpTo: string, type: string | null, over: Partial<ReadinessFiling> = {}): ReadinessFiling {
  // Filed eight months after the year end, as federations usually do.
  const filed = new Date(`${madeUpTo}T00:00:00Z`);
  filed.setUTCMonth(filed.getUTCMonth() + 8);
  return {
    transactionId: id,
    date: filed.toISOString().slice(0, 10),
    formCode: 'AA',
    description: `Accounts made up to ${formatLongDate(madeUpTo)}`,
    madeUpTo,
    accountsType: type,
    links: { pdf: documentUrl(id), ixbrl: null, zip: null },
    ...over,
  };
}

export function otherFiling(id: string, formCode: string, date: string, description: string): ReadinessFiling {
  return { transactionId: id, date, formCode, description, madeUpTo: null, accountsType: null, links: { pdf: documentUrl(id), ixbrl: null, zip: null } };
}

let officerSeq = 0;
export function director(name: string, occupation: string | null, over: Partial<ReadinessOfficer> = {}): ReadinessOfficer {
  officerSeq++;
  return {
    officerId: `officer-${officerSeq}`,
    name,
    role: 'Director',
    status: 'active',
    appointedOn: '2015-01-01',
    resignedOn: null,
    occupation,
    ...over,
  };
}

export function resigned(name: string, resignedOn: string, occupation: string | null = 'Practice Manager'): ReadinessOfficer {
  return director(name, occupation, { status: 'resigned', resignedOn });
}

export function period(end: string, figures: Partial<ReadinessAccountsPeriod> = {}, transactionId: string | null = null): ReadinessAccountsPeriod {
  return {
    start: null,
    end,
    turnover: null,
    profitLoss: null,
    netAssets: null,
    employees: null,
    dormant: null,
    regime: null,
    currency: 'GBP',
    source: { transactionId, documentUrl: transactionId ? documentUrl(transactionId) : 'file:///accounts.xhtml', format: 'ixbrl' },
    ...figures,
  };
}

export const NO_REGISTRABLE_PERSON: ReadinessPsc = {
  name: 'The company knows or has reasonable cause to believe that there is no registrable person or registrable relevant legal entity in relation to the company',
  kind: 'statement',
  status: 'active',
  ceasedOn: null,
};

/**
 * A ready federation: active for 12 years, £2.4m and £2.1m turnover in its latest two years, filings up to date,
 * five active directors (two GPs), a stable board, three services running and two in development, two PCNs.
 */
export function readyFederation(): ReadinessInput {
  return {
    company: { companyNumber: NUMBER, overview: overview(), overviewUrl: OVERVIEW_URL },
    filings: [
      otherFiling('cs-2025', 'CS01', '2025-09-18', 'Confirmation statement made on 11 September 2025 with no updates'),
      accountsFiling('aa-2025', '2025-03-31', 'total-exemption-full'),
      accountsFiling('aa-2024', '2024-03-31', 'total-exemption-full'),
    ],
    officers: [
      director('PATEL, Anjali', 'General Practitioner'),
      director('CHEN, Wei', 'General Practitioner'),
      director('HARGREAVES, Peter', 'Practice Manager'),
      director('WHITAKER, Joanne', 'Chief Executive'),
      director('DAWSON, Richard', 'Chartered Accountant'),
      resigned('SHAW, Rebecca', '2025-06-30'),
    ],
    pscs: [NO_REGISTRABLE_PERSON],
    accountsPeriods: [
      period('2025-03-31', { start: '2024-04-01', turnover: 2_412_345, netAssets: 412_800, employees: 48, dormant: false, regime: 'small' }, 'aa-2025'),
      period('2024-03-31', { start: '2023-04-01', turnover: 2_108_000, netAssets: 351_600, employees: 41, regime: 'small' }, 'aa-2025'),
    ],
    clips: [
      { kind: 'services', items: ['Extended access hubs', 'Phlebotomy', 'Spirometry'], url: 'https://www.westdalegpfederation.nhs.uk/services' },
      { kind: 'services-in-development', items: ['Frailty clinic', 'Long COVID service'], url: 'https://www.westdalegpfederation.nhs.uk/services' },
    ],
    linkedPcns: [
      { pcnCode: 'U12345', pcnName: 'Westdale North PCN', status: 'confirmed', confidence: 1 },
      { pcnCode: 'U23456', pcnName: 'Westdale South PCN', status: 'suggested', confidence: 0.82 },
    ],
    captured: { overview: true, filingHistory: true, officers: true, psc: true },
  };
}

/** The ready federation with changes: `(input) => { input.… = … }`. */
export function federation(change: (input: ReadinessInput) => void): ReadinessInput {
  const input = readyFederation();
  change(input);
  return input;
}
