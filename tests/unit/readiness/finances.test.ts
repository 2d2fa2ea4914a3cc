import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../../utils/readiness/assess';
import { DEFAULT_CRITERIA, parseCriteria } from '../../../utils/readiness/criteria';
import { accountsWording } from '../../../utils/readiness/finances';
import type { ReadinessInput } from '../../../utils/readiness/input';
import { MISSING } from '../../../utils/readiness/reasons';
import { TODAY, accountsFiling, federation, overview, period } from './helpers';

const assess = (input: ReadinessInput, criteria = DEFAULT_CRITERIA) => assessReadiness(input, criteria, TODAY);
const money = (input: ReadinessInput, criteria = DEFAULT_CRITERIA) =>
  assess(input, criteria).reasons.filter((r) => ['income', 'income-low', 'no-income', 'turnover-not-disclosed', 'income-not-read', 'figures-out-of-date', 'dormant'].includes(r.code));

describe('income over the latest years of accounts', () => {
  it('low turnover in the latest year is a concern, not a stop, when the year before had income', () => {
    const input = federation((input) => {
      input.accountsPeriods = [period('2025-03-31', { turnover: 40_000 }, 'aa-2025'), period('2024-03-31', { turnover: 300_000 }, 'aa-2025')];
    });
    expect(money(input)).toEqual([expect.objectContaining({ code: 'income-low', text: 'Turnover only £40k in the year to 31 March 2025, £300k the year before', severity: 'concern' })]);
    expect(assess(input).verdict).toBe('promising');
  });

  it('no income for two years is a stop only once trading for the minimum years', () => {
    const young = federation((input) => {
      input.company.overview = overview({ incorporatedDate: '2024-01-10' });
      input.accountsPeriods = [period('2025-03-31', { turnover: 1_200 }, 'aa-2025'), period('2024-03-31', { turnover: 0 }, 'aa-2025')];
    });
    expect(money(young).map((r) => r.code)).toEqual(['income-low']);
    expect(assess(young).verdict).toBe('promising');
  });

  it('no stop when only one year of turnover is known, or one of the two is not disclosed', () => {
    const oneYear = federation((input) => (input.accountsPeriods = [period('2025-03-31', { turnover: 5_000 }, 'aa-2025')]));
    expect(money(oneYear).map((r) => r.code)).toEqual(['income-low']);
    const undisclosed = federation((input) => {
      input.accountsPeriods = [period('2025-03-31', { turnover: 5_000 }, 'aa-2025'), period('2024-03-31', {}, 'aa-2025')];
    });
    expect(money(undisclosed)).toEqual([expect.objectContaining({ code: 'income-low', text: 'Turnover only £5,000 in the year to 31 March 2025, not disclosed the year before' })]);
  });

  it('looks at as many years as the criteria say', () => {
    const { criteria } = parseCriteria({ yearsOfAccounts: 3 });
    const input = federation((input) => {
      input.accountsPeriods.push(period('2023-03-31', { turnover: 1_900_000 }, 'aa-2023'));
    });
    expect(money(input, criteria)[0]?.text).toBe('Turnover £2.4m in the year to 31 March 2025, £2.1m the year before, £1.9m in the year to 31 March 2023');
  });

  it('names the year when the figures are not a year apart', () => {
    const gap = federation((input) => {
      input.accountsPeriods = [period('2025-03-31', { turnover: 2_400_000 }, 'aa-2025'), period('2023-03-31', { turnover: 2_000_000 }, 'aa-2023')];
    });
    expect(money(gap)[0]?.text).toBe('Turnover £2.4m in the year to 31 March 2025, £2m in the year to 31 March 2023');
  });

  it('figures older than the latest accounts are said to be, and ask for the latest accounts', () => {
    const stale = federation((input) => {
      input.filings.unshift(accountsFiling('aa-2026', '2026-03-31', 'small'));
    });
    const result = assess(stale);
    expect(result.verdict).toBe('promising');
    expect(result.missing).toEqual([MISSING.accounts]);
    expect(money(stale).map((r) => r.text)).toEqual([
      'Turnover £2.4m in the year to 31 March 2025, £2.1m the year before',
      'Figures are from the accounts to 31 March 2025; the accounts to 31 March 2026 are not read yet',
    ]);
  });

  it('accounts filed but not opened: the type is named, and "open the latest accounts" asked for', () => {
    const unread = federation((input) => (input.accountsPeriods = []));
    expect(money(unread)).toEqual([expect.objectContaining({ code: 'income-not-read', text: 'Turnover not read yet (latest accounts: total exemption full accounts, made up to 31 March 2025)', effect: 'neutral' })]);
    expect(assess(unread)).toMatchObject({ verdict: 'promising', missing: [MISSING.accounts] });

    const micro = federation((input) => {
      input.filings = [accountsFiling('aa-2025', '2025-03-31', 'micro-entity')];
      input.accountsPeriods = [];
    });
    expect(money(micro)).toEqual([expect.objectContaining({ code: 'turnover-not-disclosed', text: 'Turnover not disclosed (micro-entity accounts)', effect: 'neutral' })]);
    expect(money(micro)[0]?.evidence?.url).toContain('/filing-history/aa-2025/document?format=pdf');
  });

  it('not disclosed: the regime names the accounts when the filing history does not, and a disclosed year before is kept', () => {
    const input = federation((input) => {
      input.filings = [];
      input.accountsPeriods = [period('2025-03-31', { netAssets: 30_000, regime: 'filleted' }), period('2024-03-31', { turnover: 210_000 })];
    });
    expect(money(input)[0]).toMatchObject({ text: 'Turnover not disclosed (filleted accounts); net assets £30k; turnover £210k the year before', effect: 'neutral' });
    expect(money(input)[0]?.evidence).toEqual({ label: 'Accounts made up to 31 March 2025', url: 'file:///accounts.xhtml' });
  });

  it('not disclosed with no proxies at all: said plainly, neither good nor bad', () => {
    const input = federation((input) => (input.accountsPeriods = [period('2025-03-31', {}, 'aa-2025')]));
    expect(money(input)[0]).toMatchObject({ text: 'Turnover not disclosed (total exemption full accounts)', effect: 'neutral' });
  });

  it('negative net assets never clear the floor', () => {
    const input = federation((input) => (input.accountsPeriods = [period('2025-03-31', { netAssets: -12_400 }, 'aa-2025')]));
    expect(money(input)[0]).toMatchObject({ text: 'Turnover not disclosed (total exemption full accounts); net assets -£12k', severity: 'concern' });
  });
});

describe('dormant accounts', () => {
  it('from the accounts document when the filing history does not say', () => {
    const input = federation((input) => {
      input.filings = [accountsFiling('aa-2025', '2025-03-31', null)];
      input.accountsPeriods = [period('2025-03-31', { dormant: true, netAssets: 1 }, 'aa-2025')];
    });
    expect(assess(input).verdict).toBe('not-ready');
    expect(money(input).map((r) => r.code)).toEqual(['dormant']);
  });

  it('only the latest accounts count: dormant years long ago do not', () => {
    const input = federation((input) => {
      input.filings.push(accountsFiling('aa-2016', '2016-03-31', 'dormant'));
    });
    expect(assess(input).verdict).toBe('ready');
  });
});

describe('accountsWording', () => {
  it('names the accounts types as the register does', () => {
    expect(accountsWording('micro-entity')).toBe('micro-entity accounts');
    expect(accountsWording('total-exemption-full')).toBe('total exemption full accounts');
    expect(accountsWording('small')).toBe('small company accounts');
    expect(accountsWording(null)).toBeNull();
  });
});
