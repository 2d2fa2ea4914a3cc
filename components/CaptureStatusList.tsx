import type { PageType } from '../utils/companies-house/records';
import type { PageCaptureRow } from '../utils/db/rows';
import { timeAgo } from '../utils/format/dates';

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
        const lastPage = Math.max(0, ...pages.map((c) => c.lastPage));
        const latest = pages.map((c) => c.capturedAt).sort().at(-1);
        const complete = pages.length > 0 && pages.length >= lastPage;
        return (
          <li key={pageType} className="flex justify-between gap-2" data-page-type={pageType}>
            <span>{TAB_LABELS[pageType]}</span>
            <span className={complete ? 'text-emerald-700 dark:text-emerald-400' : 'text-slate-600 dark:text-slate-400'}>
              {latest
                ? `${complete ? '✓ captured' : `${pages.length} of ${lastPage} pages`} ${timeAgo(latest, now)}`
                : '– not captured'}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
