import type { Filing } from '../companies-house/records';
import type { AccountsExtract } from './records';

/**
 * The accounts among a company's filings, and which of them to fetch for figures. Pure: the caller brings the
 * filings (from the filing history parser) and fetches what these functions point at.
 */

/** One set of accounts: the filing that stands for a made-up-to date after amendments. */
export interface AccountsFiling {
  madeUpTo: string | null;
  /** "micro-entity", "small", "total-exemption-full", "dormant"…, as the filing history names it. */
  accountsType: string | null;
  /** The AAMD when the accounts were amended, else the AA. */
  filing: Filing;
  amended: boolean;
  /** Earlier filings for the same date that this one replaces (the original AA, earlier amendments). */
  superseded: Filing[];
}

const ACCOUNTS_FORM_CODES = new Set(['AA', 'AAMD']);

export function isAccountsFiling(filing: Filing): boolean {
  return ACCOUNTS_FORM_CODES.has((filing.formCode ?? '').toUpperCase());
}

function isAmendment(filing: Filing): boolean {
  return (filing.formCode ?? '').toUpperCase() === 'AAMD';
}

/** Which of two filings for the same date stands: an amendment over an original, else the later filed. */
function stands(a: Filing, b: Filing): Filing {
  if (isAmendment(a) !== isAmendment(b)) return isAmendment(a) ? a : b;
  return (b.date ?? '') > (a.date ?? '') ? b : a;
}

/** Accounts filings, one per made-up-to date (amended supersedes original), newest made-up-to first. */
export function accountsFilings(filings: readonly Filing[]): AccountsFiling[] {
  const byDate = new Map<string, Filing[]>();
  const undated: Filing[] = [];
  for (const filing of filings) {
    if (!isAccountsFiling(filing)) continue;
    if (!filing.madeUpTo) {
      undated.push(filing);
      continue;
    }
    const group = byDate.get(filing.madeUpTo);
    if (group) group.push(filing);
    else byDate.set(filing.madeUpTo, [filing]);
  }

  const result: AccountsFiling[] = [];
  for (const [madeUpTo, group] of byDate) {
    const standing = group.reduce(stands);
    // An amendment's description may not repeat the type ("Amended accounts made up to …"): keep the original's.
    const accountsType = standing.accountsType ?? group.find((f) => f.accountsType)?.accountsType ?? null;
    result.push({
      madeUpTo,
      accountsType,
      filing: standing,
      amended: isAmendment(standing),
      superseded: group.filter((f) => f !== standing),
    });
  }
  result.sort((a, b) => b.madeUpTo!.localeCompare(a.madeUpTo!));
  // Without a made-up-to date a filing cannot be placed among the years: listed last, newest filed first.
  undated.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  for (const filing of undated) {
    result.push({ madeUpTo: null, accountsType: filing.accountsType, filing, amended: isAmendment(filing), superseded: [] });
  }
  return result;
}

export function latestAccounts(filings: readonly Filing[]): AccountsFiling | null {
  return accountsFilings(filings)[0] ?? null;
}

/** The two newest sets of accounts (fewer when the company has filed fewer). */
export function latestTwoYearsOfAccounts(filings: readonly Filing[]): AccountsFiling[] {
  return accountsFilings(filings).filter((a) => a.madeUpTo !== null).slice(0, 2);
}

/** true / false from the latest accounts' type; null when there are no accounts or their type is not named. */
export function latestAccountsDormant(filings: readonly Filing[]): boolean | null {
  const latest = latestAccounts(filings);
  if (!latest?.accountsType) return null;
  return latest.accountsType === 'dormant';
}

/** The accounts to fetch for figures: the newest set with an iXBRL document. */
export function accountsForFigures(filings: readonly Filing[]): AccountsFiling | null {
  return accountsFilings(filings).find((a) => a.filing.links.ixbrl) ?? null;
}

/** The set of accounts made up to the year before `current` (the next older made-up-to date). */
export function previousAccounts(filings: readonly Filing[], current: AccountsFiling): AccountsFiling | null {
  if (!current.madeUpTo) return null;
  return accountsFilings(filings).find((a) => a.madeUpTo !== null && a.madeUpTo < current.madeUpTo!) ?? null;
}

/**
 * Whether an extract leaves the prior year unknown, so the previous set of accounts is worth fetching:
 * no second period, or one with no figure at all.
 */
export function lacksPriorYear(extract: Pick<AccountsExtract, 'periods'>): boolean {
  const prior = extract.periods[1];
  if (!prior) return true;
  return prior.turnover === null && prior.profitLoss === null && prior.netAssets === null && prior.employees === null;
}

export interface AccountsFetchPlan {
  /** The newest accounts with an iXBRL document; null when none has one (PDF only, or no accounts). */
  primary: AccountsFiling | null;
  /** False when newer accounts exist without iXBRL (then their PDF is the only source for the latest year). */
  primaryIsLatest: boolean;
  /** The year before the primary, to fetch when the primary's extract lacks the prior year; null otherwise. */
  previous: AccountsFiling | null;
}

/**
 * What to fetch, in two steps: call without an extract to learn the primary; call again with the primary's
 * extract to learn whether the previous set is needed.
 */
export function planAccountsFetch(filings: readonly Filing[], primaryExtract?: Pick<AccountsExtract, 'periods'> | null): AccountsFetchPlan {
  const all = accountsFilings(filings);
  const primary = all.find((a) => a.filing.links.ixbrl) ?? null;
  const previous = primary && primaryExtract && lacksPriorYear(primaryExtract) ? previousAccounts(filings, primary) : null;
  return { primary, primaryIsLatest: primary !== null && primary === all[0], previous };
}

/**
 * Whether the accounts are overdue on `today` (both ISO dates): the day after the due date. null when the
 * due date is unknown. Companies House shows the same in the overview's "Accounts overdue" heading.
 */
export function accountsOverdue(nextDue: string | null, today: string): boolean | null {
  if (!nextDue || !/^\d{4}-\d{2}-\d{2}$/.test(nextDue) || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return null;
  return today > nextDue;
}
