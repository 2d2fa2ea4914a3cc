import type { CompanySummary } from '../utils/db/queries';
import { formatLongDate, isoToday, wholeYearsSince } from '../utils/format/dates';

/** Name, number, status, age and what is stored about one company. */
export function CompanySummaryCard({ summary, now }: { summary: CompanySummary; now: Date }) {
  const { company, counts } = summary;
  const overview = company.overview;
  const incorporated = overview?.incorporatedDate ?? null;
  const years = incorporated ? wholeYearsSince(incorporated, isoToday(now)) : null;
  return (
    <section aria-labelledby="company-name" className="space-y-2" data-testid="company-card">
      <header>
        <h2 id="company-name" className="text-base font-semibold leading-tight" elementtiming="ics-scout:company">
          {company.name ?? 'Name not captured yet'}
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Company <span data-testid="company-number">{company.companyNumber}</span>
          {overview?.status ? (
            <>
              {' · '}
              <span data-testid="company-status">{overview.status}</span>
              {overview.statusDetail ? ` (${overview.statusDetail})` : ''}
            </>
          ) : null}
        </p>
      </header>
      {incorporated ? (
        <p className="text-sm" data-testid="company-age">
          Trading for {years} {years === 1 ? 'year' : 'years'} ({(overview?.incorporatedLabel ?? 'Incorporated on').toLowerCase()} {formatLongDate(incorporated)})
        </p>
      ) : null}
      <dl className="grid grid-cols-3 gap-2 text-center" data-testid="company-counts">
        <Count label="filings" value={counts.filings} />
        <Count label={`officers (${counts.activeOfficers} active)`} value={counts.officers} />
        <Count label="PSCs" value={counts.pscs} />
      </dl>
    </section>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded border border-slate-200 p-1 dark:border-slate-700">
      <dt className="text-[11px] text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
