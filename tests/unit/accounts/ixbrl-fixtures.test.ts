import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccountsExtract } from '../../../utils/accounts/records';
import { extractFromText } from './ixbrl-test-documents';

/** Whole small documents in tests/fixtures/accounts/ixbrl, each a kind of accounts a federation may file. */
const FIXTURES = path.resolve(__dirname, '../../fixtures/accounts/ixbrl');
const extractFixture = (name: string) => AccountsExtract.parse(extractFromText(readFileSync(path.join(FIXTURES, name), 'utf8')));

describe('accounts fixtures', () => {
  it('small company full accounts (FRC 2022): turnover, profit, net assets and employees for two years', () => {
    expect(extractFixture('small-company-full-frc2022.xhtml')).toEqual({
      periods: [
        { start: '2024-04-01', end: '2025-03-31', turnover: 1234567, profitLoss: 45678, netAssets: 250000, employees: 12 },
        { start: '2023-04-01', end: '2024-03-31', turnover: 987654, profitLoss: -3210, netAssets: 204322, employees: 10 },
      ],
      dormant: false,
      regime: 'small',
      currency: 'GBP',
      companyNumber: '12345678',
      companyName: 'ICS EXAMPLE FEDERATION LIMITED',
      warnings: [],
    });
  });

  it('micro-entity with no profit and loss account: turnover and profit null, never 0', () => {
    const extract = extractFixture('micro-entity-balance-sheet-only.xhtml');
    expect(extract.periods).toEqual([
      { start: '2024-01-01', end: '2024-12-31', turnover: null, profitLoss: null, netAssets: 7120, employees: 3 },
      { start: null, end: '2023-12-31', turnover: null, profitLoss: null, netAssets: 5480, employees: null },
    ]);
    expect(extract).toMatchObject({ regime: 'micro-entity', dormant: false, companyNumber: 'SC654321', warnings: [] });
  });

  it('dormant company: dormant true, £1 net assets, a seven-digit number padded to eight', () => {
    expect(extractFixture('dormant-company.xhtml')).toEqual({
      periods: [
        { start: '2024-07-01', end: '2025-06-30', turnover: null, profitLoss: null, netAssets: 1, employees: null },
        { start: null, end: '2024-06-30', turnover: null, profitLoss: null, netAssets: 1, employees: null },
      ],
      dormant: true,
      regime: null,
      currency: 'GBP',
      companyNumber: '01234567',
      companyName: null,
      warnings: [],
    });
  });

  it('2009 UK GAAP taxonomy: TurnoverGrossOperatingRevenue, ProfitLossForPeriod, ShareholderFunds; regime from text', () => {
    expect(extractFixture('uk-gaap-2009-small.xhtml')).toEqual({
      periods: [
        { start: '2014-01-01', end: '2014-12-31', turnover: 456000, profitLoss: 12300, netAssets: 88000, employees: null },
        { start: '2013-01-01', end: '2013-12-31', turnover: 400500, profitLoss: 9870, netAssets: 75700, employees: null },
      ],
      dormant: false,
      regime: 'small',
      currency: 'GBP',
      companyNumber: '07654321',
      companyName: null,
      warnings: [],
    });
  });

  it('generated prefixes (ns5/ns10, ix declared per fact); a decoy core: prefix and an unused context are ignored', () => {
    expect(extractFixture('generated-prefixes.xhtml')).toEqual({
      periods: [{ start: '2022-10-01', end: '2023-09-30', turnover: 500000, profitLoss: null, netAssets: null, employees: null }],
      dormant: null,
      regime: 'filleted',
      currency: 'GBP',
      companyNumber: '09876543',
      companyName: 'NORTH QUARTER PRIMARY CARE LIMITED',
      warnings: [],
    });
  });
});
