import type { CompanySummary } from '../../utils/db/queries';
import { isoToday } from '../../utils/format/dates';
import { tradingAge } from '../../utils/readiness/trading-age';
import { h, type ViewNode } from './view-tree';

/** Name, number, status, age and what is stored about one company. */
export function companySummaryView(summary: CompanySummary, now: Date): ViewNode {
  const { company, counts } = summary;
  const overview = company.overview;
  // The verdict's own sentence: a dissolved company "Traded for 10 years (…, dissolved …)", it is not trading.
  const age = tradingAge(overview, isoToday(now));
  return h(
    'section',
    { 'aria-labelledby': 'company-name', class: 'space-y-2', 'data-testid': 'company-card' },
    h(
      'header',
      null,
      h('h2', { id: 'company-name', class: 'text-base font-semibold leading-tight', elementtiming: 'ics-scout:company' }, company.name ?? 'Name not captured yet'),
      h(
        'p',
        { class: 'text-xs text-slate-600 dark:text-slate-400' },
        'Company ',
        h('span', { 'data-testid': 'company-number' }, company.companyNumber),
        overview?.status ? [' · ', h('span', { 'data-testid': 'company-status' }, overview.status), overview.statusDetail ? ` (${overview.statusDetail})` : ''] : null,
      ),
    ),
    age ? h('p', { class: 'text-sm', 'data-testid': 'company-age' }, age.sentence) : null,
    h(
      'dl',
      { class: 'grid grid-cols-3 gap-2 text-center', 'data-testid': 'company-counts' },
      count('filings', counts.filings),
      count(`officers (${counts.activeOfficers} active)`, counts.officers),
      count('PSCs', counts.pscs),
    ),
  );
}

function count(label: string, value: number): ViewNode {
  return h(
    'div',
    { class: 'rounded border border-slate-200 p-1 dark:border-slate-700' },
    h('dt', { class: 'text-[11px] text-slate-600 dark:text-slate-400' }, label),
    h('dd', { class: 'text-lg font-semibold tabular-nums' }, String(value)),
  );
}
