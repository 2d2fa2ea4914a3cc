import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ChangeEvent, type DragEvent } from 'react';
import { browser } from 'wxt/browser';
import { db } from '../utils/db/database';
import { loadOdsDataset } from '../utils/db/ods-store';
import { formatLongDate, isoToday } from '../utils/format/dates';
import { isStale, ODS_STALE_AFTER_MONTHS, ODS_STATUS_KEY, type OdsImportStatus } from '../utils/ods/import-status';
import { summariseOds } from '../utils/ods/merge';
import { callBackground } from '../utils/messages/client';

const SOURCE_LABELS: Record<string, string> = {
  epcn: 'PCNs (ePCN)',
  epcncorepartnerdetails: 'PCN member practices (ePCN)',
  epraccur: 'GP practices (epraccur)',
};

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The NHS ODS hierarchy in the store: what is there, how old, and how to refresh it. */
export function OdsDataPanel() {
  const summary = useLiveQuery(async () => summariseOds(await loadOdsDataset(db)));
  const snapshots = useLiveQuery(() => db.odsSnapshots.toArray());
  const [status, setStatus] = useState<OdsImportStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const today = isoToday(new Date());

  useEffect(() => {
    void browser.storage.local.get(ODS_STATUS_KEY).then((stored) => setStatus((stored[ODS_STATUS_KEY] as OdsImportStatus | undefined) ?? null));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[ODS_STATUS_KEY]) setStatus((changes[ODS_STATUS_KEY].newValue as OdsImportStatus | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    try {
      await action();
    } catch {
      // The background has published the failure, in plain words, as the status.
    } finally {
      setBusy(false);
    }
  }

  async function importFiles(list: FileList | null) {
    const files = [...(list ?? [])];
    if (!files.length) return;
    await run(async () =>
      callBackground('ods.importFiles', {
        files: await Promise.all(files.map(async (file) => ({ fileName: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) }))),
      }),
    );
  }

  function onPick(event: ChangeEvent<HTMLInputElement>) {
    const files = event.target.files;
    void importFiles(files).finally(() => (event.target.value = ''));
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void importFiles(event.dataTransfer.files);
  }

  const stale = (snapshots ?? []).filter((s) => s.snapshotDate && isStale(s.snapshotDate, today));
  const button = 'rounded px-3 py-1.5 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:opacity-50';
  return (
    <section aria-labelledby="ods-heading" className="space-y-3">
      <h2 id="ods-heading" className="text-lg font-semibold">
        NHS ODS: PCNs, practices, sub-ICBs and ICBs
      </h2>
      {summary && summary.pcns.total + summary.practices.total > 0 ? (
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3" data-testid="ods-counts">
          <Figure label="PCNs" value={`${summary.pcns.open.toLocaleString('en-GB')} open of ${summary.pcns.total.toLocaleString('en-GB')}`} />
          <Figure label="Memberships" value={`${summary.memberships.open.toLocaleString('en-GB')} current of ${summary.memberships.total.toLocaleString('en-GB')}`} />
          <Figure label="GP practices" value={`${summary.practices.active.toLocaleString('en-GB')} active in England`} />
          <Figure label="Sub-ICB locations" value={summary.subIcbs.toLocaleString('en-GB')} />
          <Figure label="ICBs" value={summary.icbs.toLocaleString('en-GB')} />
        </dl>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="ods-empty">
          No ODS data yet. Download the latest files from NHS ODS, or import an ePCN workbook (or epcn.zip), an ODS report CSV or epraccur.csv.
        </p>
      )}
      {snapshots?.length ? (
        <ul className="text-xs text-slate-600 dark:text-slate-400" data-testid="ods-snapshots">
          {snapshots.map((s) => (
            <li key={s.source}>
              {SOURCE_LABELS[s.source] ?? s.source}: {s.snapshotDate ? `as of ${formatLongDate(s.snapshotDate)}` : 'date unknown'} ({s.fileName})
            </li>
          ))}
        </ul>
      ) : null}
      {stale.length ? (
        <p className="rounded border border-amber-500 p-2 text-sm" role="note" data-testid="ods-stale">
          ⚠ Some ODS data is more than {ODS_STALE_AFTER_MONTHS} months old ({stale.map((s) => SOURCE_LABELS[s.source] ?? s.source).join(', ')}). PCN memberships change: download the latest.
        </p>
      ) : null}

      <div className="flex flex-wrap gap-2">
        <button type="button" className={`${button} bg-indigo-600 text-white hover:bg-indigo-700`} disabled={busy} onClick={() => run(() => callBackground('ods.download', {}))}>
          Download the latest from NHS ODS
        </button>
        <label className={`${button} cursor-pointer border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`}>
          Import files…
          <input type="file" accept=".xlsx,.zip,.csv" multiple className="sr-only" onChange={onPick} disabled={busy} data-testid="ods-file" />
        </label>
      </div>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`rounded border-2 border-dashed p-3 text-center text-xs ${dragging ? 'border-indigo-500 bg-indigo-50 dark:bg-indigo-950' : 'border-slate-300 dark:border-slate-600'}`}
        data-testid="ods-drop"
      >
        …or drop ODS files here (ePCN workbook or epcn.zip, ODS report CSVs, epraccur.csv)
      </div>
      <OdsStatus status={status} />
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}

function OdsStatus({ status }: { status: OdsImportStatus | null }) {
  if (!status) return null;
  if (status.state === 'running') {
    const label = { downloading: 'Downloading from NHS ODS', reading: 'Reading the file', writing: 'Saving' }[status.phase];
    return (
      <div role="status" data-testid="ods-progress">
        <progress className="h-2 w-full" max={Math.max(status.total, 1)} value={status.done} aria-label="ODS import progress" />
        <p className="text-xs">
          {label}… {status.phase === 'writing' ? `${status.done.toLocaleString('en-GB')} of ${status.total.toLocaleString('en-GB')} rows` : ''}
        </p>
      </div>
    );
  }
  if (status.state === 'failed') {
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400" data-testid="ods-message">
        Import failed: {status.error}. Your previous ODS data is unchanged.
      </p>
    );
  }
  return (
    <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400" data-testid="ods-message">
      Imported {status.fileNames.join(', ')}: {status.summary.pcns.open.toLocaleString('en-GB')} open PCNs, {status.summary.practices.active.toLocaleString('en-GB')} active GP practices.
    </p>
  );
}
