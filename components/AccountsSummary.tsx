import type { AccountsDocumentRow, AccountsPeriodRow } from '../utils/db/rows';
import { formatLongDate } from '../utils/format/dates';
import { formatMoney } from '../utils/readiness/format';

/**
 * Turnover for the latest two years of accounts, "not disclosed" where the accounts give none (never 0),
 * with a small bar chart; and what became of accounts documents that gave no figures.
 */
export function AccountsSummary({ periods, documents }: { periods: AccountsPeriodRow[]; documents: AccountsDocumentRow[] }) {
  const latest = [...periods].sort((a, b) => b.end.localeCompare(a.end)).slice(0, 2);
  const unreadable = documents.filter((d) => d.status === 'not-machine-readable' || d.status === 'failed');
  if (!latest.length && !unreadable.length) return null;
  const max = Math.max(1, ...latest.map((p) => p.turnover ?? 0));
  return (
    <section aria-labelledby="accounts-heading" className="space-y-1 text-xs" data-testid="accounts-summary">
      <h3 id="accounts-heading" className="font-semibold">
        Turnover
      </h3>
      <ul className="space-y-0.5">
        {[...latest].reverse().map((period) => (
          <li key={period.end} className="flex items-center gap-2">
            <span className="w-28 shrink-0">Year to {formatLongDate(period.end)}</span>
            {period.turnover === null ? (
              <span className="italic text-slate-600 dark:text-slate-400">
                {/* What stands in for turnover where it is not disclosed: net assets and employees. */}
                not disclosed{period.regime ? ` (${period.regime} accounts)` : ''}
                {period.netAssets !== null ? `; net assets ${formatMoney(period.netAssets)}` : ''}
                {period.employees !== null ? `; ${period.employees} ${period.employees === 1 ? 'employee' : 'employees'}` : ''}
              </span>
            ) : (
              <>
                <span className="h-2 rounded bg-indigo-500" style={{ width: `${Math.max(2, (period.turnover / max) * 120)}px` }} aria-hidden="true" />
                <span className="tabular-nums">{formatMoney(period.turnover)}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {unreadable.map((document) => (
        <p key={document.transactionId} role="note">
          {document.status === 'not-machine-readable' ? 'Accounts' : 'Could not read accounts'}
          {document.madeUpTo ? ` to ${formatLongDate(document.madeUpTo)}` : ''}
          {document.status === 'not-machine-readable' ? ' are a scanned PDF, not machine-readable: ' : ` (${document.error ?? 'unknown error'}): `}
          <a href={document.documentUrl} target="_blank" rel="noreferrer" className="underline">
            open it
          </a>
        </p>
      ))}
    </section>
  );
}
