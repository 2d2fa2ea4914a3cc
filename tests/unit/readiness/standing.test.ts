import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../../utils/readiness/assess';
import { statusKind } from '../../../utils/readiness/company-status';
import { DEFAULT_CRITERIA, parseCriteria } from '../../../utils/readiness/criteria';
import type { ReadinessInput } from '../../../utils/readiness/input';
import type { ReasonCode } from '../../../utils/readiness/reasons';
import { OVERVIEW_URL, TODAY, accountsFiling, federation, otherFiling, overview } from './helpers';

const reason = (input: ReadinessInput, code: ReasonCode, today = TODAY, criteria = DEFAULT_CRITERIA) =>
  assessReadiness(input, criteria, today).reasons.find((r) => r.code === code);
const withOverview = (over: Parameters<typeof overview>[0]) => federation((input) => (input.company.overview = overview(over)));

describe('status', () => {
  it('sorts the register statuses into kinds', () => {
    expect(['Active', 'Dissolved', 'Converted / Closed', 'Removed', 'Liquidation', 'In Administration', 'Receivership', 'Voluntary Arrangement', 'Insolvency Proceedings', 'Registered', 'Open'].map(statusKind))
      .toEqual(['active', 'closed', 'closed', 'closed', 'insolvent', 'insolvent', 'insolvent', 'insolvent', 'insolvent', 'other', 'other']);
  });

  it('an unfamiliar status is a concern, shown as the register words it', () => {
    const result = assessReadiness(withOverview({ status: 'Registered' }), DEFAULT_CRITERIA, TODAY);
    expect(result.verdict).toBe('promising');
    expect(result.reasons[0]).toMatchObject({ code: 'status-other', text: 'Status: Registered', severity: 'concern' });
  });

  it('a register warning (annotation) is a concern', () => {
    const text = 'The registered office address of this company has been changed to the Companies House default address.';
    expect(reason(withOverview({ annotations: [text] }), 'register-warning')).toMatchObject({ text, effect: 'negative', severity: 'concern' });
  });

  it('points at the overview the input names, else the canonical one', () => {
    expect(reason(federation(() => {}), 'status-active')?.evidence).toEqual({ label: 'Companies House overview', url: OVERVIEW_URL });
    const saved = federation((input) => (input.company.overviewUrl = `${OVERVIEW_URL}?utm_source=x`));
    expect(reason(saved, 'status-active')?.evidence?.url).toBe(`${OVERVIEW_URL}?utm_source=x`);
  });
});

describe('years trading', () => {
  it('counts whole years to today', () => {
    expect(reason(federation(() => {}), 'trading-years', '2026-09-11')?.text).toBe('Trading for 11 years (incorporated 12 September 2014)');
    expect(reason(federation(() => {}), 'trading-years', '2026-09-12')?.text).toBe('Trading for 12 years (incorporated 12 September 2014)');
  });

  it('younger than the minimum is a concern; the wording follows the register ("Registered on")', () => {
    const young = withOverview({ incorporatedDate: '2024-02-01', incorporatedLabel: 'Registered on' });
    expect(reason(young, 'trading-years')).toMatchObject({ text: 'Trading for 2 years (registered 1 February 2024)', severity: 'concern' });
    const baby = withOverview({ incorporatedDate: '2026-03-01' });
    expect(reason(baby, 'trading-years')?.text).toBe('Trading for less than a year (incorporated 1 March 2026)');
    const { criteria } = parseCriteria({ minYearsTrading: 2 });
    expect(reason(young, 'trading-years', TODAY, criteria)?.effect).toBe('positive');
  });
});

describe('filing deadlines', () => {
  it('accounts and confirmation statement overdue, as the overview says', () => {
    const late = withOverview({
      accounts: { nextMadeUpTo: '2025-03-31', nextDue: '2025-12-31', lastMadeUpTo: '2024-03-31', overdue: true, firstAccounts: false },
      confirmationStatement: { kind: 'confirmation-statement', nextDate: '2026-06-09', nextDue: '2026-06-23', lastDate: '2025-06-09', overdue: true },
    });
    late.filings = [accountsFiling('aa-2024', '2024-03-31', 'small')];
    late.accountsPeriods = [];
    const result = assessReadiness(late, DEFAULT_CRITERIA, TODAY);
    expect(result.verdict).toBe('promising');
    expect(result.reasons.filter((r) => r.severity === 'concern').map((r) => r.text)).toEqual([
      'Accounts overdue (due 31 December 2025)',
      'Confirmation statement overdue (due 23 June 2026)',
    ]);
  });

  it('overdue by today although the overview, captured earlier, did not say so', () => {
    expect(reason(federation(() => {}), 'accounts-overdue', '2027-01-01')?.text).toBe('Accounts overdue (due 31 December 2026)');
    expect(reason(federation(() => {}), 'confirmation-overdue', '2026-09-26')?.text).toBe('Confirmation statement overdue (due 25 September 2026)');
  });

  it('not overdue when the filing history shows the filing arrived after the overview was captured', () => {
    const filed = federation((input) => {
      input.company.overview = overview({
        accounts: { nextMadeUpTo: '2026-03-31', nextDue: '2026-12-31', lastMadeUpTo: '2025-03-31', overdue: true, firstAccounts: false },
        confirmationStatement: { kind: 'confirmation-statement', nextDate: '2026-09-11', nextDue: '2026-09-25', lastDate: '2025-09-11', overdue: true },
      });
      input.filings.unshift(
        otherFiling('cs-2026', 'CS01', '2026-09-14', 'Confirmation statement made on 11 September 2026 with no updates'),
        accountsFiling('aa-2026', '2026-03-31', 'total-exemption-full'),
      );
    });
    expect(reason(filed, 'accounts-on-time')?.text).toBe('Accounts up to date (made up to 31 March 2026)');
    expect(reason(filed, 'confirmation-on-time')?.text).toBe('Confirmation statement up to date (filed since the overview was captured)');
  });

  it('an old company shows an annual return instead', () => {
    const old = withOverview({ confirmationStatement: { kind: 'annual-return', nextDate: '2016-09-12', nextDue: '2016-10-10', lastDate: '2015-09-12', overdue: true } });
    old.filings = old.filings.filter((f) => f.formCode !== 'CS01');
    expect(reason(old, 'confirmation-overdue')?.text).toBe('Annual return overdue (due 10 October 2016)');
  });
});
