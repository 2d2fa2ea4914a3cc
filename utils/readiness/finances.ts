import type { AccountsFiling } from '../accounts/filings';
import { formatLongDate } from '../format/dates';
import type { ReadinessContext } from './context';
import { accountsEvidence, filingEvidence } from './evidence';
import { counted, formatMoney } from './format';
import type { ReadinessAccountsPeriod } from './input';
import { MISSING, concern, findings, neutral, positive, stop, type Evidence, type Findings } from './reasons';

/**
 * Money: dormancy and income over the latest years of accounts. A turnover of null is "not disclosed" (micro-entity
 * and filleted accounts file no profit and loss account): it is said so, and net assets and employees are weighed
 * instead; it is never read as zero.
 */

const ACCOUNTS_WORDING: Record<string, string> = {
  'micro-entity': 'micro-entity accounts',
  small: 'small company accounts',
  medium: 'medium company accounts',
  full: 'full accounts',
  filleted: 'filleted accounts',
  abbreviated: 'abbreviated accounts',
  dormant: 'dormant company accounts',
};

/** "micro-entity" → "micro-entity accounts"; "total-exemption-full" → "total exemption full accounts". */
export function accountsWording(type: string | null): string | null {
  if (!type) return null;
  return ACCOUNTS_WORDING[type] ?? `${type.replace(/-/g, ' ')} accounts`;
}

/** The newest accounts with a made-up-to date, if they are the newest the register knows of. */
function latestKnownAccounts(ctx: ReadinessContext): AccountsFiling | null {
  const latest = ctx.accounts.find((a) => a.madeUpTo !== null) ?? null;
  return latest && latest.madeUpTo === ctx.latestMadeUpTo ? latest : null;
}

function figuresAreCurrent(ctx: ReadinessContext, period: ReadinessAccountsPeriod): boolean {
  return ctx.latestMadeUpTo === null || period.end >= ctx.latestMadeUpTo;
}

/** Whether the latest accounts are dormant, and what says so. */
function dormancy(ctx: ReadinessContext): { madeUpTo: string; evidence: Evidence } | null {
  const latest = latestKnownAccounts(ctx);
  if (latest?.accountsType === 'dormant') return { madeUpTo: latest.madeUpTo!, evidence: filingEvidence(latest.filing, ctx.links) };
  const period = ctx.periods[0];
  if (period?.dormant === true && figuresAreCurrent(ctx, period)) {
    return { madeUpTo: period.end, evidence: accountsEvidence(period, ctx.input.filings, ctx.links) };
  }
  return null;
}

export function checkDormant(ctx: ReadinessContext): Findings {
  const found = findings();
  const dormant = dormancy(ctx);
  if (dormant) {
    found.reasons.push(stop('dormant', `Dormant: the latest accounts (made up to ${formatLongDate(dormant.madeUpTo)}) are dormant company accounts`, dormant.evidence));
  }
  return found;
}

/** Roughly a year apart (a year end can move by a few weeks, or a period be short). */
function yearApart(earlier: string, later: string): boolean {
  const days = (Date.parse(later) - Date.parse(earlier)) / 86_400_000;
  return days > 300 && days < 430;
}

/** "£2.1m the year before" when it is the year before `after`, else "£2.1m in the year to 31 March 2024". */
function turnoverIn(period: ReadinessAccountsPeriod, after: ReadinessAccountsPeriod | null): string {
  const amount = period.turnover === null ? 'not disclosed' : formatMoney(period.turnover, period.currency);
  return after && yearApart(period.end, after.end) ? `${amount} the year before` : `${amount} in the year to ${formatLongDate(period.end)}`;
}

/** "£2.4m in the year to 31 March 2025, £2.1m the year before". */
function turnoverSeries(window: readonly ReadinessAccountsPeriod[]): string {
  return window.map((period, i) => turnoverIn(period, i === 1 ? window[0]! : null)).join(', ');
}

/** The accounts type of a period: the filing history's name for it, else the regime read from the document. */
function periodAccountsType(ctx: ReadinessContext, period: ReadinessAccountsPeriod): string | null {
  const filing = ctx.accounts.find((a) => a.madeUpTo === period.end);
  return accountsWording(filing?.accountsType ?? period.regime ?? null);
}

export function checkIncome(ctx: ReadinessContext): Findings {
  const found = findings();
  const { criteria, periods, links, input } = ctx;
  if (dormancy(ctx)) {
    found.keyFacts.income = false;
    return found;
  }
  found.keyFacts.income = null;

  const latestFiling = ctx.accounts.find((a) => a.madeUpTo !== null) ?? null;
  if (periods.length === 0) {
    if (latestFiling) {
      const type = accountsWording(latestFiling.accountsType);
      const evidence = filingEvidence(latestFiling.filing, links);
      if (latestFiling.accountsType === 'micro-entity') {
        found.reasons.push(neutral('turnover-not-disclosed', `Turnover not disclosed (${type})`, evidence));
      } else {
        const what = type ? `${type}, made up to` : 'made up to';
        found.reasons.push(neutral('income-not-read', `Turnover not read yet (latest accounts: ${what} ${formatLongDate(latestFiling.madeUpTo)})`, evidence));
      }
    }
    if (ctx.latestMadeUpTo) found.missing.push(MISSING.accounts);
    return found;
  }

  const window = periods.slice(0, criteria.yearsOfAccounts);
  const latest = window[0]!;
  const current = figuresAreCurrent(ctx, latest);
  const evidence = accountsEvidence(latest, input.filings, links);

  if (latest.turnover !== null) {
    const noIncomeForYears = current
      && window.length >= criteria.yearsOfAccounts
      && window.every((p) => p.turnover !== null && p.turnover < criteria.minTurnover)
      && ctx.age !== null
      && ctx.age.years >= criteria.minYearsTrading;
    if (noIncomeForYears) {
      found.reasons.push(stop('no-income', `No income to speak of: turnover ${turnoverSeries(window)}`, evidence));
      found.keyFacts.income = false;
    } else if (latest.turnover >= criteria.minTurnover) {
      found.reasons.push(positive('income', `Turnover ${turnoverSeries(window)}`, evidence));
      found.keyFacts.income = current ? true : null;
    } else {
      found.reasons.push(concern('income-low', `Turnover only ${turnoverSeries(window)}`, evidence));
      found.keyFacts.income = current ? false : null;
    }
  } else {
    const type = periodAccountsType(ctx, latest);
    const proxies: string[] = [];
    if (latest.netAssets !== null) proxies.push(`net assets ${formatMoney(latest.netAssets, latest.currency)}`);
    if (latest.employees !== null) proxies.push(counted(latest.employees, 'employee'));
    const earlier = window.slice(1).find((p) => p.turnover !== null);
    const before = earlier ? `; turnover ${turnoverIn(earlier, earlier === window[1] ? latest : null)}` : '';
    const text = `Turnover not disclosed${type ? ` (${type})` : ''}${proxies.length ? `; ${proxies.join(', ')}` : ''}${before}`;
    const clears = (latest.netAssets !== null && latest.netAssets >= criteria.proxyNetAssetsFloor)
      || (latest.employees !== null && latest.employees >= criteria.proxyEmployeesFloor);
    if (clears && criteria.proxiesCountAsIncome) {
      found.reasons.push(positive('turnover-not-disclosed', text, evidence));
      found.keyFacts.income = current ? true : null;
    } else if (clears || proxies.length === 0) {
      found.reasons.push(neutral('turnover-not-disclosed', text, evidence));
    } else {
      found.reasons.push(concern('turnover-not-disclosed', text, evidence));
      found.keyFacts.income = current ? false : null;
    }
  }

  if (!current) {
    found.reasons.push(neutral(
      'figures-out-of-date',
      `Figures are from the accounts to ${formatLongDate(latest.end)}; the accounts to ${formatLongDate(ctx.latestMadeUpTo)} are not read yet`,
      latestFiling ? filingEvidence(latestFiling.filing, links) : links.filingHistory,
    ));
    found.missing.push(MISSING.accounts);
  }
  return found;
}
