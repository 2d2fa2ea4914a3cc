import type { CompanyRow } from '../utils/db/rows';
import { timeAgo } from '../utils/format/dates';

export function RecentCompanies({ companies, now, onOpen }: { companies: CompanyRow[]; now: Date; onOpen: (companyNumber: string) => void }) {
  if (!companies.length) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="no-companies">
        No companies yet. Open a company on Companies House and ICS Scout captures it as you browse.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Recent companies" data-testid="recent-companies">
      {companies.map((company) => (
        <li key={company.companyNumber}>
          <button type="button" onClick={() => onOpen(company.companyNumber)} className="w-full px-1 py-1 text-left hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800">
            <span className="block text-sm">{company.name ?? company.companyNumber}</span>
            <span className="block text-xs text-slate-600 dark:text-slate-400">
              {company.companyNumber} · updated {timeAgo(company.updatedAt, now)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
