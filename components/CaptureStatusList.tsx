import type { PageType } from '../utils/companies-house/records';
import type { PageCaptureRow } from '../utils/db/rows';
import { timeAgo } from '../utils/format/dates';
import { tabCoverage } from '../utils/readiness/input';

const TAB_LABELS: Record<PageType, string> = {
  overview: 'Overview',
  'filing-history': 'Filing history',
  officers: 'People',
  psc: 'Persons with significant control',
};

/** For each Companies House tab: captured when, and how many of its pages. */
export function CaptureStatusList({ captures, now }: { captures: PageCaptureRow[]; now: Date }) {
  return (
    <ul className="space-y-0.5 text-xs" aria-label="Capture status" data-testid="capture-status">
      {(Object.keys(TAB_LABELS) as PageType[]).map((pageType) => {
        const pages = captures.filter((c) => c.pageType === pageType);
        // The verdict's rule: a tab is captured when every page is there, unfiltered.
        const { pages: have, lastPage, complete, filtered } = tabCoverage(pages);
        const latest = pages.map((c) => c.capturedAt).sort().at(-1);
        return (
          <li key={pageType} className="flex justify-between gap-2" data-page-type={pageType}>
            <span>{TAB_LABELS[pageType]}</span>
            <span className={complete ? 'text-emerald-700 dark:text-emerald-400' : 'text-slate-600 dark:text-slate-400'}>
              {latest
                ? `${complete ? '✓ captured' : filtered && have === 0 ? 'filtered view only ·' : `${have} of ${lastPage} pages`} ${timeAgo(latest, now)}`
                : '– not captured'}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
