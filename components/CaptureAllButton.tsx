import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { jobProgress } from '../utils/capture/capture-all';
import { db } from '../utils/db/database';
import { callBackground } from '../utils/messages/client';

/** Starts capture-all for a company and shows its progress live (the job runs on if the popup closes). */
export function CaptureAllButton({ companyNumber }: { companyNumber: string }) {
  const job = useLiveQuery(() => db.captureJobs.get(companyNumber), [companyNumber]);
  const [error, setError] = useState<string | null>(null);
  const progress = job ? jobProgress(job) : null;
  const running = job?.state === 'running';

  async function start() {
    setError(null);
    try {
      await callBackground('capture.all', { companyNumber });
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div className="space-y-1" data-testid="capture-all">
      <button
        type="button"
        onClick={start}
        disabled={running}
        aria-keyshortcuts="Alt+Shift+C"
        className="w-full rounded bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400 disabled:opacity-60"
      >
        {running ? 'Capturing every tab…' : 'Capture all tabs and pages'}
      </button>
      {progress && job ? (
        <div>
          {/* A bar only while pages are being fetched: an empty bar under "Every page was captured already" misled. */}
          {running ? <progress className="h-1.5 w-full" max={Math.max(progress.total, 1)} value={progress.done} aria-label="Capture progress" /> : null}
          <p className="text-xs text-slate-600 dark:text-slate-400" role="status" data-testid="capture-progress">
            {running
              ? `${progress.done} of ${progress.total} pages captured`
              : job.state === 'done'
                ? progress.total === 0
                  ? 'Every page was captured already'
                  : `All ${progress.done} pages captured`
                : `${progress.done} of ${progress.total} pages captured; ${progress.failed} could not be fetched (${job.failed[0]?.error ?? ''}). Try again later.`}
          </p>
        </div>
      ) : (
        <p className="text-[11px] text-slate-500 dark:text-slate-400">Shortcut: Alt+Shift+C on any Companies House tab of the company.</p>
      )}
      {error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
