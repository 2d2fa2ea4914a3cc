import type { CompanySummary } from '../utils/db/queries';
import { companySummaryView } from './first-frame/company-summary-view';
import { reactFromView } from './first-frame/react-view';

/**
 * Name, number, status, age and what is stored about one company. Its markup is a view tree
 * (first-frame/company-summary-view.ts), which the popup's first-read script also renders.
 */
export function CompanySummaryCard({ summary, now }: { summary: CompanySummary; now: Date }) {
  return reactFromView(companySummaryView(summary, now));
}
