import type { OverviewRecord } from '../companies-house/records';
import { formatLongDate, wholeYearsSince } from '../format/dates';
import { counted } from './format';

/** How long a company has traded, as the popup's card and its verdict both say it. */
export interface TradingAge {
  /** Whole years from incorporation to today, or to the closing date for a company that has closed. */
  years: number;
  closed: boolean;
  /** "Trading for 12 years (incorporated 12 September 2014)", "Traded for 10 years (incorporated …, dissolved …)". */
  sentence: string;
}

type AgeFacts = Pick<OverviewRecord, 'incorporatedDate' | 'incorporatedLabel' | 'closedDate' | 'closedLabel'>;

/** "incorporated", "registered": the page's own word for the start, without its "on". */
function eventWord(label: string | null, fallback: string): string {
  return (label ?? '').replace(/\s+on$/i, '').trim().toLowerCase() || fallback;
}

/** Null when the incorporation date is not known. `closed`: the company's status says it is gone. */
export function tradingAge(overview: AgeFacts | null | undefined, today: string, closed: boolean): TradingAge | null {
  if (!overview?.incorporatedDate) return null;
  const until = closed && overview.closedDate ? overview.closedDate : today;
  const years = Math.max(0, wholeYearsSince(overview.incorporatedDate, until));
  const span = years === 0 ? 'less than a year' : counted(years, 'year');
  const since = `${eventWord(overview.incorporatedLabel, 'incorporated')} ${formatLongDate(overview.incorporatedDate)}`;
  if (!closed) return { years, closed, sentence: `Trading for ${span} (${since})` };
  const end = overview.closedDate ? `, ${eventWord(overview.closedLabel, 'closed')} ${formatLongDate(overview.closedDate)}` : '';
  return { years, closed, sentence: `Traded for ${span} (${since}${end})` };
}
