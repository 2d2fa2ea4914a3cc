import { accountsFilings, type AccountsFiling } from '../accounts/filings';
import type { OverviewRecord } from '../companies-house/records';
import type { ReadinessCriteria } from './criteria';
import { evidenceLinks, type EvidenceLinks } from './evidence';
import type { ReadinessAccountsPeriod, ReadinessInput } from './input';
import { statusKind, type StatusKind } from './company-status';
import { tradingAge, type TradingAge } from './trading-age';

/** Facts several checks need, worked out once from the input. */
export interface ReadinessContext {
  input: ReadinessInput;
  criteria: ReadinessCriteria;
  today: string;
  links: EvidenceLinks;
  overview: OverviewRecord | null;
  status: StatusKind | null;
  /** How long it has traded (to the closing date for a closed company); null when the incorporation date is unknown. */
  age: TradingAge | null;
  /** One per made-up-to date, amendments standing for their originals, newest first. */
  accounts: AccountsFiling[];
  /** The newest made-up-to date the register shows, from the filing history or the overview. */
  latestMadeUpTo: string | null;
  /** Figures read from accounts, one per period end, newest first. */
  periods: ReadinessAccountsPeriod[];
}

function figuresKnown(period: ReadinessAccountsPeriod): number {
  return [period.turnover, period.profitLoss, period.netAssets, period.employees].filter((v) => v !== null).length;
}

/** Newest first; where two documents give the same period end, the one with more figures. */
function distinctPeriods(periods: readonly ReadinessAccountsPeriod[]): ReadinessAccountsPeriod[] {
  const byEnd = new Map<string, ReadinessAccountsPeriod>();
  for (const period of periods) {
    const seen = byEnd.get(period.end);
    if (!seen || figuresKnown(period) > figuresKnown(seen)) byEnd.set(period.end, period);
  }
  return [...byEnd.values()].sort((a, b) => b.end.localeCompare(a.end));
}

export function readinessContext(input: ReadinessInput, criteria: ReadinessCriteria, today: string): ReadinessContext {
  const overview = input.company.overview;
  const status = overview?.status ? statusKind(overview.status) : null;
  const age = tradingAge(overview, today);
  // The accounts helpers take full Filing records; the page count is the only field the store input leaves out.
  const accounts = accountsFilings(input.filings.map((f) => ({ pageCount: null, ...f })));
  const fromFilings = accounts.find((a) => a.madeUpTo !== null)?.madeUpTo ?? null;
  const fromOverview = overview?.accounts?.lastMadeUpTo ?? null;
  const latestMadeUpTo = [fromFilings, fromOverview].filter((d): d is string => d !== null).sort().pop() ?? null;
  return {
    input,
    criteria,
    today,
    links: evidenceLinks(input.company.companyNumber, input.company.overviewUrl),
    overview,
    status,
    age,
    accounts,
    latestMadeUpTo,
    periods: distinctPeriods(input.accountsPeriods),
  };
}
