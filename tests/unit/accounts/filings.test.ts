import { describe, expect, it } from 'vitest';
import type { Filing } from '../../../utils/companies-house/records';
import {
  accountsFilings,
  accountsForFigures,
  accountsOverdue,
  isAccountsFiling,
  lacksPriorYear,
  latestAccounts,
  latestAccountsDormant,
  latestTwoYearsOfAccounts,
  planAccountsFetch,
  previousAccounts,
} from '../../../utils/accounts/filings';
import type { AccountsPeriod } from '../../../utils/accounts/records';

const DOC = '/company/12345678/filing-history';

function filing(over: Partial<Filing> & { transactionId: string }): Filing {
  return {
    date: '2025-01-01',
    formCode: 'AA',
    description: 'Accounts',
    madeUpTo: null,
    accountsType: null,
    links: { pdf: `${DOC}/${over.transactionId}/document?format=pdf&download=0`, ixbrl: null, zip: null },
    pageCount: 5,
    ...over,
  };
}

const ixbrl = (id: string) => ({ pdf: `${DOC}/${id}/document?format=pdf&download=0`, ixbrl: `${DOC}/${id}/document?format=xhtml&download=1`, zip: null });

/** A federation's history: newest row first, as the filing history lists it. */
const HISTORY: Filing[] = [
  filing({ transactionId: 'cs-2025', formCode: 'CS01', date: '2025-10-01', description: 'Confirmation statement' }),
  filing({ transactionId: 'aamd-2025', formCode: 'AAMD', date: '2025-09-20', madeUpTo: '2025-03-31', accountsType: null, description: 'Amended accounts made up to 31 March 2025', links: ixbrl('aamd-2025') }),
  filing({ transactionId: 'aa-2025', date: '2025-08-01', madeUpTo: '2025-03-31', accountsType: 'small', links: ixbrl('aa-2025') }),
  filing({ transactionId: 'aa-2024', date: '2024-12-01', madeUpTo: '2024-03-31', accountsType: 'micro-entity', links: ixbrl('aa-2024') }),
  filing({ transactionId: 'ap01', formCode: 'AP01', date: '2024-06-01', description: 'Appointment of a director' }),
  filing({ transactionId: 'aa-2023', date: '2023-11-01', madeUpTo: '2023-03-31', accountsType: 'dormant' }),
];

const ids = (list: { filing: Filing }[]) => list.map((a) => a.filing.transactionId);

describe('accountsFilings', () => {
  it('keeps AA and AAMD only, one per made-up-to date, newest first', () => {
    expect(HISTORY.filter(isAccountsFiling).map((f) => f.transactionId)).toEqual(['aamd-2025', 'aa-2025', 'aa-2024', 'aa-2023']);
    expect(ids(accountsFilings(HISTORY))).toEqual(['aamd-2025', 'aa-2024', 'aa-2023']);
  });

  it('lets an amendment supersede the original, keeping the original\'s type when the amendment names none', () => {
    const [latest] = accountsFilings(HISTORY);
    expect(latest).toMatchObject({ madeUpTo: '2025-03-31', accountsType: 'small', amended: true });
    expect(latest?.superseded.map((f) => f.transactionId)).toEqual(['aa-2025']);
  });

  it('lets the later of two amendments stand, whatever the row order', () => {
    const list = [
      filing({ transactionId: 'amend-1', formCode: 'AAMD', date: '2025-01-10', madeUpTo: '2024-03-31' }),
      filing({ transactionId: 'orig', date: '2024-12-01', madeUpTo: '2024-03-31', accountsType: 'full' }),
      filing({ transactionId: 'amend-2', formCode: 'AAMD', date: '2025-02-10', madeUpTo: '2024-03-31' }),
    ];
    expect(ids(accountsFilings(list))).toEqual(['amend-2']);
  });

  it('puts accounts without a made-up-to date last', () => {
    const list = [filing({ transactionId: 'undated', date: '2026-01-01' }), filing({ transactionId: 'dated', madeUpTo: '2020-12-31' })];
    expect(ids(accountsFilings(list))).toEqual(['dated', 'undated']);
  });
});

describe('latest accounts', () => {
  it('finds the latest, the latest two years and their types', () => {
    expect(latestAccounts(HISTORY)?.filing.transactionId).toBe('aamd-2025');
    expect(latestTwoYearsOfAccounts(HISTORY).map((a) => [a.madeUpTo, a.accountsType])).toEqual([
      ['2025-03-31', 'small'],
      ['2024-03-31', 'micro-entity'],
    ]);
  });

  it('says whether the latest accounts are dormant, or null when unknown', () => {
    expect(latestAccountsDormant(HISTORY)).toBe(false);
    expect(latestAccountsDormant(HISTORY.slice(5))).toBe(true);
    expect(latestAccountsDormant([])).toBeNull();
    expect(latestAccountsDormant([filing({ transactionId: 'x', madeUpTo: '2024-01-31' })])).toBeNull();
  });

  it('returns nothing for a company without accounts', () => {
    expect(latestAccounts([HISTORY[0]!])).toBeNull();
    expect(latestTwoYearsOfAccounts([])).toEqual([]);
  });
});

describe('which accounts to fetch', () => {
  const period = (end: string, netAssets: number | null): AccountsPeriod => ({
    start: null, end, turnover: null, profitLoss: null, netAssets, employees: null,
  });

  it('fetches the newest accounts with an iXBRL link', () => {
    expect(accountsForFigures(HISTORY)?.filing.transactionId).toBe('aamd-2025');
    const pdfOnlyLatest = [filing({ transactionId: 'pdf-2025', madeUpTo: '2025-03-31' }), ...HISTORY.slice(3)];
    expect(accountsForFigures(pdfOnlyLatest)?.filing.transactionId).toBe('aa-2024');
    expect(planAccountsFetch(pdfOnlyLatest)).toMatchObject({ primaryIsLatest: false, previous: null });
  });

  it('decides from an extract whether the prior year is missing', () => {
    expect(lacksPriorYear({ periods: [period('2025-03-31', 10)] })).toBe(true);
    expect(lacksPriorYear({ periods: [period('2025-03-31', 10), period('2024-03-31', null)] })).toBe(true);
    expect(lacksPriorYear({ periods: [period('2025-03-31', 10), period('2024-03-31', 0)] })).toBe(false);
  });

  it('adds the previous set of accounts only when the latest extract lacks the prior year', () => {
    expect(planAccountsFetch(HISTORY)).toMatchObject({ primary: { madeUpTo: '2025-03-31' }, primaryIsLatest: true, previous: null });
    const withoutPrior = planAccountsFetch(HISTORY, { periods: [period('2025-03-31', 10)] });
    expect(withoutPrior.previous?.filing.transactionId).toBe('aa-2024');
    const withPrior = planAccountsFetch(HISTORY, { periods: [period('2025-03-31', 10), period('2024-03-31', 9)] });
    expect(withPrior.previous).toBeNull();
  });

  it('finds the set before a given one', () => {
    const [latest, previous, oldest] = accountsFilings(HISTORY);
    expect(previousAccounts(HISTORY, latest!)?.filing.transactionId).toBe('aa-2024');
    expect(previousAccounts(HISTORY, previous!)?.filing.transactionId).toBe('aa-2023');
    expect(previousAccounts(HISTORY, oldest!)).toBeNull();
  });
});

describe('accountsOverdue', () => {
  it('is overdue from the day after the due date', () => {
    expect(accountsOverdue('2025-12-31', '2025-12-31')).toBe(false);
    expect(accountsOverdue('2025-12-31', '2026-01-01')).toBe(true);
    expect(accountsOverdue('2025-12-31', '2025-06-01')).toBe(false);
  });

  it('is unknown without a due date', () => {
    expect(accountsOverdue(null, '2026-01-01')).toBeNull();
    expect(accountsOverdue('31 December 2025', '2026-01-01')).toBeNull();
  });
});
