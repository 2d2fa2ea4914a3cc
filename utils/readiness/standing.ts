import { accountsOverdue } from '../accounts/filings';
import { formatLongDate } from '../format/dates';
import type { ReadinessContext } from './context';
import { concern, findings, neutral, positive, stop, type Findings } from './reasons';

/** The company's standing on the register: status, insolvency, warnings, age, and filing deadlines. */

const INSOLVENT_WORDING: [RegExp, string][] = [
  [/liquidation/i, 'In liquidation'],
  [/administration/i, 'In administration'],
  [/receiver/i, 'In receivership'],
  [/voluntary arrangement/i, 'In a voluntary arrangement with its creditors'],
];

export function checkStatus(ctx: ReadinessContext): Findings {
  const found = findings();
  const { overview, links } = ctx;
  if (!overview) return found;
  const status = overview.status;
  if (status && ctx.status === 'active') {
    if (overview.statusDetail && /strike.?off/i.test(overview.statusDetail)) {
      found.reasons.push(stop('strike-off-proposed', overview.statusDetail, links.overview));
      found.keyFacts.active = false;
    } else {
      found.reasons.push(positive('status-active', 'Active', links.overview));
      found.keyFacts.active = true;
    }
  } else if (status && ctx.status === 'closed') {
    const text = overview.closedDate ? `${overview.closedLabel ?? `${status} on`} ${formatLongDate(overview.closedDate)}` : status;
    found.reasons.push(stop('status-closed', text, links.overview));
    found.keyFacts.active = false;
  } else if (status && ctx.status === 'insolvent') {
    const text = INSOLVENT_WORDING.find(([pattern]) => pattern.test(status))?.[1] ?? `Status: ${status}`;
    found.reasons.push(stop('status-insolvent', text, links.overview));
    found.keyFacts.active = false;
  } else if (status) {
    // "Registered", "Open": not a UK company trading as one; the researcher should look.
    found.reasons.push(concern('status-other', `Status: ${status}`, links.overview));
    found.keyFacts.active = false;
  } else {
    found.keyFacts.active = null;
  }
  if (overview.hasInsolvencyTab) {
    found.reasons.push(stop('insolvency-history', 'Insolvency history on the register (Insolvency tab)', links.insolvency));
  }
  for (const annotation of overview.annotations) {
    found.reasons.push(concern('register-warning', annotation, links.overview));
  }
  return found;
}

export function checkTrading(ctx: ReadinessContext): Findings {
  const found = findings();
  const { age, criteria, links } = ctx;
  if (!age) {
    found.keyFacts.trading = null;
    return found;
  }
  if (age.closed) {
    found.reasons.push(neutral('trading-years', age.sentence, links.overview));
    found.keyFacts.trading = false;
    return found;
  }
  const holds = age.years >= criteria.minYearsTrading;
  found.reasons.push(holds ? positive('trading-years', age.sentence, links.overview) : concern('trading-years', age.sentence, links.overview));
  found.keyFacts.trading = holds;
  return found;
}

/**
 * Accounts and confirmation statement deadlines. The overview's "overdue" heading is as of the capture; the due
 * date against today says whether it is overdue now, unless the filing history shows the filing has since arrived.
 */
export function checkDeadlines(ctx: ReadinessContext): Findings {
  const found = findings();
  const { overview, today, links, input } = ctx;
  if (!overview || ctx.status === 'closed') return found;

  const accounts = overview.accounts;
  if (accounts) {
    const filedSince = accounts.nextMadeUpTo !== null && ctx.accounts.some((a) => a.madeUpTo !== null && a.madeUpTo >= accounts.nextMadeUpTo!);
    const overdue = !filedSince && (accounts.overdue || accountsOverdue(accounts.nextDue, today) === true);
    if (overdue) {
      found.reasons.push(concern('accounts-overdue', `Accounts overdue (due ${formatLongDate(accounts.nextDue)})`, links.overview));
      found.keyFacts['accounts-on-time'] = false;
    } else if (filedSince) {
      const latest = ctx.latestMadeUpTo ?? accounts.nextMadeUpTo;
      found.reasons.push(positive('accounts-on-time', `Accounts up to date (made up to ${formatLongDate(latest)})`, links.filingHistory));
      found.keyFacts['accounts-on-time'] = true;
    } else if (accounts.nextDue) {
      const text = accounts.firstAccounts && !accounts.lastMadeUpTo
        ? `First accounts not due until ${formatLongDate(accounts.nextDue)}`
        : `Accounts up to date (next due ${formatLongDate(accounts.nextDue)})`;
      found.reasons.push(accounts.firstAccounts && !accounts.lastMadeUpTo ? neutral('accounts-on-time', text, links.overview) : positive('accounts-on-time', text, links.overview));
      found.keyFacts['accounts-on-time'] = true;
    } else {
      found.keyFacts['accounts-on-time'] = null;
    }
  } else {
    found.keyFacts['accounts-on-time'] = null;
  }

  const statement = overview.confirmationStatement;
  if (statement) {
    const name = statement.kind === 'annual-return' ? 'Annual return' : 'Confirmation statement';
    const forms = statement.kind === 'annual-return' ? /^(AR01|CS01)$/i : /^CS01$/i;
    const filedSince = statement.nextDate !== null
      && input.filings.some((f) => forms.test(f.formCode ?? '') && f.date !== null && f.date >= statement.nextDate!);
    const overdue = !filedSince && (statement.overdue || accountsOverdue(statement.nextDue, today) === true);
    if (overdue) {
      found.reasons.push(concern('confirmation-overdue', `${name} overdue (due ${formatLongDate(statement.nextDue)})`, links.overview));
      found.keyFacts['confirmation-on-time'] = false;
    } else if (filedSince || statement.nextDue) {
      const when = filedSince ? 'filed since the overview was captured' : `next due ${formatLongDate(statement.nextDue)}`;
      found.reasons.push(positive('confirmation-on-time', `${name} up to date (${when})`, filedSince ? links.filingHistory : links.overview));
      found.keyFacts['confirmation-on-time'] = true;
    } else {
      found.keyFacts['confirmation-on-time'] = null;
    }
  } else {
    found.keyFacts['confirmation-on-time'] = null;
  }
  return found;
}
