import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CRITERIA_SETTING } from '../utils/db/company-assessment';
import { db } from '../utils/db/database';
import { callBackground } from '../utils/messages/client';
import { DEFAULT_CRITERIA, type ReadinessCriteriaShape } from '../utils/readiness/criteria-defaults';

type Key = keyof ReadinessCriteriaShape;

const FIELDS: { key: Key; label: string; kind: 'number' | 'boolean' | 'list'; hint?: string }[] = [
  { key: 'minYearsTrading', label: 'Minimum years trading', kind: 'number' },
  { key: 'yearsOfAccounts', label: 'Years of accounts to look at', kind: 'number' },
  { key: 'minTurnover', label: 'Minimum turnover (£) counted as income', kind: 'number' },
  { key: 'proxyNetAssetsFloor', label: 'Net assets floor (£) when turnover is not disclosed', kind: 'number' },
  { key: 'proxyEmployeesFloor', label: 'Employees floor when turnover is not disclosed', kind: 'number' },
  { key: 'proxiesCountAsIncome', label: 'Proxies count as income', kind: 'boolean' },
  { key: 'minActiveDirectors', label: 'Minimum active directors', kind: 'number' },
  { key: 'requireClinician', label: 'Require a clinician on the board', kind: 'boolean' },
  { key: 'clinicianOccupations', label: 'Clinician occupations', kind: 'list', hint: 'comma-separated words or phrases' },
  { key: 'churnWindowYears', label: 'Board churn window (years)', kind: 'number' },
  { key: 'churnMaxShare', label: 'Board churn threshold (0 to 1)', kind: 'number' },
  { key: 'minServicesRunning', label: 'Minimum services running (0: off)', kind: 'number' },
  { key: 'minLinkedPcns', label: 'Minimum linked PCNs (0: off)', kind: 'number' },
  { key: 'minSuggestedLinkConfidence', label: 'Confidence for a suggested PCN link to count (0 to 1)', kind: 'number' },
];

type Draft = Record<Key, string | boolean>;

function toDraft(criteria: ReadinessCriteriaShape): Draft {
  return Object.fromEntries(FIELDS.map(({ key, kind }) => [key, kind === 'boolean' ? criteria[key] : kind === 'list' ? (criteria[key] as string[]).join(', ') : String(criteria[key])])) as Draft;
}

/** The readiness criteria, editable: validated by the background, with plain-word errors and a reset. */
export function CriteriaEditor() {
  const stored = useLiveQuery(async () => ({ ...DEFAULT_CRITERIA, ...((await db.settings.get(CRITERIA_SETTING))?.value as Partial<ReadinessCriteriaShape> | undefined) }));
  // The form starts from what is stored when the page opens; later edits are the user's until saved.
  return stored ? <CriteriaForm initial={stored} /> : null;
}

function CriteriaForm({ initial }: { initial: ReadinessCriteriaShape }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [message, setMessage] = useState<{ kind: 'status' | 'error'; lines: string[] } | null>(null);

  async function save(reset: boolean) {
    const criteria = reset
      ? null
      : Object.fromEntries(
          FIELDS.map(({ key, kind }) => {
            const value = draft[key];
            if (kind === 'boolean') return [key, value];
            if (kind === 'list') return [key, String(value).split(',').map((w) => w.trim()).filter(Boolean)];
            return [key, String(value).trim() === '' ? Number.NaN : Number(value)];
          }),
        );
    const result = await callBackground('settings.saveCriteria', { criteria });
    if (result.saved) {
      if (reset) setDraft(toDraft(DEFAULT_CRITERIA));
      setMessage({ kind: 'status', lines: [reset ? 'Criteria reset to the defaults.' : 'Criteria saved: verdicts now use them.'] });
    } else setMessage({ kind: 'error', lines: result.errors });
  }

  return (
    <section aria-labelledby="criteria-heading" className="space-y-3">
      <h2 id="criteria-heading" className="text-lg font-semibold">
        Readiness criteria
      </h2>
      <div className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
        {FIELDS.map(({ key, label, kind, hint }) => (
          <label key={key} className={kind === 'boolean' ? 'flex items-center gap-2' : 'block'}>
            {kind === 'boolean' ? (
              <input type="checkbox" checked={draft[key] as boolean} onChange={(e) => setDraft({ ...draft, [key]: e.target.checked })} />
            ) : null}
            <span>{label}</span>
            {kind !== 'boolean' ? (
              <input
                type="text"
                inputMode={kind === 'number' ? 'decimal' : 'text'}
                value={draft[key] as string}
                onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
                aria-describedby={hint ? `${key}-hint` : undefined}
                className="mt-0.5 w-full rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
                data-criterion={key}
              />
            ) : null}
            {hint ? (
              <span id={`${key}-hint`} className="text-xs text-slate-500">
                {hint}
              </span>
            ) : null}
          </label>
        ))}
      </div>
      <div className="flex gap-2">
        <button type="button" onClick={() => save(false)} className="rounded bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700">
          Save criteria
        </button>
        <button type="button" onClick={() => save(true)} className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          Reset to defaults
        </button>
      </div>
      {message ? (
        <ul role={message.kind === 'error' ? 'alert' : 'status'} data-testid="criteria-message" className={message.kind === 'error' ? 'text-sm text-red-700 dark:text-red-400' : 'text-sm text-emerald-700 dark:text-emerald-400'}>
          {message.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
