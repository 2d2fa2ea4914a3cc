import { checkBoard, checkChurn, checkControl } from './board';
import { readinessContext, type ReadinessContext } from './context';
import type { ReadinessCriteria } from './criteria';
import { checkDormant, checkIncome } from './finances';
import type { ReadinessInput } from './input';
import { checkPcnLinks } from './pcn-links';
import { MISSING, type Findings, type KeyFact, type ReadinessAssessment } from './reasons';
import { checkServices } from './services';
import { checkDeadlines, checkStatus, checkTrading } from './standing';
import { decideVerdict, requiredKeyFacts } from './verdict';

export type { ReadinessInput } from './input';
export type { ReadinessAssessment } from './reasons';
export { oneLineReason } from './verdict';

/** The checks, in the order their reasons are shown: the register, the money, the board, the work on the ground. */
const CHECKS: readonly ((ctx: ReadinessContext) => Findings)[] = [
  checkStatus,
  checkTrading,
  checkDeadlines,
  checkDormant,
  checkIncome,
  checkBoard,
  checkChurn,
  checkControl,
  checkServices,
  checkPcnLinks,
];

const MISSING_ORDER: readonly string[] = Object.values(MISSING);

/** Gaps in what was captured that no single check owns. */
function captureGaps(ctx: ReadinessContext): string[] {
  const gaps: string[] = [];
  const { captured } = ctx.input;
  if (!ctx.overview) gaps.push(MISSING.overview);
  if (captured.filingHistory === false && ctx.input.filings.length === 0) gaps.push(MISSING.filingHistory);
  // The newest accounts are on the first pages; the rest of the history matters only when none were found.
  else if (captured.filingHistory !== true && ctx.accounts.length === 0) gaps.push(MISSING.filingHistoryPages);
  return gaps;
}

/** Nothing at all about accounts: none in the filing history, no figures, and not a company too new to have filed. */
function noAccountsInformation(ctx: ReadinessContext): boolean {
  const firstAccountsNotDue = ctx.overview?.accounts?.firstAccounts === true && !ctx.overview.accounts.lastMadeUpTo;
  return ctx.accounts.length === 0 && ctx.periods.length === 0 && !firstAccountsNotDue;
}

/**
 * Whether a GP federation is business-ready to partner with, from its stored records. Pure: `today` (YYYY-MM-DD)
 * is passed in, so the same records give the same verdict. The rules are in verdict.ts.
 */
export function assessReadiness(input: ReadinessInput, criteria: ReadinessCriteria, today: string): ReadinessAssessment {
  // Every date test compares ISO strings: a malformed date would quietly give wrong answers.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be a date as YYYY-MM-DD, not "${today}"`);
  const ctx = readinessContext(input, criteria, today);
  const results = CHECKS.map((check) => check(ctx));
  const reasons = results.flatMap((r) => r.reasons);
  const keyFacts: Partial<Record<KeyFact, boolean | null>> = Object.assign({}, ...results.map((r) => r.keyFacts));
  const insufficient = !ctx.overview || noAccountsInformation(ctx);
  const verdict = decideVerdict(reasons, keyFacts, requiredKeyFacts(criteria), insufficient);

  const gaps = new Set([...captureGaps(ctx), ...results.flatMap((r) => r.missing)]);
  const missing = verdict === 'not-ready' ? [] : [...gaps].sort((a, b) => MISSING_ORDER.indexOf(a) - MISSING_ORDER.indexOf(b));
  return { companyNumber: input.company.companyNumber, verdict, reasons, missing };
}
