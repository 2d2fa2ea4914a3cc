import { describe, expect, it } from 'vitest';
import { assessReadiness, oneLineReason } from '../../../utils/readiness/assess';
import { DEFAULT_CRITERIA, parseCriteria } from '../../../utils/readiness/criteria';
import type { ReadinessInput } from '../../../utils/readiness/input';
import { MISSING } from '../../../utils/readiness/reasons';
import { TODAY, accountsFiling, federation, overview, period, readyFederation } from './helpers';

const assess = (input: ReadinessInput, criteria = DEFAULT_CRITERIA) => assessReadiness(input, criteria, TODAY);
const texts = (input: ReadinessInput) => assess(input).reasons.map((r) => r.text);
const stops = (input: ReadinessInput) => assess(input).reasons.filter((r) => r.severity === 'stop').map((r) => r.code);

describe('verdict paths', () => {
  it('ready: every key fact holds and nothing is a concern', () => {
    const result = assess(readyFederation());
    expect(result.verdict).toBe('ready');
    expect(result.missing).toEqual([]);
    expect(result.reasons.filter((r) => r.effect === 'negative')).toEqual([]);
    expect(result.reasons.map((r) => r.text)).toEqual([
      'Active',
      'Trading for 12 years (incorporated 12 September 2014)',
      'Accounts up to date (next due 31 December 2026)',
      'Confirmation statement up to date (next due 25 September 2026)',
      'Turnover £2.4m in the year to 31 March 2025, £2.1m the year before',
      '5 active directors, 2 of them clinicians (General Practitioner)',
      'Stable board: 1 of 6 directors left in the last 2 years',
      'No registrable person with significant control',
      '3 services running, 2 in development',
      'Linked to 2 PCNs (1 confirmed)',
    ]);
    expect(oneLineReason(result)).toBe('Turnover £2.4m in the year to 31 March 2025, £2.1m the year before');
  });

  it('promising: all is well but no PCN is linked yet', () => {
    const result = assess(federation((input) => (input.linkedPcns = [])));
    expect(result.verdict).toBe('promising');
    expect(result.missing).toEqual([MISSING.pcnLinks]);
    expect(result.reasons.some((r) => r.effect === 'negative')).toBe(false);
    expect(oneLineReason(result)).toBe(MISSING.pcnLinks);
  });

  it('promising: a rejected or unconfident PCN link does not count', () => {
    const result = assess(federation((input) => {
      input.linkedPcns = [
        { pcnCode: 'U1', status: 'rejected', confidence: 0.95 },
        { pcnCode: 'U2', status: 'suggested', confidence: 0.4 },
      ];
    }));
    expect(result.verdict).toBe('promising');
    expect(result.reasons.at(-1)).toMatchObject({ code: 'pcn-links-weak', text: '1 suggested PCN link, none confident enough to count (best 0.40)', effect: 'neutral' });
  });

  it('not-ready: running for years with no income to speak of in the latest two years', () => {
    const input = federation((input) => {
      input.filings = [accountsFiling('aa-2025', '2025-03-31', 'small'), accountsFiling('aa-2024', '2024-03-31', 'small')];
      input.accountsPeriods = [
        period('2025-03-31', { turnover: 12_400 }, 'aa-2025'),
        period('2024-03-31', { turnover: 0 }, 'aa-2025'),
        period('2023-03-31', { turnover: 8_000 }, 'aa-2023'),
        period('2022-03-31', { turnover: 0 }, 'aa-2023'),
      ];
    });
    const result = assess(input);
    expect(result.verdict).toBe('not-ready');
    expect(result.missing).toEqual([]);
    const stop = result.reasons.find((r) => r.severity === 'stop')!;
    expect(stop).toMatchObject({ code: 'no-income', text: 'No income to speak of: turnover £12k in the year to 31 March 2025, £0 the year before' });
    expect(stop.evidence?.url).toContain('/filing-history/aa-2025/document');
    expect(oneLineReason(result)).toBe(stop.text);
  });

  it('not-ready: dormant latest accounts', () => {
    const input = federation((input) => {
      input.filings = [accountsFiling('aa-2025', '2025-03-31', 'dormant'), accountsFiling('aa-2024', '2024-03-31', 'dormant')];
      input.accountsPeriods = [];
    });
    const result = assess(input);
    expect(result.verdict).toBe('not-ready');
    expect(stops(input)).toEqual(['dormant']);
    expect(oneLineReason(result)).toBe('Dormant: the latest accounts (made up to 31 March 2025) are dormant company accounts');
  });

  it('not-ready: dissolved', () => {
    const input = federation((input) => {
      input.company.overview = overview({ status: 'Dissolved', closedDate: '2023-03-14', closedLabel: 'Dissolved on', accounts: null, confirmationStatement: null });
      for (const officer of input.officers) officer.status = officer.resignedOn ? 'resigned' : null;
    });
    const result = assess(input);
    expect(result.verdict).toBe('not-ready');
    expect(result.missing).toEqual([]);
    expect(stops(input)).toEqual(['status-closed']);
    expect(texts(input)).toContain('Dissolved on 14 March 2023');
    expect(texts(input)).toContain('Traded for 8 years (incorporated 12 September 2014, dissolved 14 March 2023)');
    expect(texts(input)).toContain('5 directors in office at closure, 2 of them clinicians (General Practitioner)');
  });

  it('not-ready: liquidation, administration, an insolvency tab, a proposal to strike off', () => {
    const cases: [Parameters<typeof overview>[0], string, string][] = [
      [{ status: 'Liquidation' }, 'status-insolvent', 'In liquidation'],
      [{ status: 'In Administration' }, 'status-insolvent', 'In administration'],
      [{ status: 'Receivership' }, 'status-insolvent', 'In receivership'],
      [{ hasInsolvencyTab: true }, 'insolvency-history', 'Insolvency history on the register (Insolvency tab)'],
      [{ statusDetail: 'Active proposal to strike off' }, 'strike-off-proposed', 'Active proposal to strike off'],
    ];
    for (const [over, code, text] of cases) {
      const input = federation((input) => (input.company.overview = overview(over)));
      const result = assess(input);
      expect(result.verdict, text).toBe('not-ready');
      expect(result.reasons.find((r) => r.severity === 'stop'), text).toMatchObject({ code, text });
    }
  });

  it('micro-entity accounts: turnover not disclosed is said so and weighed by proxies, never read as none', () => {
    const micro = (figures: Parameters<typeof period>[1]) => federation((input) => {
      input.filings = [accountsFiling('aa-2025', '2025-03-31', 'micro-entity'), accountsFiling('aa-2024', '2024-03-31', 'micro-entity')];
      input.accountsPeriods = [period('2025-03-31', figures, 'aa-2025'), period('2024-03-31', { netAssets: 2_100 }, 'aa-2025')];
    });
    const weak = assess(micro({ netAssets: 3_810, employees: 2 }));
    expect(weak.verdict).toBe('promising');
    expect(weak.reasons.find((r) => r.code === 'turnover-not-disclosed')).toMatchObject({
      text: 'Turnover not disclosed (micro-entity accounts); net assets £3,810, 2 employees',
      effect: 'negative',
      severity: 'concern',
    });
    expect(weak.reasons.some((r) => r.code === 'no-income')).toBe(false);

    const strong = assess(micro({ netAssets: 180_000, employees: 22 }));
    expect(strong.verdict).toBe('promising');
    expect(strong.reasons.find((r) => r.code === 'turnover-not-disclosed')).toMatchObject({
      text: 'Turnover not disclosed (micro-entity accounts); net assets £180k, 22 employees',
      effect: 'neutral',
    });

    const { criteria } = parseCriteria({ proxiesCountAsIncome: true });
    const counted = assess(micro({ netAssets: 180_000, employees: 22 }), criteria);
    expect(counted.verdict).toBe('ready');
    expect(counted.reasons.find((r) => r.code === 'turnover-not-disclosed')?.effect).toBe('positive');
    expect(assess(micro({ netAssets: 3_810, employees: 2 }), criteria).verdict).toBe('promising');
  });

  it('insufficient-data: no overview captured', () => {
    const input = federation((input) => {
      input.company.overview = null;
      input.captured.overview = false;
    });
    const result = assess(input);
    expect(result.verdict).toBe('insufficient-data');
    expect(result.missing).toEqual([MISSING.overview]);
    expect(oneLineReason(result)).toBe(MISSING.overview);
  });

  it('insufficient-data: only the overview, with no accounts information at all', () => {
    const input: ReadinessInput = {
      company: { companyNumber: '09876543', overview: overview() },
      filings: [],
      officers: [],
      pscs: [],
      accountsPeriods: [],
      clips: [],
      linkedPcns: [],
      captured: { overview: true, filingHistory: false, officers: false, psc: false },
    };
    const result = assess(input);
    expect(result.verdict).toBe('insufficient-data');
    expect(result.missing).toEqual([
      'Capture the Filing history tab',
      'Capture the People tab',
      'Open the latest accounts',
      "Clip the federation's services from its website",
      'Link the federation to its PCNs',
    ]);
    expect(oneLineReason(result)).toBe('Capture the Filing history tab');
  });

  it('a hard stop needs no more data: dissolved with only the overview is not-ready, not insufficient', () => {
    const input: ReadinessInput = {
      company: { companyNumber: '08123456', overview: overview({ status: 'Dissolved', closedDate: '2023-03-14', closedLabel: 'Dissolved on' }) },
      filings: [], officers: [], pscs: [], accountsPeriods: [], clips: [], linkedPcns: [],
      captured: { overview: true, filingHistory: false, officers: false, psc: false },
    };
    expect(assess(input)).toMatchObject({ verdict: 'not-ready', missing: [] });
  });

  it('a young company with first accounts not yet due is promising, not insufficient', () => {
    const input = federation((input) => {
      input.company.overview = overview({
        incorporatedDate: '2025-09-14',
        accounts: { nextMadeUpTo: '2026-09-30', nextDue: '2027-06-14', lastMadeUpTo: null, overdue: false, firstAccounts: true },
      });
      input.filings = [];
      input.accountsPeriods = [];
    });
    const result = assess(input);
    expect(result.verdict).toBe('promising');
    expect(result.missing).toEqual([]);
    expect(texts(input)).toEqual(expect.arrayContaining(['Trading for 1 year (incorporated 14 September 2025)', 'First accounts not due until 14 June 2027']));
    expect(oneLineReason(result)).toBe('Trading for 1 year (incorporated 14 September 2025)');
  });

  it('a hard stop in the filing history alone is enough: dormant with no overview captured', () => {
    const input = federation((input) => {
      input.company.overview = null;
      input.captured.overview = false;
      input.filings = [accountsFiling('aa-2025', '2025-03-31', 'dormant')];
      input.accountsPeriods = [];
    });
    expect(assess(input)).toMatchObject({ verdict: 'not-ready', missing: [] });
  });

  it('refuses a malformed date rather than judge on it', () => {
    expect(() => assessReadiness(readyFederation(), DEFAULT_CRITERIA, '15/09/2026')).toThrow(RangeError);
  });

  it('the same records give the same verdict (pure, no clock)', () => {
    const input = readyFederation();
    const before = JSON.stringify(input);
    expect(assess(input)).toEqual(assess(readyFederation()));
    expect(JSON.stringify(input)).toBe(before);
  });
});
