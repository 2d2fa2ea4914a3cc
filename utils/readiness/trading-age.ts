import type { OverviewRecord } from '../companies-house/records';
import { formatLongDate, wholeYearsSince } from '../format/dates';
import { statusKind } from './company-status';
import { counted } from './format';

/** How long a company has traded, as the popup's card and its verdict both say it. */
export interface TradingAge {
  /** Whole years from incorporation to today, or to the closing date for a company that has closed. */
  years: number;
  closed: boolean;
  /** "Trading for 12 years (incorporated 12 September 2014)", "Traded for 10 years (incorporated …, dissolved …)". */
  sentence: string;
}

type AgeFacts = Pick<OverviewRecord, 'status' | 'incorporatedDate' | 'incorporatedLabel' | 'closedDate' | 'closedLabel'>;

/** "incorporated", "registered": the page's own word for the start, without its "on". */
function eventWord(label: string | null, fallback: string): string {
  return (label ?? '').replace(/\s+on$/i, '').trim().toLowerCase() || fallback;
}

/** Null when the incorporation date is not known. A company whose status says it is gone traded until it closed. */
export function tradingAge(overview: AgeFacts | null | undefined, today: string): TradingAge | null {
  if (!overview?.incorporatedDate) return null;
  const closed = !!overview.status && statusKind(overview.status) === 'closed';
  const until = closed && overview.closedDate ? overview.closedDate : today;
  const years = Math.max(0, wholeYearsSince(overview.incorporatedDate, until));
  const span = years === 0 ? 'less than a year' : counted(years, 'year');
  const since = `${eventWord(overview.incorporatedLabel, 'incorporated')} ${formatLongDate(overview.incorporatedDate)}`;
  if (!closed) return { years, closed, sentence: `Trading for ${span} (${since})` };
  const end = overview.closedDate ? `, ${eventWord(overview.closedLabel, 'closed')} ${formatLongDate(overview.closedDate)}` : '';
  return { years, closed, sentence: `Traded for ${span} (${since}${end})` };
}
