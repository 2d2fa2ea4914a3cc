import type { ReadinessCriteria } from './criteria';
import type { KeyFact, ReadinessAssessment, Reason, Verdict } from './reasons';

/**
 * The verdict rules, in order; the first that applies decides.
 *
 * 1. not-ready: a hard stop, any one of
 *    - closed on the register (dissolved, closed, removed, converted);
 *    - in an insolvency procedure (liquidation, administration, receivership, voluntary arrangement), or an
 *      Insolvency tab on the register (a past procedure counts);
 *    - an active proposal to strike off;
 *    - dormant latest accounts;
 *    - no income to speak of: turnover disclosed for each of the latest `yearsOfAccounts` years, all of it under
 *      `minTurnover`, while trading for at least `minYearsTrading` years ("running three or four years with no
 *      income to speak of: move on"). Turnover not disclosed is never counted as none.
 *    No more data would change this, so `missing` is left empty.
 * 2. insufficient-data: a key fact is missing: no overview captured, or no accounts information at all (no accounts
 *    in the filing history, no figures read, and not a new company whose first accounts are not yet due).
 * 3. ready: every key fact holds and nothing is a concern. Key facts: active; trading at least `minYearsTrading`
 *    years; turnover at least `minTurnover` in the latest accounts (or, when `proxiesCountAsIncome`, net assets or
 *    employees at their floors where turnover is not disclosed); accounts and confirmation statement not overdue;
 *    at least `minActiveDirectors` active directors, with a clinician if `requireClinician`; at least
 *    `minServicesRunning` services running and `minLinkedPcns` linked PCNs (each test off at 0).
 * 4. promising: otherwise. Nothing rules the company out, but something is weak (a concern) or not yet known.
 */
export function decideVerdict(
  reasons: readonly Reason[],
  keyFacts: Partial<Record<KeyFact, boolean | null>>,
  required: readonly KeyFact[],
  insufficient: boolean,
): Verdict {
  if (reasons.some((r) => r.severity === 'stop')) return 'not-ready';
  if (insufficient) return 'insufficient-data';
  const allHold = required.every((fact) => keyFacts[fact] === true);
  if (allHold && !reasons.some((r) => r.severity === 'concern')) return 'ready';
  return 'promising';
}

/** The key facts "ready" needs under these criteria. */
export function requiredKeyFacts(criteria: ReadinessCriteria): KeyFact[] {
  const facts: KeyFact[] = ['active', 'trading', 'income', 'accounts-on-time', 'confirmation-on-time', 'board'];
  if (criteria.minServicesRunning > 0) facts.push('services');
  if (criteria.minLinkedPcns > 0) facts.push('pcn-links');
  return facts;
}

/** For a "ready" company, the reasons that say most about it, best first. */
const TELLING_POSITIVES = ['income', 'turnover-not-disclosed', 'trading-years', 'board', 'services', 'pcn-links'] as const;

/**
 * The single most important reason, for the toolbar badge's tooltip: what rules the company out; else what is
 * missing for a verdict; else what keeps it from being ready; else its income.
 */
export function oneLineReason(assessment: ReadinessAssessment): string {
  const { verdict, reasons, missing } = assessment;
  const first = (test: (r: Reason) => boolean) => reasons.find(test)?.text;
  switch (verdict) {
    case 'not-ready':
      return first((r) => r.severity === 'stop') ?? 'Not ready';
    case 'insufficient-data':
      return missing[0] ?? 'Not enough data yet';
    case 'promising':
      return first((r) => r.severity === 'concern') ?? missing[0] ?? first((r) => r.effect === 'neutral') ?? 'Promising';
    case 'ready':
      for (const code of TELLING_POSITIVES) {
        const text = first((r) => r.code === code && r.effect === 'positive');
        if (text) return text;
      }
      return first((r) => r.effect === 'positive') ?? 'Business-ready';
  }
}
